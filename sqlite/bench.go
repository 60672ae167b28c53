package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/assay-dev/assay/backend"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/retrieval"
)

// bench implements backend.Bench.
type bench struct {
	db *DB
	r  *RetrievalStore
}

var _ backend.Bench = bench{}

// Settle implements backend.Bench: fresh statistics for the planner.
func (b bench) Settle(ctx context.Context) error {
	_, err := b.db.SQL.ExecContext(ctx, "ANALYZE")
	return errs.Wrap("sqlite.Settle", errs.Unavailable, err, "analyze")
}

// ExactVector implements backend.Bench: vector search here is exact.
func (b bench) ExactVector(ctx context.Context, space int, vec []float32, k int) ([]retrieval.Hit, error) {
	return b.r.Vector(ctx, space, vec, retrieval.Filter{}, k)
}

// VectorIndex implements backend.Bench: there is no index to shape.
func (b bench) VectorIndex() (m, efConstruction, efSearch int) { return 0, 0, 0 }

// SeedRatings implements backend.Bench: SQLite writes the answers and
// their ratings itself.
func (b bench) SeedRatings(ctx context.Context, fw catalogs.FrameworkID, refs []catalogs.Ref, n int) error {
	const op = "sqlite.SeedRatings"
	names, _ := json.Marshal(refs)
	base := b.db.now().Format("2006-01-02 15:04:05")
	err := b.db.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `
			WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < ?3)
			INSERT INTO answers (id, framework, ref, text, author, created_at)
			SELECT lower(hex(randomblob(16))), ?1, json_extract(?2, '$[' || (i % json_array_length(?2)) || ']'), 'answer ' || i, 'U0OWNER',
				strftime('%Y-%m-%dT%H:%M:%S', ?4, '-' || i || ' minutes') || '.000000Z'
			FROM seq`, string(fw), string(names), n, base); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `
			INSERT INTO drafts (id, answer_id, framework, ref, scale, level, drafter, status, final_level, decided_by, decided_at, created_at)
			SELECT lower(hex(randomblob(16))), id, framework, ref, 'maturity-0-5', lvl, 'offline', CASE WHEN fin = lvl THEN 'confirmed' ELSE 'adjusted' END,
				fin, 'U0LEAD', created_at, created_at
			FROM (SELECT id, framework, ref, created_at, abs(random()) % 6 AS lvl, abs(random()) % 6 AS fin FROM answers WHERE framework = ?)`, string(fw))
		return err
	})
	return errs.Wrap(op, errs.Unavailable, err, "writing answers and ratings")
}

// OpenScratch opens an empty store in a temporary directory, for a
// benchmark or the demo; cleanup removes it (unless keep).
func OpenScratch(ctx context.Context, log *slog.Logger, keep bool) (*backend.Backend, func(), error) {
	dir, err := os.MkdirTemp("", "assay-scratch-")
	if err != nil {
		return nil, nil, errs.Wrap("sqlite.OpenScratch", errs.Unavailable, err, "temporary directory")
	}
	be, err := OpenBackend(ctx, filepath.Join(dir, "assay.db"), log, Options{})
	if err != nil {
		os.RemoveAll(dir)
		return nil, nil, err
	}
	return be, func() {
		be.Close()
		if keep {
			if log != nil {
				log.Warn("keeping the scratch store", "dir", dir)
			}
			return
		}
		os.RemoveAll(dir)
	}, nil
}
