package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/assay-dev/assay/backend"
	"github.com/assay-dev/assay/backend/backendtest"
	bstoretest "github.com/assay-dev/assay/bot/storetest"
	dstoretest "github.com/assay-dev/assay/digest/storetest"
	sstoretest "github.com/assay-dev/assay/schedule/storetest"
	"github.com/assay-dev/assay/sqlite"
)

// The embedded store keeps the export and import contract, through a
// driver that can break a result set mid-stream.
func TestBackendContract(t *testing.T) {
	t.Parallel()
	backendtest.Run(t, func(t *testing.T) backendtest.Harness {
		db, fault, err := sqlite.OpenFaulty(context.Background(), filepath.Join(t.TempDir(), "assay.db"), nil)
		if err != nil {
			t.Fatal(err)
		}
		b, err := sqlite.NewBackend(db)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(b.Close)
		return backendtest.Harness{Backend: b, BreakAfter: fault.BreakAfter, Disarm: fault.Disarm, Rows: fault.Rows}
	})
}

// openBackend is an empty embedded store in a file of its own.
func openBackend(t *testing.T) *backend.Backend {
	t.Helper()
	b, err := sqlite.OpenBackend(context.Background(), filepath.Join(t.TempDir(), "assay.db"), nil, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	return b
}

// The chat, scheduling and digest stores keep the same contracts as
// PostgreSQL's.
func TestChatStoreContract(t *testing.T) {
	t.Parallel()
	bstoretest.Run(t, openBackend)
}

func TestScheduleStoreContract(t *testing.T) {
	t.Parallel()
	sstoretest.Run(t, openBackend)
}

func TestDigestStoreContract(t *testing.T) {
	t.Parallel()
	dstoretest.Run(t, openBackend)
}
