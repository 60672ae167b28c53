package retrieval_test

import (
	"context"
	"fmt"
	mrand "math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/assay-dev/assay/retrieval"
)

var (
	benchOnce      sync.Once
	benchChunks    []retrieval.ChunkRecord
	benchSentences []string
)

// benchCorpus is `assay bench search`'s synthetic corpus: the built-in
// corpus's sentences recombined into 100,000 passages, 1 % of them in a
// small collection.
func benchCorpus(b *testing.B) ([]retrieval.ChunkRecord, []string) {
	benchOnce.Do(func() {
		docs, err := retrieval.BuiltinDocuments()
		if err != nil {
			b.Fatal(err)
		}
		for _, d := range docs {
			for _, s := range d.Sections {
				for _, p := range strings.Split(s.Text, ". ") {
					if len(strings.Fields(p)) >= 6 {
						benchSentences = append(benchSentences, strings.TrimSpace(p))
					}
				}
			}
		}
		rng := mrand.New(mrand.NewPCG(1, 2))
		for j := 0; j < 100000; j++ {
			var parts []string
			for k := 0; k < 3+rng.IntN(4); k++ {
				parts = append(parts, benchSentences[rng.IntN(len(benchSentences))])
			}
			coll := "bench"
			if (j/200)%100 == 50 {
				coll = "bench-policies"
			}
			benchChunks = append(benchChunks, retrieval.ChunkRecord{ID: retrieval.ChunkID(fmt.Sprintf("c%06d", j)), Doc: fmt.Sprintf("d%d", j/200), Collection: coll,
				Heading: []string{fmt.Sprintf("Passage %d", j)}, Text: strings.Join(parts, ". ") + "."})
		}
	})
	return benchChunks, benchSentences
}

// BenchmarkMemIndexSearch times exact BM25F top 50 (the pool hybrid search
// fuses) over 100,000 passages, with the query expansion search uses,
// unfiltered and limited to a collection of 1 %.
func BenchmarkMemIndexSearch(b *testing.B) {
	chunks, sentences := benchCorpus(b)
	var x retrieval.MemIndex
	r := &changingReader{docs: map[string][]retrieval.ChunkRecord{}, changed: map[int64]string{}}
	for _, c := range chunks {
		r.docs[c.Doc] = append(r.docs[c.Doc], c)
	}
	r.version = 1
	ctx := context.Background()
	if _, err := x.Search(ctx, r, "warm up", "", retrieval.Filter{}, 1); err != nil {
		b.Fatal(err)
	}
	rng := mrand.New(mrand.NewPCG(7, 11))
	queries := make([]string, 1000)
	for i := range queries {
		words := strings.Fields(sentences[rng.IntN(len(sentences))])
		k := min(len(words), 4+rng.IntN(8))
		s := rng.IntN(len(words) - k + 1)
		queries[i] = strings.Join(words[s:s+k], " ")
	}
	for _, f := range []retrieval.Filter{{}, {Collection: "bench-policies"}} {
		b.Run(fmt.Sprintf("collection=%q", f.Collection), func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				q := queries[i%len(queries)]
				if _, err := x.Search(ctx, r, q, retrieval.Expand(q), f, 50); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
