package retrieval

import (
	"context"
	"fmt"
	"math"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/assay-dev/assay/errs"
)

// IngestStats summarises an ingest.
type IngestStats struct {
	Documents, Unchanged, Chunks, Embedded, Cached int
	Took                                           time.Duration
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
