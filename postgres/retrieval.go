package postgres

import (
	"cmp"
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/pgvector/pgvector-go"

	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/retrieval"
)

// RetrievalStore implements retrieval.Store: chunks and BM25 term
// statistics in plain tables, vectors in one HNSW-indexed table per
// embedding space.
type RetrievalStore struct {
	DB *DB
	Tuning
}

// Tuning shapes search; zero values are the defaults. The benchmarks set
// it to measure other shapes.
type Tuning struct {
	// EfSearch is hnsw.ef_search for vector queries (pgvector's default is 40).
	EfSearch int
	// Depth is how many postings, in impact order, BM25 reads per query
	// term (default retrieval.DefaultDepth).
	Depth int
	// SmallScope is the most chunks a filter may leave for BM25 to score
	// all of them rather than walk postings in impact order (default
	// DefaultSmallScope; negative: never).
	SmallScope int
	// M and EfConstruction shape a new HNSW index (DefaultM and
	// DefaultEfConstruction); an existing index keeps the shape it was
	// built with.
	M, EfConstruction int
}

var (
	_ retrieval.Store      = (*RetrievalStore)(nil)
	_ retrieval.BulkLoader = (*RetrievalStore)(nil)
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

func vecTable(space int) string { return fmt.Sprintf("chunk_vectors_%d", space) }

// corpusLock serialises writers of the corpus, so document frequencies
// stay exact and concurrent ingests never deadlock on them.
const corpusLock = `SELECT pg_advisory_xact_lock(hashtext('assay.corpus'))`

// DocumentHash implements retrieval.Store.
func (s *RetrievalStore) DocumentHash(ctx context.Context, id string) (string, bool, error) {
	var h string
	err := s.DB.Pool.QueryRow(ctx, `SELECT content_hash FROM documents WHERE id = $1`, id).Scan(&h)
	if err == pgx.ErrNoRows {
		return "", false, nil
	}
	if err != nil {
		return "", false, errs.Wrap("postgres.DocumentHash", errs.Unavailable, err, "query")
	}
	return h, true, nil
}

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
		if err := tx.QueryRow(ctx, `SELECT to_regclass($1) IS NOT NULL`, t).Scan(&exists); err != nil {
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

// CachedEmbeddings implements retrieval.Store.
func (s *RetrievalStore) CachedEmbeddings(ctx context.Context, space int, hashes []string) (map[string][]float32, error) {
	out := map[string][]float32{}
	if len(hashes) == 0 {
		return out, nil
	}
	rows, err := s.DB.Pool.Query(ctx, `SELECT text_hash, embedding FROM embedding_cache WHERE space_id = $1 AND text_hash = ANY($2)`, space, hashes)
	if err != nil {
		return nil, errs.Wrap("postgres.CachedEmbeddings", errs.Unavailable, err, "query")
	}
	var h string
	var v pgvector.Vector
	_, err = pgx.ForEachRow(rows, []any{&h, &v}, func() error { out[h] = v.Slice(); return nil })
	return out, errs.Wrap("postgres.CachedEmbeddings", errs.Unavailable, err, "query")
}

// ReplaceDocument implements retrieval.Store. Term frequencies are
// computed in Go and every row goes in by COPY; only the corpus
// statistics (document frequencies, total length) are written under the
// corpus lock, at the end, so documents load concurrently.
func (s *RetrievalStore) ReplaceDocument(ctx context.Context, doc *retrieval.Document, hash string, chunks []retrieval.ChunkRecord, space int, vecs [][]float32) error {
	const op = "postgres.ReplaceDocument"
	if len(vecs) != len(chunks) {
		return errs.E(op, errs.Internal, "%d vectors for %d chunks", len(vecs), len(chunks))
	}
	tfs := make([]map[string]int, len(chunks))
	lens := make([]int, len(chunks))
	for i := range chunks {
		tfs[i], lens[i] = retrieval.ChunkTerms(&chunks[i])
	}
	err := s.DB.inTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext('assay.doc:' || $1))`, doc.ID); err != nil {
			return err
		}
		if err := deleteDocument(ctx, tx, doc.ID); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `
			INSERT INTO documents (id, collection, title, framework, source, format, content_hash, chunk_count)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
			doc.ID, doc.Collection, doc.Title, doc.Framework, doc.Source, doc.Format, hash, len(chunks)); err != nil {
			return err
		}
		rows := make([][]any, len(chunks))
		for i, c := range chunks {
			heading := c.Heading
			if heading == nil {
				heading = []string{}
			}
			rows[i] = []any{c.ID, doc.ID, c.Collection, c.Ordinal, heading, string(c.Framework), string(c.Ref), c.Text, c.TextHash, lens[i]}
		}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"chunks"},
			[]string{"id", "doc_id", "collection", "ordinal", "heading", "framework", "ref", "text", "text_hash", "length"},
			pgx.CopyFromRows(rows)); err != nil {
			return err
		}
		if err := writePostings(ctx, tx, chunks, tfs, lens); err != nil {
			return err
		}
		if err := putVectors(ctx, tx, space, chunks, vecs); err != nil {
			return err
		}
		return addCorpusStats(ctx, tx, tfs, lens)
	})
	if err != nil {
		return errs.Wrap(op, errs.Internal, err, "storing document "+doc.ID)
	}
	return nil
}

