package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/assay-dev/assay/backend/backendtest"
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
