package llm

import (
	"cmp"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/retrieval"
)

// fakeOpenAI speaks the /v1/embeddings wire format. script decides, per
// request number, what to answer; nil means a proper answer.
type fakeOpenAI struct {
	mu       sync.Mutex
	requests []int // inputs per request
	asked    []int // the "dimensions" each request asked for (0: none)
	script   func(n int, w http.ResponseWriter) bool
	dims     int
}

func (f *fakeOpenAI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/v1/embeddings" || r.Header.Get("Authorization") != "Bearer sk-test" {
		http.Error(w, `{"error":{"message":"bad path or key","type":"invalid_request_error"}}`, http.StatusUnauthorized)
		return
	}
	var req struct {
		Input      []string `json:"input"`
		Model      string   `json:"model"`
		Dimensions int      `json:"dimensions"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	f.mu.Lock()
	n := len(f.requests)
	f.requests = append(f.requests, len(req.Input))
	f.asked = append(f.asked, req.Dimensions)
	f.mu.Unlock()
	if f.script != nil && f.script(n, w) {
		return
	}
	type item struct {
		Object    string    `json:"object"`
		Index     int       `json:"index"`
		Embedding []float32 `json:"embedding"`
	}
	var data []item
	// Answer in reverse order: clients must place vectors by index.
	for i := len(req.Input) - 1; i >= 0; i-- {
		v := make([]float32, f.dims)
		v[0] = float32(len(req.Input[i])) // identifies the text
		data = append(data, item{"embedding", i, v})
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"object": "list", "data": data, "model": req.Model,
		"usage": map[string]int{"prompt_tokens": 5, "total_tokens": 5}})
}

func newTestEmbedder(t *testing.T, f *fakeOpenAI, slept *[]time.Duration) *Embedder {
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	e, err := NewEmbedder(EmbedderConfig{Model: "text-embedding-3-small", BatchSize: 4,
		Endpoint: Config{APIKey: "sk-test", BaseURL: srv.URL + "/v1", MaxRetries: 3, Sleep: func(_ context.Context, d time.Duration) error { *slept = append(*slept, d); return nil }}})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestEmbedderBatchesInOrder(t *testing.T) {
	t.Parallel()
	f := &fakeOpenAI{dims: 1536}
	var slept []time.Duration
	e := newTestEmbedder(t, f, &slept)
	texts := []string{"a", "bb", "ccc", "dddd", "eeeee", "ffffff", "g", "hh", "iii", "j"}
	vecs, err := e.Embed(context.Background(), texts)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.requests) != 3 || f.requests[0] != 4 || f.requests[2] != 2 {
		t.Errorf("requests carried %v inputs, want batches of 4, 4, 2", f.requests)
	}
	for i, v := range vecs {
		if int(v[0]) != len(texts[i]) || len(v) != 1536 {
			t.Errorf("vector %d belongs to another text (%v) or has %d dims", i, v[0], len(v))
		}
	}
	if e.Space() != (retrieval.Space{Model: "text-embedding-3-small", Dims: 1536}) {
		t.Errorf("space = %v", e.Space())
	}
}

func TestEmbedderRetries(t *testing.T) {
	t.Parallel()
	// 429 with Retry-After, then 500, then success.
	f := &fakeOpenAI{dims: 1536, script: func(n int, w http.ResponseWriter) bool {
		switch n {
		case 0:
			w.Header().Set("Retry-After", "7")
			http.Error(w, `{"error":{"message":"rate limited","type":"requests"}}`, http.StatusTooManyRequests)
			return true
		case 1:
			http.Error(w, `{"error":{"message":"boom","type":"server_error"}}`, http.StatusInternalServerError)
			return true
		}
		return false
	}}
	var slept []time.Duration
	e := newTestEmbedder(t, f, &slept)
	vecs, err := e.Embed(context.Background(), []string{"x"})
	if err != nil || len(vecs) != 1 {
		t.Fatalf("after retries: %v", err)
	}
	if len(slept) != 2 || slept[0] != 7*time.Second || slept[1] <= 0 || slept[1] > 2*time.Second {
		t.Errorf("waits = %v, want Retry-After's 7s then a short backoff", slept)
	}
}

func TestEmbedderFailures(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		script   func(n int, w http.ResponseWriter) bool
		dims     int
		kind     errs.Kind
		msg      string
		requests int
	}{
		{"always down", func(n int, w http.ResponseWriter) bool {
			http.Error(w, `{"error":{"message":"overloaded"}}`, http.StatusServiceUnavailable)
			return true
		}, 1536, errs.Unavailable, "failed", 4},
		{"bad request is not retried", func(n int, w http.ResponseWriter) bool {
			http.Error(w, `{"error":{"message":"input too long","type":"invalid_request_error"}}`, http.StatusBadRequest)
			return true
		}, 1536, errs.Invalid, "input too long", 1},
		{"wrong dimension", nil, 768, errs.Invalid, "768 dimensions", 1},
		{"garbage", func(n int, w http.ResponseWriter) bool {
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte(`{"data": [{"embedding": "nope"`))
			return true
		}, 1536, errs.Unavailable, "", 1},
	}
	for _, tt := range tests {
		f := &fakeOpenAI{dims: tt.dims, script: tt.script}
		var slept []time.Duration
		e := newTestEmbedder(t, f, &slept)
		_, err := e.Embed(context.Background(), []string{"x"})
		if errs.KindOf(err) != tt.kind || !strings.Contains(err.Error(), tt.msg) || len(f.requests) != tt.requests {
			t.Errorf("%s: err = %v (%s), %d requests; want %s containing %q after %d requests", tt.name, err, errs.KindOf(err), len(f.requests), tt.kind, tt.msg, tt.requests)
		}
		if strings.Contains(err.Error(), "sk-test") {
			t.Errorf("%s: the API key leaked into the error", tt.name)
		}
	}
}

// A model Assay knows is asked for a shorter vector only when Dims differs
// from its size; any other model's Dims declares its size and is never
// sent (servers refuse "dimensions" for models that cannot shorten).
func TestEmbedderDimensions(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		model       string
		dims, asked int
		err         string
	}{
		{"text-embedding-3-small", 0, 0, ""},
		{"text-embedding-3-small", 512, 512, ""},
		{"bge-m3", 1024, 0, ""},
		{"bge-m3", 0, 0, "set ASSAY_EMBED_DIMS"},
	} {
		f := &fakeOpenAI{dims: cmp.Or(tt.dims, 1536)}
		srv := httptest.NewServer(f)
		e, err := NewEmbedder(EmbedderConfig{Endpoint: Config{APIKey: "sk-test", BaseURL: srv.URL + "/v1"}, Model: tt.model, Dims: tt.dims})
		if tt.err != "" {
			if errs.KindOf(err) != errs.Invalid || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%s without dims: %v, want Invalid saying %q", tt.model, err, tt.err)
			}
			srv.Close()
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		vecs, err := e.Embed(context.Background(), []string{"x"})
		srv.Close()
		if err != nil || len(f.asked) != 1 || f.asked[0] != tt.asked || len(vecs[0]) != e.Space().Dims {
			t.Errorf("%s dims %d: err %v, asked for %v, want %d; got %d of %d", tt.model, tt.dims, err, f.asked, tt.asked, len(vecs[0]), e.Space().Dims)
		}
	}
}
