package storetest

// Lexical search is exact BM25F: its top 10 are those of a plain
// reference written here, which analyses the documents itself and scores
// every chunk, over the built-in corpus and over a corpus of much shorter
// passages (with parameters of its own).

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/retrieval"
)

// refChunk is one chunk as the reference sees it.
type refChunk struct {
	id          retrieval.ChunkID
	coll, doc   string
	fw          catalogs.FrameworkID
	ref         catalogs.Ref
	body, title map[string]int
	bl, tl      int
}

// refCollection is a collection's statistics, counted from its chunks.
type refCollection struct {
	n          int
	avgB, avgT float64
	df         map[string]int
	p          retrieval.LexicalParams
}

// Reference is a plain BM25F, written apart from the stores' index to
// hold it to: it analyses the chunks itself and scores every chunk that
// holds a query term.
type Reference struct {
	chunks []refChunk
	colls  map[string]*refCollection
	has    map[string][]int // term → the chunks that hold it
}

func count(terms []string) map[string]int {
	m := map[string]int{}
	for _, t := range terms {
		m[t]++
	}
	return m
}

// newReference chunks the documents as ingest does.
func newReference(docs []*retrieval.Document, chunking []retrieval.Chunking, params map[string]retrieval.LexicalParams) *Reference {
	var chunks []retrieval.ChunkRecord
	for i, d := range docs {
		chunks = append(chunks, retrieval.Chunk(d, chunking[i])...)
	}
	return NewReference(chunks, params)
}

// NewReference indexes chunks, each collection with its parameters from
// params or the defaults.
func NewReference(chunks []retrieval.ChunkRecord, params map[string]retrieval.LexicalParams) *Reference {
	r := &Reference{colls: map[string]*refCollection{}, has: map[string][]int{}}
	for _, c := range chunks {
		body := retrieval.LexicalTerms(c.Text)
		// The title field: the heading path and how people ask about the
		// chunk (its Asked words), written out here rather than taken
		// from ChunkFields.
		title := retrieval.LexicalTerms(strings.Join(append(append([]string{}, c.Heading...), c.Asked), "\n"))
		r.chunks = append(r.chunks, refChunk{id: c.ID, coll: c.Collection, doc: c.Doc, fw: c.Framework, ref: c.Ref,
			body: count(body), title: count(title), bl: len(body), tl: len(title)})
	}
	for i, c := range r.chunks {
		rc := r.colls[c.coll]
		if rc == nil {
			rc = &refCollection{df: map[string]int{}, p: retrieval.ParamsFor(params, c.coll)}
			r.colls[c.coll] = rc
		}
		rc.n++
		rc.avgB += float64(c.bl)
		rc.avgT += float64(c.tl)
		seen := map[string]bool{}
		for _, m := range []map[string]int{c.body, c.title} {
			for t := range m {
				if !seen[t] {
					seen[t] = true
					rc.df[t]++
					r.has[t] = append(r.has[t], i)
				}
			}
		}
	}
	for _, rc := range r.colls {
		rc.avgB /= float64(rc.n)
		rc.avgT /= float64(rc.n)
	}
	return r
}

// passes applies a filter to a chunk.
func (c *refChunk) passes(f retrieval.Filter) bool {
	if f.Collection != "" && c.coll != f.Collection || f.Framework != "" && c.fw != f.Framework || f.Doc != "" && c.doc != f.Doc {
		return false
	}
	if len(f.Keys) == 0 {
		return true
	}
	for _, k := range f.Keys {
		if k.Framework == c.fw && k.Ref == c.ref {
			return true
		}
	}
	return false
}