// deleteDocument removes a document and takes its chunks out of the BM25
// statistics, under the corpus lock.
func deleteDocument(ctx context.Context, tx pgx.Tx, id string) error {
	var exists bool
	if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM documents WHERE id = $1)`, id).Scan(&exists); err != nil || !exists {
		return err
	}
	if _, err := tx.Exec(ctx, corpusLock); err != nil {
		return err
	}
	_, err := tx.Exec(ctx, `
		WITH old AS (
			SELECT ct.term, count(*) AS n FROM chunk_terms ct JOIN chunks c ON c.id = ct.chunk_id
			WHERE c.doc_id = $1 GROUP BY ct.term
		)
		UPDATE term_df d SET df = d.df - old.n FROM old WHERE d.term = old.term`, id)
	if err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `
		UPDATE corpus_stats SET chunks = chunks - x.n, total_length = total_length - x.len
		FROM (SELECT count(*) AS n, COALESCE(sum(length), 0) AS len FROM chunks WHERE doc_id = $1) x`, id); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `DELETE FROM chunk_terms WHERE chunk_id IN (SELECT id FROM chunks WHERE doc_id = $1)`, id); err != nil {
		return err
	}
	_, err = tx.Exec(ctx, `DELETE FROM documents WHERE id = $1`, id)
	return err
}

// writePostings stores each chunk's terms with their BM25 impact
// (retrieval.Impact).
func writePostings(ctx context.Context, tx pgx.Tx, chunks []retrieval.ChunkRecord, tfs []map[string]int, lens []int) error {
	size := 0
	for _, tf := range tfs {
		size += len(tf)
	}
	rows := make([][]any, 0, size)
	for i, c := range chunks {
		for t, f := range tfs[i] {
			rows = append(rows, []any{t, c.ID, int32(f), retrieval.Impact(f, lens[i])})
		}
	}
	_, err := tx.CopyFrom(ctx, pgx.Identifier{"chunk_terms"}, []string{"term", "chunk_id", "tf", "impact"}, pgx.CopyFromRows(rows))
	return err
}

// addCorpusStats adds chunks to the document frequencies and corpus size,
// under the corpus lock (held to commit), terms in sorted order.
func addCorpusStats(ctx context.Context, tx pgx.Tx, tfs []map[string]int, lens []int) error {
	terms, counts, total := retrieval.DocFreqs(tfs, lens)
	if _, err := tx.Exec(ctx, corpusLock); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `
		INSERT INTO term_df (term, df) SELECT * FROM unnest($1::text[], $2::integer[])
		ON CONFLICT (term) DO UPDATE SET df = term_df.df + excluded.df`, terms, counts); err != nil {
		return err
	}
	_, err := tx.Exec(ctx, `UPDATE corpus_stats SET chunks = chunks + $1, total_length = total_length + $2`, len(lens), total)
	return err
}

// EnsureAnalyzer implements retrieval.Store: postings written by another
// lexical analyser are rebuilt, in one transaction, with this one.
func (s *RetrievalStore) EnsureAnalyzer(ctx context.Context) error {
	const op = "postgres.EnsureAnalyzer"
	var have string
	if err := s.DB.Pool.QueryRow(ctx, `SELECT analyzer FROM corpus_stats`).Scan(&have); err != nil {
		return errs.Wrap(op, errs.Unavailable, err, "query")
	}
	if have == retrieval.AnalyzerVersion {
		return nil
	}
	err := s.DB.inTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, corpusLock); err != nil {
			return err
		}
		if err := tx.QueryRow(ctx, `SELECT analyzer FROM corpus_stats`).Scan(&have); err != nil || have == retrieval.AnalyzerVersion {
			return err
		}
		for _, q := range []string{`TRUNCATE chunk_terms, term_df`, `UPDATE corpus_stats SET chunks = 0, total_length = 0`} {
			if _, err := tx.Exec(ctx, q); err != nil {
				return err
			}
		}
		var ids []string
		if err := pgxScanColumn(ctx, tx, `SELECT id FROM chunks ORDER BY id`, &ids); err != nil {
			return err
		}
		rebuilt := len(ids)
		for len(ids) > 0 {
			batch := ids[:min(len(ids), 2000)]
			ids = ids[len(batch):]
			rows, err := tx.Query(ctx, `SELECT `+chunkColumns+` FROM chunks WHERE id = ANY($1)`, batch)
			if err != nil {
				return err
			}
			chunks, err := scanChunks(rows)
			if err != nil {
				return err
			}
			tfs := make([]map[string]int, len(chunks))
			lens := make([]int, len(chunks))
			for i := range chunks {
				tfs[i], lens[i] = retrieval.ChunkTerms(&chunks[i])
			}
			if _, err := tx.Exec(ctx, `UPDATE chunks c SET length = x.len FROM unnest($1::text[], $2::integer[]) AS x(id, len) WHERE c.id = x.id`,
				chunkIDs(chunks), lens); err != nil {
				return err
			}
			if err := writePostings(ctx, tx, chunks, tfs, lens); err != nil {
				return err
			}
			if err := addCorpusStats(ctx, tx, tfs, lens); err != nil {
				return err
			}
		}
		if _, err := tx.Exec(ctx, `UPDATE corpus_stats SET analyzer = $1`, retrieval.AnalyzerVersion); err != nil {
			return err
		}
		if rebuilt > 0 {
			s.DB.Log.Info("rebuilt the BM25 postings", "analyzer", retrieval.AnalyzerVersion, "was", have, "chunks", rebuilt)
		}
		return nil
	})
	if err != nil {
		return errs.Wrap(op, errs.Internal, err, "rebuilding the BM25 postings")
	}
	return nil
}

func chunkIDs(chunks []retrieval.ChunkRecord) []retrieval.ChunkID {
	ids := make([]retrieval.ChunkID, len(chunks))
	for i, c := range chunks {
		ids[i] = c.ID
	}
	return ids
}

func pgxScanColumn(ctx context.Context, tx pgx.Tx, sql string, dst *[]string) error {
	rows, err := tx.Query(ctx, sql)
	if err != nil {
		return err
	}
	*dst, err = pgx.CollectRows(rows, pgx.RowTo[string])
	return err
}

func putVectors(ctx context.Context, tx pgx.Tx, space int, chunks []retrieval.ChunkRecord, vecs [][]float32) error {
	rows := make([][]any, len(chunks))
	for i, c := range chunks {
		rows[i] = []any{c.ID, c.Collection, string(c.Framework), string(c.Ref), c.Doc, pgvector.NewVector(vecs[i])}
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{vecTable(space)},
		[]string{"chunk_id", "collection", "framework", "ref", "doc_id", "embedding"}, pgx.CopyFromRows(rows)); err != nil {
		return err
	}
	// Two transactions caching the same text would wait on each other's
	// row; under the corpus lock (re-entrant, held to commit) they queue
	// instead of deadlocking with the statistics' lock.
	if _, err := tx.Exec(ctx, corpusLock); err != nil {
		return err
	}
	ids := chunkIDs(chunks)
	_, err := tx.Exec(ctx, fmt.Sprintf(`
		INSERT INTO embedding_cache (space_id, text_hash, embedding)
		SELECT DISTINCT ON (c.text_hash) $1::integer, c.text_hash, v.embedding
		FROM %s v JOIN chunks c ON c.id = v.chunk_id WHERE v.chunk_id = ANY($2)
		ON CONFLICT DO NOTHING`, vecTable(space)), space, ids)
	return err
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
		`DROP INDEX IF EXISTS ` + t + `_hnsw`, `DROP INDEX IF EXISTS chunk_terms_impact`, `DROP INDEX IF EXISTS chunk_terms_chunk`,
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
			postingIndexSQL, postingChunkIndexSQL, fmt.Sprintf(s.hnswIndexSQL(dims), t),
			"RESET maintenance_work_mem", "RESET max_parallel_maintenance_workers",
		} {
			if _, err := conn.Exec(ctx, q); err != nil {
				return errs.Wrap("postgres.SuspendVectorIndex", errs.Unavailable, err, "rebuilding indexes")
			}
		}
		return nil
	}, nil
}

// The postings' indexes, as the retrieval migration creates them.
const (
	postingIndexSQL      = `CREATE INDEX IF NOT EXISTS chunk_terms_impact ON chunk_terms (term, impact DESC) INCLUDE (chunk_id)`
	postingChunkIndexSQL = `CREATE INDEX IF NOT EXISTS chunk_terms_chunk ON chunk_terms (chunk_id)`
)

// ChunksWithoutVectors implements retrieval.Store.
func (s *RetrievalStore) ChunksWithoutVectors(ctx context.Context, space int, limit int) ([]retrieval.ChunkRecord, error) {
	rows, err := s.DB.Pool.Query(ctx, fmt.Sprintf(`
		SELECT c.id, c.doc_id, c.collection, c.ordinal, c.heading, c.framework, c.ref, c.text, c.text_hash
		FROM chunks c WHERE NOT EXISTS (SELECT 1 FROM %s v WHERE v.chunk_id = c.id)
		ORDER BY c.doc_id, c.ordinal LIMIT $1`, vecTable(space)), limit)
	if err != nil {
		return nil, errs.Wrap("postgres.ChunksWithoutVectors", errs.Unavailable, err, "query")
	}
	return scanChunks(rows)
}

// PutVectors implements retrieval.Store.
func (s *RetrievalStore) PutVectors(ctx context.Context, space int, chunks []retrieval.ChunkRecord, vecs [][]float32) error {
	err := s.DB.inTx(ctx, func(tx pgx.Tx) error { return putVectors(ctx, tx, space, chunks, vecs) })
	return errs.Wrap("postgres.PutVectors", errs.Internal, err, "storing vectors")
}

// filterSQL renders a filter over a table alias; args continue from n.
func filterSQL(alias string, f retrieval.Filter, args []any) (string, []any) {
	var conds []string
	add := func(cond string, v any) {
		args = append(args, v)
		conds = append(conds, fmt.Sprintf(cond, alias, len(args)))
	}
	if f.Collection != "" {
		add("%s.collection = $%d", f.Collection)
	}
	if f.Framework != "" {
		add("%s.framework = $%d", string(f.Framework))
	}
	if f.Doc != "" {
		add("%s.doc_id = $%d", f.Doc)
	}
	if len(f.Keys) > 0 {
		keys := make([]string, len(f.Keys))
		for i, k := range f.Keys {
			keys[i] = k.String()
		}
		add("(%s.framework || ':' || %[1]s.ref) = ANY($%d)", keys)
	}
	if len(conds) == 0 {
		return "true", args
	}
	return strings.Join(conds, " AND "), args
}

// Lexical implements retrieval.Store with Okapi BM25 (k1 = 1.2, b = 0.75,
// Lucene's IDF), query terms weighted 1 and expansion terms 0.4. Each
// term's postings are read in impact order, at most Depth of them (those
// passing the filter), so a common term costs no more than a rare one.
// A filter that leaves few chunks (at most SmallScope) is served from the
// other side: those chunks' postings, scored exactly. Walking a common
// term's postings until Depth of them pass a selective filter would read
// nearly all of them (seconds at 100,000 chunks).
func (s *RetrievalStore) Lexical(ctx context.Context, query, expansion string, f retrieval.Filter, k int) ([]retrieval.Hit, error) {
	const op = "postgres.Lexical"
	depth := cmp.Or(s.Depth, retrieval.DefaultDepth)
	terms, weights := retrieval.QueryTerms(query, expansion)
	if len(terms) == 0 {
		return nil, nil
	}
	var sql string
	var args []any
	if where, fargs := filterSQL("c", f, nil); where != "true" && s.SmallScope >= 0 {
		small := cmp.Or(s.SmallScope, DefaultSmallScope)
		var n int
		if err := s.DB.Pool.QueryRow(ctx, `SELECT count(*) FROM (SELECT 1 FROM chunks c WHERE `+where+` LIMIT `+fmt.Sprint(small+1)+`) x`, fargs...).Scan(&n); err != nil {
			return nil, errs.Wrap(op, errs.Unavailable, err, "sizing the filter")
		}
		if n <= small {
			where, args = filterSQL("c", f, []any{terms, weights, k})
			sql = bm25Weights + `
				SELECT ct.chunk_id, sum(w.wi * ct.impact) AS score
				FROM chunks c JOIN chunk_terms ct ON ct.chunk_id = c.id JOIN w ON w.term = ct.term
				WHERE ` + where + `
				GROUP BY ct.chunk_id ORDER BY score DESC, ct.chunk_id LIMIT $3`
		}
	}
	if sql == "" {
		var where string
		where, args = filterSQL("c", f, []any{terms, weights, k, depth})
		postings := `SELECT ct.chunk_id, ct.impact FROM chunk_terms ct WHERE ct.term = w.term ORDER BY ct.impact DESC LIMIT $4`
		if where != "true" {
			postings = `SELECT ct.chunk_id, ct.impact FROM chunk_terms ct JOIN chunks c ON c.id = ct.chunk_id
			            WHERE ct.term = w.term AND ` + where + ` ORDER BY ct.impact DESC LIMIT $4`
		}
		sql = bm25Weights + `
			SELECT p.chunk_id, sum(w.wi * p.impact) AS score
			FROM w CROSS JOIN LATERAL (` + postings + `) p
			GROUP BY p.chunk_id ORDER BY score DESC, p.chunk_id LIMIT $3`
	}
	rows, err := s.DB.Pool.Query(ctx, sql, args...)
	if err != nil {
		return nil, errs.Wrap(op, errs.Unavailable, err, "query")
	}
	return scanHits(rows)
}

// DefaultSmallScope is RetrievalStore.SmallScope's default: where reading
// every posting of the filtered chunks costs about what walking a common
// term's postings to a selective filter's Depth does.
const DefaultSmallScope = 5000

// bm25Weights opens a BM25 query: w holds each query term ($1, with its
// weight in $2) and its weight times IDF; terms the corpus lacks drop out.
const bm25Weights = `
	WITH qt AS (
		SELECT * FROM unnest($1::text[], $2::float8[]) AS q(term, w)
	), w AS (
		SELECT qt.term, qt.w * ln(1 + (st.n - d.df + 0.5) / (d.df + 0.5)) AS wi
		FROM qt
		CROSS JOIN (SELECT GREATEST(chunks, 1)::float8 AS n FROM corpus_stats) st
		CROSS JOIN LATERAL (SELECT df FROM term_df WHERE term_df.term = qt.term AND df > 0) d
	)`

// Vector implements retrieval.Store: HNSW cosine search; with a filter,
// pgvector 0.8's iterative scan keeps reading the index until k rows pass.
func (s *RetrievalStore) Vector(ctx context.Context, space int, vec []float32, f retrieval.Filter, k int) ([]retrieval.Hit, error) {
	args := []any{pgvector.NewVector(vec), k}
	where, args := filterSQL("v", f, args)
	_, _, ef := s.HNSW()
	var hits []retrieval.Hit
	err := s.DB.inTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, fmt.Sprintf("SET LOCAL hnsw.ef_search = %d", max(ef, k))); err != nil {
			return err
		}
		if where != "true" {
			if _, err := tx.Exec(ctx, "SET LOCAL hnsw.iterative_scan = relaxed_order"); err != nil {
				return err
			}
		}
		rows, err := tx.Query(ctx, vectorSQL(space, len(vec), where), args...)
		if err != nil {
			return err
		}
		hits, err = scanHits(rows)
		return err
	})
	// A relaxed-order iterative scan may return rows slightly out of order.
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].Score > hits[j].Score })
	if err != nil {
		return nil, errs.Wrap("postgres.Vector", errs.Unavailable, err, "query")
	}
	return hits, nil
}

// vectorSQL is Vector's query: $1 the query vector, $2 k. It orders by the
// expression the HNSW index is built on (hnswIndexSQL), or the index could
// not serve it.
func vectorSQL(space, dims int, where string) string {
	return fmt.Sprintf(`
		SELECT chunk_id, 1 - (embedding::halfvec(%[3]d) <=> $1::halfvec(%[3]d)) FROM %[1]s v WHERE %[2]s
		ORDER BY embedding::halfvec(%[3]d) <=> $1::halfvec(%[3]d) LIMIT $2`, vecTable(space), where, dims)
}

// ExactVector ranks by exact cosine distance without the index, to measure
// the HNSW index's recall.
func (s *RetrievalStore) ExactVector(ctx context.Context, space int, vec []float32, k int) ([]retrieval.Hit, error) {
	var hits []retrieval.Hit
	err := s.DB.inTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "SET LOCAL enable_indexscan = off"); err != nil {
			return err
		}
		rows, err := tx.Query(ctx, fmt.Sprintf(`SELECT chunk_id, 1 - (embedding <=> $1) FROM %s ORDER BY embedding <=> $1 LIMIT $2`, vecTable(space)),
			pgvector.NewVector(vec), k)
		if err != nil {
			return err
		}
		hits, err = scanHits(rows)
		return err
	})
	return hits, errs.Wrap("postgres.ExactVector", errs.Unavailable, err, "query")
}

// Chunks implements retrieval.Store.
func (s *RetrievalStore) Chunks(ctx context.Context, ids []retrieval.ChunkID) (map[retrieval.ChunkID]retrieval.ChunkRecord, error) {
	rows, err := s.DB.Pool.Query(ctx, `SELECT `+chunkColumns+` FROM chunks WHERE id = ANY($1)`, ids)
	if err != nil {
		return nil, errs.Wrap("postgres.Chunks", errs.Unavailable, err, "query")
	}
	list, err := scanChunks(rows)
	if err != nil {
		return nil, err
	}
	out := make(map[retrieval.ChunkID]retrieval.ChunkRecord, len(list))
	for _, c := range list {
		out[c.ID] = c
	}
	return out, nil
}

// Counts implements retrieval.Store.
func (s *RetrievalStore) Counts(ctx context.Context, collection string) (int, int, error) {
	var docs, chunks int
	err := s.DB.Pool.QueryRow(ctx, `
		SELECT count(*), COALESCE(sum(chunk_count), 0) FROM documents WHERE $1 = '' OR collection = $1`, collection).Scan(&docs, &chunks)
	return docs, chunks, errs.Wrap("postgres.Counts", errs.Unavailable, err, "query")
}

func scanHits(rows pgx.Rows) ([]retrieval.Hit, error) {
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (retrieval.Hit, error) {
		var h retrieval.Hit
		return h, r.Scan(&h.Chunk, &h.Score)
	})
}

// chunkColumns are the columns scanChunks reads.
const chunkColumns = `id, doc_id, collection, ordinal, heading, framework, ref, text, text_hash`

func scanChunks(rows pgx.Rows) ([]retrieval.ChunkRecord, error) {
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (retrieval.ChunkRecord, error) {
		var c retrieval.ChunkRecord
		return c, r.Scan(&c.ID, &c.Doc, &c.Collection, &c.Ordinal, &c.Heading, &c.Framework, &c.Ref, &c.Text, &c.TextHash)
	})
}
