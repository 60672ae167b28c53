// Package llmtest is an httptest server speaking the OpenAI chat
// completions wire format, scripted per call, for tests of code that runs
// the real go-openai client.
package llmtest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// Reply is one scripted answer.
type Reply struct {
	Status     int    // HTTP status; 0 means 200
	RetryAfter string // Retry-After header
	Content    string // the assistant message (with status 200)
	Raw        string // a raw body instead of a well-formed completion
	Delay      time.Duration
	Usage      openai.Usage
}

// Server records requests and answers with a script.
type Server struct {
	*httptest.Server
	mu        sync.Mutex
	requests  []openai.ChatCompletionRequest
	inFlight  int
	maxFlight int
}

// New starts a server; script gives the reply to the n-th call (from 0).
func New(t testing.TB, script func(n int, req openai.ChatCompletionRequest) Reply) *Server {
	s := &Server{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/chat/completions" && r.URL.Path != "/chat/completions" {
			http.Error(w, `{"error":{"message":"not found"}}`, http.StatusNotFound)
			return
		}
		var req openai.ChatCompletionRequest
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, `{"error":{"message":"bad request"}}`, http.StatusBadRequest)
			return
		}
		s.mu.Lock()
		n := len(s.requests)
		s.requests = append(s.requests, req)
		s.inFlight++
		s.maxFlight = max(s.maxFlight, s.inFlight)
		s.mu.Unlock()
		defer func() { s.mu.Lock(); s.inFlight--; s.mu.Unlock() }()
		rep := script(n, req)
		if rep.Delay > 0 {
			select {
			case <-time.After(rep.Delay):
			case <-r.Context().Done():
				return
			}
		}
		w.Header().Set("Content-Type", "application/json")
		if rep.RetryAfter != "" {
			w.Header().Set("Retry-After", rep.RetryAfter)
		}
		if rep.Status != 0 && rep.Status != http.StatusOK {
			w.WriteHeader(rep.Status)
			fmt.Fprintf(w, `{"error":{"message":"scripted status %d","type":"server_error"}}`, rep.Status)
			return
		}
		if rep.Raw != "" {
			w.Write([]byte(rep.Raw))
			return
		}
		usage := rep.Usage
		if usage.TotalTokens == 0 {
			usage = openai.Usage{PromptTokens: 100, CompletionTokens: 20, TotalTokens: 120}
		}
		json.NewEncoder(w).Encode(openai.ChatCompletionResponse{
			ID: fmt.Sprintf("chatcmpl-%d", n), Object: "chat.completion", Created: time.Now().Unix(), Model: req.Model,
			Choices: []openai.ChatCompletionChoice{{Index: 0, FinishReason: openai.FinishReasonStop,
				Message: openai.ChatCompletionMessage{Role: openai.ChatMessageRoleAssistant, Content: rep.Content}}},
			Usage: usage,
		})
	}))
	t.Cleanup(s.Close)
	return s
}

// URL is the base URL to give go-openai.
func (s *Server) BaseURL() string { return s.Server.URL + "/v1" }

// Requests returns the requests received so far.
func (s *Server) Requests() []openai.ChatCompletionRequest {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]openai.ChatCompletionRequest(nil), s.requests...)
}

// MaxInFlight is the most requests that were ever served at once.
func (s *Server) MaxInFlight() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.maxFlight
}
