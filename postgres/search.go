package postgres

// Search: BM25 over the postings, and vector search through the HNSW
// index.

import (
	"context"
	"encoding/binary"
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

// Lexical implements retrieval.Store: exact BM25F from the process's
// in-memory index (retrieval.MemIndex), brought up to the committed
// corpus first.
func (s *RetrievalStore) Lexical(ctx context.Context, query, expansion string, f retrieval.Filter, k int) ([]retrieval.Hit, error) {
	return s.index.Search(ctx, s, query, expansion, f, k)
}

// CorpusVersion implements retrieval.IndexReader.
func (s *RetrievalStore) CorpusVersion(ctx context.Context) (int64, error) {
	var v int64
	err := s.DB.Pool.QueryRow(ctx, `SELECT version FROM corpus_stats`).Scan(&v)
	return v, errs.Wrap("postgres.CorpusVersion", errs.Unavailable, err, "query")
}

// ReadIndex implements retrieval.IndexReader, in one repeatable-read
// snapshot.
func (s *RetrievalStore) ReadIndex(ctx context.Context, since int64, load *retrieval.IndexLoad) error {
	err := pgx.BeginTxFunc(ctx, s.DB.Pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		if err := tx.QueryRow(ctx, `SELECT version FROM corpus_stats`).Scan(&load.Version); err != nil {
			return err
		}
		var oldest *int64
		var all bool
		if err := tx.QueryRow(ctx, `SELECT min(version), COALESCE(bool_or(doc_id = '') FILTER (WHERE version > $1), false) FROM corpus_changes`, since).Scan(&oldest, &all); err != nil {
			return err
		}
		load.Decide(since, oldest, all)
		if !load.Full {
			rows, err := tx.Query(ctx, `SELECT DISTINCT doc_id FROM corpus_changes WHERE version > $1`, since)
			if err != nil {
				return err
			}
			if load.Changed, err = pgx.CollectRows(rows, pgx.RowTo[string]); err != nil {
				return err
			}
		}
		var err error
		if load.Params, err = collectionParams(ctx, tx); err != nil {
			return err
		}
		if !load.Full && len(load.Changed) == 0 {
			return nil
		}
		where, args := "true", []any{}
		if !load.Full {
			where, args = "c.doc_id = ANY($1)", []any{load.Changed}
		}
		rows, err := tx.Query(ctx, `SELECT c.id, c.doc_id, c.collection, c.framework, c.ref, c.length, c.title_length FROM chunks c WHERE `+where, args...)
		if err != nil {
			return err
		}
		var c retrieval.IndexChunk
		if _, err := pgx.ForEachRow(rows, []any{&c.ID, &c.Doc, &c.Collection, &c.Framework, &c.Ref, &c.BodyLen, &c.TitleLen}, func() error {
			load.AddChunk(c)
			return nil
		}); err != nil {
			return err
		}
		q := `SELECT ct.term, ct.chunk_id, ct.tf, ct.title_tf FROM chunk_terms ct`
		if !load.Full {
			q += ` JOIN chunks c ON c.id = ct.chunk_id WHERE ` + where
		}
		rows, err = tx.Query(ctx, q, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			v := rows.RawValues()
			if len(v) != 4 || len(v[2]) != 4 || len(v[3]) != 4 {
				return fmt.Errorf("unexpected posting row")
			}
			load.AddPosting(v[0], v[1], int(int32(binary.BigEndian.Uint32(v[2]))), int(int32(binary.BigEndian.Uint32(v[3]))))
		}
		return rows.Err()
	})
	return errs.Wrap("postgres.ReadIndex", errs.Unavailable, err, "reading the lexical index")
}

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

// SetLexicalParams implements retrieval.Store.
func (s *RetrievalStore) SetLexicalParams(ctx context.Context, collection string, p retrieval.LexicalParams) error {
	if err := p.Validate(); err != nil {
		return err
	}
	err := s.DB.inTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `
			INSERT INTO lexical_params (collection, k1, b, title_weight) VALUES ($1, $2, $3, $4)
			ON CONFLICT (collection) DO UPDATE SET k1 = excluded.k1, b = excluded.b, title_weight = excluded.title_weight, updated_at = now()`,
			collection, p.K1, p.B, p.TitleWeight); err != nil {
			return err
		}
		return logChange(ctx, tx, "")
	})
	return errs.Wrap("postgres.SetLexicalParams", errs.Unavailable, err, "storing the parameters")
}

// CollectionParams implements retrieval.Store.
func (s *RetrievalStore) CollectionParams(ctx context.Context) (map[string]retrieval.LexicalParams, error) {
	out, err := collectionParams(ctx, s.DB.Pool)
	return out, errs.Wrap("postgres.CollectionParams", errs.Unavailable, err, "query")
}

func collectionParams(ctx context.Context, q interface {
	Query(context.Context, string, ...any) (pgx.Rows, error)
}) (map[string]retrieval.LexicalParams, error) {
	out := map[string]retrieval.LexicalParams{}
	rows, err := q.Query(ctx, `SELECT collection, k1, b, title_weight FROM lexical_params`)
	if err != nil {
		return nil, err
	}
	var coll string
	var p retrieval.LexicalParams
	_, err = pgx.ForEachRow(rows, []any{&coll, &p.K1, &p.B, &p.TitleWeight}, func() error { out[coll] = p; return nil })
	return out, err
}
