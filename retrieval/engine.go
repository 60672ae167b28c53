package retrieval

import (
	"context"
	"fmt"
	"log/slog"
	"math"
	"sort"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
)

// Engine ingests documents and searches them.
type Engine struct {
	Store    Store
	Embedder Embedder
	// Catalogs resolves controls for control-aware search; nil disables it.
	Catalogs func() *catalogs.Set
	Log      *slog.Logger
	Chunking Chunking
	// Progress, if set, is called after each document is ingested.
	Progress func(done, total int)
	// BulkThreshold is the smallest load, in sections, for which a
	// BulkLoader store builds its indexes after loading (default 2000).
	BulkThreshold int

	mu    sync.Mutex
	space int // the embedder's space id, once known
}

// IngestStats summarises an ingest.
type IngestStats struct {
	Documents, Unchanged, Chunks, Embedded, Cached int
	Took                                           time.Duration
}

func (e *Engine) log() *slog.Logger {
	if e.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return e.Log
}

func (e *Engine) spaceID(ctx context.Context) (int, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.space != 0 {
		return e.space, nil
	}
	if err := e.Store.EnsureAnalyzer(ctx); err != nil {
		return 0, err
	}
	id, err := e.Store.EnsureSpace(ctx, e.Embedder.Space())
	if err != nil {
		return 0, err
	}
	e.space = id
	return id, nil
}

