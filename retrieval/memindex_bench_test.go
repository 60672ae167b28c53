package retrieval

import (
	"context"
	"fmt"
	mrand "math/rand/v2"
	"strings"
	"sync"
	"testing"
)

// staticReader serves one load, as a store would at one version.
type staticReader struct{ chunks []ChunkRecord }

func (r staticReader) CorpusVersion(context.Context) (int64, error) { return 1, nil }

func (r staticReader) ReadIndex(_ context.Context, _ int64, l *IndexLoad) error {
	l.Version, l.Full = 1, true
	for i := range r.chunks {
		c := &r.chunks[i]
		f := ChunkFields(c)
		l.AddChunk(IndexChunk{ID: c.ID, Doc: c.Doc, Collection: c.Collection, Framework: c.Framework, Ref: c.Ref, BodyLen: f.BodyLen, TitleLen: f.TitleLen})
		for _, t := range f.Terms() {
			l.AddPosting([]byte(t), []byte(c.ID), f.Body[t], f.Title[t])
		}
	}
	return nil
}

var (
	benchOnce      sync.Once
	benchChunks    []ChunkRecord
	benchSentences []string
)

// benchCorpus is `assay bench search`'s synthetic corpus: the built-in
// corpus's sentences recombined into 100,000 passages, 1 % of them in a
// small collection.
func benchCorpus(b *testing.B) ([]ChunkRecord, []string) {
	benchOnce.Do(func() {
		docs, err := BuiltinDocuments()
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
			benchChunks = append(benchChunks, ChunkRecord{ID: ChunkID(fmt.Sprintf("c%06d", j)), Doc: fmt.Sprintf("d%d", j/200), Collection: coll,
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
	var x MemIndex
	r := staticReader{chunks}
	ctx := context.Background()
	if _, err := x.Search(ctx, r, "warm up", "", Filter{}, 1); err != nil {
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
	for _, f := range []Filter{{}, {Collection: "bench-policies"}} {
		b.Run(fmt.Sprintf("collection=%q", f.Collection), func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				q := queries[i%len(queries)]
				if _, err := x.Search(ctx, r, q, Expand(q), f, 50); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
