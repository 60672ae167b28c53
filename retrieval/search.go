package retrieval

import (
	"context"
	"math"
	"sort"
	"strings"

	"golang.org/x/sync/errgroup"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
)

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
		// The control and what the crosswalks link it to, directly or
		// through one intermediate (ISO 27001 A.8.8 → CSF → SP 800-53 SI-2).
		keys = append(keys, ctl.Key())
		seen := map[catalogs.Key]bool{ctl.Key(): true}
		for _, m := range set.Mappings(ctl.Key()) {
			if !seen[m.To] {
				seen[m.To] = true
				keys = append(keys, m.To)
			}
		}
		for _, fw := range set.Frameworks() {
			if fw.ID == ctl.Framework {
				continue
			}
			for _, m := range set.Map(ctl.Key(), fw.ID) {
				if !seen[m.To] {
					seen[m.To] = true
					keys = append(keys, m.To)
				}
			}
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
	if len(keys) == 0 && len(fused) > q.K {
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
	if len(keys) > 0 {
		out = aboutControl(out, keys)
	}
	return out[:min(len(out), q.K)], nil
}

// aboutControl keeps, for a control-aware search, the passages about the
// control or a control its crosswalks link to, best first, then passages
// about no control in particular (an imported policy, a guide's chapter).
// A passage of an unrelated control is dropped: a draft rating one
// control does not cite another's text.
func aboutControl(res []Result, keys []catalogs.Key) []Result {
	want := map[catalogs.Key]bool{}
	for _, k := range keys {
		want[k] = true
	}
	var own, general []Result
	for _, r := range res {
		switch {
		case want[catalogs.Key{Framework: r.Chunk.Framework, Ref: r.Chunk.Ref}]:
			own = append(own, r)
		case r.Chunk.Ref == "":
			general = append(general, r)
		}
	}
	return append(own, general...)
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
