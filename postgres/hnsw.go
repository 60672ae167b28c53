package postgres

// Embedding spaces and their HNSW indexes: creation, upgrade, and bulk
// loads.

import (
	"cmp"
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/retrieval"
)

// The HNSW index's defaults, measured with `assay bench search` at 100,000
// chunks of the offline embedder's vectors (whose neighbourhoods are flat,
// so harder than a neural model's) on 2 cores: recall@10 against exact
// search 0.962 and hybrid search p95 15 ms, the index built in about 35 s
// (ef_search 400 gives 0.954; the earlier float4 index with m 16 and
// ef_construction 64 gave 0.90 at ef_search 200 and 0.93 at 400).
//
// The index is built over the vectors cast to halfvec, half the size of the
// table's float4 vectors: it stays in PostgreSQL's buffer cache, which
// roughly halves search time, and it takes up to 4,000 dimensions (float4
// vectors stop at 2,000). Scores come from the half-precision vectors,
// within about 1e-3 of the exact ones.
const (
	DefaultEfSearch       = 500
	DefaultM              = 16
	DefaultEfConstruction = 96
	// MaxDims is the most dimensions an embedding space can have here.
	MaxDims = 4000
)

// EnsureSpace implements retrieval.Store.
func (s *RetrievalStore) EnsureSpace(ctx context.Context, sp retrieval.Space) (int, error) {
	const op = "postgres.EnsureSpace"
	if sp.Dims <= 0 || sp.Dims > MaxDims {
		return 0, errs.E(op, errs.Invalid, "embedding dimensions %d: the vector index takes 1-%d", sp.Dims, MaxDims)
	}
	var id int
	err := s.DB.inTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext('assay.space'))`); err != nil {
			return err
		}
		if err := tx.QueryRow(ctx, `
			INSERT INTO embedding_spaces (model, dims) VALUES ($1, $2)
			ON CONFLICT (model, dims) DO UPDATE SET model = excluded.model RETURNING id`, sp.Model, sp.Dims).Scan(&id); err != nil {
			return err
		}
		t := vecTable(id)
		// DDL only for a new space (or once, to upgrade an old index): even
		// IF NOT EXISTS locks the table, and would wait on (or deadlock
		// with) a concurrent ingest.
		var exists bool
		if err := tx.QueryRow(ctx, `SELECT to_regclass(format('%I.%I', current_schema(), $1::text)) IS NOT NULL`, t).Scan(&exists); err != nil {
			return err
		}
		if exists {
			return s.upgradeIndex(ctx, tx, t, sp.Dims)
		}
		_, err := tx.Exec(ctx, fmt.Sprintf(`
			CREATE TABLE IF NOT EXISTS %[1]s (
				chunk_id   text PRIMARY KEY REFERENCES chunks (id) ON DELETE CASCADE,
				collection text NOT NULL,
				framework  text NOT NULL,
				ref        text NOT NULL,
				doc_id     text NOT NULL,
				embedding  vector(%[2]d) NOT NULL
			);
			`+s.hnswIndexSQL(sp.Dims)+`;
			CREATE INDEX IF NOT EXISTS %[1]s_framework ON %[1]s (framework, ref);
			CREATE INDEX IF NOT EXISTS %[1]s_collection ON %[1]s (collection);`, t, sp.Dims))
		return err
	})
	if err != nil {
		return 0, errs.Wrap(op, errs.Internal, err, "embedding space "+sp.String())
	}
	return id, nil
}

// HNSW is the index shape and search width this store uses: its settings,
// or the defaults (ef_construction is at least 2m, as pgvector requires).
func (s *RetrievalStore) HNSW() (m, efConstruction, efSearch int) {
	m = cmp.Or(s.M, DefaultM)
	return m, max(cmp.Or(s.EfConstruction, DefaultEfConstruction), 2*m), cmp.Or(s.EfSearch, DefaultEfSearch)
}

// VectorIndex implements backend.Bench.
func (s *RetrievalStore) VectorIndex() (m, efConstruction, efSearch int) { return s.HNSW() }

// hnswIndexSQL creates a space's HNSW index; %[1]s is its table. Vector
// queries must order by the same expression (see Vector).
func (s *RetrievalStore) hnswIndexSQL(dims int) string {
	m, efc, _ := s.HNSW()
	return fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %%[1]s_hnsw ON %%[1]s USING hnsw ((embedding::halfvec(%d)) halfvec_cosine_ops) WITH (m = %d, ef_construction = %d)`,
		dims, m, efc)
}

