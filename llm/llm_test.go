package llm

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestTransportRetriesAndHonoursRetryAfter(t *testing.T) {
	t.Parallel()
	var calls atomic.Int32
	var mu sync.Mutex
	var bodies []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		bodies = append(bodies, string(b))
		mu.Unlock()
		switch calls.Add(1) {
		case 1:
			w.Header().Set("Retry-After", "3")
			w.WriteHeader(http.StatusTooManyRequests)
		case 2:
			w.WriteHeader(http.StatusBadGateway)
		default:
			w.Write([]byte("ok"))
		}
	}))
	defer srv.Close()
	var waits []time.Duration
	tr := &Transport{Base: http.DefaultTransport, MaxRetries: 4, Timeout: 5 * time.Second,
		Sleep: func(_ context.Context, d time.Duration) error { waits = append(waits, d); return nil }}
	resp, err := (&http.Client{Transport: tr}).Post(srv.URL, "text/plain", strings.NewReader("payload"))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(body) != "ok" || calls.Load() != 3 {
		t.Errorf("body %q after %d calls", body, calls.Load())
	}
	if len(waits) != 2 || waits[0] != 3*time.Second || waits[1] <= 0 || waits[1] > 2*time.Second {
		t.Errorf("waits = %v, want 3s (Retry-After) then a short backoff", waits)
	}
	mu.Lock()
	defer mu.Unlock()
	for _, b := range bodies {
		if b != "payload" {
			t.Errorf("a retry sent body %q: the request body must be replayed", b)
		}
	}
}

func TestTransportGivesUpAndKeepsClientErrors(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		status, calls int
	}{{http.StatusServiceUnavailable, 3}, {http.StatusBadRequest, 1}} {
		var calls atomic.Int32
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			calls.Add(1)
			w.WriteHeader(tt.status)
		}))
		tr := &Transport{Base: http.DefaultTransport, MaxRetries: 2, Timeout: time.Second,
			Sleep: func(context.Context, time.Duration) error { return nil }}
		resp, err := (&http.Client{Transport: tr}).Get(srv.URL)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != tt.status || int(calls.Load()) != tt.calls {
			t.Errorf("status %d: got %d after %d calls, want %d calls", tt.status, resp.StatusCode, calls.Load(), tt.calls)
		}
		srv.Close()
	}
}

func TestRetryAfterParsing(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]time.Duration{"2": 2 * time.Second, "0.5": 500 * time.Millisecond, "9999": 2 * time.Minute, "-3": 0} {
		if got, ok := retryAfter(in); !ok || got != want {
			t.Errorf("retryAfter(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
	if _, ok := retryAfter("soon"); ok {
		t.Error("retryAfter accepted garbage")
	}
}
