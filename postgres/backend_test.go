package postgres_test

import (
	"context"
	"testing"
	"time"

	"github.com/assay-dev/assay/backend/backendtest"
	"github.com/assay-dev/assay/postgres"
	"github.com/assay-dev/assay/postgres/pgtest"
	"github.com/assay-dev/assay/retrieval"
)

// PostgreSQL keeps every contract a backend must, through connections
// that can drop mid-stream, serving as a role that may only read and
// append the audit log: the schema's owner migrates and hands it over, as
// `assay migrate` with ASSAY_DB_APP_ROLE does. The hooks that look under
// the stores, and tamper as an attacker would, connect as the owner.
func TestContracts(t *testing.T) {
	t.Parallel()
	role := pgtest.AppRole(t)
	backendtest.Run(t, func(t *testing.T) backendtest.Harness {
		ctx := context.Background()
		url := pgtest.URL(t)
		owner, err := postgres.Open(ctx, url, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(owner.Close)
		if err := owner.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		if err := owner.HandOver(ctx, role); err != nil {
			t.Fatal(err)
		}
		db, fault, err := postgres.OpenFaulty(ctx, pgtest.AsRole(t, url, role), nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.Migrate(ctx); err != nil {
			t.Fatalf("migrations, all applied, checked as the serving role: %v", err)
		}
		anchor := backendtest.Anchor()
		b, err := postgres.NewBackend(ctx, db, postgres.Options{Anchor: anchor})
		if err != nil {
			t.Fatal(err)
		}
		asOwner, err := postgres.NewBackend(ctx, owner, postgres.Options{Anchor: anchor})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(b.Close)
		return backendtest.Harness{Backend: b, Fault: fault,
			Count: func(ctx context.Context, sql string, args ...any) (n int, err error) {
				return n, owner.Pool.QueryRow(ctx, sql, args...).Scan(&n)
			},
			Exec: func(ctx context.Context, sql string, args ...any) error {
				_, err := owner.Pool.Exec(ctx, sql, args...)
				return err
			},
			Tamper: func(ctx context.Context, sql string) error {
				for _, q := range []string{`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`,
					`ALTER TABLE audit_checkpoints DISABLE TRIGGER audit_checkpoints_append_only`, sql,
					`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`,
					`ALTER TABLE audit_checkpoints ENABLE TRIGGER audit_checkpoints_append_only`} {
					if _, err := owner.Pool.Exec(ctx, q); err != nil {
						return err
					}
				}
				return nil
			},
			DropGuards: func(ctx context.Context) error {
				_, err := owner.Pool.Exec(ctx, `DROP TRIGGER audit_log_append_only ON audit_log`)
				return err
			},
			Anchor:         anchor,
			AsOwner:        asOwner.Assessor,
			SetClock:       func(now func() time.Time) { db.Now = now },
			FreshRetrieval: func() retrieval.Store { return &postgres.RetrievalStore{DB: db} },
		}
	})
}
