//go:build race

package norace

// Race reports whether the binary is built with -race.
const Race = true
