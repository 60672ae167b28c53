// Package storetest is the contract every retrieval.Store must keep: one
// suite run against each storage backend (PostgreSQL, the embedded SQLite
// store), so search behaves the same on both.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/contract"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/retrieval"
	"github.com/assay-dev/assay/testenv/norace"
)

// Backend is one empty store under test.
type Backend struct {
	Store retrieval.Store
	// Fresh returns another store over the same database, as another
	// process would open it (its lexical index not yet loaded); nil skips
	// the checks that need one.
	Fresh func() retrieval.Store
}

// Opener returns an empty backend for one test.
type Opener func(t *testing.T) Backend

// Run runs the contract as subtests.
func Run(t *testing.T, open Opener) {
	contract.Run(t, open, map[string]func(*testing.T, Opener){
		"IngestIsIdempotentAndReplacesChangedDocuments": ingestIsIdempotentAndReplacesChangedDocuments,
		"EmbedderFailureChangesNothing":                 embedderFailureChangesNothing,
		"SearchFiltersAndCitations":                     searchFiltersAndCitations,
		"ControlAwareSearch":                            controlAwareSearch,
		"EmbeddingsAreCachedByContent":                  embeddingsAreCachedByContent,
		"ConcurrentIngestsKeepStatisticsExact":          concurrentIngestsKeepStatisticsExact,
		"LexicalRankingIgnoresIngestOrder":              lexicalRankingIgnoresIngestOrder,
		"TextWithNoUsableWords":                         textWithNoUsableWords,
		"EachPassageOnce":                               eachPassageOnce,
		"BuiltinCorpusAndExactBM25F":                    builtinCorpusAndExactBM25F,
		"ForeignCorpus":                                 foreignCorpus,
		"IndexFollowsOtherWriters":                      indexFollowsOtherWriters,
		"AskedWordsFindAPassageAndAreNotShown":          askedWordsFindAPassageAndAreNotShown,
	})
}

// measuresWithoutRace skips a contract test that measures search over a
// whole corpus under -race (see norace): there it took two of the
// embedded store's three and a half minutes. Concurrency in the store is
// ConcurrentIngestsKeepStatisticsExact's and IndexFollowsOtherWriters',
// which run under the detector.
func measuresWithoutRace(t *testing.T) {
	t.Helper()
	norace.Skip(t, "ingests a whole corpus and runs thousands of searches in one goroutine")
}

// How people ask about a section (its Asked words) finds its passage
// lexically, is kept with the chunk, and is not shown as its heading or
// text; a change to it alone re-ingests the document.
func askedWordsFindAPassageAndAreNotShown(t *testing.T, open Opener) {
	s := setupSearch(t, open)
	sec := Sec("", "Unsuccessful logon attempts", "The system enforces a limit of consecutive invalid logon attempts by a user during a time period.")
	sec.Asked = "What happens when someone types the wrong password too many times?"
	other := Sec("", "Session lock", "The system prevents further access by initiating a device lock after inactivity.")
	if _, err := s.eng.Ingest(s.ctx, []*retrieval.Document{Doc("ac.md", "standards", "", sec, other)}); err != nil {
		t.Fatal(err)
	}
	res := s.search(t, retrieval.Query{Text: "wrong password too many times", Mode: retrieval.Lexical})
	if len(res) == 0 || res[0].Chunk.Asked != sec.Asked || res[0].Chunk.HeadingPath() != "Unsuccessful logon attempts" ||
		strings.Contains(res[0].Chunk.Text, "password") {
		t.Fatalf("top result %+v", res)
	}
	s.checkIndex(t)
	sec.Asked = "Does an account lock after repeated failed logins?"
	st, err := s.eng.Ingest(s.ctx, []*retrieval.Document{Doc("ac.md", "standards", "", sec, other)})
	if err != nil || st.Documents != 1 || st.Unchanged != 0 {
		t.Fatalf("ingest with new Asked words: %+v %v", st, err)
	}
	if res := s.search(t, retrieval.Query{Text: "account lock repeated failed logins", Mode: retrieval.Lexical}); len(res) == 0 || res[0].Chunk.Asked != sec.Asked {
		t.Errorf("after the change: %+v", res)
	}
}

