//go:build !race

package storetest

// raceDetector: see measuresWithoutRace.
const raceDetector = false
