package postgres_test

import (
	"context"
	"testing"

	"github.com/assay-dev/assay/backend/backendtest"
	"github.com/assay-dev/assay/postgres"
	"github.com/assay-dev/assay/postgres/pgtest"
)

// PostgreSQL keeps the export and import contract, through connections
// that can drop mid-stream.
func TestBackendContract(t *testing.T) {
	t.Parallel()
	backendtest.Run(t, func(t *testing.T) backendtest.Harness {
		ctx := context.Background()
		db, fault, err := postgres.OpenFaulty(ctx, pgtest.URL(t), nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		b, err := postgres.NewBackend(ctx, db, postgres.Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(b.Close)
		return backendtest.Harness{Backend: b, BreakAfter: fault.BreakAfter, Disarm: fault.Disarm, Rows: fault.Rows}
	})
}
