// Package contract runs contract suites: the same tests against each
// implementation of an interface (each storage backend, Redis and the
// in-process state), every test on a fresh one, in parallel.
package contract

import "testing"

// Run runs each test as a parallel subtest, handing it open, which makes
// a fresh implementation each time it is called.
func Run[O any](t *testing.T, open O, tests map[string]func(*testing.T, O)) {
	t.Helper()
	for name, test := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			test(t, open)
		})
	}
}
