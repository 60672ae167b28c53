package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"errors"
	"math"
	"sort"
	"strings"
	"sync"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/retrieval"
)

// RetrievalStore implements retrieval.Store in the store file: BM25
// postings as in PostgreSQL, read term by term; vectors searched exactly,
// from an in-memory copy per space that writes invalidate.
type RetrievalStore struct {
	DB    *DB
	index retrieval.MemIndex

	mu      sync.Mutex
	vectors map[int]*spaceVectors // space id → loaded vectors
}

var (
	_ retrieval.Store       = (*RetrievalStore)(nil)
	_ retrieval.IndexReader = (*RetrievalStore)(nil)
)

type spaceVectors struct {
	ids  []retrieval.ChunkID
	meta []chunkMeta
	vecs [][]float32
}

type chunkMeta struct {
	collection, framework, ref, doc string
}

func (s *RetrievalStore) invalidate() {
	s.mu.Lock()
	s.vectors = nil
	s.mu.Unlock()
}

func encodeVec(v []float32) []byte {
	b := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(x))
	}
	return b
}

func decodeVec(b []byte) []float32 {
	v := make([]float32, len(b)/4)
	for i := range v {
		v[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return v
}

// EnsureAnalyzer implements retrieval.Store.
func (s *RetrievalStore) EnsureAnalyzer(ctx context.Context) error {
	var have string
	if err := s.DB.SQL.QueryRowContext(ctx, `SELECT analyzer FROM corpus_stats`).Scan(&have); err != nil {
		return errs.Wrap("sqlite.EnsureAnalyzer", errs.Unavailable, err, "query")
	}
	if have == retrieval.AnalyzerVersion {
		return nil
	}
	err := s.DB.inTx(ctx, func(tx *sql.Tx) error {
		for _, q := range []string{`DELETE FROM chunk_terms`} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return err
			}
		}
		chunks, err := queryChunks(ctx, tx, `SELECT `+chunkCols+` FROM chunks ORDER BY id`)
		if err != nil {
			return err
		}
		fields := retrieval.AnalyseChunks(chunks)
		for i, c := range chunks {
			if _, err := tx.ExecContext(ctx, `UPDATE chunks SET length = ?, title_length = ? WHERE id = ?`, fields[i].BodyLen, fields[i].TitleLen, c.ID); err != nil {
				return err
			}
		}
		if err := writePostings(ctx, tx, chunks, fields); err != nil {
			return err
		}
		if err := logChange(ctx, tx, ""); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE corpus_stats SET analyzer = ?`, retrieval.AnalyzerVersion)
		return err
	})
	return errs.Wrap("sqlite.EnsureAnalyzer", errs.Internal, err, "rebuilding the BM25 postings")
}

// DocumentHash implements retrieval.Store.
func (s *RetrievalStore) DocumentHash(ctx context.Context, id string) (string, bool, error) {
	var h string
	err := s.DB.SQL.QueryRowContext(ctx, `SELECT content_hash FROM documents WHERE id = ?`, id).Scan(&h)
	if err == sql.ErrNoRows {
		return "", false, nil
	}
	if err != nil {
		return "", false, errs.Wrap("sqlite.DocumentHash", errs.Unavailable, err, "query")
	}
	return h, true, nil
}

// EnsureSpace implements retrieval.Store.
func (s *RetrievalStore) EnsureSpace(ctx context.Context, sp retrieval.Space) (int, error) {
	if sp.Dims <= 0 || sp.Dims > 16000 {
		return 0, errs.E("sqlite.EnsureSpace", errs.Invalid, "embedding dimensions %d out of range", sp.Dims)
	}
	var id int
	err := s.DB.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO embedding_spaces (model, dims) VALUES (?, ?) ON CONFLICT DO NOTHING`, sp.Model, sp.Dims); err != nil {
			return err
		}
		return tx.QueryRowContext(ctx, `SELECT id FROM embedding_spaces WHERE model = ? AND dims = ?`, sp.Model, sp.Dims).Scan(&id)
	})
	return id, errs.Wrap("sqlite.EnsureSpace", errs.Internal, err, "embedding space "+sp.String())
}

