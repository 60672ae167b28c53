package cli_test

import (
	"encoding/json"
	"testing"

	"github.com/assay-dev/assay/postgres"
)

// bench search reports ingest and search figures on either store, over
// the corpus it was asked for.
func TestBenchSearch(t *testing.T) {
	t.Parallel()
	run := setup(t, nil)
	for _, store := range []string{"postgres", "sqlite"} {
		code, out, stderr := run("bench", "search", "--store", store, "--chunks", "300", "--queries", "10", "--recall-queries", "5", "--json")
		if code != 0 {
			t.Fatalf("%s: exit %d\n%s", store, code, stderr)
		}
		var res struct {
			Chunks   int     `json:"chunks"`
			Queries  int     `json:"queries"`
			Store    string  `json:"store"`
			Embedder string  `json:"embedder"`
			PerS     float64 `json:"ingest_chunks_per_s"`
			Recall   float64 `json:"hnsw_recall@10"`
			Hybrid   struct {
				P50, P95 float64
			} `json:"hybrid_ms"`
			M        int `json:"m"`
			EfC      int `json:"ef_construction"`
			Ef       int `json:"ef_search"`
			Filtered struct {
				P50, P95 float64
			} `json:"hybrid_filtered_ms"`
		}
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatalf("%s: not JSON: %v\n%s", store, err, out)
		}
		if res.Store != store || res.Chunks < 300 || res.Queries != 10 || res.Embedder == "" || res.PerS <= 0 {
			t.Errorf("%s: %+v", store, res)
		}
		// The HNSW shape reported is the one the store builds and searches with.
		if store == "postgres" && (res.M != postgres.DefaultM || res.EfC != postgres.DefaultEfConstruction || res.Ef != postgres.DefaultEfSearch) {
			t.Errorf("HNSW reported as m %d, ef_construction %d, ef_search %d; want the defaults", res.M, res.EfC, res.Ef)
		}
		if res.Hybrid.P50 <= 0 || res.Hybrid.P95 < res.Hybrid.P50 || res.Filtered.P50 <= 0 || res.Recall <= 0 || res.Recall > 1 {
			t.Errorf("%s: latencies or recall out of range: %+v", store, res)
		}
	}
}

// bench digest seeds ratings through the store and computes the digest
// over them, on either store.
func TestBenchDigest(t *testing.T) {
	t.Parallel()
	for _, db := range []string{"", "sqlite:" + t.TempDir() + "/assay.db"} {
		env := map[string]string{}
		if db != "" {
			env["DATABASE_URL"] = db
		}
		code, out, stderr := setup(t, env)("bench", "digest", "--controls", "60", "--answers", "300", "--runs", "2", "--json")
		if code != 0 {
			t.Fatalf("%s: exit %d\n%s", db, code, stderr)
		}
		var res struct {
			Controls int `json:"controls"`
			Rated    int `json:"rated_controls"`
			Seconds  struct {
				P50 float64 `json:"p50"`
			} `json:"compute_seconds"`
		}
		if err := json.Unmarshal([]byte(out), &res); err != nil || res.Controls != 60 || res.Rated != 60 || res.Seconds.P50 <= 0 {
			t.Errorf("%s: %+v %v\n%s", db, res, err, out)
		}
	}
}
