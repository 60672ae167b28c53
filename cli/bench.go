package cli

import (
	"context"
	"fmt"
	mrand "math/rand/v2"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/postgres"
	"github.com/assay-dev/assay/retrieval"
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
	// LexicalLoadSeconds is the first lexical search's time, which loads
	// the process's in-memory BM25F index from the store.
	LexicalLoadSeconds float64 `json:"lexical_index_load_s"`
	HNSWRecall10       float64 `json:"hnsw_recall@10"`
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
	var chunks, queries, recallQueries, efSearch, m, efc int
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
			if store != "postgres" && store != "sqlite" {
				return usageError{fmt.Errorf("--store must be postgres or sqlite")}
			}
			res, err := a.benchSearch(cmd.Context(), chunks, queries, min(recallQueries, queries), store == "sqlite",
				postgres.Tuning{EfSearch: efSearch, M: m, EfConstruction: efc})
			if err != nil {
				return err
			}
			if asJSON {
				return a.writeJSON(res)
			}
			fmt.Fprintf(a.Stdout, "%d chunks ingested in %.1fs (%.0f chunks/s, %s)\nhybrid search p50 %.1f ms, p95 %.1f ms, p99 %.1f ms over %d queries\nlexical p95 %.1f ms, vector p95 %.1f ms, hybrid limited to 1 %% of the corpus p95 %.1f ms; HNSW recall@10 vs exact: %.3f; lexical index loaded in %.1fs\n",
				res.Chunks, res.IngestSeconds, res.IngestChunksPerS, res.Embedder, res.HybridMs.P50, res.HybridMs.P95, res.HybridMs.P99, res.Queries,
				res.LexicalMs.P95, res.VectorMs.P95, res.HybridFilteredMs.P95, res.HNSWRecall10, res.LexicalLoadSeconds)
			return nil
		},
	}
	search.Flags().IntVar(&chunks, "chunks", 100000, "synthetic passages to ingest")
	search.Flags().IntVar(&queries, "queries", 1000, "searches to time")
	search.Flags().IntVar(&recallQueries, "recall-queries", 200, "queries compared against exact search")
	search.Flags().IntVar(&efSearch, "ef-search", 0, "hnsw.ef_search (0: the default)")
	search.Flags().IntVar(&m, "m", 0, "HNSW m (0: the default)")
	search.Flags().IntVar(&efc, "ef-construction", 0, "HNSW ef_construction (0: the default)")
	search.Flags().StringVar(&store, "store", "postgres", "postgres (a scratch schema) or sqlite (the embedded store, in a temporary file)")
	search.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.AddCommand(search, a.benchSlackCommand(), a.benchDigestCommand(), a.benchFanoutCommand())
	return group(cmd)
}

// benchSearch runs the search benchmark in a scratch store: a schema of
// the PostgreSQL database (shaped by tuning) or, embedded, a temporary
// file. HNSW recall is measured against exact search where the store's
// vector search is approximate.
func (a *App) benchSearch(ctx context.Context, nChunks, nQueries, nRecall int, embedded bool, tuning postgres.Tuning) (*benchJSON, error) {
	be, cleanup, err := a.openScratch(ctx, embedded, tuning)
	if err != nil {
		return nil, err
	}
	defer cleanup()
	emb, err := a.Embedder()
	if err != nil {
		return nil, err
	}
	eng := &retrieval.Engine{Store: be.Retrieval, Embedder: emb, Log: a.Log}
	out, sentences, err := a.benchIngest(ctx, eng, nChunks, nQueries, be.Name)
	if err != nil {
		return nil, err
	}
	// Measure a settled store, as autovacuum would leave it.
	if err := be.Bench.Settle(ctx); err != nil {
		return nil, err
	}
	queries := benchQueries(sentences, nQueries)
	// The first lexical search loads the index: timed apart, as a process
	// start is.
	t0 := time.Now()
	if _, err := eng.Search(ctx, retrieval.Query{Text: queries[0], Mode: retrieval.Lexical}); err != nil {
		return nil, err
	}
	out.LexicalLoadSeconds = time.Since(t0).Seconds()
	if err := measureSearch(ctx, eng, queries, out); err != nil {
		return nil, err
	}
	out.M, out.EfConstruction, out.EfSearch = be.Bench.VectorIndex()
	if out.M == 0 { // exact vector search: nothing to measure
		out.HNSWRecall10, out.HNSWRecall10Ties = 1, 1
		return out, nil
	}
	space, err := be.Retrieval.EnsureSpace(ctx, emb.Space())
	if err != nil {
		return nil, err
	}
	var found, foundTies, total int
	for _, qt := range queries[:nRecall] {
		v, err := emb.Embed(ctx, []string{qt})
		if err != nil {
			return nil, err
		}
		approx, err := be.Retrieval.Vector(ctx, space, v[0], retrieval.Filter{}, 10)
		if err != nil {
			return nil, err
		}
		exact, err := be.Bench.ExactVector(ctx, space, v[0], 10)
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