// CachedEmbeddings implements retrieval.Store.
func (s *RetrievalStore) CachedEmbeddings(ctx context.Context, space int, hashes []string) (map[string][]float32, error) {
	out := map[string][]float32{}
	for _, h := range hashes {
		var b []byte
		err := s.DB.SQL.QueryRowContext(ctx, `SELECT embedding FROM embedding_cache WHERE space_id = ? AND text_hash = ?`, space, h).Scan(&b)
		if err == sql.ErrNoRows {
			continue
		}
		if err != nil {
			return nil, errs.Wrap("sqlite.CachedEmbeddings", errs.Unavailable, err, "query")
		}
		out[h] = decodeVec(b)
	}
	return out, nil
}

// ReplaceDocument implements retrieval.Store.
func (s *RetrievalStore) ReplaceDocument(ctx context.Context, doc *retrieval.Document, hash string, chunks []retrieval.ChunkRecord, space int, vecs [][]float32) error {
	if len(vecs) != len(chunks) {
		return errs.E("sqlite.ReplaceDocument", errs.Internal, "%d vectors for %d chunks", len(vecs), len(chunks))
	}
	fields := retrieval.AnalyseChunks(chunks)
	defer s.invalidate()
	err := s.DB.inTx(ctx, func(tx *sql.Tx) error {
		if err := deleteDocument(ctx, tx, doc.ID); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO documents (id, collection, title, framework, source, format, content_hash, chunk_count)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, doc.ID, doc.Collection, doc.Title, string(doc.Framework), doc.Source, doc.Format, hash, len(chunks)); err != nil {
			return err
		}
		rows := make([][]any, len(chunks))
		for i, c := range chunks {
			heading, _ := json.Marshal(orEmpty(c.Heading))
			rows[i] = []any{c.ID, doc.ID, c.Collection, c.Ordinal, string(heading), string(c.Framework), string(c.Ref), c.Text, c.TextHash, fields[i].BodyLen, fields[i].TitleLen, c.Asked}
		}
		if err := insertMany(ctx, tx, `INSERT INTO chunks (id, doc_id, collection, ordinal, heading, framework, ref, text, text_hash, length, title_length, asked) VALUES `, "", rows); err != nil {
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
	return errs.Wrap("sqlite.ReplaceDocument", errs.Internal, err, "storing document "+doc.ID)
}

func orEmpty(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

func deleteDocument(ctx context.Context, tx *sql.Tx, id string) error {
	_, err := tx.ExecContext(ctx, `DELETE FROM documents WHERE id = ?`, id) // chunks, postings and vectors cascade
	return err
}

// writePostings stores each chunk's terms with their frequencies in both
// fields.
func writePostings(ctx context.Context, tx *sql.Tx, chunks []retrieval.ChunkRecord, fields []retrieval.Fields) error {
	return insertMany(ctx, tx, `INSERT INTO chunk_terms (term, chunk_id, tf, title_tf) VALUES `, "", retrieval.PostingRows(chunks, fields))
}

// insertMany inserts rows a few hundred per statement: one statement per
// row costs most of an ingest.
func insertMany(ctx context.Context, tx *sql.Tx, head, tail string, rows [][]any) error {
	const per = 200
	if len(rows) == 0 {
		return nil
	}
	sqlFor := func(n int) string {
		var b strings.Builder
		b.WriteString(head)
		one := "(?" + strings.Repeat(",?", len(rows[0])-1) + ")"
		for i := range n {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString(one)
		}
		b.WriteString(tail)
		return b.String()
	}
	// Full batches share one prepared statement: parsing a statement of
	// 200 rows each time cost as much as running it.
	var full *sql.Stmt
	defer func() {
		if full != nil {
			full.Close()
		}
	}()
	args := make([]any, 0, per*len(rows[0]))
	for start := 0; start < len(rows); start += per {
		batch := rows[start:min(start+per, len(rows))]
		args = args[:0]
		for _, r := range batch {
			args = append(args, r...)
		}
		var err error
		if len(batch) == per && len(rows) > per {
			if full == nil {
				if full, err = tx.PrepareContext(ctx, sqlFor(per)); err != nil {
					return err
				}
			}
			_, err = full.ExecContext(ctx, args...)
		} else {
			_, err = tx.ExecContext(ctx, sqlFor(len(batch)), args...)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func putVectors(ctx context.Context, tx *sql.Tx, space int, chunks []retrieval.ChunkRecord, vecs [][]float32) error {
	vrows := make([][]any, len(chunks))
	crows := make([][]any, len(chunks))
	for i, c := range chunks {
		b := encodeVec(vecs[i])
		vrows[i] = []any{space, c.ID, b}
		crows[i] = []any{space, c.TextHash, b}
	}
	if err := insertMany(ctx, tx, `INSERT INTO chunk_vectors (space_id, chunk_id, embedding) VALUES `, "", vrows); err != nil {
		return err
	}
	// "WHERE true" lets SQLite tell the upsert from a join's ON clause.
	return insertMany(ctx, tx, `INSERT INTO embedding_cache (space_id, text_hash, embedding) SELECT * FROM (VALUES `, `) WHERE true ON CONFLICT DO NOTHING`, crows)
}

const chunkCols = `id, doc_id, collection, ordinal, heading, framework, ref, text, text_hash, asked`

type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func queryChunks(ctx context.Context, q querier, query string, args ...any) ([]retrieval.ChunkRecord, error) {
	var out []retrieval.ChunkRecord
	err := eachChunk(ctx, q, func(c retrieval.ChunkRecord) error {
		out = append(out, c)
		return nil
	}, query, args...)
	return out, err
}

// readErr classifies an error reading chunks: one eachChunk already
// classified (a corrupt stored row, Internal) stays as it is; any other
// (the query or the scan failing) is Unavailable.
func readErr(op string, err error, msg string) error {
	var classified *errs.Error
	if errors.As(err, &classified) {
		return err
	}
	return errs.Wrap(op, errs.Unavailable, err, msg)
}

// eachChunk runs a query selecting chunkCols and calls fn with each chunk
// in turn, stopping at fn's first error.
func eachChunk(ctx context.Context, q querier, fn func(retrieval.ChunkRecord) error, query string, args ...any) error {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var c retrieval.ChunkRecord
		var heading, fw, ref string
		if err := rows.Scan(&c.ID, &c.Doc, &c.Collection, &c.Ordinal, &heading, &fw, &ref, &c.Text, &c.TextHash, &c.Asked); err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(heading), &c.Heading); err != nil {
			return errs.Wrap("sqlite.chunk", errs.Internal, err, "chunk "+string(c.ID)+": stored heading")
		}
		c.Framework, c.Ref = catalogs.FrameworkID(fw), catalogs.Ref(ref)
		if err := fn(c); err != nil {
			return err
		}
	}
	return rows.Err()
}

// ChunksWithoutVectors implements retrieval.Store.
func (s *RetrievalStore) ChunksWithoutVectors(ctx context.Context, space int, limit int) ([]retrieval.ChunkRecord, error) {
	out, err := queryChunks(ctx, s.DB.SQL, `SELECT `+chunkCols+` FROM chunks c
		WHERE NOT EXISTS (SELECT 1 FROM chunk_vectors v WHERE v.space_id = ? AND v.chunk_id = c.id) ORDER BY doc_id, ordinal LIMIT ?`, space, limit)
	return out, readErr("sqlite.ChunksWithoutVectors", err, "query")
}

// PutVectors implements retrieval.Store.
func (s *RetrievalStore) PutVectors(ctx context.Context, space int, chunks []retrieval.ChunkRecord, vecs [][]float32) error {
	defer s.invalidate()
	err := s.DB.inTx(ctx, func(tx *sql.Tx) error { return putVectors(ctx, tx, space, chunks, vecs) })
	return errs.Wrap("sqlite.PutVectors", errs.Internal, err, "storing vectors")
}

// Lexical implements retrieval.Store: exact BM25F from the process's
// in-memory index (retrieval.MemIndex), brought up to the committed
// corpus first (another process may write the same file).
func (s *RetrievalStore) Lexical(ctx context.Context, query, expansion string, f retrieval.Filter, k int) ([]retrieval.Hit, error) {
	return s.index.Search(ctx, s, query, expansion, f, k)
}

// CorpusVersion implements retrieval.IndexReader.
func (s *RetrievalStore) CorpusVersion(ctx context.Context) (int64, error) {
	var v int64
	err := s.DB.SQL.QueryRowContext(ctx, `SELECT version FROM corpus_stats`).Scan(&v)
	return v, errs.Wrap("sqlite.CorpusVersion", errs.Unavailable, err, "query")
}

// ReadIndex implements retrieval.IndexReader, in one read transaction.
func (s *RetrievalStore) ReadIndex(ctx context.Context, since int64, load *retrieval.IndexLoad) error {
	err := s.DB.inTx(ctx, func(tx *sql.Tx) error {
		if err := tx.QueryRowContext(ctx, `SELECT version FROM corpus_stats`).Scan(&load.Version); err != nil {
			return err
		}
		var oldest *int64
		var all bool
		if err := tx.QueryRowContext(ctx, `SELECT min(version), COALESCE(max(version > ? AND doc_id = ''), 0) FROM corpus_changes`, since).Scan(&oldest, &all); err != nil {
			return err
		}
		load.Decide(since, oldest, all)
		if !load.Full {
			rows, err := tx.QueryContext(ctx, `SELECT DISTINCT doc_id FROM corpus_changes WHERE version > ?`, since)
			if err != nil {
				return err
			}
			for rows.Next() {
				var d string
				if err := rows.Scan(&d); err != nil {
					rows.Close()
					return err
				}
				load.Changed = append(load.Changed, d)
			}
			rows.Close()
			if err := rows.Err(); err != nil {
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
		where, args := "1", []any{}
		if !load.Full {
			where, args = "c.doc_id IN ("+placeholders(len(load.Changed))+")", anys(load.Changed)
		}
		rows, err := tx.QueryContext(ctx, `SELECT c.id, c.doc_id, c.collection, c.framework, c.ref, c.length, c.title_length FROM chunks c WHERE `+where, args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var c retrieval.IndexChunk
			var fw, ref string
			if err := rows.Scan(&c.ID, &c.Doc, &c.Collection, &fw, &ref, &c.BodyLen, &c.TitleLen); err != nil {
				rows.Close()
				return err
			}
			c.Framework, c.Ref = catalogs.FrameworkID(fw), catalogs.Ref(ref)
			load.AddChunk(c)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		q := `SELECT term, chunk_id, tf, title_tf FROM chunk_terms`
		if !load.Full {
			q = `SELECT ct.term, ct.chunk_id, ct.tf, ct.title_tf FROM chunk_terms ct JOIN chunks c ON c.id = ct.chunk_id WHERE ` + where
		}
		rows, err = tx.QueryContext(ctx, q, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		var term, chunk sql.RawBytes
		var tf, ttf int
		for rows.Next() {
			if err := rows.Scan(&term, &chunk, &tf, &ttf); err != nil {
				return err
			}
			load.AddPosting(term, chunk, tf, ttf)
		}
		return rows.Err()
	})
	return errs.Wrap("sqlite.ReadIndex", errs.Unavailable, err, "reading the lexical index")
}

// placeholders is n comma-separated "?".
func placeholders(n int) string { return "?" + strings.Repeat(",?", n-1) }

func anys[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

// logChange moves the corpus to its next version, noting which document
// changed ("": all of them, or the lexical parameters).
func logChange(ctx context.Context, tx *sql.Tx, doc string) error {
	var v int64
	if err := tx.QueryRowContext(ctx, `UPDATE corpus_stats SET version = version + 1 RETURNING version`).Scan(&v); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO corpus_changes (version, doc_id) VALUES (?, ?)`, v, doc); err != nil {
		return err
	}
	if v%1000 == 0 {
		_, err := tx.ExecContext(ctx, `DELETE FROM corpus_changes WHERE version <= ?`, v-retrieval.ChangesKept)
		return err
	}
	return nil
}

// SetLexicalParams implements retrieval.Store.
func (s *RetrievalStore) SetLexicalParams(ctx context.Context, collection string, p retrieval.LexicalParams) error {
	if err := p.Validate(); err != nil {
		return err
	}
	err := s.DB.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO lexical_params (collection, k1, b, title_weight) VALUES (?, ?, ?, ?)
			ON CONFLICT (collection) DO UPDATE SET k1 = excluded.k1, b = excluded.b, title_weight = excluded.title_weight, updated_at = CURRENT_TIMESTAMP`,
			collection, p.K1, p.B, p.TitleWeight); err != nil {
			return err
		}
		return logChange(ctx, tx, "")
	})
	return errs.Wrap("sqlite.SetLexicalParams", errs.Unavailable, err, "storing the parameters")
}

// loadSpace reads a space's vectors into memory once per change.
func (s *RetrievalStore) loadSpace(ctx context.Context, space int) (*spaceVectors, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if sv, ok := s.vectors[space]; ok {
		return sv, nil
	}
	rows, err := s.DB.SQL.QueryContext(ctx, `
		SELECT v.chunk_id, v.embedding, c.collection, c.framework, c.ref, c.doc_id
		FROM chunk_vectors v JOIN chunks c ON c.id = v.chunk_id WHERE v.space_id = ?`, space)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	sv := &spaceVectors{}
	for rows.Next() {
		var id retrieval.ChunkID
		var b []byte
		var m chunkMeta
		if err := rows.Scan(&id, &b, &m.collection, &m.framework, &m.ref, &m.doc); err != nil {
			return nil, err
		}
		v := decodeVec(b)
		normalize(v)
		sv.ids, sv.meta, sv.vecs = append(sv.ids, id), append(sv.meta, m), append(sv.vecs, v)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if s.vectors == nil {
		s.vectors = map[int]*spaceVectors{}
	}
	s.vectors[space] = sv
	return sv, nil
}

func normalize(v []float32) {
	var n float64
	for _, x := range v {
		n += float64(x) * float64(x)
	}
	if n == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(n))
	for i := range v {
		v[i] *= inv
	}
}

// Vector implements retrieval.Store: exact cosine similarity over the
// space's vectors, in memory.
func (s *RetrievalStore) Vector(ctx context.Context, space int, vec []float32, f retrieval.Filter, k int) ([]retrieval.Hit, error) {
	sv, err := s.loadSpace(ctx, space)
	if err != nil {
		return nil, errs.Wrap("sqlite.Vector", errs.Unavailable, err, "loading vectors")
	}
	q := append([]float32(nil), vec...)
	normalize(q)
	type hit struct {
		i  int
		sc float32
	}
	best := make([]hit, 0, k+1)
	for i, v := range sv.vecs {
		if len(v) != len(q) || !f.Admits(sv.meta[i].collection, catalogs.FrameworkID(sv.meta[i].framework), sv.meta[i].doc, catalogs.Ref(sv.meta[i].ref)) {
			continue
		}
		var dot float32
		for j := range v {
			dot += v[j] * q[j]
		}
		if len(best) < k || dot > best[len(best)-1].sc {
			pos := sort.Search(len(best), func(j int) bool { return best[j].sc < dot })
			best = append(best, hit{})
			copy(best[pos+1:], best[pos:])
			best[pos] = hit{i, dot}
			if len(best) > k {
				best = best[:k]
			}
		}
	}
	out := make([]retrieval.Hit, len(best))
	for j, h := range best {
		out[j] = retrieval.Hit{Chunk: sv.ids[h.i], Score: float64(h.sc)}
	}
	return out, nil
}

// Chunks implements retrieval.Store.
func (s *RetrievalStore) Chunks(ctx context.Context, ids []retrieval.ChunkID) (map[retrieval.ChunkID]retrieval.ChunkRecord, error) {
	out := make(map[retrieval.ChunkID]retrieval.ChunkRecord, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	list, err := queryChunks(ctx, s.DB.SQL, `SELECT `+chunkCols+` FROM chunks WHERE id IN (`+placeholders(len(ids))+`)`, anys(ids)...)
	if err != nil {
		return nil, readErr("sqlite.Chunks", err, "query")
	}
	for _, c := range list {
		out[c.ID] = c
	}
	return out, nil
}

// EachChunk implements retrieval.Store.
func (s *RetrievalStore) EachChunk(ctx context.Context, f retrieval.Filter, fn func(retrieval.ChunkRecord) error) error {
	var fnErr error
	err := eachChunk(ctx, s.DB.SQL, func(c retrieval.ChunkRecord) error {
		if !f.Admits(c.Collection, c.Framework, c.Doc, c.Ref) {
			return nil
		}
		fnErr = fn(c)
		return fnErr
	}, `SELECT `+chunkCols+` FROM chunks
		WHERE (? = '' OR collection = ?) AND (? = '' OR framework = ?) AND (? = '' OR doc_id = ?)`,
		f.Collection, f.Collection, string(f.Framework), string(f.Framework), f.Doc, f.Doc)
	if fnErr != nil {
		return fnErr
	}
	return readErr("sqlite.EachChunk", err, "query")
}

// Counts implements retrieval.Store.
func (s *RetrievalStore) Counts(ctx context.Context, collection string) (int, int, error) {
	var docs, chunks int
	err := s.DB.SQL.QueryRowContext(ctx, `SELECT count(*), COALESCE(sum(chunk_count), 0) FROM documents WHERE ? = '' OR collection = ?`, collection, collection).Scan(&docs, &chunks)
	return docs, chunks, errs.Wrap("sqlite.Counts", errs.Unavailable, err, "query")
}

// ExactVector implements backend.Bench: vector search here is exact.
func (s *RetrievalStore) ExactVector(ctx context.Context, space int, vec []float32, k int) ([]retrieval.Hit, error) {
	return s.Vector(ctx, space, vec, retrieval.Filter{}, k)
}

// VectorIndex implements backend.Bench: there is no index to shape.
func (s *RetrievalStore) VectorIndex() (m, efConstruction, efSearch int) { return 0, 0, 0 }

// CollectionParams implements retrieval.Store.
func (s *RetrievalStore) CollectionParams(ctx context.Context) (map[string]retrieval.LexicalParams, error) {
	out, err := collectionParams(ctx, s.DB.SQL)
	return out, errs.Wrap("sqlite.CollectionParams", errs.Unavailable, err, "query")
}

func collectionParams(ctx context.Context, q querier) (map[string]retrieval.LexicalParams, error) {
	rows, err := q.QueryContext(ctx, `SELECT collection, k1, b, title_weight FROM lexical_params`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]retrieval.LexicalParams{}
	for rows.Next() {
		var coll string
		var p retrieval.LexicalParams
		if err := rows.Scan(&coll, &p.K1, &p.B, &p.TitleWeight); err != nil {
			return nil, err
		}
		out[coll] = p
	}
	return out, rows.Err()
}
