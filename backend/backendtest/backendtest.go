// Package backendtest holds a backend to every contract at once: each
// domain's store suite (catalogs, retrieval, assessor, chat, schedule,
// digest) and the export and import contract of store copy. The postgres
// and sqlite packages each run it from one test, with the hooks that look
// under their stores.
package backendtest

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/assay-dev/assay/assessor"
	astoretest "github.com/assay-dev/assay/assessor/storetest"
	"github.com/assay-dev/assay/backend"
	bstoretest "github.com/assay-dev/assay/bot/storetest"
	"github.com/assay-dev/assay/catalogs"
	cstoretest "github.com/assay-dev/assay/catalogs/storetest"
	dstoretest "github.com/assay-dev/assay/digest/storetest"
	"github.com/assay-dev/assay/retrieval"
	rstoretest "github.com/assay-dev/assay/retrieval/storetest"
	sstoretest "github.com/assay-dev/assay/schedule/storetest"
)

// Harness is one empty backend under test, with what the suites need to
// look under its stores.
type Harness struct {
	Backend *backend.Backend
	// Fault sits in the backend's connection to its database.
	Fault *Fault
	// Count runs a query returning one integer; Exec runs a statement.
	Count func(ctx context.Context, sql string, args ...any) (int, error)
	Exec  func(ctx context.Context, sql string, args ...any) error
	// Tamper runs statements on the audit log and its checkpoints around
	// their guards, putting the guards back after, as an attacker with the
	// database owner's rights would.
	Tamper func(ctx context.Context, sql string) error
	// DropGuards removes the append-only guards and leaves them off.
	DropGuards func(ctx context.Context) error
	// AsOwner is the assessor store with the rights of its tables' owner
	// (what restoring guards needs), where the backend serves as a role
	// without them; else the backend's own.
	AsOwner assessor.Store
	// Anchor is the key the backend signs checkpoints with: Anchor().
	Anchor *assessor.Anchor
	// SetClock replaces the store's clock.
	SetClock func(now func() time.Time)
	// FreshRetrieval opens another retrieval store over the same database,
	// as another process would.
	FreshRetrieval func() retrieval.Store
}

// Anchor is the audit key the backends under test sign checkpoints with.
func Anchor() *assessor.Anchor {
	a, err := assessor.NewAnchor("the contract suites' audit key, not a secret")
	if err != nil {
		panic(err)
	}
	return a
}

// Opener returns an empty backend for one test; each call a new one.
type Opener func(t *testing.T) Harness

// Run runs every contract as subtests.
func Run(t *testing.T, open Opener) {
	backendOf := func(t *testing.T) *backend.Backend { return open(t).Backend }
	for name, suite := range map[string]func(*testing.T){
		"Catalogs": func(t *testing.T) {
			cstoretest.Run(t, func(t *testing.T) catalogs.Store { return open(t).Backend.Catalogs })
		},
		"Retrieval": func(t *testing.T) {
			rstoretest.Run(t, func(t *testing.T) rstoretest.Backend {
				h := open(t)
				return rstoretest.Backend{Store: h.Backend.Retrieval, Fresh: h.FreshRetrieval}
			})
		},
		"Assessor": func(t *testing.T) {
			astoretest.Run(t, func(t *testing.T) astoretest.Backend {
				h := open(t)
				return astoretest.Backend{Backend: h.Backend, Count: h.Count, Exec: h.Exec, Tamper: h.Tamper, DropGuards: h.DropGuards, AsOwner: h.AsOwner, Anchor: h.Anchor, SetClock: h.SetClock}
			})
		},
		"Chat":     func(t *testing.T) { bstoretest.Run(t, backendOf) },
		"Schedule": func(t *testing.T) { sstoretest.Run(t, backendOf) },
		"Digest":   func(t *testing.T) { dstoretest.Run(t, backendOf) },
		"Export":   func(t *testing.T) { runExport(t, open) },
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			suite(t)
		})
	}
}

// Fault counts the rows read from a store and breaks a result set off
// mid-stream on demand, as a dropped connection or a failing disk does.
// Each adapter's tests put one in its driver: reading a row asks Row.
type Fault struct {
	mu    sync.Mutex
	armed bool
	left  int
	rows  int
}

// BreakAfter arms the fault: the next n rows read (by any query) are
// delivered, and reading the one after fails. It fires once.
func (f *Fault) BreakAfter(n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.armed, f.left = true, n
}

// Disarm takes back a fault that has not fired.
func (f *Fault) Disarm() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.armed = false
}

// Rows counts the rows read so far, armed or not.
func (f *Fault) Rows() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.rows
}

// Row reports whether one more row may be read; false means the stream
// breaks here.
func (f *Fault) Row() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.armed && f.left == 0 {
		f.armed = false
		return false
	}
	f.left--
	f.rows++
	return true
}
