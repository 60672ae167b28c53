package postgres

// Search: BM25 over the postings, and vector search through the HNSW
// index.

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

func scanHits(rows pgx.Rows) ([]retrieval.Hit, error) {
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (retrieval.Hit, error) {
		var h retrieval.Hit
		return h, r.Scan(&h.Chunk, &h.Score)
	})
}
