package retrieval_test

import (
	"context"
	"fmt"
	"math"
	mrand "math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/retrieval"
	"github.com/assay-dev/assay/retrieval/storetest"
)

// changingReader is a corpus that changes between searches, as a store
// whose other writers commit documents: it answers ReadIndex with the
// documents changed since a version, or everything.
type changingReader struct {
	version int64
	docs    map[string][]retrieval.ChunkRecord // current documents
	changed map[int64]string                   // version → document ("" = all)
	params  map[string]retrieval.LexicalParams
}

func (r *changingReader) CorpusVersion(context.Context) (int64, error) { return r.version, nil }

func (r *changingReader) put(doc string, chunks []retrieval.ChunkRecord) {
	r.version++
	r.changed[r.version] = doc
	if chunks == nil {
		delete(r.docs, doc)
	} else {
		r.docs[doc] = chunks
	}
}

func (r *changingReader) ReadIndex(_ context.Context, since int64, l *retrieval.IndexLoad) error {
	l.Version = r.version
	rebuilt := false
	var oldest *int64
	want := map[string]bool{}
	for v, d := range r.changed {
		if oldest == nil || v < *oldest {
			v := v
			oldest = &v
		}
		if v > since {
			rebuilt = rebuilt || d == ""
			want[d] = true
		}
	}
	l.Decide(since, oldest, rebuilt)
	l.Params = r.params
	for d := range want {
		if !l.Full {
			l.Changed = append(l.Changed, d)
		}
	}
	for doc, chunks := range r.docs {
		if !l.Full && !want[doc] {
			continue
		}
		for i := range chunks {
			c := &chunks[i]
			f := retrieval.ChunkFields(c)
			l.AddChunk(retrieval.IndexChunk{ID: c.ID, Doc: c.Doc, Collection: c.Collection, Framework: c.Framework, Ref: c.Ref, BodyLen: f.BodyLen, TitleLen: f.TitleLen})
			for _, t := range f.Terms() {
				l.AddPosting([]byte(t), []byte(c.ID), f.Body[t], f.Title[t])
			}
		}
	}
	return nil
}

// chunks lists the reader's current chunks.
func (r *changingReader) chunks() []retrieval.ChunkRecord {
	var out []retrieval.ChunkRecord
	for _, cs := range r.docs {
		out = append(out, cs...)
	}
	return out
}

// The index stays exact while its corpus changes under it: documents
// added, replaced and removed (enough to compact it), parameters set,
// every kind of filter; each search agrees with scoring every chunk.
func TestMemIndexExactAcrossChanges(t *testing.T) {
	t.Parallel()
	words := strings.Fields("backup restore encrypt key rotate access review account disable terminate vendor risk assess incident respond log monitor patch vulnerability scan train awareness policy approve model bias test data privacy")
	rng := mrand.New(mrand.NewPCG(3, 5))
	sentence := func() string {
		var w []string
		for range 3 + rng.IntN(25) {
			w = append(w, words[rng.IntN(len(words))])
		}
		return strings.Join(w, " ")
	}
	fws := []catalogs.FrameworkID{catalogs.SP80053, catalogs.CSF2, ""}
	doc := func(name string, version int) []retrieval.ChunkRecord {
		coll := []string{"standards", "policies", "short"}[rng.IntN(3)]
		var out []retrieval.ChunkRecord
		for i := range 1 + rng.IntN(5) {
			fw := fws[rng.IntN(len(fws))]
			out = append(out, retrieval.ChunkRecord{ID: retrieval.ChunkID(fmt.Sprintf("%s-%d-%d", name, version, i)), Doc: name, Collection: coll, Framework: fw,
				Ref: catalogs.Ref(fmt.Sprintf("R-%d", rng.IntN(4))), Heading: []string{sentence()}, Text: sentence()})
		}
		return out
	}
	r := &changingReader{docs: map[string][]retrieval.ChunkRecord{}, changed: map[int64]string{}, params: map[string]retrieval.LexicalParams{}}
	var x retrieval.MemIndex
	ctx := context.Background()
	checked := 0
	for step := range 120 {
		name := fmt.Sprintf("d%d", rng.IntN(40))
		switch {
		case step == 60:
			r.params = map[string]retrieval.LexicalParams{"short": {K1: 0.8, B: 0.3, TitleWeight: 3}}
			r.version++
			r.changed[r.version] = ""
		case rng.IntN(6) == 0:
			r.put(name, nil)
		default:
			r.put(name, doc(name, step))
		}
		if step%3 != 0 {
			continue
		}
		for _, f := range []retrieval.Filter{{}, {Collection: "policies"}, {Framework: catalogs.CSF2}, {Doc: name},
			{Keys: []catalogs.Key{{Framework: catalogs.SP80053, Ref: "R-1"}, {Framework: catalogs.CSF2, Ref: "R-2"}}}} {
			q, exp := sentence(), words[rng.IntN(len(words))]
			got, err := x.Search(ctx, r, q, exp, f, 7)
			if err != nil {
				t.Fatal(err)
			}
			want := storetest.NewReference(r.chunks(), r.params).Top(q, exp, f, 7)
			if len(got) != len(want) {
				t.Fatalf("step %d %q %+v: %d hits, scoring every chunk gives %d", step, q, f, len(got), len(want))
			}
			for i := range got {
				if got[i].Chunk != want[i].Chunk || math.Abs(got[i].Score-want[i].Score) > 1e-7 {
					t.Fatalf("step %d %q %+v #%d: %v, scoring every chunk gives %v", step, q, f, i+1, got[i], want[i])
				}
			}
			checked++
		}
	}
	if dead, total := x.DeadChunks(); dead*4 > total || checked < 150 {
		t.Errorf("%d dead of %d chunks after compaction, %d searches checked", dead, total, checked)
	}
}

// lockedReader lets a test change a corpus while searches read it.
type lockedReader struct {
	mu sync.Mutex
	r  *changingReader
}

func (l *lockedReader) CorpusVersion(ctx context.Context) (int64, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.r.CorpusVersion(ctx)
}

func (l *lockedReader) ReadIndex(ctx context.Context, since int64, load *retrieval.IndexLoad) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.r.ReadIndex(ctx, since, load)
}

// Searches running while the index moves to new versions see one version
// each, whole (run with -race).
func TestMemIndexSearchesWhileItChanges(t *testing.T) {
	t.Parallel()
	r := &lockedReader{r: &changingReader{docs: map[string][]retrieval.ChunkRecord{}, changed: map[int64]string{}}}
	put := func(i int) {
		r.mu.Lock()
		defer r.mu.Unlock()
		name := fmt.Sprintf("d%d", i%10)
		r.r.put(name, []retrieval.ChunkRecord{{ID: retrieval.ChunkID(fmt.Sprintf("%s-%d", name, i)), Doc: name, Collection: "c", Text: fmt.Sprintf("backups tested in round %d", i)}})
	}
	put(0)
	var x retrieval.MemIndex
	var wg sync.WaitGroup
	errc := make(chan error, 4)
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 200 {
				hits, err := x.Search(context.Background(), r, "backups tested", "", retrieval.Filter{}, 20)
				if err != nil || len(hits) == 0 || len(hits) > 10 {
					errc <- fmt.Errorf("%d hits, %v", len(hits), err)
					return
				}
			}
		}()
	}
	for i := 1; i < 200; i++ {
		put(i)
	}
	wg.Wait()
	close(errc)
	for err := range errc {
		t.Error(err)
	}
}