// Top is BM25F over every chunk passing the filter, ties by chunk id.
func (r *Reference) Top(query, expansion string, f retrieval.Filter, k int) []retrieval.Hit {
	w := map[string]float64{}
	for _, t := range retrieval.LexicalTerms(expansion) {
		w[t] = retrieval.ExpansionWeight
	}
	for _, t := range retrieval.LexicalTerms(query) {
		w[t] = 1
	}
	norm := func(b, x, avg float64) float64 {
		if avg == 0 {
			return 1
		}
		return 1 - b + b*x/avg
	}
	// Document frequencies over the collection the filter names, or all.
	var n float64
	df := map[string]float64{}
	for name, rc := range r.colls {
		if f.Collection == "" || name == f.Collection {
			n += float64(rc.n)
			for t := range w {
				df[t] += float64(rc.df[t])
			}
		}
	}
	// Every chunk that holds a query term, each term scored in full.
	scores := map[int]float64{}
	for t, wt := range w {
		idf := math.Log(1 + (n-df[t]+0.5)/(df[t]+0.5))
		for _, i := range r.has[t] {
			c := &r.chunks[i]
			if !c.passes(f) {
				continue
			}
			rc := r.colls[c.coll]
			y := float64(c.body[t])/norm(rc.p.B, float64(c.bl), rc.avgB) + rc.p.TitleWeight*float64(c.title[t])/norm(rc.p.B, float64(c.tl), rc.avgT)
			scores[i] += wt * idf * y * (rc.p.K1 + 1) / (y + rc.p.K1)
		}
	}
	var hits []retrieval.Hit
	for i, score := range scores {
		if score > 0 {
			hits = append(hits, retrieval.Hit{Chunk: r.chunks[i].id, Score: retrieval.RoundScore(score)})
		}
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].Score != hits[j].Score {
			return hits[i].Score > hits[j].Score
		}
		return hits[i].Chunk < hits[j].Chunk
	})
	return hits[:min(k, len(hits))]
}

// ParityQueries are the labelled queries of retrieval/testdata and the
// titles of a spread of SP 800-53 and CSF controls.
func ParityQueries(t testing.TB) []string {
	t.Helper()
	paths, _ := filepath.Glob(testdata("queries*.jsonl"))
	var out []string
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			var q struct{ Query string }
			if json.Unmarshal(sc.Bytes(), &q) == nil && q.Query != "" {
				out = append(out, q.Query)
			}
		}
		f.Close()
	}
	cats, err := catalogs.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	set, _ := catalogs.NewSet(cats)
	for _, fw := range []catalogs.FrameworkID{catalogs.SP80053, catalogs.CSF2} {
		cat, err := set.Catalog(string(fw))
		if err != nil {
			t.Fatal(err)
		}
		ctls := cat.Controls
		for i := 0; i < len(ctls); i += max(1, len(ctls)/30) {
			out = append(out, ctls[i].Title)
		}
	}
	return out
}

// shortChunking cuts the second corpus into passages a tenth as long.
var shortChunking = retrieval.Chunking{MaxTokens: 24}