// Ingest stores documents. An unchanged document (same content hash) adds
// nothing; a changed one replaces its old chunks in one transaction. Each
// document is embedded before anything of it is written, so an embedder
// failure leaves the stored corpus as it was.
func (e *Engine) Ingest(ctx context.Context, docs []*Document) (st IngestStats, err error) {
	start := time.Now()
	space, err := e.spaceID(ctx)
	if err != nil {
		return st, err
	}
	chunking := e.Chunking
	if chunking.MaxTokens == 0 {
		chunking = DefaultChunking
	}
	docs = lastOfEach(docs)
	if resume, err := e.maybeBulk(ctx, space, docs); err != nil {
		return st, err
	} else if resume != nil {
		defer func() {
			// Rebuild even when the load failed part-way: what was stored stays searchable.
			rctx := context.WithoutCancel(ctx)
			if rerr := resume(rctx); rerr != nil && err == nil {
				err = rerr
			}
		}()
	}
	// Documents are chunked, embedded and written by a few workers at once:
	// the database and the embedder (or two database backends) overlap.
	var mu sync.Mutex
	done := 0
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(ingestWorkers)
	for _, d := range docs {
		g.Go(func() error {
			one, err := e.ingestOne(gctx, space, chunking, d)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				return err
			}
			st.Documents += one.Documents
			st.Unchanged += one.Unchanged
			st.Chunks += one.Chunks
			st.Cached += one.Cached
			st.Embedded += one.Embedded
			done++
			if e.Progress != nil {
				e.Progress(done, len(docs))
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return st, err
	}
	// Chunks stored under another embedding model get vectors in this one.
	n, err := e.Reindex(ctx)
	if err != nil {
		return st, err
	}
	st.Embedded += n
	st.Took = time.Since(start)
	return st, nil
}

// lastOfEach drops all but the last of documents sharing an id, as
// ingesting them one after another would.
func lastOfEach(docs []*Document) []*Document {
	last := make(map[string]int, len(docs))
	for i, d := range docs {
		last[d.ID] = i
	}
	if len(last) == len(docs) {
		return docs
	}
	out := make([]*Document, 0, len(last))
	for i, d := range docs {
		if last[d.ID] == i {
			out = append(out, d)
		}
	}
	return out
}

// ingestWorkers is how many documents are ingested at once.
const ingestWorkers = 3

// ingestOne stores one document unless it is unchanged.
func (e *Engine) ingestOne(ctx context.Context, space int, chunking Chunking, d *Document) (st IngestStats, err error) {
	hash := d.Hash()
	old, found, err := e.Store.DocumentHash(ctx, d.ID)
	if err != nil {
		return st, err
	}
	if found && old == hash {
		st.Unchanged++
		return st, nil
	}
	chunks := Chunk(d, chunking)
	if len(chunks) == 0 {
		return st, errs.E("retrieval.Ingest", errs.Invalid, "%s: no text to index", d.ID)
	}
	vecs, cached, err := e.embed(ctx, space, chunks)
	if err != nil {
		return st, errs.Wrap("retrieval.Ingest", errs.KindOf(err), err, d.ID)
	}
	if err := e.Store.ReplaceDocument(ctx, d, hash, chunks, space, vecs); err != nil {
		return st, err
	}
	return IngestStats{Documents: 1, Chunks: len(chunks), Cached: cached, Embedded: len(chunks) - cached}, nil
}

// maybeBulk suspends the vector index when the load is large and larger
// than what the space holds already.
func (e *Engine) maybeBulk(ctx context.Context, space int, docs []*Document) (func(context.Context) error, error) {
	bl, ok := e.Store.(BulkLoader)
	if !ok {
		return nil, nil
	}
	n := 0
	for _, d := range docs {
		n += len(d.Sections)
	}
	threshold := e.BulkThreshold
	if threshold <= 0 {
		threshold = 2000
	}
	if n < threshold {
		return nil, nil
	}
	have, err := bl.VectorCount(ctx, space)
	if err != nil || have >= n {
		return nil, err
	}
	e.log().Info("large load: building the vector index afterwards", "sections", n, "vectors", have)
	return bl.SuspendVectorIndex(ctx, space)
}

// Reindex embeds every chunk that has no vector in the current space and
// returns how many it embedded.
func (e *Engine) Reindex(ctx context.Context) (int, error) {
	space, err := e.spaceID(ctx)
	if err != nil {
		return 0, err
	}
	total := 0
	for {
		chunks, err := e.Store.ChunksWithoutVectors(ctx, space, 512)
		if err != nil || len(chunks) == 0 {
			return total, err
		}
		vecs, _, err := e.embed(ctx, space, chunks)
		if err != nil {
			return total, err
		}
		if err := e.Store.PutVectors(ctx, space, chunks, vecs); err != nil {
			return total, err
		}
		total += len(chunks)
	}
}

// embed returns a vector per chunk, from the cache where possible.
func (e *Engine) embed(ctx context.Context, space int, chunks []ChunkRecord) ([][]float32, int, error) {
	hashes := make([]string, len(chunks))
	for i, c := range chunks {
		hashes[i] = c.TextHash
	}
	cache, err := e.Store.CachedEmbeddings(ctx, space, hashes)
	if err != nil {
		return nil, 0, err
	}
	vecs := make([][]float32, len(chunks))
	var todo []int
	var texts []string
	for i, c := range chunks {
		if v, ok := cache[c.TextHash]; ok {
			vecs[i] = v
			continue
		}
		todo = append(todo, i)
		texts = append(texts, c.EmbedText())
	}
	if len(texts) > 0 {
		got, err := e.Embedder.Embed(ctx, texts)
		if err != nil {
			return nil, 0, err
		}
		dims := e.Embedder.Space().Dims
		if len(got) != len(texts) {
			return nil, 0, errs.E("retrieval.embed", errs.Invalid, "the embedder returned %d vectors for %d texts", len(got), len(texts))
		}
		for j, i := range todo {
			if err := e.checkVector(got[j], dims); err != nil {
				return nil, 0, err
			}
			vecs[i] = got[j]
		}
	}
	return vecs, len(chunks) - len(texts), nil
}

// maxComponent is the largest magnitude a vector component may have: the
// PostgreSQL store indexes vectors in half precision.
const maxComponent = 65504

// checkVector refuses a vector the space cannot hold: the wrong
// dimensions, or a component that is not a finite number within range.
func (e *Engine) checkVector(v []float32, dims int) error {
	if len(v) != dims {
		return errs.E("retrieval.embed", errs.Invalid, "the embedder returned a vector of %d dimensions; %s needs %d", len(v), e.Embedder.Space(), dims)
	}
	for i, x := range v {
		if f := float64(x); math.IsNaN(f) || math.Abs(f) > maxComponent {
			return errs.E("retrieval.embed", errs.Invalid, "the embedder returned %v at position %d of a vector; components must be finite and within ±%d", x, i, maxComponent)
		}
	}
	return nil
}

// embedQuery embeds one search text and checks the vector. A zero vector
// (the offline embedder's answer to text with no words it can use) comes
// back nil: it is similar to nothing, so there is no vector search to run.
func (e *Engine) embedQuery(ctx context.Context, text string) ([]float32, error) {
	vecs, err := e.Embedder.Embed(ctx, []string{text})
	if err == nil && len(vecs) != 1 {
		err = errs.E("retrieval.embed", errs.Invalid, "the embedder returned %d vectors for 1 text", len(vecs))
	}
	if err == nil {
		err = e.checkVector(vecs[0], e.Embedder.Space().Dims)
	}
	if err != nil {
		return nil, err
	}
	for _, x := range vecs[0] {
		if x != 0 {
			return vecs[0], nil
		}
	}
	return nil, nil
}

// vectorHits runs a vector search, leaving out passages whose vectors are
// zero (text with no usable words): their similarity is undefined (NaN).
func (e *Engine) vectorHits(ctx context.Context, space int, vec []float32, f Filter, k int) ([]Hit, error) {
	hits, err := e.Store.Vector(ctx, space, vec, f, k)
	if err != nil {
		return nil, err
	}
	out := hits[:0]
	for _, h := range hits {
		if !math.IsNaN(h.Score) {
			out = append(out, h)
		}
	}
	return out, nil
}

// Mode selects the rankers a search uses.
type Mode string

const (
	Hybrid  Mode = "hybrid"
	Lexical Mode = "lexical"
	Vector  Mode = "vector"
)

// Query is a search request.
type Query struct {
	Text    string
	Filter  Filter
	Control *catalogs.Key // control-aware: also rank passages of this control and the controls mapped to it
	K       int
	Mode    Mode
}

// Result is a cited passage.
type Result struct {
	Chunk ChunkRecord
	Score float64
}

// rrfK is Reciprocal Rank Fusion's constant (Cormack et al., 2009).
const rrfK = 60

// Search ranks passages for a query. Errors: errs.Invalid for an empty
// query or an unknown control.
func (e *Engine) Search(ctx context.Context, q Query) ([]Result, error) {
	const op = "retrieval.Search"
	if q.K <= 0 {
		q.K = 10
	}
	if q.Mode == "" {
		q.Mode = Hybrid
	}
	text := strings.TrimSpace(q.Text)
	var keys []catalogs.Key
	var controlText string
	if q.Control != nil {
		if e.Catalogs == nil {
			return nil, errs.E(op, errs.Internal, "control-aware search needs the catalogs")
		}
		set := e.Catalogs()
		ctl, err := set.Resolve(string(q.Control.Framework), string(q.Control.Ref))
		if err != nil {
			return nil, err
		}
		keys = append(keys, ctl.Key())
		for _, m := range set.Mappings(ctl.Key()) {
			keys = append(keys, m.To)
		}
		controlText = ctl.Title + ". " + strings.Join(ctl.Questions, " ") + " " + ctl.Statement
		if text == "" {
			text = controlText
		}
	}
	if text == "" {
		return nil, errs.E(op, errs.Invalid, "the query is empty")
	}
	expansion := Expand(text)
	pool := max(q.K*4, 50)

	// The store is checked once (analyser, embedding space) before any leg.
	space, err := e.spaceID(ctx)
	if err != nil {
		return nil, err
	}
	// The rankers run concurrently: a hybrid search costs about its slowest leg.
	var lex, vec, ctlHits []Hit
	g, gctx := errgroup.WithContext(ctx)
	if q.Mode == Hybrid || q.Mode == Lexical {
		g.Go(func() (err error) {
			lex, err = e.Store.Lexical(gctx, text, expansion, q.Filter, pool)
			return err
		})
	}
	if q.Mode == Hybrid || q.Mode == Vector {
		g.Go(func() error {
			qv, err := e.embedQuery(gctx, text)
			if err != nil || qv == nil {
				return errs.Wrap(op, errs.KindOf(err), err, "embedding the query")
			}
			vec, err = e.vectorHits(gctx, space, qv, q.Filter, pool)
			return err
		})
	}
	if len(keys) > 0 {
		// Control-aware: the passages of the control and of the controls
		// its crosswalks link to, ranked by similarity to the question and
		// the control's own wording. Their words may differ entirely from
		// the question's (an ISO 42001 check-in, an AI RMF passage), so this
		// list is ranked by vectors, which score every candidate.
		g.Go(func() error {
			f := q.Filter
			f.Keys = keys
			cv, err := e.embedQuery(gctx, text+". "+controlText)
			if err != nil || cv == nil {
				return errs.Wrap(op, errs.KindOf(err), err, "embedding the control")
			}
			ctlHits, err = e.vectorHits(gctx, space, cv, f, pool)
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	var lists [][]Hit
	for _, l := range [][]Hit{lex, vec, ctlHits} {
		if l != nil {
			lists = append(lists, l)
		}
	}
	var fused []Hit
	if len(lists) == 0 {
		return []Result{}, nil
	} else if len(lists) == 1 {
		fused = lists[0]
	} else {
		// Equal weights measured best on retrieval/testdata for the offline
		// embedder (vector weights 0.35-1 were tried).
		fused = FuseRRF(lists...)
	}
	if len(fused) > q.K {
		fused = fused[:q.K]
	}
	ids := make([]ChunkID, len(fused))
	for i, h := range fused {
		ids[i] = h.Chunk
	}
	chunks, err := e.Store.Chunks(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]Result, 0, len(fused))
	for _, h := range fused {
		if c, ok := chunks[h.Chunk]; ok {
			out = append(out, Result{Chunk: c, Score: h.Score})
		}
	}
	return out, nil
}

// FuseRRF merges ranked lists by Reciprocal Rank Fusion: each item scores
// the sum of 1/(60 + rank) over the lists it appears in.
func FuseRRF(lists ...[]Hit) []Hit {
	w := make([]float64, len(lists))
	for i := range w {
		w[i] = 1
	}
	return FuseRRFWeighted(lists, w)
}

// FuseRRFWeighted is RRF with a weight per list.
func FuseRRFWeighted(lists [][]Hit, weights []float64) []Hit {
	score := map[ChunkID]float64{}
	first := map[ChunkID]int{}
	n := 0
	for li, l := range lists {
		for rank, h := range l {
			score[h.Chunk] += weights[li] / float64(rrfK+rank+1)
			if _, ok := first[h.Chunk]; !ok {
				first[h.Chunk] = n
				n++
			}
		}
	}
	out := make([]Hit, 0, len(score))
	for id, s := range score {
		out = append(out, Hit{Chunk: id, Score: s})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return first[out[i].Chunk] < first[out[j].Chunk]
	})
	return out
}

// EnsureBuiltin ingests the built-in corpus if it is missing or changed.
func (e *Engine) EnsureBuiltin(ctx context.Context) (IngestStats, error) {
	docs, err := BuiltinDocuments()
	if err != nil {
		return IngestStats{}, err
	}
	return e.Ingest(ctx, docs)
}

func (s IngestStats) String() string {
	return fmt.Sprintf("%d documents ingested (%d unchanged), %d chunks, %d embedded, %d from cache, %.1fs",
		s.Documents, s.Unchanged, s.Chunks, s.Embedded, s.Cached, s.Took.Seconds())
}
