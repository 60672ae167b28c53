// Package llm connects to any OpenAI-compatible endpoint (OpenAI, Azure,
// Ollama, vLLM) through go-openai, with retries that honour Retry-After.
package llm

import (
	"context"
	"io"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// Config names an endpoint.
type Config struct {
	APIKey  string
	BaseURL string
	// MaxRetries on 429, 5xx and transport errors (default 4).
	MaxRetries int
	// Timeout bounds one HTTP attempt (default 60 s).
	Timeout time.Duration
	// Sleep waits between attempts; tests replace it.
	Sleep func(ctx context.Context, d time.Duration) error
}

// NewClient returns a go-openai client whose HTTP requests are retried.
func NewClient(cfg Config) *openai.Client {
	oc := openai.DefaultConfig(cfg.APIKey)
	if cfg.BaseURL != "" {
		oc.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	}
	if cfg.MaxRetries == 0 {
		cfg.MaxRetries = 4
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 60 * time.Second
	}
	if cfg.Sleep == nil {
		cfg.Sleep = sleepCtx
	}
	oc.HTTPClient = &http.Client{Transport: &Transport{Base: http.DefaultTransport, MaxRetries: cfg.MaxRetries, Timeout: cfg.Timeout, Sleep: cfg.Sleep}}
	return openai.NewClientWithConfig(oc)
}

// Transport retries requests that failed with 429, 5xx or a transport
// error, waiting as Retry-After says, else exponentially with jitter.
type Transport struct {
	Base       http.RoundTripper
	MaxRetries int
	Timeout    time.Duration
	Sleep      func(ctx context.Context, d time.Duration) error
}

// RoundTrip implements http.RoundTripper.
func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	for attempt := 0; ; attempt++ {
		r := req
		if attempt > 0 && req.GetBody != nil {
			body, err := req.GetBody()
			if err != nil {
				return nil, err
			}
			r = req.Clone(req.Context())
			r.Body = body
		}
		ctx, cancel := context.WithTimeout(req.Context(), t.Timeout)
		resp, err := t.Base.RoundTrip(r.WithContext(ctx))
		retry := err != nil || resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500
		if !retry || attempt >= t.MaxRetries || req.Context().Err() != nil {
			if err != nil {
				cancel()
				return nil, err
			}
			resp.Body = &cancelBody{resp.Body, cancel}
			return resp, nil
		}
		wait := backoff(attempt)
		if resp != nil {
			if d, ok := retryAfter(resp.Header.Get("Retry-After")); ok {
				wait = d
			}
			resp.Body.Close()
		}
		cancel()
		if err := t.Sleep(req.Context(), wait); err != nil {
			return nil, err
		}
	}
}

// cancelBody releases the attempt's timeout when the body is closed.
type cancelBody struct {
	io.ReadCloser
	cancel context.CancelFunc
}

func (b *cancelBody) Close() error { b.cancel(); return b.ReadCloser.Close() }

func backoff(attempt int) time.Duration {
	base := 500 * time.Millisecond << attempt
	if base > 20*time.Second {
		base = 20 * time.Second
	}
	return base/2 + time.Duration(rand.Int64N(int64(base/2)+1))
}

// retryAfter reads seconds or an HTTP date, capped at two minutes.
func retryAfter(v string) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	var d time.Duration
	if s, err := strconv.ParseFloat(v, 64); err == nil {
		d = time.Duration(s * float64(time.Second))
	} else if at, err := http.ParseTime(v); err == nil {
		d = time.Until(at)
	} else {
		return 0, false
	}
	return min(max(d, 0), 2*time.Minute), true
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
