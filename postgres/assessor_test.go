package postgres_test

import (
	"context"
	"testing"
	"time"

	"github.com/assay-dev/assay/assessor"
	astoretest "github.com/assay-dev/assay/assessor/storetest"
	"github.com/assay-dev/assay/jobs"
	"github.com/assay-dev/assay/postgres"
)

// The PostgreSQL assessor store and River queue pass the contract every
// backend must.
func TestAssessorStoreContract(t *testing.T) {
	t.Parallel()
	astoretest.Run(t, func(t *testing.T) astoretest.Backend {
		b := setup(t)
		db := b.db
		be, err := postgres.NewBackend(context.Background(), db, postgres.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return astoretest.Backend{
			Store: be.Assessor, Retrieval: be.Retrieval,
			Queue: func(svc *assessor.Service) (func(context.Context) error, func(context.Context) error, error) {
				w, err := be.Queue.Workers(svc, jobs.Options{PollInterval: 50 * time.Millisecond})
				if err != nil {
					return nil, nil, err
				}
				return w.Start, w.Stop, nil
			},
			Count: func(ctx context.Context, sql string, args ...any) (int, error) {
				var n int
				err := db.Pool.QueryRow(ctx, sql, args...).Scan(&n)
				return n, err
			},
			Exec: func(ctx context.Context, sql string, args ...any) error {
				_, err := db.Pool.Exec(ctx, sql, args...)
				return err
			},
			SetClock: func(now func() time.Time) { db.Now = now },
			Tamper: func(ctx context.Context, sql string) error {
				for _, q := range []string{`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`, sql,
					`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`} {
					if _, err := db.Pool.Exec(ctx, q); err != nil {
						return err
					}
				}
				return nil
			},
		}
	})
}
