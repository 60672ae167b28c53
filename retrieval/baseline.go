package retrieval

import (
	"context"
	"math"
	"slices"
	"sort"
)

// Baseline is the textbook Okapi BM25 the outside benchmarks compare
// search with: k1 1.5, b 0.75, passage text alone (no headings or
// titles), lower-cased words split at anything that is not a letter or a
// digit, the short stopword list, no stemming, no vocabulary; every
// passage scored. It is Mode "bm25" of Engine.Evaluate, so the labelled
// sets (and a user's own) report what search adds over it. It is a
// yardstick, not a ranker the product serves.
type Baseline struct {
	chunks   []ChunkRecord
	postings map[string][]baselinePosting
	lengths  []float64
	avg      float64
}

type baselinePosting struct {
	chunk int32
	tf    int32
}

// BaselineK1 and BaselineB are the baseline's textbook parameters.
const (
	BaselineK1 = 1.5
	BaselineB  = 0.75
)

// Baseline mode: the textbook BM25 yardstick, for Engine.Evaluate only.
const BM25Baseline Mode = "bm25"

// baselineWords are the vocabulary's words (lower-cased, split at anything
// not a letter or digit) without stopwords: no stemming.
func baselineWords(text string) []string {
	return slices.DeleteFunc(words(text), func(w string) bool { return stopwords[w] })
}

// NewBaseline indexes the passages.
func NewBaseline(chunks []ChunkRecord) *Baseline {
	b := &Baseline{chunks: chunks, postings: map[string][]baselinePosting{}, lengths: make([]float64, len(chunks))}
	var total float64
	for i, c := range chunks {
		tf := map[string]int32{}
		for _, w := range baselineWords(c.Text) {
			tf[w]++
			b.lengths[i]++
		}
		for w, n := range tf {
			b.postings[w] = append(b.postings[w], baselinePosting{int32(i), n})
		}
		total += b.lengths[i]
	}
	if len(chunks) > 0 {
		b.avg = total / float64(len(chunks))
	}
	return b
}

// Search returns the k best passages for the query, best first; ties go
// to the passage indexed first.
func (b *Baseline) Search(query string, k int) []Result {
	n := float64(len(b.chunks))
	acc := map[int32]float64{}
	for _, w := range baselineWords(query) {
		ps := b.postings[w]
		if len(ps) == 0 {
			continue
		}
		df := float64(len(ps))
		idf := math.Log(1 + (n-df+0.5)/(df+0.5))
		for _, p := range ps {
			tf := float64(p.tf)
			acc[p.chunk] += idf * tf * (BaselineK1 + 1) / (tf + BaselineK1*(1-BaselineB+BaselineB*b.lengths[p.chunk]/b.avg))
		}
	}
	ids := make([]int32, 0, len(acc))
	for id := range acc {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if acc[ids[i]] != acc[ids[j]] {
			return acc[ids[i]] > acc[ids[j]]
		}
		return ids[i] < ids[j]
	})
	out := make([]Result, 0, min(k, len(ids)))
	seen := passageSet{}
	for _, id := range ids {
		if len(out) == k {
			break
		}
		if seen.first(b.chunks[id]) {
			out = append(out, Result{Chunk: b.chunks[id], Score: acc[id]})
		}
	}
	return out
}

// baseline indexes the store's passages the filter admits, in id order so
// that ties fall the same way on every store.
func (e *Engine) baseline(ctx context.Context, f Filter) (*Baseline, error) {
	var chunks []ChunkRecord
	if err := e.Store.EachChunk(ctx, f, func(c ChunkRecord) error {
		chunks = append(chunks, c)
		return nil
	}); err != nil {
		return nil, err
	}
	sort.Slice(chunks, func(i, j int) bool { return chunks[i].ID < chunks[j].ID })
	return NewBaseline(chunks), nil
}
