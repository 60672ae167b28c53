package sqlite_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/assay-dev/assay/backend/backendtest"
	"github.com/assay-dev/assay/retrieval"
	"github.com/assay-dev/assay/sqlite"
)

// The embedded store keeps every contract a backend must, through a
// driver that can break a result set mid-stream.
func TestContracts(t *testing.T) {
	t.Parallel()
	backendtest.Run(t, func(t *testing.T) backendtest.Harness {
		db, fault, err := sqlite.OpenFaulty(context.Background(), filepath.Join(t.TempDir(), "assay.db"), nil)
		if err != nil {
			t.Fatal(err)
		}
		anchor := backendtest.Anchor()
		b, err := sqlite.NewBackend(db, sqlite.Options{Anchor: anchor})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(b.Close)
		count := func(ctx context.Context, q string, args ...any) (n int64, err error) {
			return n, db.SQL.QueryRowContext(ctx, q, args...).Scan(&n)
		}
		return backendtest.Harness{Backend: b, Fault: fault,
			Count: func(ctx context.Context, q string, args ...any) (int, error) {
				n, err := count(ctx, q, args...)
				return int(n), err
			},
			Exec: func(ctx context.Context, q string, args ...any) error {
				_, err := db.SQL.ExecContext(ctx, q, args...)
				return err
			},
			Tamper: func(ctx context.Context, q string) error {
				var drop, create []string
				for _, t := range []string{"audit_log", "audit_checkpoints"} {
					for _, op := range []string{"UPDATE", "DELETE"} {
						name := t + "_no_" + strings.ToLower(op)
						drop = append(drop, `DROP TRIGGER `+name)
						create = append(create, `CREATE TRIGGER `+name+` BEFORE `+op+` ON `+t+` BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`)
					}
				}
				for _, q := range append(append(drop, q), create...) {
					if _, err := db.SQL.ExecContext(ctx, q); err != nil {
						return err
					}
				}
				return nil
			},
			DropGuards: func(ctx context.Context) error {
				_, err := db.SQL.ExecContext(ctx, `DROP TRIGGER audit_log_no_delete`)
				return err
			},
			Anchor:         anchor,
			AsOwner:        b.Assessor,
			SetClock:       func(now func() time.Time) { db.Now = now },
			FreshRetrieval: func() retrieval.Store { return &sqlite.RetrievalStore{DB: db} },
		}
	})
}
