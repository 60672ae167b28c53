package postgres_test

import (
	"context"
	"testing"

	"github.com/assay-dev/assay/backend"
	"github.com/assay-dev/assay/backend/backendtest"
	bstoretest "github.com/assay-dev/assay/bot/storetest"
	dstoretest "github.com/assay-dev/assay/digest/storetest"
	"github.com/assay-dev/assay/postgres"
	"github.com/assay-dev/assay/postgres/pgtest"
	sstoretest "github.com/assay-dev/assay/schedule/storetest"
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

// open is an empty PostgreSQL backend in a schema of its own.
func open(t *testing.T) *backend.Backend {
	t.Helper()
	b, err := postgres.OpenBackend(context.Background(), pgtest.URL(t), nil, postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	return b
}

// The chat, scheduling and digest stores keep the contracts every backend
// must.
func TestChatStoreContract(t *testing.T) {
	t.Parallel()
	bstoretest.Run(t, open)
}

func TestScheduleStoreContract(t *testing.T) {
	t.Parallel()
	sstoretest.Run(t, open)
}

func TestDigestStoreContract(t *testing.T) {
	t.Parallel()
	dstoretest.Run(t, open)
}
