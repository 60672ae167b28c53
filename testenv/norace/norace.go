// Package norace lets a test that works in one goroutine on a lot of data
// skip under the race detector, where it has nothing to compare and only
// multiplies the time, while `make test` still runs it: the test target's
// second `go test`, without -race, runs exactly the tests listed in Tests
// (TestMakefileRunsEveryTestSkippedUnderRace holds the Makefile to it).
package norace

import (
	"slices"
	"testing"
)

// A Test is one test that skips under -race: its package, as the
// Makefile names it, and its full name (t.Name()).
type Test struct{ Pkg, Name string }

// Tests lists every test that skips under -race, and why.
var Tests = []Test{
	// The drafter's property tests: pure drafting, hundreds and thousands
	// of answers.
	{"./assessor", "TestNegationsPlansAndHedgesNeverRaise"},
	{"./assessor", "TestAddedDenialsPlansAndHedgesNeverRaiseLabelledAnswers"},
	// The clause and stated-text memos read against reading from scratch:
	// one goroutine (drafting from many goroutines exercises their locks
	// under the detector).
	{"./assessor", "TestClauseMemoReadsAsFromScratch"},
	{"./assessor", "TestStatedMemoDraftsAsFromScratch"},
	// The drafter's split expressions read against their whole ones, whose
	// programs the detector slows the most.
	{"./assessor", "TestPatternsReadAsTheirWholeExpression"},
	// The search contract's whole-corpus measurements, on both backends.
	{"./sqlite", "TestContracts/Retrieval/BuiltinCorpusAndExactBM25F"},
	{"./sqlite", "TestContracts/Retrieval/ForeignCorpus"},
	{"./postgres", "TestContracts/Retrieval/BuiltinCorpusAndExactBM25F"},
	{"./postgres", "TestContracts/Retrieval/ForeignCorpus"},
}

// Skip skips t under -race, saying why; t must be listed in Tests, so
// that the Makefile's detector-free run covers it (a test that is not
// fails rather than skip unseen).
func Skip(t testing.TB, why string) {
	t.Helper()
	if !Race {
		return
	}
	if !slices.ContainsFunc(Tests, func(x Test) bool { return x.Name == t.Name() }) {
		t.Fatalf("%s skips under -race but is not in norace.Tests, so `make test` would never run it", t.Name())
	}
	t.Skipf("%s: under -race it only multiplies the time; `make test` runs it in its second go test, without -race", why)
}
