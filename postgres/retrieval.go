package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/retrieval"
)

// RetrievalStore implements retrieval.Store: chunks and BM25 term
// statistics in plain tables, vectors in one HNSW-indexed table per
// embedding space.
type RetrievalStore struct {
	DB *DB
	Tuning

	index retrieval.MemIndex
}

// Tuning shapes search; zero values are the defaults. The benchmarks set
// it to measure other shapes.
type Tuning struct {
	// EfSearch is hnsw.ef_search for vector queries (pgvector's default is 40).
	EfSearch int
	// M and EfConstruction shape a new HNSW index (DefaultM and
	// DefaultEfConstruction); an existing index keeps the shape it was
	// built with.
	M, EfConstruction int
}

var (
	_ retrieval.Store       = (*RetrievalStore)(nil)
	_ retrieval.IndexReader = (*RetrievalStore)(nil)
	_ retrieval.BulkLoader  = (*RetrievalStore)(nil)
)

func vecTable(space int) string { return fmt.Sprintf("chunk_vectors_%d", space) }

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

// EachChunk implements retrieval.Store.
func (s *RetrievalStore) EachChunk(ctx context.Context, f retrieval.Filter, fn func(retrieval.ChunkRecord) error) error {
	const op = "postgres.EachChunk"
	rows, err := s.DB.Pool.Query(ctx, `SELECT `+chunkColumns+` FROM chunks
		WHERE ($1 = '' OR collection = $1) AND ($2 = '' OR framework = $2) AND ($3 = '' OR doc_id = $3)`,
		f.Collection, string(f.Framework), f.Doc)
	if err != nil {
		return errs.Wrap(op, errs.Unavailable, err, "query")
	}
	defer rows.Close()
	for rows.Next() {
		c, err := scanChunk(rows)
		if err != nil {
			return errs.Wrap(op, errs.Unavailable, err, "scan")
		}
		if !f.Admits(c.Collection, c.Framework, c.Doc, c.Ref) {
			continue
		}
		if err := fn(c); err != nil {
			return err
		}
	}
	return errs.Wrap(op, errs.Unavailable, rows.Err(), "query")
}

// Counts implements retrieval.Store.
func (s *RetrievalStore) Counts(ctx context.Context, collection string) (int, int, error) {
	var docs, chunks int
	err := s.DB.Pool.QueryRow(ctx, `
		SELECT count(*), COALESCE(sum(chunk_count), 0) FROM documents WHERE $1 = '' OR collection = $1`, collection).Scan(&docs, &chunks)
	return docs, chunks, errs.Wrap("postgres.Counts", errs.Unavailable, err, "query")
}

// chunkColumns are the columns scanChunks reads.
const chunkColumns = `id, doc_id, collection, ordinal, heading, framework, ref, text, text_hash, asked`

func scanChunks(rows pgx.Rows) ([]retrieval.ChunkRecord, error) {
	return pgx.CollectRows(rows, scanChunk)
}

// scanChunk reads one row of chunkColumns.
func scanChunk(r pgx.CollectableRow) (retrieval.ChunkRecord, error) {
	var c retrieval.ChunkRecord
	return c, r.Scan(&c.ID, &c.Doc, &c.Collection, &c.Ordinal, &c.Heading, &c.Framework, &c.Ref, &c.Text, &c.TextHash, &c.Asked)
}
