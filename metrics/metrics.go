// Package metrics exposes Assay's state and activity in Prometheus's
// format. State (check-ins, drafts, the job queue) is read from the store
// at scrape time through StateReader (the postgres and sqlite backends), so
// every replica reports the same numbers; activity (Slack calls, model
// calls, sends) is counted per process.
package metrics

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"log/slog"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/assay-dev/assay/errs"
)

// Metrics holds the process's counters and its registry.
type Metrics struct {
	Registry      *prometheus.Registry
	SlackCalls    *prometheus.CounterVec // method, outcome: ok, error, rate_limited
	LLMSeconds    prometheus.Histogram
	LLMErrors     prometheus.Counter
	CheckinsSent  prometheus.Counter
	RemindersSent prometheus.Counter
	Escalations   prometheus.Counter
}

// State is the installation's state at one moment: counts read from its
// store at scrape time.
type State struct {
	Checkins map[string]int // by status
	// Overdue counts unanswered check-ins past the program's reminder
	// delay (reminded at least once).
	Overdue int
	Drafts  map[string]int // by status
	// PromptTokens and CompletionTokens are spent on stored drafts.
	PromptTokens, CompletionTokens int64
	Jobs                           map[string]int // the job queue, by state
}

// DecodeCounts fills the by-label counts from JSON objects of label to
// count (checkins, drafts and jobs, in that order), as the backends' state
// queries build them. Errors: errs.Internal for JSON that is not such an
// object.
func (s *State) DecodeCounts(checkins, drafts, jobs []byte) error {
	for _, x := range []struct {
		raw []byte
		dst *map[string]int
	}{{checkins, &s.Checkins}, {drafts, &s.Drafts}, {jobs, &s.Jobs}} {
		if err := json.Unmarshal(x.raw, x.dst); err != nil {
			return errs.Wrap("metrics.DecodeCounts", errs.Internal, err, "decoding counts")
		}
	}
	return nil
}

// StateReader reads the installation's state (postgres and sqlite
// backends implement it).
type StateReader interface {
	ReadState(ctx context.Context) (State, error)
}

// New registers Assay's metrics; state, if set, backs the state gauges.
func New(state StateReader, log *slog.Logger) *Metrics {
	r := prometheus.NewRegistry()
	m := &Metrics{
		Registry: r,
		SlackCalls: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "assay_slack_api_calls_total",
			Help: "Slack Web API calls by method and outcome (ok, error, rate_limited)."}, []string{"method", "outcome"}),
		LLMSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "assay_llm_request_seconds",
			Help: "Latency of chat-model calls that draft ratings.", Buckets: prometheus.ExponentialBuckets(0.25, 2, 9)}),
		LLMErrors:     prometheus.NewCounter(prometheus.CounterOpts{Name: "assay_llm_errors_total", Help: "Chat-model calls that failed after retries."}),
		CheckinsSent:  prometheus.NewCounter(prometheus.CounterOpts{Name: "assay_checkins_sent_total", Help: "Check-ins this process sent."}),
		RemindersSent: prometheus.NewCounter(prometheus.CounterOpts{Name: "assay_reminders_sent_total", Help: "Reminders this process sent."}),
		Escalations:   prometheus.NewCounter(prometheus.CounterOpts{Name: "assay_escalations_total", Help: "Unanswered check-ins this process escalated to the leads."}),
	}
	r.MustRegister(m.SlackCalls, m.LLMSeconds, m.LLMErrors, m.CheckinsSent, m.RemindersSent, m.Escalations,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if state != nil {
		r.MustRegister(&stateCollector{state: state, log: log})
	}
	return m
}

// Handler serves /metrics; with a token, only to requests that present
// it as a bearer token (401 otherwise).
func (m *Metrics) Handler(token string) http.Handler {
	h := promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{})
	if token == "" {
		return h
	}
	want := []byte("Bearer " + token)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if subtle.ConstantTimeCompare([]byte(r.Header.Get("Authorization")), want) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="assay metrics"`)
			http.Error(w, "a bearer token is required", http.StatusUnauthorized)
			return
		}
		h.ServeHTTP(w, r)
	})
}

var (
	checkinsDesc = prometheus.NewDesc("assay_checkins", "Check-ins by status.", []string{"status"}, nil)
	overdueDesc  = prometheus.NewDesc("assay_checkins_overdue", "Unanswered check-ins past the program's reminder delay (reminded at least once).", nil, nil)
	draftsDesc   = prometheus.NewDesc("assay_drafts", "Drafts by status.", []string{"status"}, nil)
	tokensDesc   = prometheus.NewDesc("assay_llm_tokens", "Model tokens spent on stored drafts.", []string{"kind"}, nil)
	jobsDesc     = prometheus.NewDesc("assay_jobs", "Job queue depth by state.", []string{"state"}, nil)
	scrapeDesc   = prometheus.NewDesc("assay_state_scrape_ok", "1 if the database answered the state queries.", nil, nil)
)

// stateCollector reports the installation's state as gauges.
type stateCollector struct {
	state StateReader
	log   *slog.Logger
}

func (s *stateCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{checkinsDesc, overdueDesc, draftsDesc, tokensDesc, jobsDesc, scrapeDesc} {
		ch <- d
	}
}

func (s *stateCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	st, err := s.state.ReadState(ctx)
	if err != nil {
		s.log.Warn("reading the state for /metrics failed", "err", err)
		ch <- prometheus.MustNewConstMetric(scrapeDesc, prometheus.GaugeValue, 0)
		return
	}
	labelled := func(desc *prometheus.Desc, by map[string]int) {
		for label, n := range by {
			ch <- prometheus.MustNewConstMetric(desc, prometheus.GaugeValue, float64(n), label)
		}
	}
	labelled(checkinsDesc, st.Checkins)
	labelled(draftsDesc, st.Drafts)
	labelled(jobsDesc, st.Jobs)
	ch <- prometheus.MustNewConstMetric(tokensDesc, prometheus.GaugeValue, float64(st.PromptTokens), "prompt")
	ch <- prometheus.MustNewConstMetric(tokensDesc, prometheus.GaugeValue, float64(st.CompletionTokens), "completion")
	ch <- prometheus.MustNewConstMetric(overdueDesc, prometheus.GaugeValue, float64(st.Overdue))
	ch <- prometheus.MustNewConstMetric(scrapeDesc, prometheus.GaugeValue, 1)
}
