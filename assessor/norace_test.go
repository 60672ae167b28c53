//go:build !race

package assessor_test

// raceDetector: see race_test.go.
const raceDetector = false
