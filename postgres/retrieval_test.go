package postgres_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/postgres"
	"github.com/assay-dev/assay/retrieval"
)

type searchBundle struct {
	*bundle
	store *postgres.RetrievalStore
	eng   *retrieval.Engine
	set   *catalogs.Set
}

func setupSearch(t *testing.T) *searchBundle {
	t.Helper()
	b := setup(t)
	cats, err := catalogs.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	set, _ := catalogs.NewSet(cats)
	store := &postgres.RetrievalStore{DB: b.db}
	return &searchBundle{bundle: b, store: store, set: set, eng: &retrieval.Engine{
		Store: store, Embedder: retrieval.NewOffline(64, func(string) float64 { return 1 }),
		Catalogs: func() *catalogs.Set { return set }, Chunking: retrieval.Chunking{MaxTokens: 60, OverlapTokens: 10},
	}}
}

func doc(id, collection string, fw catalogs.FrameworkID, sections ...retrieval.Section) *retrieval.Document {
	return &retrieval.Document{ID: id, Collection: collection, Framework: fw, Title: id, Sections: sections}
}

func sec(ref, heading, text string) retrieval.Section {
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

// checkStats recomputes BM25's statistics from the term table and compares
// them with the ones kept up to date on every write.
func (s *searchBundle) checkStats(t *testing.T) {
	t.Helper()
	var bad int
	if err := s.db.Pool.QueryRow(s.ctx, `
		SELECT count(*) FROM (
			SELECT term, count(*) AS n FROM chunk_terms GROUP BY term
		) x FULL JOIN (SELECT term, df FROM term_df WHERE df > 0) d USING (term)
		WHERE x.n IS DISTINCT FROM d.df`).Scan(&bad); err != nil {
		t.Fatal(err)
	}
	var chunks, total, realChunks, realTotal int64
	s.db.Pool.QueryRow(s.ctx, `SELECT chunks, total_length FROM corpus_stats`).Scan(&chunks, &total)
	s.db.Pool.QueryRow(s.ctx, `SELECT count(*), COALESCE(sum(length), 0) FROM chunks`).Scan(&realChunks, &realTotal)
	if bad != 0 || chunks != realChunks || total != realTotal {
		t.Errorf("BM25 statistics drifted: %d terms off, chunks %d vs %d, length %d vs %d", bad, chunks, realChunks, total, realTotal)
	}
}

var policyV1 = doc("policy.md", "policies", "", sec("", "Laptops", "Laptops are encrypted with full disk encryption and wiped before disposal."),
	sec("", "Visitors", "Visitors sign in at reception and are escorted at all times."))

func TestIngestIsIdempotentAndReplacesChangedDocuments(t *testing.T) {
	t.Parallel()
	s := setupSearch(t)
	st, err := s.eng.Ingest(s.ctx, []*retrieval.Document{policyV1})
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 1 || st.Chunks != 2 {
		t.Fatalf("first ingest: %+v", st)
	}
	st, err = s.eng.Ingest(s.ctx, []*retrieval.Document{policyV1})
	if err != nil || st.Unchanged != 1 || st.Chunks != 0 {
		t.Fatalf("second ingest of the same document: %+v %v", st, err)
	}
	if _, n, _ := s.store.Counts(s.ctx, ""); n != 2 {
		t.Errorf("%d chunks after re-ingest, want 2", n)
	}
	v2 := doc("policy.md", "policies", "", sec("", "Laptops", "Laptops use hardware-backed keys; remote wipe is enabled through MDM."))
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
	s.checkStats(t)
}

type failingEmbedder struct {
	retrieval.Embedder
	err  error
	dims int
}

func (f failingEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	if f.err != nil {
		return nil, f.err
	}
	out := make([][]float32, len(texts))
	for i := range out {
		out[i] = make([]float32, f.dims)
	}
	return out, nil
}

func TestEmbedderFailureChangesNothing(t *testing.T) {
	t.Parallel()
	s := setupSearch(t)
	if _, err := s.eng.Ingest(s.ctx, []*retrieval.Document{policyV1}); err != nil {
		t.Fatal(err)
	}
	v2 := doc("policy.md", "policies", "", sec("", "Laptops", "A completely new laptop section that needs fresh embeddings."))
	good := s.eng.Embedder
	for _, emb := range []failingEmbedder{
		{Embedder: good, err: errs.E("test", errs.Unavailable, "endpoint down")},
		{Embedder: good, dims: 63}, // wrong dimension
	} {
		s.eng.Embedder = emb
		_, err := s.eng.Ingest(s.ctx, []*retrieval.Document{v2})
		if err == nil {
			t.Fatal("ingest succeeded with a broken embedder")
		}
		if emb.err == nil && (errs.KindOf(err) != errs.Invalid || !strings.Contains(err.Error(), "dimensions")) {
			t.Errorf("wrong dimension: %v", err)
		}
	}
	s.eng.Embedder = good
	res := s.search(t, retrieval.Query{Text: "visitors escorted", Mode: retrieval.Lexical})
	if len(res) == 0 || !strings.Contains(res[0].Chunk.Text, "Visitors") {
		t.Errorf("the stored version was lost: %+v", res)
	}
	s.checkStats(t)
}

func TestSearchFiltersAndCitations(t *testing.T) {
	t.Parallel()
	s := setupSearch(t)
	docs := []*retrieval.Document{
		policyV1,
		doc("sp.md", retrieval.CollectionStandards, catalogs.SP80053,
			sec("MP-6", "MP-6 Media Sanitization", "Sanitize system media prior to disposal, release out of organizational control, or release for reuse."),
			sec("SC-28", "SC-28 Protection of Information at Rest", "Protect the confidentiality and integrity of information at rest with encryption.")),
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
}

// An ISO 42001 check-in finds the AI RMF passage its crosswalk links to,
// though the words differ.
func TestControlAwareSearch(t *testing.T) {
	t.Parallel()
	s := setupSearch(t)
	airmf := doc("airmf.jsonl", retrieval.CollectionStandards, catalogs.AIRMF,
		retrieval.Section{Heading: []string{"MEASURE 2.5"}, Framework: catalogs.AIRMF, Ref: "MEASURE 2.5",
			Text: "The AI system to be deployed is demonstrated to be valid and reliable."},
		retrieval.Section{Heading: []string{"GOVERN 6.1"}, Framework: catalogs.AIRMF, Ref: "GOVERN 6.1",
			Text: "Policies address risks of third-party entities and intellectual property."},
	)
	noise := doc("noise.md", retrieval.CollectionStandards, "",
		sec("", "Release checklist", "Before the release we check the checklist of the release train and the release notes."))
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
	// The boost goes to the mapped control only, not to any tagged passage.
	if rank(aware, "MEASURE 2.5") > rank(aware, "GOVERN 6.1") || rank(plain3, "MEASURE 2.5") < rank(aware, "MEASURE 2.5") {
		t.Errorf("ranks: plain %v, aware %v", plain3, aware)
	}
	bad := catalogs.Key{Framework: "iso42001", Ref: "A.99"}
	if _, err := s.eng.Search(s.ctx, retrieval.Query{Text: q, Control: &bad}); errs.KindOf(err) != errs.NotFound {
		t.Errorf("unknown control: %v", err)
	}
}

type countingEmbedder struct {
	retrieval.Embedder
	texts int
}

func (c *countingEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	c.texts += len(texts)
	return c.Embedder.Embed(ctx, texts)
}

func TestEmbeddingsAreCachedByContent(t *testing.T) {
	t.Parallel()
	s := setupSearch(t)
	counter := &countingEmbedder{Embedder: s.eng.Embedder}
	s.eng.Embedder = counter
	a := doc("a.md", "c", "", sec("", "Same", "Identical text in two documents is embedded only once."))
	b := doc("b.md", "c", "", sec("", "Same", "Identical text in two documents is embedded only once."))
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
func TestBuiltinCorpus(t *testing.T) {
	t.Parallel()
	b := setup(t)
	eng := &retrieval.Engine{Store: &postgres.RetrievalStore{DB: b.db}, Embedder: retrieval.NewOffline(384, nil)}
	st, err := eng.EnsureBuiltin(b.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 5 || st.Chunks < 1500 {
		t.Errorf("built-in ingest: %+v", st)
	}
	res, err := eng.Search(b.ctx, retrieval.Query{Text: "we wipe laptops before disposal", K: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(res) == 0 || !strings.HasPrefix(string(res[0].Chunk.Ref), "MP-6") {
		t.Errorf("top result %+v, want SP 800-53 MP-6", res)
	}
	again, err := eng.EnsureBuiltin(b.ctx)
	if err != nil || again.Documents != 0 || again.Unchanged != 5 {
		t.Errorf("second load: %+v %v", again, err)
	}
}

// A load larger than the corpus builds its indexes afterwards; the result
// is the same corpus, with every index back in place.
func TestBulkLoadRebuildsIndexes(t *testing.T) {
	t.Parallel()
	s := setupSearch(t)
	s.eng.BulkThreshold = 5
	if _, err := s.eng.Ingest(s.ctx, []*retrieval.Document{policyV1}); err != nil {
		t.Fatal(err)
	}
	var docs []*retrieval.Document
	for i := 0; i < 4; i++ {
		d := doc(fmt.Sprintf("bulk-%d", i), "bulk", "")
		for j := 0; j < 3; j++ {
			d.Sections = append(d.Sections, sec("", fmt.Sprintf("S%d", j), fmt.Sprintf("Passage %d of document %d about key rotation and backups.", j, i)))
		}
		docs = append(docs, d)
	}
	if _, err := s.eng.Ingest(s.ctx, docs); err != nil {
		t.Fatal(err)
	}
	var n int
	s.db.Pool.QueryRow(s.ctx, `SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema()
		AND indexname IN ('chunk_terms_impact', 'chunk_terms_chunk') OR indexname LIKE 'chunk_vectors_%_hnsw' AND schemaname = current_schema()`).Scan(&n)
	if n != 3 {
		t.Errorf("%d of 3 search indexes exist after a bulk load", n)
	}
	if _, c, _ := s.store.Counts(s.ctx, ""); c != 14 {
		t.Errorf("%d chunks, want 14", c)
	}
	if res := s.search(t, retrieval.Query{Text: "visitors escorted", Mode: retrieval.Lexical}); len(res) == 0 || res[0].Chunk.Doc != "policy.md" {
		t.Errorf("search after bulk load: %+v", res)
	}
	s.checkStats(t)
}

func TestPostingsWrittenByAnotherAnalyzerAreRebuilt(t *testing.T) {
	t.Parallel()
	s := setupSearch(t)
	if _, err := s.eng.Ingest(s.ctx, []*retrieval.Document{policyV1}); err != nil {
		t.Fatal(err)
	}
	// Postings as an older analyser might have left them: other terms,
	// other lengths, another version name.
	for _, q := range []string{
		`UPDATE chunk_terms SET term = 'old-' || term`, `UPDATE term_df SET term = 'old-' || term`,
		`UPDATE chunks SET length = 1`, `UPDATE corpus_stats SET analyzer = 'older', total_length = 2`,
	} {
		if _, err := s.db.Pool.Exec(s.ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	fresh := &retrieval.Engine{Store: s.store, Embedder: s.eng.Embedder, Chunking: s.eng.Chunking}
	res, err := fresh.Search(s.ctx, retrieval.Query{Text: "escorted visitors", Mode: retrieval.Lexical})
	if err != nil {
		t.Fatal(err)
	}
	if len(res) == 0 || !strings.Contains(res[0].Chunk.Text, "escorted") {
		t.Errorf("search after the rebuild: %+v", res)
	}
	var analyzer string
	s.db.Pool.QueryRow(s.ctx, `SELECT analyzer FROM corpus_stats`).Scan(&analyzer)
	if analyzer != retrieval.AnalyzerVersion {
		t.Errorf("analyzer %q after the rebuild, want %q", analyzer, retrieval.AnalyzerVersion)
	}
	s.checkStats(t)
}

func TestConcurrentIngestsKeepStatisticsExact(t *testing.T) {
	t.Parallel()
	s := setupSearch(t)
	mk := func(version int) []*retrieval.Document {
		var docs []*retrieval.Document
		for i := 0; i < 12; i++ {
			docs = append(docs, doc(fmt.Sprintf("d%d", i), "c", "",
				sec("", "Backups", fmt.Sprintf("Backups of system %d are tested every %d months and restored.", i, version)),
				sec("", "Keys", fmt.Sprintf("Key rotation %d happens yearly; version %d.", i, version))))
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
	s.checkStats(t)
}
