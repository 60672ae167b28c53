package cli

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	mrand "math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/postgres"
	"github.com/assay-dev/assay/retrieval"
	"github.com/assay-dev/assay/sqlite"
)

type latencyJSON struct {
	P50 float64 `json:"p50"`
	P95 float64 `json:"p95"`
	P99 float64 `json:"p99"`
}

type benchJSON struct {
	Chunks           int         `json:"chunks"`
	Queries          int         `json:"queries"`
	Embedder         string      `json:"embedder"`
	Store            string      `json:"store"`
	IngestSeconds    float64     `json:"ingest_seconds"`
	IngestChunksPerS float64     `json:"ingest_chunks_per_s"`
	HybridMs         latencyJSON `json:"hybrid_ms"`
	// HybridFilteredMs is hybrid search limited to a collection holding
	// 1 % of the corpus: a selective filter.
	HybridFilteredMs latencyJSON `json:"hybrid_filtered_ms"`
	LexicalMs        latencyJSON `json:"lexical_ms"`
	VectorMs         latencyJSON `json:"vector_ms"`
	HNSWRecall10     float64     `json:"hnsw_recall@10"`
	// HNSWRecall10Ties counts a result as found when it is as close as the
	// exact 10th neighbour (within 1e-3), ann-benchmarks' definition: it
	// does not penalise swapping neighbours tied in distance.
	HNSWRecall10Ties float64 `json:"hnsw_recall@10_ties"`
	EfSearch         int     `json:"ef_search"`
	M                int     `json:"m"`
	EfConstruction   int     `json:"ef_construction"`
}

func (a *App) benchCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "bench", Short: "Benchmarks that print JSON"}
	var chunks, queries, recallQueries, depth, efSearch, m, efc int
	var store string
	var asJSON bool
	search := &cobra.Command{
		Use:   "search",
		Short: "Hybrid search latency, HNSW recall and ingest throughput on a synthetic corpus",
		Long: `Builds a synthetic corpus of --chunks passages (sentences of the built-in
NIST corpus, recombined) in a scratch schema of the database, ingests it with
the configured embedder, runs --queries hybrid searches, compares HNSW
results with exact search, and drops the schema again. With --store sqlite
it measures the embedded store instead, in a temporary file (its vector
search is exact).`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if chunks < 100 || queries < 1 {
				return usageError{fmt.Errorf("--chunks must be at least 100 and --queries at least 1")}
			}
			var res *benchJSON
			var err error
			switch store {
			case "postgres":
				res, err = a.benchSearch(cmd.Context(), chunks, queries, min(recallQueries, queries), &postgres.RetrievalStore{Depth: depth, EfSearch: efSearch, M: m, EfConstruction: efc})
			case "sqlite":
				res, err = a.benchSearchEmbedded(cmd.Context(), chunks, queries)
			default:
				return usageError{fmt.Errorf("--store must be postgres or sqlite")}
			}
			if err != nil {
				return err
			}
			if asJSON {
				return a.writeJSON(res)
			}
			fmt.Fprintf(a.Stdout, "%d chunks ingested in %.1fs (%.0f chunks/s, %s)\nhybrid search p50 %.1f ms, p95 %.1f ms, p99 %.1f ms over %d queries\nlexical p95 %.1f ms, vector p95 %.1f ms, hybrid limited to 1 %% of the corpus p95 %.1f ms; HNSW recall@10 vs exact: %.3f\n",
				res.Chunks, res.IngestSeconds, res.IngestChunksPerS, res.Embedder, res.HybridMs.P50, res.HybridMs.P95, res.HybridMs.P99, res.Queries,
				res.LexicalMs.P95, res.VectorMs.P95, res.HybridFilteredMs.P95, res.HNSWRecall10)
			return nil
		},
	}
	search.Flags().IntVar(&chunks, "chunks", 100000, "synthetic passages to ingest")
	search.Flags().IntVar(&queries, "queries", 1000, "searches to time")
	search.Flags().IntVar(&recallQueries, "recall-queries", 200, "queries compared against exact search")
	search.Flags().IntVar(&depth, "depth", 0, "BM25 postings read per query term (0: the default)")
	search.Flags().IntVar(&efSearch, "ef-search", 0, "hnsw.ef_search (0: the default)")
	search.Flags().IntVar(&m, "m", 0, "HNSW m (0: the default)")
	search.Flags().IntVar(&efc, "ef-construction", 0, "HNSW ef_construction (0: the default)")
	search.Flags().StringVar(&store, "store", "postgres", "postgres (a scratch schema) or sqlite (the embedded store, in a temporary file)")
	search.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.AddCommand(search, a.benchSlackCommand(), a.benchDigestCommand(), a.benchFanoutCommand())
	return group(cmd)
}

