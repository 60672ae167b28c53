package postgres_test

import (
	"context"
	"testing"
	"time"

	"github.com/assay-dev/assay/backend/backendtest"
	"github.com/assay-dev/assay/postgres"
	"github.com/assay-dev/assay/postgres/pgtest"
)

// PostgreSQL keeps every contract a backend must, through connections
// that can drop mid-stream.
func TestContracts(t *testing.T) {
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
		anchor := backendtest.Anchor()
		b, err := postgres.NewBackend(ctx, db, postgres.Options{Anchor: anchor})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(b.Close)
		return backendtest.Harness{Backend: b, Fault: fault,
			Count: func(ctx context.Context, sql string, args ...any) (n int, err error) {
				return n, db.Pool.QueryRow(ctx, sql, args...).Scan(&n)
			},
			Exec: func(ctx context.Context, sql string, args ...any) error {
				_, err := db.Pool.Exec(ctx, sql, args...)
				return err
			},
			Tamper: func(ctx context.Context, sql string) error {
				for _, q := range []string{`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`,
					`ALTER TABLE audit_checkpoints DISABLE TRIGGER audit_checkpoints_append_only`, sql,
					`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`,
					`ALTER TABLE audit_checkpoints ENABLE TRIGGER audit_checkpoints_append_only`} {
					if _, err := db.Pool.Exec(ctx, q); err != nil {
						return err
					}
				}
				return nil
			},
			DropGuards: func(ctx context.Context) error {
				_, err := db.Pool.Exec(ctx, `DROP TRIGGER audit_log_append_only ON audit_log`)
				return err
			},
			Anchor:     anchor,
			SetClock:   func(now func() time.Time) { db.Now = now },
			CheckStats: func(ctx context.Context) error { return statsOK(ctx, db) },
		}
	})
}