// The built-in corpus loads once (a second load adds nothing) and answers
// a plain question; over it and a corpus of much shorter passages,
// lexical search is exact BM25F. (One test: the built-in corpus is the
// slowest thing to load.)
func builtinCorpusAndExactBM25F(t *testing.T, open Opener) {
	measuresWithoutRace(t)
	b := open(t)
	ctx := context.Background()
	start := time.Now()
	long := &retrieval.Engine{Store: b.Store, Embedder: retrieval.NewOffline(384, nil)}
	st, err := long.EnsureBuiltin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 5 || st.Chunks < 1500 {
		t.Errorf("built-in ingest: %+v", st)
	}
	res, err := long.Search(ctx, retrieval.Query{Text: "we wipe laptops before disposal", K: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(res) == 0 || !strings.HasPrefix(string(res[0].Chunk.Ref), "MP-6") {
		t.Errorf("top result %+v, want SP 800-53 MP-6", res)
	}
	again, err := long.EnsureBuiltin(ctx)
	if err != nil || again.Documents != 0 || again.Unchanged != 5 {
		t.Errorf("second load: %+v %v", again, err)
	}
	hybridAtLeastTheBetterLeg(t, long, retrieval.Filter{}, measuredSets)
	builtin, err := retrieval.BuiltinDocuments()
	if err != nil {
		t.Fatal(err)
	}
	// The short corpus: the CSF and AI RMF texts in passages of a few
	// words, in a collection with parameters of its own.
	var short []*retrieval.Document
	for _, d := range builtin {
		if d.ID == retrieval.DocCSF || d.ID == retrieval.DocAIRMF {
			c := *d
			c.ID, c.Collection = "short:"+d.ID, "short"
			short = append(short, &c)
		}
	}
	shortParams := retrieval.LexicalParams{K1: 0.9, B: 0.4, TitleWeight: 2}
	if err := b.Store.SetLexicalParams(ctx, "short", shortParams); err != nil {
		t.Fatal(err)
	}
	if _, err := (&retrieval.Engine{Store: b.Store, Embedder: long.Embedder, Chunking: shortChunking}).Ingest(ctx, short); err != nil {
		t.Fatal(err)
	}
	t.Logf("ingested in %v", time.Since(start))
	var docs []*retrieval.Document
	var chunking []retrieval.Chunking
	for _, d := range builtin {
		docs, chunking = append(docs, d), append(chunking, retrieval.DefaultChunking)
	}
	for _, d := range short {
		docs, chunking = append(docs, d), append(chunking, shortChunking)
	}
	ref := newReference(docs, chunking, map[string]retrieval.LexicalParams{"short": shortParams})
	t.Logf("%d chunks", len(ref.chunks))
	if a, b := ref.colls[retrieval.CollectionStandards].avgB, ref.colls["short"].avgB; b > a/3 {
		t.Fatalf("short passages average %.1f terms against %.1f: not much shorter", b, a)
	}

	queries := ParityQueries(t)
	if len(queries) < 200 {
		t.Fatalf("%d parity queries, want at least 200", len(queries))
	}
	scopes := []retrieval.Filter{{Collection: retrieval.CollectionStandards}, {Collection: "short"}, {}, {Framework: catalogs.CSF2}}
	same, total := 0, 0
	var storeTime time.Duration
	var diffs []string
	for _, q := range queries {
		exp := retrieval.Expand(q)
		for _, f := range scopes {
			t0 := time.Now()
			got, err := b.Store.Lexical(ctx, q, exp, f, 10)
			if err != nil {
				t.Fatal(err)
			}
			storeTime += time.Since(t0)
			want := ref.Top(q, exp, f, 10)
			total++
			if d := sameTop(got, want); d == "" {
				same++
			} else if len(diffs) < 5 {
				diffs = append(diffs, fmt.Sprintf("%q %+v: %s", q, f, d))
			}
		}
	}
	rate := float64(same) / float64(total)
	t.Logf("%d lexical searches in %v", total, storeTime)
	t.Logf("lexical top 10 identical to the reference for %d of %d queries (%.3f)\n%s", same, total, rate, strings.Join(diffs, "\n"))
	if rate < 0.99 {
		t.Errorf("top 10 identical for %.3f of %d queries, want at least 0.99; first differences:\n%s", rate, total, strings.Join(diffs, "\n"))
	}
}

// sameTop reports how two rankings differ ("" when they do not): same
// chunks in the same order, scores equal to a relative 1e-5 (stored keys
// and lengths are exact; scores are computed in float64 on both sides).
func sameTop(got, want []retrieval.Hit) string {
	if len(got) != len(want) {
		return fmt.Sprintf("%d hits, reference %d", len(got), len(want))
	}
	for i := range got {
		if got[i].Chunk != want[i].Chunk || math.Abs(got[i].Score-want[i].Score) > 1e-5*want[i].Score {
			return fmt.Sprintf("#%d %s %.6f, reference %s %.6f", i+1, got[i].Chunk, got[i].Score, want[i].Chunk, want[i].Score)
		}
	}
	return ""
}

// A process's index follows what another process commits: new, changed
// and replaced documents and new parameters show in its next search, as
// they would in a freshly loaded index, including after so many changes
// that the index compacts itself.
func indexFollowsOtherWriters(t *testing.T, open Opener) {
	b := open(t)
	if b.Fresh == nil {
		t.Skip("the backend opens no second store")
	}
	ctx := context.Background()
	reader, writer := b.Store, b.Fresh()
	eng := &retrieval.Engine{Store: writer, Embedder: retrieval.NewOffline(16, nil)}
	ingest := func(docs ...*retrieval.Document) {
		t.Helper()
		if _, err := eng.Ingest(ctx, docs); err != nil {
			t.Fatal(err)
		}
	}
	top := func(q string) []retrieval.Hit {
		t.Helper()
		hits, err := reader.Lexical(ctx, q, "", retrieval.Filter{}, 5)
		if err != nil {
			t.Fatal(err)
		}
		return hits
	}
	ingest(PolicyV1)
	if len(top("escorted visitors")) == 0 {
		t.Fatal("the reader finds nothing")
	}
	// Another writer adds a document and changes one: the reader sees both.
	ingest(Doc("keys.md", "policies", "", Sec("", "Keys", "Encryption keys rotate every year and are escrowed.")))
	if len(top("escrowed")) != 1 {
		t.Errorf("a document another store added is not found")
	}
	ingest(Doc("policy.md", "policies", "", Sec("", "Visitors", "Guests wear badges.")))
	if len(top("escorted")) != 0 || len(top("badges")) != 1 {
		t.Errorf("a document another store replaced still answers with its old text")
	}
	if err := SameLexical(ctx, reader, b.Fresh(), "guests badges", "keys escrowed"); err != nil {
		t.Error(err)
	}
	// Many replacements: most of the reader's chunks are dead, and it
	// compacts; it still agrees with a fresh index.
	for round := 0; round < 6; round++ {
		var docs []*retrieval.Document
		for i := 0; i < 8; i++ {
			docs = append(docs, Doc(fmt.Sprintf("r%d.md", i), "c", "", Sec("", "Backups", fmt.Sprintf("Backups round %d of system %d are tested and restored.", round, i))))
		}
		ingest(docs...)
		top("backups tested")
	}
	if err := SameLexical(ctx, reader, b.Fresh(), "backups round 5", "system 3"); err != nil {
		t.Error(err)
	}
	// New parameters from another store change the reader's scores.
	before := top("backups tested restored")
	if err := writer.SetLexicalParams(ctx, "c", retrieval.LexicalParams{K1: 3, B: 0, TitleWeight: 0}); err != nil {
		t.Fatal(err)
	}
	after := top("backups tested restored")
	if len(before) == 0 || len(after) == 0 || before[0].Score == after[0].Score {
		t.Errorf("new parameters did not reach the reader: %v then %v", before, after)
	}
	if ps, err := reader.CollectionParams(ctx); err != nil || retrieval.ParamsFor(ps, "c").K1 != 3 {
		t.Errorf("CollectionParams = %+v, %v", ps, err)
	}
	if err := writer.SetLexicalParams(ctx, "c", retrieval.LexicalParams{K1: 0, B: 2}); errs.KindOf(err) != errs.Invalid {
		t.Errorf("out-of-range parameters: %v, want invalid", err)
	}
	if ps, _ := reader.CollectionParams(ctx); retrieval.ParamsFor(ps, "other") != retrieval.DefaultLexicalParams {
		t.Errorf("a collection never set has %+v, want the defaults", retrieval.ParamsFor(ps, "other"))
	}
}

// measuredSets are the labelled sets over the built-in corpus that the
// README's quality table reports: every set, each first run after the
// rule it judged was committed. A new held-out set joins them only after
// that first run.
var measuredSets = []string{
	"queries.jsonl", "queries-heldout.jsonl", "queries-heldout2.jsonl", "queries-heldout3.jsonl",
	"queries-ai-100-1.jsonl", "queries-heldout4.jsonl", "queries-heldout5.jsonl", "queries-heldout6.jsonl",
	"queries-heldout7.jsonl", "queries-heldout8.jsonl", "queries-heldout9.jsonl", "queries-heldout10.jsonl",
	"queries-heldout11.jsonl", "queries-heldout12.jsonl", "queries-heldout13.jsonl", "queries-heldout14.jsonl",
	"queries-heldout15.jsonl", "queries-heldout16.jsonl",
}

// cfpbSets are the labelled sets over the CFPB regulations
// (testdata/cfpb), a corpus that is not about security, searched in its
// own collection.
var cfpbSets = []string{"cfpb/queries-cfpb.jsonl", "cfpb/queries-cfpb-heldout.jsonl", "cfpb/queries-cfpb-heldout2.jsonl", "cfpb/queries-cfpb-heldout3.jsonl"}

// The comparisons hybridAtLeastTheBetterLeg makes.
const (
	r5BetterLeg = "hybrid recall@5 at least the better leg's"
	r10Lexical  = "hybrid recall@10 at least the lexical leg's"
	r10BM25     = "hybrid recall@10 at least textbook BM25's"
	mapBM25     = "hybrid MAP@10 at least textbook BM25's"
)

// knownFailures are the comparisons known not to hold on a set (README,
// "Search quality"): the CFPB held-out set's recall@5 0.671 against
// lexical 0.711 and MAP@10 0.447 against BM25's 0.462, seen on its first
// run; and, since owners' words were indexed with the built-in passages
// of every SP 800-53 control and enhancement, the tuning set's recall@5
// 0.926 against the vector leg's 0.941, held-out-11's 0.725 against the
// lexical leg's 0.775 (the fused head moves a lexical hit out of the
// first five), and the AI 100-1 set's recall@10 0.847 against BM25's
// 0.861; and held-out-13's recall@5 0.667 and recall@10 0.762 against
// the lexical leg's 0.714 and 0.786, seen on its first run; and
// held-out-16's recall@10 0.850 against the lexical leg's 0.875, seen on
// its first run. Each check
// is turned around for them, so the day one is mended the test says to
// drop it from this list.
var knownFailures = map[string][]string{
	"queries.jsonl":                   {r5BetterLeg},
	"queries-heldout11.jsonl":         {r5BetterLeg},
	"queries-heldout13.jsonl":         {r5BetterLeg, r10Lexical},
	"queries-heldout16.jsonl":         {r10Lexical},
	"queries-ai-100-1.jsonl":          {r10BM25},
	"cfpb/queries-cfpb-heldout.jsonl": {r5BetterLeg, mapBM25},
}

// hybridAtLeastTheBetterLeg runs labelled sets in each mode, within the
// filter (README, "Search quality"): on each, hybrid recall@5 must be at
// least the better leg's, hybrid recall@10 at least the lexical leg's, and
// hybrid recall@10 and MAP@10 at least textbook BM25's (the yardstick of
// the outside benchmarks), but for the knownFailures.
func hybridAtLeastTheBetterLeg(t *testing.T, eng *retrieval.Engine, f retrieval.Filter, sets []string) {
	t.Helper()
	ctx := context.Background()
	for _, name := range sets {
		p := testdata(name)
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		qs, err := retrieval.ParseEvalQueries(filepath.Base(p), data)
		if err != nil {
			t.Fatal(err)
		}
		m := map[retrieval.Mode]retrieval.Metrics{}
		for _, mode := range []retrieval.Mode{retrieval.Hybrid, retrieval.Lexical, retrieval.Vector, retrieval.BM25Baseline} {
			if m[mode], _, err = eng.Evaluate(ctx, retrieval.Query{Mode: mode, Filter: f}, qs); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
		h, l, v, b := m[retrieval.Hybrid], m[retrieval.Lexical], m[retrieval.Vector], m[retrieval.BM25Baseline]
		t.Logf("%s: recall@5 hybrid %.3f, lexical %.3f, vector %.3f; recall@10 %.3f, %.3f, bm25 %.3f; map@10 %.3f, bm25 %.3f",
			name, h.Recall5, l.Recall5, v.Recall5, h.Recall10, l.Recall10, b.Recall10, h.MAP10, b.MAP10)
		const eps = 1e-9
		for _, c := range []struct {
			what       string
			got, floor float64
		}{
			{r5BetterLeg, h.Recall5, max(l.Recall5, v.Recall5)},
			{r10Lexical, h.Recall10, l.Recall10},
			{r10BM25, h.Recall10, b.Recall10},
			{mapBM25, h.MAP10, b.MAP10},
		} {
			switch holds, known := c.got >= c.floor-eps, slices.Contains(knownFailures[name], c.what); {
			case !holds && !known:
				t.Errorf("%s: %s: %.3f against %.3f", name, c.what, c.got, c.floor)
			case holds && known:
				t.Errorf("%s: %s now holds (%.3f against %.3f): drop it from knownFailures and the README", name, c.what, c.got, c.floor)
			}
		}
	}
}

// A corpus that is not about security: the CFPB regulations
// (testdata/cfpb), in a collection of their own and searched within it,
// held to the same comparisons as the built-in corpus on their labelled
// sets. The vocabulary, the stemming and the offline vectors were all
// chosen on security text; this is where they would show harm.
func foreignCorpus(t *testing.T, open Opener) {
	measuresWithoutRace(t)
	b := open(t)
	ctx := context.Background()
	p := testdata("cfpb", "regs.jsonl")
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := retrieval.Parse(ctx, p, data, retrieval.ParseOptions{Collection: "cfpb"})
	if err != nil {
		t.Fatal(err)
	}
	eng := &retrieval.Engine{Store: b.Store, Embedder: retrieval.NewOffline(384, nil)}
	st, err := eng.Ingest(ctx, docs)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 1473 {
		t.Errorf("ingest: %+v, want 1,473 passages", st)
	}
	hybridAtLeastTheBetterLeg(t, eng, retrieval.Filter{Collection: "cfpb"}, cfpbSets)
}

// testdata is the path of a file in retrieval/testdata.
func testdata(elem ...string) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(append([]string{filepath.Dir(file), "..", "testdata"}, elem...)...)
}