// benchSearch runs the search benchmark with a store shaped like tuning
// (its DB is set here).
func (a *App) benchSearch(ctx context.Context, nChunks, nQueries, nRecall int, store *postgres.RetrievalStore) (*benchJSON, error) {
	db, cleanup, err := a.scratchDB(ctx)
	if err != nil {
		return nil, err
	}
	defer cleanup()
	emb, err := a.Embedder()
	if err != nil {
		return nil, err
	}
	store.DB = db
	eng := &retrieval.Engine{Store: store, Embedder: emb, Log: a.Log}
	out, sentences, err := a.benchIngest(ctx, eng, nChunks, nQueries, "postgres")
	if err != nil {
		return nil, err
	}
	// Measure a settled database: autovacuum would have set the visibility
	// map that index-only scans of the postings rely on.
	if _, err := db.Pool.Exec(ctx, "VACUUM ANALYZE"); err != nil {
		return nil, errs.Wrap("bench search", errs.Unavailable, err, "vacuum")
	}

	queries := benchQueries(sentences, nQueries)
	if err := measureSearch(ctx, eng, queries, out); err != nil {
		return nil, err
	}
	space, err := store.EnsureSpace(ctx, emb.Space())
	if err != nil {
		return nil, err
	}
	var found, foundTies, total int
	for _, qt := range queries[:nRecall] {
		v, err := emb.Embed(ctx, []string{qt})
		if err != nil {
			return nil, err
		}
		approx, err := store.Vector(ctx, space, v[0], retrieval.Filter{}, 10)
		if err != nil {
			return nil, err
		}
		exact, err := store.ExactVector(ctx, space, v[0], 10)
		if err != nil {
			return nil, err
		}
		in := map[retrieval.ChunkID]bool{}
		for _, h := range approx {
			in[h.Chunk] = true
		}
		for _, h := range exact {
			total++
			if in[h.Chunk] {
				found++
			}
		}
		if len(exact) > 0 {
			// Scores are cosine similarities: 1 - distance.
			threshold := exact[len(exact)-1].Score - 1e-3
			for _, h := range approx {
				if h.Score >= threshold {
					foundTies++
				}
			}
		}
	}
	if total > 0 {
		out.HNSWRecall10 = float64(found) / float64(total)
		out.HNSWRecall10Ties = float64(min(foundTies, total)) / float64(total)
	}
	out.M, out.EfConstruction, out.EfSearch = store.HNSW()
	return out, nil
}

// benchQueries draws n queries of 4-11 consecutive words from sentences.
func benchQueries(sentences []string, n int) []string {
	rng := mrand.New(mrand.NewPCG(7, 11))
	queries := make([]string, n)
	for i := range queries {
		words := strings.Fields(sentences[rng.IntN(len(sentences))])
		k := min(len(words), 4+rng.IntN(8))
		s := rng.IntN(len(words) - k + 1)
		queries[i] = strings.Join(words[s:s+k], " ")
	}
	return queries
}

// measureSearch times each search mode over the queries.
func measureSearch(ctx context.Context, eng *retrieval.Engine, queries []string, out *benchJSON) error {
	for _, m := range []struct {
		mode   retrieval.Mode
		filter retrieval.Filter
		dst    *latencyJSON
	}{
		{retrieval.Hybrid, retrieval.Filter{}, &out.HybridMs}, {retrieval.Lexical, retrieval.Filter{}, &out.LexicalMs},
		{retrieval.Vector, retrieval.Filter{}, &out.VectorMs}, {retrieval.Hybrid, retrieval.Filter{Collection: benchSmallCollection}, &out.HybridFilteredMs},
	} {
		lat := make([]float64, 0, len(queries))
		for _, qt := range queries {
			t0 := time.Now()
			if _, err := eng.Search(ctx, retrieval.Query{Text: qt, K: 10, Mode: m.mode, Filter: m.filter}); err != nil {
				return err
			}
			lat = append(lat, float64(time.Since(t0).Microseconds())/1000)
		}
		*m.dst = percentiles(lat)
	}
	return nil
}

// benchSearchEmbedded runs the search benchmark on the embedded store, in
// a temporary file; its vector search is exact, so there is no recall to
// measure.
func (a *App) benchSearchEmbedded(ctx context.Context, nChunks, nQueries int) (*benchJSON, error) {
	dir, err := os.MkdirTemp("", "assay-bench-")
	if err != nil {
		return nil, errs.Wrap("bench search", errs.Unavailable, err, "temporary directory")
	}
	defer os.RemoveAll(dir)
	db, err := sqlite.Open(ctx, filepath.Join(dir, "bench.db"), a.Log)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	emb, err := a.Embedder()
	if err != nil {
		return nil, err
	}
	eng := &retrieval.Engine{Store: &sqlite.RetrievalStore{DB: db}, Embedder: emb, Log: a.Log}
	out, sentences, err := a.benchIngest(ctx, eng, nChunks, nQueries, "sqlite")
	if err != nil {
		return nil, err
	}
	out.HNSWRecall10, out.HNSWRecall10Ties = 1, 1
	return out, measureSearch(ctx, eng, benchQueries(sentences, nQueries), out)
}