type searchBundle struct {
	Backend
	ctx   context.Context
	store retrieval.Store
	eng   *retrieval.Engine
}

func setupSearch(t *testing.T, open Opener) *searchBundle {
	t.Helper()
	b := open(t)
	return &searchBundle{Backend: b, ctx: context.Background(), store: b.Store, eng: Engine(t, b.Store)}
}

// Engine is the engine the store tests search with: a small offline
// embedder with flat weights, the built-in catalogs (for control-aware
// search), and small chunks, so short fixtures make several.
func Engine(t testing.TB, store retrieval.Store) *retrieval.Engine {
	t.Helper()
	cats, err := catalogs.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	set, _ := catalogs.NewSet(cats)
	return &retrieval.Engine{
		Store: store, Embedder: retrieval.NewOffline(64, func(string) float64 { return 1 }),
		Catalogs: func() *catalogs.Set { return set }, Chunking: retrieval.Chunking{MaxTokens: 60, OverlapTokens: 10},
	}
}

// checkIndex compares lexical search through the store, whose in-memory
// index followed every write, with a fresh store's, loaded once from what
// is committed.
func (s *searchBundle) checkIndex(t *testing.T) {
	t.Helper()
	if s.Fresh == nil {
		return
	}
	if err := SameLexical(s.ctx, s.store, s.Fresh()); err != nil {
		t.Error(err)
	}
}

// SameLexical reports where two stores' lexical searches differ (hits or
// scores) over a few queries and filters: a store whose index followed
// every write against one freshly loaded.
func SameLexical(ctx context.Context, kept, fresh retrieval.Store, queries ...string) error {
	for _, q := range append(queries, "backups tested and restored", "encryption keys rotate", "visitors escorted", "laptops wiped") {
		for _, f := range []retrieval.Filter{{}, {Collection: "c"}, {Collection: "policies"}} {
			a, err := kept.Lexical(ctx, q, retrieval.Expand(q), f, 20)
			if err != nil {
				return err
			}
			b, err := fresh.Lexical(ctx, q, retrieval.Expand(q), f, 20)
			if err != nil {
				return err
			}
			if d := sameTop(a, b); d != "" {
				return fmt.Errorf("%q %+v: the index kept up to date and a fresh one differ: %s", q, f, d)
			}
		}
	}
	return nil
}

// Doc is a document for tests.
func Doc(id, collection string, fw catalogs.FrameworkID, sections ...retrieval.Section) *retrieval.Document {
	return &retrieval.Document{ID: id, Collection: collection, Framework: fw, Title: id, Sections: sections}
}

// Sec is a section with one heading.
func Sec(ref, heading, text string) retrieval.Section {
	return retrieval.Section{Heading: []string{heading}, Ref: catalogs.Ref(ref), Text: text}
}

