package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"net/url"
	"time"

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

// Settle implements backend.Bench: VACUUM ANALYZE sets the visibility
// map that index-only scans of the postings rely on, as autovacuum would.
func (b bench) Settle(ctx context.Context) error {
	_, err := b.db.Pool.Exec(ctx, "VACUUM ANALYZE")
	return errs.Wrap("postgres.Settle", errs.Unavailable, err, "vacuum")
}

// ExactVector implements backend.Bench.
func (b bench) ExactVector(ctx context.Context, space int, vec []float32, k int) ([]retrieval.Hit, error) {
	return b.r.ExactVector(ctx, space, vec, k)
}

// VectorIndex implements backend.Bench.
func (b bench) VectorIndex() (m, efConstruction, efSearch int) { return b.r.HNSW() }

// SeedRatings implements backend.Bench: the database writes the answers
// and their ratings itself.
func (b bench) SeedRatings(ctx context.Context, fw catalogs.FrameworkID, refs []catalogs.Ref, n int) error {
	const op = "postgres.SeedRatings"
	names := make([]string, len(refs))
	for i, r := range refs {
		names[i] = string(r)
	}
	if _, err := b.db.Pool.Exec(ctx, `
		INSERT INTO answers (id, framework, ref, text, author, created_at)
		SELECT gen_random_uuid(), $1, ($2::text[])[1 + i % array_length($2::text[], 1)], 'answer ' || i, 'U0OWNER', $4::timestamptz - (i || ' minutes')::interval
		FROM generate_series(1, $3) i`, string(fw), names, n, b.db.now()); err != nil {
		return errs.Wrap(op, errs.Unavailable, err, "writing answers")
	}
	_, err := b.db.Pool.Exec(ctx, `
		INSERT INTO drafts (id, answer_id, framework, ref, scale, level, drafter, status, final_level, decided_by, decided_at, created_at)
		SELECT gen_random_uuid(), id, framework, ref, 'maturity-0-5', lvl, 'offline', CASE WHEN fin = lvl THEN 'confirmed' ELSE 'adjusted' END, fin, 'U0LEAD', created_at, created_at
		FROM (SELECT id, framework, ref, created_at, (hashtext(id::text) & 5) AS lvl, (hashtext(ref || created_at::text) & 5) AS fin FROM answers WHERE framework = $1) x`, string(fw))
	return errs.Wrap(op, errs.Unavailable, err, "writing ratings")
}

// OpenScratch opens a migrated scratch schema of the database at dsn, for
// a benchmark or the demo; cleanup drops it (unless keep).
func OpenScratch(ctx context.Context, dsn string, log *slog.Logger, opts Options, keep bool) (*backend.Backend, func(), error) {
	const op = "postgres.OpenScratch"
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var b [4]byte
	rand.Read(b[:])
	schema := "assay_scratch_" + hex.EncodeToString(b[:])
	admin, err := Open(ctx, dsn, log)
	if err != nil {
		return nil, nil, err
	}
	if _, err := admin.Pool.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		admin.Close()
		return nil, nil, errs.Wrap(op, errs.Unavailable, err, "creating a scratch schema")
	}
	var be *backend.Backend
	cleanup := func() {
		if be != nil {
			be.Close()
		}
		defer admin.Close()
		if keep {
			log.Warn("keeping the scratch schema", "schema", schema)
			return
		}
		// Clean up even when the run was interrupted.
		cctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		if _, err := admin.Pool.Exec(cctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			log.Error("could not drop the scratch schema", "schema", schema, "err", err)
		}
	}
	u, err := url.Parse(dsn)
	if err != nil {
		cleanup()
		return nil, nil, errs.E(op, errs.Invalid, "DATABASE_URL is not a URL")
	}
	q := u.Query()
	q.Set("search_path", schema+",public")
	u.RawQuery = q.Encode()
	if be, err = OpenBackend(ctx, u.String(), log, opts); err != nil {
		cleanup()
		return nil, nil, err
	}
	return be, cleanup, nil
}