// benchIngest times ingesting a synthetic corpus of nChunks passages
// through eng; it returns the result so far and the corpus's sentences,
// which the queries are drawn from.
func (a *App) benchIngest(ctx context.Context, eng *retrieval.Engine, nChunks, nQueries int, store string) (*benchJSON, []string, error) {
	docs, sentences, err := syntheticCorpus(nChunks)
	if err != nil {
		return nil, nil, err
	}
	eng.Progress = a.progress(len(docs))
	start := time.Now()
	st, err := eng.Ingest(ctx, docs)
	if err != nil {
		return nil, nil, err
	}
	took := time.Since(start)
	return &benchJSON{Chunks: st.Chunks, Queries: nQueries, Embedder: eng.Embedder.Space().String(), Store: store,
		IngestSeconds: took.Seconds(), IngestChunksPerS: float64(st.Chunks) / took.Seconds()}, sentences, nil
}

// scratchDB opens a migrated scratch schema; cleanup drops it (unless
// ASSAY_BENCH_KEEP is set, for experiments).
func (a *App) scratchDB(ctx context.Context) (*postgres.DB, func(), error) {
	const op = "bench"
	var b [4]byte
	rand.Read(b[:])
	schema := "assay_bench_" + hex.EncodeToString(b[:])
	admin, err := postgres.Open(ctx, a.Config.DatabaseURL, a.Log)
	if err != nil {
		return nil, nil, err
	}
	if _, err := admin.Pool.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		admin.Close()
		return nil, nil, errs.Wrap(op, errs.Unavailable, err, "creating a scratch schema")
	}
	var db *postgres.DB
	cleanup := func() {
		if db != nil {
			db.Close()
		}
		defer admin.Close()
		// Clean up even when the run was interrupted.
		cctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		if os.Getenv("ASSAY_BENCH_KEEP") != "" {
			a.Log.Warn("keeping the scratch schema (ASSAY_BENCH_KEEP)", "schema", schema)
			return
		}
		if _, err := admin.Pool.Exec(cctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			a.Log.Error("could not drop the scratch schema", "schema", schema, "err", err)
		}
	}
	u, err := url.Parse(a.Config.DatabaseURL)
	if err != nil {
		cleanup()
		return nil, nil, errs.E(op, errs.Invalid, "DATABASE_URL is not a URL")
	}
	q := u.Query()
	q.Set("search_path", schema+",public")
	u.RawQuery = q.Encode()
	if db, err = postgres.Open(ctx, u.String(), a.Log); err != nil {
		cleanup()
		return nil, nil, err
	}
	if err := db.Migrate(ctx); err != nil {
		cleanup()
		return nil, nil, err
	}
	return db, cleanup, nil
}

// benchSmallCollection holds every hundredth synthetic document: a filter
// on it is selective.
const benchSmallCollection = "bench-policies"

// syntheticCorpus recombines the built-in corpus's sentences into n
// passages, in documents of 200, tagged with real control refs; 1 % of
// the documents are in benchSmallCollection.
func syntheticCorpus(n int) ([]*retrieval.Document, []string, error) {
	base, err := retrieval.BuiltinDocuments()
	if err != nil {
		return nil, nil, err
	}
	var sentences []string
	var refs []catalogs.Ref
	for _, d := range base {
		for _, s := range d.Sections {
			if s.Ref != "" && d.Framework == catalogs.SP80053 {
				refs = append(refs, s.Ref)
			}
			for _, p := range strings.Split(s.Text, ". ") {
				if len(strings.Fields(p)) >= 6 {
					sentences = append(sentences, strings.TrimSpace(p))
				}
			}
		}
	}
	rng := mrand.New(mrand.NewPCG(1, 2))
	var docs []*retrieval.Document
	for i := 0; i < n; i += 200 {
		d := &retrieval.Document{ID: fmt.Sprintf("synthetic-%06d", i/200), Collection: "bench", Framework: catalogs.SP80053}
		if (i/200)%100 == 50 {
			d.Collection = benchSmallCollection
		}
		for j := i; j < min(i+200, n); j++ {
			var parts []string
			for k := 0; k < 3+rng.IntN(4); k++ {
				parts = append(parts, sentences[rng.IntN(len(sentences))])
			}
			ref := refs[rng.IntN(len(refs))]
			d.Sections = append(d.Sections, retrieval.Section{
				Heading: []string{fmt.Sprintf("Passage %d", j)}, Framework: catalogs.SP80053, Ref: ref,
				Text: strings.Join(parts, ". ") + ".",
			})
		}
		docs = append(docs, d)
	}
	return docs, sentences, nil
}

func percentiles(xs []float64) latencyJSON {
	sort.Float64s(xs)
	at := func(p float64) float64 {
		if len(xs) == 0 {
			return 0
		}
		i := int(p*float64(len(xs))+0.5) - 1
		return xs[min(max(i, 0), len(xs)-1)]
	}
	return latencyJSON{P50: at(0.50), P95: at(0.95), P99: at(0.99)}
}
