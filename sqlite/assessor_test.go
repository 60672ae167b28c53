package sqlite_test

import (
	"context"
	"testing"
	"time"

	"github.com/assay-dev/assay/assessor"
	astoretest "github.com/assay-dev/assay/assessor/storetest"
	"github.com/assay-dev/assay/jobs"
	"github.com/assay-dev/assay/sqlite"
)

// The embedded assessor store and its River queue pass the same contract
// as PostgreSQL's.
func TestAssessorStoreContract(t *testing.T) {
	t.Parallel()
	astoretest.Run(t, func(t *testing.T) astoretest.Backend {
		db := open(t)
		be, err := sqlite.NewBackend(db)
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
				err := db.SQL.QueryRowContext(ctx, sql, args...).Scan(&n)
				return n, err
			},
			Exec: func(ctx context.Context, sql string, args ...any) error {
				_, err := db.SQL.ExecContext(ctx, sql, args...)
				return err
			},
			SetClock: func(now func() time.Time) { db.Now = now },
			Tamper: func(ctx context.Context, sql string) error {
				for _, q := range []string{`DROP TRIGGER audit_log_no_update`, sql,
					`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`} {
					if _, err := db.SQL.ExecContext(ctx, q); err != nil {
						return err
					}
				}
				return nil
			},
		}
	})
}
