//go:build race

package assessor_test

// raceDetector reports whether the tests run under -race, where drafting
// is ten times slower: TestAddedDenialsPlansAndHedgesNeverRaiseLabelledAnswers
// and TestNegationsPlansAndHedgesNeverRaise then skip, and `make test` runs
// them without the detector (the drafter shares nothing between goroutines
// for it to find).
const raceDetector = true
