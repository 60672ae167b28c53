//go:build race

package cli_test

// raceEnabled: the tests were built with -race, so a binary built for a
// test reuses their compiled packages when it is built with -race too.
const raceEnabled = true
