package postgres_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/pgvector/pgvector-go"

	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/postgres"
	"github.com/assay-dev/assay/retrieval"
	"github.com/assay-dev/assay/retrieval/storetest"
)

type searchBundle struct {
	*bundle
	store *postgres.RetrievalStore
	eng   *retrieval.Engine
}

func setupSearch(t *testing.T) *searchBundle {
	t.Helper()
	b := setup(t)
	store := &postgres.RetrievalStore{DB: b.db}
	return &searchBundle{bundle: b, store: store, eng: storetest.Engine(t, store)}
}

// The contract suite's fixtures serve these tests too.
var (
	doc      = storetest.Doc
	sec      = storetest.Sec
	policyV1 = storetest.PolicyV1
)

func (s *searchBundle) search(t *testing.T, q retrieval.Query) []retrieval.Result {
	t.Helper()
	res, err := s.eng.Search(s.ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// checkStats compares lexical search through the store, whose index
// followed every write, with a fresh store's.
func (s *searchBundle) checkStats(t *testing.T) {
	t.Helper()
	if err := storetest.SameLexical(s.ctx, s.store, &postgres.RetrievalStore{DB: s.db}); err != nil {
		t.Error(err)
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
		AND indexname = 'chunk_terms_chunk' OR indexname LIKE 'chunk_vectors_%_hnsw' AND schemaname = current_schema()`).Scan(&n)
	if n != 2 {
		t.Errorf("%d of 2 search indexes exist after a bulk load", n)
	}
	sp := s.eng.Embedder.Space()
	space, _ := s.store.EnsureSpace(s.ctx, sp)
	if plan := vectorPlan(t, s, space, sp.Dims); !strings.Contains(plan, "Index Scan using chunk_vectors_") {
		t.Errorf("the rebuilt HNSW index does not serve vector search:\n%s", plan)
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
		`UPDATE chunk_terms SET term = 'old-' || term`,
		`UPDATE chunks SET length = 1, title_length = 1`, `UPDATE corpus_stats SET analyzer = 'older'`,
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

// vectorPlan explains the vector query with sequential scans and sorts
// priced out: only an index that matches its ORDER BY can serve it.
func vectorPlan(t *testing.T, s *searchBundle, space, dims int) string {
	t.Helper()
	tx, err := s.db.Pool.Begin(s.ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(s.ctx)
	tx.Exec(s.ctx, "SET LOCAL enable_seqscan = off")
	tx.Exec(s.ctx, "SET LOCAL enable_sort = off")
	q := make([]float32, dims)
	q[0] = 1
	rows, err := tx.Query(s.ctx, "EXPLAIN (COSTS OFF) "+postgres.VectorSQL(space, dims, "true"), pgvector.NewVector(q), 5)
	if err != nil {
		t.Fatal(err)
	}
	plan, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	// The query vector's literal would fill the screen.
	return regexp.MustCompile(`'\[[^\]]*\]'`).ReplaceAllString(strings.Join(plan, "\n"), "'[…]'")
}

// The vector query orders by the expression the HNSW index is built on, so
// the index serves it; an index built by an earlier version (over the
// float4 vectors) is rebuilt the first time its space is used, and search
// keeps working throughout.
func TestVectorIndexServesSearchAndIsUpgraded(t *testing.T) {
	t.Parallel()
	s := setupSearch(t)
	if _, err := s.eng.Ingest(s.ctx, []*retrieval.Document{policyV1}); err != nil {
		t.Fatal(err)
	}
	sp := s.eng.Embedder.Space()
	space, err := s.store.EnsureSpace(s.ctx, sp)
	if err != nil {
		t.Fatal(err)
	}
	idx := fmt.Sprintf("chunk_vectors_%d_hnsw", space)
	if plan := vectorPlan(t, s, space, sp.Dims); !strings.Contains(plan, "Index Scan using "+idx) {
		t.Fatalf("the vector query does not use %s:\n%s", idx, plan)
	}

	// What an earlier version built.
	for _, q := range []string{"DROP INDEX " + idx,
		fmt.Sprintf("CREATE INDEX %s ON chunk_vectors_%d USING hnsw (embedding vector_cosine_ops)", idx, space)} {
		if _, err := s.db.Pool.Exec(s.ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if plan := vectorPlan(t, s, space, sp.Dims); strings.Contains(plan, "Index Scan using "+idx) {
		t.Fatalf("an index over float4 vectors serves the half-precision query?\n%s", plan)
	}
	res := s.search(t, retrieval.Query{Text: "visitors escorted", Mode: retrieval.Vector})
	if len(res) == 0 || !strings.Contains(res[0].Chunk.Text, "Visitors") {
		t.Errorf("vector search before the upgrade: %+v", res)
	}
	if _, err := s.store.EnsureSpace(s.ctx, sp); err != nil {
		t.Fatal(err)
	}
	var def string
	s.db.Pool.QueryRow(s.ctx, `SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname = $1`, idx).Scan(&def)
	if !strings.Contains(def, "halfvec") {
		t.Errorf("after EnsureSpace the index is %q, want it over halfvec", def)
	}
	if plan := vectorPlan(t, s, space, sp.Dims); !strings.Contains(plan, "Index Scan using "+idx) {
		t.Errorf("after the upgrade the vector query does not use %s:\n%s", idx, plan)
	}
	if !strings.Contains(s.logs.String(), "rebuilding the vector index") {
		t.Errorf("the upgrade was not logged:\n%s", s.logs)
	}
	if after := s.search(t, retrieval.Query{Text: "visitors escorted", Mode: retrieval.Vector}); len(after) == 0 || after[0].Chunk.ID != res[0].Chunk.ID {
		t.Errorf("vector search after the upgrade: %+v, want %s first", after, res[0].Chunk.ID)
	}
}

// A model of 3,072 dimensions (text-embedding-3-large) gets an indexed
// space; beyond 4,000 the store refuses with a clear error.
func TestLargeEmbeddingSpaces(t *testing.T) {
	t.Parallel()
	s := setupSearch(t)
	s.eng.Embedder = retrieval.NewOffline(3072, func(string) float64 { return 1 })
	if _, err := s.eng.Ingest(s.ctx, []*retrieval.Document{policyV1}); err != nil {
		t.Fatal(err)
	}
	res := s.search(t, retrieval.Query{Text: "visitors escorted", Mode: retrieval.Vector})
	if len(res) == 0 || !strings.Contains(res[0].Chunk.Text, "Visitors") {
		t.Errorf("3,072-dimension vector search: %+v", res)
	}
	space, _ := s.store.EnsureSpace(s.ctx, s.eng.Embedder.Space())
	if plan := vectorPlan(t, s, space, 3072); !strings.Contains(plan, "Index Scan") {
		t.Errorf("no index serves 3,072-dimension vectors:\n%s", plan)
	}
	_, err := s.store.EnsureSpace(s.ctx, retrieval.Space{Model: "huge", Dims: 4001})
	if errs.KindOf(err) != errs.Invalid || !strings.Contains(err.Error(), "1-4000") {
		t.Errorf("4,001 dimensions: %v, want Invalid naming the range", err)
	}
}
