package sqlite_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/assay-dev/assay/retrieval/storetest"
	"github.com/assay-dev/assay/sqlite"
)

// The embedded retrieval store passes the same contract as PostgreSQL's.
func TestRetrievalStoreContract(t *testing.T) {
	t.Parallel()
	storetest.Run(t, func(t *testing.T) storetest.Backend {
		db := open(t)
		return storetest.Backend{Store: &sqlite.RetrievalStore{DB: db}, CheckStats: func(ctx context.Context) error {
			var bad, chunks, total, realChunks, realTotal int64
			if err := db.SQL.QueryRowContext(ctx, storetest.StatsQuery).Scan(&bad); err != nil {
				return err
			}
			db.SQL.QueryRowContext(ctx, `SELECT chunks, total_length FROM corpus_stats`).Scan(&chunks, &total)
			db.SQL.QueryRowContext(ctx, `SELECT count(*), COALESCE(sum(length), 0) FROM chunks`).Scan(&realChunks, &realTotal)
			if bad != 0 || chunks != realChunks || total != realTotal {
				return fmt.Errorf("%d terms off, chunks %d vs %d, length %d vs %d", bad, chunks, realChunks, total, realTotal)
			}
			return nil
		}}
	})
}
