package postgres

// What the corpus is written with: documents, their chunks, the BM25
// postings and statistics, and vectors.

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/pgvector/pgvector-go"

	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/retrieval"
)

// corpusLock serialises writers of the corpus, so document frequencies
// stay exact and concurrent ingests never deadlock on them.
const corpusLock = `SELECT pg_advisory_xact_lock(hashtext('assay.corpus'))`

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
	fields := retrieval.AnalyseChunks(chunks)
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
			rows[i] = []any{c.ID, doc.ID, c.Collection, c.Ordinal, heading, string(c.Framework), string(c.Ref), c.Text, c.TextHash, fields[i].BodyLen, fields[i].TitleLen, c.Asked}
		}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"chunks"},
			[]string{"id", "doc_id", "collection", "ordinal", "heading", "framework", "ref", "text", "text_hash", "length", "title_length", "asked"},
			pgx.CopyFromRows(rows)); err != nil {
			return err
		}
		if err := writePostings(ctx, tx, chunks, fields); err != nil {
			return err
		}
		if err := putVectors(ctx, tx, space, chunks, vecs); err != nil {
			return err
		}
		return logChange(ctx, tx, doc.ID)
	})
	if err != nil {
		return errs.Wrap(op, errs.Internal, err, "storing document "+doc.ID)
	}
	return nil
}

// deleteDocument removes a document, its chunks and their postings.
func deleteDocument(ctx context.Context, tx pgx.Tx, id string) error {
	if _, err := tx.Exec(ctx, `DELETE FROM chunk_terms WHERE chunk_id IN (SELECT id FROM chunks WHERE doc_id = $1)`, id); err != nil {
		return err
	}
	_, err := tx.Exec(ctx, `DELETE FROM documents WHERE id = $1`, id)
	return err
}

// logChange moves the corpus to its next version, noting which document
// changed ("": all of them, or the lexical parameters). The version row's
// lock, held to commit, makes writers commit versions in order, so a
// process that has read up to a version has seen every change before it.
func logChange(ctx context.Context, tx pgx.Tx, doc string) error {
	var v int64
	if err := tx.QueryRow(ctx, `UPDATE corpus_stats SET version = version + 1 RETURNING version`).Scan(&v); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `INSERT INTO corpus_changes (version, doc_id) VALUES ($1, $2)`, v, doc); err != nil {
		return err
	}
	if v%1000 == 0 {
		_, err := tx.Exec(ctx, `DELETE FROM corpus_changes WHERE version <= $1`, v-retrieval.ChangesKept)
		return err
	}
	return nil
}

// writePostings stores each chunk's terms with their frequencies in both
// fields.
func writePostings(ctx context.Context, tx pgx.Tx, chunks []retrieval.ChunkRecord, fields []retrieval.Fields) error {
	_, err := tx.CopyFrom(ctx, pgx.Identifier{"chunk_terms"}, []string{"term", "chunk_id", "tf", "title_tf"}, pgx.CopyFromRows(retrieval.PostingRows(chunks, fields)))
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
		for _, q := range []string{`TRUNCATE chunk_terms`} {
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
			fields := retrieval.AnalyseChunks(chunks)
			body, title := make([]int32, len(chunks)), make([]int32, len(chunks))
			for i, f := range fields {
				body[i], title[i] = int32(f.BodyLen), int32(f.TitleLen)
			}
			if _, err := tx.Exec(ctx, `UPDATE chunks c SET length = x.body, title_length = x.title
				FROM unnest($1::text[], $2::integer[], $3::integer[]) AS x(id, body, title) WHERE c.id = x.id`,
				chunkIDs(chunks), body, title); err != nil {
				return err
			}
			if err := writePostings(ctx, tx, chunks, fields); err != nil {
				return err
			}

		}
		if _, err := tx.Exec(ctx, `UPDATE corpus_stats SET analyzer = $1`, retrieval.AnalyzerVersion); err != nil {
			return err
		}
		if err := logChange(ctx, tx, ""); err != nil {
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

// ChunksWithoutVectors implements retrieval.Store.
func (s *RetrievalStore) ChunksWithoutVectors(ctx context.Context, space int, limit int) ([]retrieval.ChunkRecord, error) {
	rows, err := s.DB.Pool.Query(ctx, fmt.Sprintf(`
		SELECT `+chunkColumns+`
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