func (s *searchBundle) search(t *testing.T, q retrieval.Query) []retrieval.Result {
	t.Helper()
	res, err := s.eng.Search(s.ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// PolicyV1 is a small policy with two sections.
var PolicyV1 = Doc("policy.md", "policies", "", Sec("", "Laptops", "Laptops are encrypted with full disk encryption and wiped before disposal."),
	Sec("", "Visitors", "Visitors sign in at reception and are escorted at all times."))

type failingEmbedder struct {
	retrieval.Embedder
	err  error
	dims int
	// bad, when set, is put at position 3 of vectors of the right size.
	bad float32
}

func (f failingEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	if f.err != nil {
		return nil, f.err
	}
	out := make([][]float32, len(texts))
	for i := range out {
		if f.bad != 0 {
			out[i] = make([]float32, f.Embedder.Space().Dims)
			out[i][0], out[i][3] = 1, f.bad
			continue
		}
		out[i] = make([]float32, f.dims)
	}
	return out, nil
}

type countingEmbedder struct {
	retrieval.Embedder
	texts int
}

func (c *countingEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	c.texts += len(texts)
	return c.Embedder.Embed(ctx, texts)
}

func ingestIsIdempotentAndReplacesChangedDocuments(t *testing.T, open Opener) {
	s := setupSearch(t, open)
	st, err := s.eng.Ingest(s.ctx, []*retrieval.Document{PolicyV1})
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 1 || st.Chunks != 2 {
		t.Fatalf("first ingest: %+v", st)
	}
	st, err = s.eng.Ingest(s.ctx, []*retrieval.Document{PolicyV1})
	if err != nil || st.Unchanged != 1 || st.Chunks != 0 {
		t.Fatalf("second ingest of the same document: %+v %v", st, err)
	}
	if _, n, _ := s.store.Counts(s.ctx, ""); n != 2 {
		t.Errorf("%d chunks after re-ingest, want 2", n)
	}
	v2 := Doc("policy.md", "policies", "", Sec("", "Laptops", "Laptops use hardware-backed keys; remote wipe is enabled through MDM."))
	if _, err := s.eng.Ingest(s.ctx, []*retrieval.Document{v2}); err != nil {
		t.Fatal(err)
	}
	if _, n, _ := s.store.Counts(s.ctx, ""); n != 1 {
		t.Errorf("%d chunks after replacement, want 1", n)
	}
	for _, mode := range []retrieval.Mode{retrieval.Lexical, retrieval.Vector} {
		for _, r := range s.search(t, retrieval.Query{Text: "visitors escorted reception", Mode: mode}) {
			if strings.Contains(r.Chunk.Text, "Visitors") {
				t.Errorf("%s search still finds the replaced section", mode)
			}
		}
	}
	s.checkIndex(t)
}

func embedderFailureChangesNothing(t *testing.T, open Opener) {
	s := setupSearch(t, open)
	if _, err := s.eng.Ingest(s.ctx, []*retrieval.Document{PolicyV1}); err != nil {
		t.Fatal(err)
	}
	v2 := Doc("policy.md", "policies", "", Sec("", "Laptops", "A completely new laptop section that needs fresh embeddings."))
	good := s.eng.Embedder
	for _, emb := range []failingEmbedder{
		{Embedder: good, err: errs.E("test", errs.Unavailable, "endpoint down")},
		{Embedder: good, dims: 63}, // wrong dimension
		{Embedder: good, bad: float32(math.NaN())},
		{Embedder: good, bad: float32(math.Inf(-1))},
		{Embedder: good, bad: 1e6}, // beyond half precision, which the index uses
	} {
		s.eng.Embedder = emb
		_, err := s.eng.Ingest(s.ctx, []*retrieval.Document{v2})
		if err == nil {
			t.Fatal("ingest succeeded with a broken embedder")
		}
		want := "dimensions"
		if emb.bad != 0 {
			want = "must be finite and within"
		}
		if emb.err == nil && (errs.KindOf(err) != errs.Invalid || !strings.Contains(err.Error(), want)) {
			t.Errorf("embedder %+v: ingest error %v, want Invalid mentioning %q", emb, err, want)
		}
		// A query vector gets the same check, before it reaches the store.
		if _, err := s.eng.Search(s.ctx, retrieval.Query{Text: "laptops", Mode: retrieval.Vector}); err == nil ||
			emb.err == nil && (errs.KindOf(err) != errs.Invalid || !strings.Contains(err.Error(), want)) {
			t.Errorf("embedder %+v: search error %v, want Invalid mentioning %q", emb, err, want)
		}
	}
	s.eng.Embedder = good
	res := s.search(t, retrieval.Query{Text: "visitors escorted", Mode: retrieval.Lexical})
	if len(res) == 0 || !strings.Contains(res[0].Chunk.Text, "Visitors") {
		t.Errorf("the stored version was lost: %+v", res)
	}
	s.checkIndex(t)
}

func searchFiltersAndCitations(t *testing.T, open Opener) {
	s := setupSearch(t, open)
	docs := []*retrieval.Document{
		PolicyV1,
		Doc("sp.md", retrieval.CollectionStandards, catalogs.SP80053,
			Sec("MP-6", "MP-6 Media Sanitization", "Sanitize system media prior to disposal, release out of organizational control, or release for reuse."),
			Sec("SC-28", "SC-28 Protection of Information at Rest", "Protect the confidentiality and integrity of information at rest with encryption.")),
	}
	if _, err := s.eng.Ingest(s.ctx, docs); err != nil {
		t.Fatal(err)
	}
	for _, mode := range []retrieval.Mode{retrieval.Hybrid, retrieval.Lexical, retrieval.Vector} {
		all := s.search(t, retrieval.Query{Text: "we wipe laptops before disposal", Mode: mode, K: 10})
		if len(all) < 2 {
			t.Fatalf("%s: %d results", mode, len(all))
		}
		std := s.search(t, retrieval.Query{Text: "we wipe laptops before disposal", Mode: mode, Filter: retrieval.Filter{Collection: retrieval.CollectionStandards}})
		if len(std) == 0 || std[0].Chunk.Ref != "MP-6" {
			t.Errorf("%s: standards-only search = %+v, want MP-6 first", mode, std)
		}
		for _, r := range std {
			if r.Chunk.Collection != retrieval.CollectionStandards || r.Chunk.Doc != "sp.md" || r.Chunk.Framework != catalogs.SP80053 || r.Chunk.ID == "" || r.Chunk.HeadingPath() == "" {
				t.Errorf("%s: filtered result or citation wrong: %+v", mode, r.Chunk)
			}
		}
		for _, r := range s.search(t, retrieval.Query{Text: "encryption", Mode: mode, Filter: retrieval.Filter{Doc: "policy.md"}}) {
			if r.Chunk.Doc != "policy.md" {
				t.Errorf("%s: doc filter let through %s", mode, r.Chunk.Doc)
			}
		}
		if res := s.search(t, retrieval.Query{Text: "encryption", Mode: mode, Filter: retrieval.Filter{Framework: catalogs.CSF2}}); len(res) != 0 {
			t.Errorf("%s: framework filter found %d chunks of another framework", mode, len(res))
		}
	}
	if _, err := s.eng.Search(s.ctx, retrieval.Query{Text: "  "}); errs.KindOf(err) != errs.Invalid {
		t.Errorf("empty query: %v", err)
	}
	// EachChunk lists what a filter admits, whole, and stops at an error.
	_, total, err := s.store.Counts(s.ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		f    retrieval.Filter
		want func(c retrieval.ChunkRecord) bool
	}{
		{retrieval.Filter{}, func(retrieval.ChunkRecord) bool { return true }},
		{retrieval.Filter{Collection: "policies"}, func(c retrieval.ChunkRecord) bool { return c.Doc == "policy.md" }},
		{retrieval.Filter{Framework: catalogs.SP80053, Keys: []catalogs.Key{{Framework: catalogs.SP80053, Ref: "SC-28"}}}, func(c retrieval.ChunkRecord) bool { return c.Ref == "SC-28" }},
	} {
		n := 0
		err := s.store.EachChunk(s.ctx, tc.f, func(c retrieval.ChunkRecord) error {
			n++
			if !tc.want(c) || c.ID == "" || c.Text == "" || c.HeadingPath() == "" || c.Collection == "" {
				t.Errorf("%+v let through %+v", tc.f, c)
			}
			return nil
		})
		if err != nil || n == 0 || len(tc.f.Keys) == 0 && tc.f.Collection == "" && n != total {
			t.Errorf("%+v: %d chunks (of %d), %v", tc.f, n, total, err)
		}
	}
	// The textbook BM25 yardstick ranks the passages the filter admits.
	qs := []retrieval.EvalQuery{{ID: "wipe", Query: "laptops wiped before disposal", Relevant: []string{"policy.md"}}}
	for _, tc := range []struct {
		f    retrieval.Filter
		want float64
	}{{retrieval.Filter{}, 1}, {retrieval.Filter{Collection: "policies"}, 1}, {retrieval.Filter{Collection: retrieval.CollectionStandards}, 0}} {
		m, _, err := s.eng.Evaluate(s.ctx, retrieval.Query{Mode: retrieval.BM25Baseline, Filter: tc.f}, qs)
		if err != nil || m.Recall1 != tc.want {
			t.Errorf("bm25 yardstick over %+v: recall@1 %v, want %v (%v)", tc.f, m.Recall1, tc.want, err)
		}
	}
	key := catalogs.Key{Framework: catalogs.SP80053, Ref: "MP-6"}
	if _, _, err := s.eng.Evaluate(s.ctx, retrieval.Query{Mode: retrieval.BM25Baseline, Control: &key}, qs); errs.KindOf(err) != errs.Invalid {
		t.Errorf("bm25 yardstick with a control: %v, want invalid", err)
	}
	stop := errors.New("enough")
	n := 0
	if err := s.store.EachChunk(s.ctx, retrieval.Filter{}, func(retrieval.ChunkRecord) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
		t.Errorf("EachChunk went on after an error: %d calls, %v", n, err)
	}
}

// An ISO 42001 check-in finds the AI RMF passage its crosswalk links to,
// though the words differ.
func controlAwareSearch(t *testing.T, open Opener) {
	s := setupSearch(t, open)
	airmf := Doc("airmf.jsonl", retrieval.CollectionStandards, catalogs.AIRMF,
		retrieval.Section{Heading: []string{"MEASURE 2.5"}, Framework: catalogs.AIRMF, Ref: "MEASURE 2.5",
			Text: "The AI system to be deployed is demonstrated to be valid and reliable."},
		retrieval.Section{Heading: []string{"GOVERN 6.1"}, Framework: catalogs.AIRMF, Ref: "GOVERN 6.1",
			Text: "Policies address risks of third-party entities and intellectual property."},
	)
	noise := Doc("noise.md", retrieval.CollectionStandards, "",
		Sec("", "Release checklist", "Before the release we check the checklist of the release train and the release notes."))
	if _, err := s.eng.Ingest(s.ctx, []*retrieval.Document{airmf, noise}); err != nil {
		t.Fatal(err)
	}
	q := "what do we check before release"
	plain := s.search(t, retrieval.Query{Text: q, K: 1})
	if len(plain) == 0 || plain[0].Chunk.Doc != "noise.md" {
		t.Fatalf("plain search top hit = %+v, want the release checklist", plain)
	}
	key := catalogs.Key{Framework: "iso42001", Ref: "A.6.2.4"} // verification and validation; any spelling
	rank := func(res []retrieval.Result, ref catalogs.Ref) int {
		for i, r := range res {
			if r.Chunk.Ref == ref {
				return i
			}
		}
		return len(res)
	}
	plain3 := s.search(t, retrieval.Query{Text: q, K: 3})
	aware := s.search(t, retrieval.Query{Text: q, K: 3, Control: &key})
	if rank(aware, "MEASURE 2.5") > 1 {
		t.Errorf("control-aware search for 42001 A.6.2.4 does not rank AI RMF MEASURE 2.5 in its top 2: %+v", aware)
	}
	// The boost goes to the mapped control only, not to any tagged
	// passage; a passage of an unrelated control is not offered at all,
	// while text about no control in particular may follow.
	if rank(aware, "MEASURE 2.5") != 0 || rank(aware, "GOVERN 6.1") != len(aware) || rank(plain3, "MEASURE 2.5") < rank(aware, "MEASURE 2.5") {
		t.Errorf("ranks: plain %v, aware %v", plain3, aware)
	}
	bad := catalogs.Key{Framework: "iso42001", Ref: "A.99"}
	if _, err := s.eng.Search(s.ctx, retrieval.Query{Text: q, Control: &bad}); errs.KindOf(err) != errs.NotFound {
		t.Errorf("unknown control: %v", err)
	}
}

func embeddingsAreCachedByContent(t *testing.T, open Opener) {
	s := setupSearch(t, open)
	counter := &countingEmbedder{Embedder: s.eng.Embedder}
	s.eng.Embedder = counter
	a := Doc("a.md", "c", "", Sec("", "Same", "Identical text in two documents is embedded only once."))
	b := Doc("b.md", "c", "", Sec("", "Same", "Identical text in two documents is embedded only once."))
	if _, err := s.eng.Ingest(s.ctx, []*retrieval.Document{a}); err != nil {
		t.Fatal(err)
	}
	st, err := s.eng.Ingest(s.ctx, []*retrieval.Document{b})
	if err != nil {
		t.Fatal(err)
	}
	if counter.texts != 1 || st.Cached != 1 {
		t.Errorf("embedded %d texts (cached %d), want 1 embedding and 1 cache hit", counter.texts, st.Cached)
	}
}

// The built-in corpus loads, and a control owner's phrasing finds the control.
func concurrentIngestsKeepStatisticsExact(t *testing.T, open Opener) {
	s := setupSearch(t, open)
	mk := func(version int) []*retrieval.Document {
		var docs []*retrieval.Document
		for i := 0; i < 12; i++ {
			docs = append(docs, Doc(fmt.Sprintf("d%d", i), "c", "",
				Sec("", "Backups", fmt.Sprintf("Backups of system %d are tested every %d months and restored.", i, version)),
				Sec("", "Keys", fmt.Sprintf("Key rotation %d happens yearly; version %d.", i, version))))
		}
		return docs
	}
	// Two engines, one store: every document is written by both, and half
	// are replaced while the other engine writes its own version.
	errc := make(chan error, 2)
	for v := 1; v <= 2; v++ {
		go func() {
			e := &retrieval.Engine{Store: s.store, Embedder: s.eng.Embedder, Chunking: s.eng.Chunking}
			_, err := e.Ingest(s.ctx, mk(v))
			errc <- err
		}()
	}
	for range 2 {
		if err := <-errc; err != nil {
			t.Fatal(err)
		}
	}
	if docs, _, _ := s.store.Counts(s.ctx, "c"); docs != 12 {
		t.Errorf("%d documents, want 12", docs)
	}
	s.checkIndex(t)
}

// BM25 ranks one corpus the same however it was loaded: the same documents
// ingested in opposite orders give the same lexical results and scores.
func lexicalRankingIgnoresIngestOrder(t *testing.T, open Opener) {
	short := Doc("short.md", "policies", "",
		Sec("", "Backups", "Backups are encrypted."),
		Sec("", "Keys", "Encryption keys rotate every year."))
	long := Doc("long.md", "policies", "",
		Sec("", "Backup and recovery", strings.Repeat("Nightly backups of production databases are encrypted, copied offsite and kept for ninety days. ", 3)+
			"Restores are tested every quarter by the platform team, and the results are recorded with the change tickets that follow them."))
	first, second := setupSearch(t, open), setupSearch(t, open)
	for _, step := range []struct {
		s    *searchBundle
		docs []*retrieval.Document
	}{{first, []*retrieval.Document{short}}, {first, []*retrieval.Document{long}}, {second, []*retrieval.Document{long}}, {second, []*retrieval.Document{short}}} {
		if _, err := step.s.eng.Ingest(step.s.ctx, step.docs); err != nil {
			t.Fatal(err)
		}
	}
	for _, q := range []string{"encrypted backups", "restore tests every quarter", "key rotation"} {
		a := first.search(t, retrieval.Query{Text: q, Mode: retrieval.Lexical, K: 10})
		b := second.search(t, retrieval.Query{Text: q, Mode: retrieval.Lexical, K: 10})
		if len(a) == 0 || len(a) != len(b) {
			t.Fatalf("%q: %d results after short-then-long, %d after long-then-short", q, len(a), len(b))
		}
		for i := range a {
			if a[i].Chunk.ID != b[i].Chunk.ID || math.Abs(a[i].Score-b[i].Score) > 1e-6 {
				t.Errorf("%q #%d: %s (%.6f) after short-then-long, %s (%.6f) after long-then-short",
					q, i+1, a[i].Chunk.ID, a[i].Score, b[i].Chunk.ID, b[i].Score)
			}
		}
	}
}

// A query of stopwords and punctuation finds nothing, in every mode, rather
// than arbitrary passages; a passage with no usable words never shows up
// with an undefined (NaN) score.
func textWithNoUsableWords(t *testing.T, open Opener) {
	s := setupSearch(t, open)
	docs := []*retrieval.Document{PolicyV1, Doc("marks.md", "policies", "", Sec("", "Desks", "Clear desks every evening."), Sec("", "", "--- *** ---"))}
	if _, err := s.eng.Ingest(s.ctx, docs); err != nil {
		t.Fatal(err)
	}
	for _, mode := range []retrieval.Mode{retrieval.Hybrid, retrieval.Lexical, retrieval.Vector} {
		if res := s.search(t, retrieval.Query{Text: "the and of !!!", Mode: mode}); len(res) != 0 {
			t.Errorf("%s: a query with no usable words found %d passages: %+v", mode, len(res), res)
		}
		for _, r := range s.search(t, retrieval.Query{Text: "visitors escorted", Mode: mode, K: 50}) {
			if math.IsNaN(r.Score) || strings.Contains(r.Chunk.Text, "***") {
				t.Errorf("%s: %s scored %v", mode, r.Chunk.Doc, r.Score)
			}
		}
	}
}

// A section longer than the chunk budget is stored as several pieces, but
// a result list shows it once, by its best piece, and fills k with other
// passages: in every mode and in a control-aware search.
func eachPassageOnce(t *testing.T, open Opener) {
	s := setupSearch(t, open)
	long := strings.Repeat("The servicer refunds the escrow balance within twenty days of payoff. ", 12)
	docs := []*retrieval.Document{
		Doc("reg.jsonl", "regs", "", Sec("", "§ 1024.34(b)", long)),
		Doc("a.jsonl", "regs", "", Sec("", "§ 1024.34(a)", "Escrow disbursements are made on time.")),
		Doc("b.jsonl", "regs", "", Sec("", "§ 1024.17(f)", "An escrow surplus is refunded to the borrower.")),
		Doc("c.jsonl", "regs", "", Sec("", "§ 1024.35(h)", "No fee is charged for a notice of error about the balance.")),
	}
	if _, err := s.eng.Ingest(s.ctx, docs); err != nil {
		t.Fatal(err)
	}
	pieces := 0
	if err := s.store.EachChunk(s.ctx, retrieval.Filter{Doc: "reg.jsonl"}, func(retrieval.ChunkRecord) error { pieces++; return nil }); err != nil || pieces < 3 {
		t.Fatalf("the long section is %d pieces (%v); the test needs several", pieces, err)
	}
	for _, mode := range []retrieval.Mode{retrieval.Hybrid, retrieval.Lexical, retrieval.Vector} {
		res := s.search(t, retrieval.Query{Text: "escrow balance refunded after payoff", Mode: mode, K: 3})
		docs := map[string]int{}
		for _, r := range res {
			docs[r.Chunk.Doc]++
		}
		if len(res) != 3 || docs["reg.jsonl"] != 1 {
			t.Errorf("%s: %d results, the long passage %d times, want 3 results and it once: %v", mode, len(res), docs["reg.jsonl"], docs)
		}
	}
	key := catalogs.Key{Framework: catalogs.SP80053, Ref: "AC-2"}
	res := s.search(t, retrieval.Query{Text: "escrow balance refunded after payoff", Control: &key, K: 10})
	n := 0
	for _, r := range res {
		if r.Chunk.Doc == "reg.jsonl" {
			n++
		}
	}
	if n > 1 {
		t.Errorf("control-aware search showed the long passage %d times", n)
	}
}