// upgradeIndex rebuilds an HNSW index built by an earlier version (over
// the float4 vectors, which vector queries no longer use), once. An absent
// index is left alone: a bulk load builds it when it ends.
func (s *RetrievalStore) upgradeIndex(ctx context.Context, tx pgx.Tx, t string, dims int) error {
	var def string
	err := tx.QueryRow(ctx, `SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname = $1`, t+"_hnsw").Scan(&def)
	if err == pgx.ErrNoRows || err == nil && strings.Contains(def, "halfvec") {
		return nil
	}
	if err != nil {
		return err
	}
	s.DB.Log.Warn("rebuilding the vector index over half-precision vectors (once, after an upgrade)", "table", t)
	for _, q := range []string{"DROP INDEX " + t + "_hnsw", "SET LOCAL maintenance_work_mem = '1GB'", fmt.Sprintf(s.hnswIndexSQL(dims), t)} {
		if _, err := tx.Exec(ctx, q); err != nil {
			return err
		}
	}
	return nil
}

// spaceDims reads an embedding space's dimensions.
func (s *RetrievalStore) spaceDims(ctx context.Context, space int) (int, error) {
	var dims int
	err := s.DB.Pool.QueryRow(ctx, `SELECT dims FROM embedding_spaces WHERE id = $1`, space).Scan(&dims)
	return dims, err
}

// VectorCount implements retrieval.BulkLoader.
func (s *RetrievalStore) VectorCount(ctx context.Context, space int) (int, error) {
	var n int
	err := s.DB.Pool.QueryRow(ctx, fmt.Sprintf(`SELECT count(*) FROM %s`, vecTable(space))).Scan(&n)
	return n, errs.Wrap("postgres.VectorCount", errs.Unavailable, err, "query")
}

// SuspendVectorIndex implements retrieval.BulkLoader: the HNSW index and
// the BM25 postings' indexes are dropped, and rebuilt in one pass each,
// using both cores, when the load ends.
func (s *RetrievalStore) SuspendVectorIndex(ctx context.Context, space int) (func(context.Context) error, error) {
	t := vecTable(space)
	dims, err := s.spaceDims(ctx, space)
	if err != nil {
		return nil, errs.Wrap("postgres.SuspendVectorIndex", errs.Unavailable, err, "embedding space")
	}
	for _, q := range []string{
		`DROP INDEX IF EXISTS ` + t + `_hnsw`, `DROP INDEX IF EXISTS chunk_terms_chunk`,
	} {
		if _, err := s.DB.Pool.Exec(ctx, q); err != nil {
			return nil, errs.Wrap("postgres.SuspendVectorIndex", errs.Unavailable, err, "dropping indexes for a bulk load")
		}
	}
	return func(ctx context.Context) error {
		conn, err := s.DB.Pool.Acquire(ctx)
		if err != nil {
			return errs.Wrap("postgres.SuspendVectorIndex", errs.Unavailable, err, "rebuilding indexes")
		}
		defer conn.Release()
		for _, q := range []string{
			"SET maintenance_work_mem = '1GB'", "SET max_parallel_maintenance_workers = 2",
			postingChunkIndexSQL, fmt.Sprintf(s.hnswIndexSQL(dims), t),
			"RESET maintenance_work_mem", "RESET max_parallel_maintenance_workers",
		} {
			if _, err := conn.Exec(ctx, q); err != nil {
				return errs.Wrap("postgres.SuspendVectorIndex", errs.Unavailable, err, "rebuilding indexes")
			}
		}
		return nil
	}, nil
}

// postingChunkIndexSQL is the postings' index, as the migrations leave it.
const postingChunkIndexSQL = `CREATE INDEX IF NOT EXISTS chunk_terms_chunk ON chunk_terms (chunk_id)`
