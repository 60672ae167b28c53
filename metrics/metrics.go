// Package metrics exposes Assay's state and activity in Prometheus's
// format. State (check-ins, drafts, the job queue) is read from the
// database at scrape time, so every replica reports the same numbers;
// activity (Slack calls, model calls, sends) is counted per process.
package metrics

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
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

// New registers Assay's metrics; pool, if set, backs the state gauges
// (the embedded store has none yet).
func New(pool *pgxpool.Pool, log *slog.Logger) *Metrics {
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
	if pool != nil {
		r.MustRegister(&state{pool: pool, log: log})
	}
	return m
}

// Handler serves /metrics.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{})
}

var (
	checkinsDesc = prometheus.NewDesc("assay_checkins", "Check-ins by status.", []string{"status"}, nil)
	overdueDesc  = prometheus.NewDesc("assay_checkins_overdue", "Check-ins sent more than three days ago and still unanswered.", nil, nil)
	draftsDesc   = prometheus.NewDesc("assay_drafts", "Drafts by status.", []string{"status"}, nil)
	tokensDesc   = prometheus.NewDesc("assay_llm_tokens", "Model tokens spent on stored drafts.", []string{"kind"}, nil)
	jobsDesc     = prometheus.NewDesc("assay_jobs", "Job queue depth by state.", []string{"state"}, nil)
	scrapeDesc   = prometheus.NewDesc("assay_state_scrape_ok", "1 if the database answered the state queries.", nil, nil)
)

// state reads the installation's state from the database.
type state struct {
	pool *pgxpool.Pool
	log  *slog.Logger
}

func (s *state) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{checkinsDesc, overdueDesc, draftsDesc, tokensDesc, jobsDesc, scrapeDesc} {
		ch <- d
	}
}

func (s *state) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	ok := 1.0
	grouped := func(desc *prometheus.Desc, sql string) {
		rows, err := s.pool.Query(ctx, sql)
		if err != nil {
			ok = 0
			s.log.Warn("metrics query failed", "err", err)
			return
		}
		defer rows.Close()
		for rows.Next() {
			var label string
			var n float64
			if err := rows.Scan(&label, &n); err != nil {
				ok = 0
				return
			}
			ch <- prometheus.MustNewConstMetric(desc, prometheus.GaugeValue, n, label)
		}
	}
	grouped(checkinsDesc, `SELECT status, count(*)::float8 FROM checkins GROUP BY status`)
	grouped(draftsDesc, `SELECT status, count(*)::float8 FROM drafts GROUP BY status`)
	grouped(tokensDesc, `SELECT k, v::float8 FROM (SELECT 'prompt' AS k, COALESCE(sum(prompt_tokens), 0) AS v FROM drafts
		UNION ALL SELECT 'completion', COALESCE(sum(completion_tokens), 0) FROM drafts) x`)
	grouped(jobsDesc, `SELECT state::text, count(*)::float8 FROM river_job GROUP BY state`)
	var overdue float64
	if err := s.pool.QueryRow(ctx, `SELECT count(*)::float8 FROM checkins WHERE status IN ('open', 'snoozed') AND sent_at < now() - interval '72 hours'`).Scan(&overdue); err != nil {
		ok = 0
	} else {
		ch <- prometheus.MustNewConstMetric(overdueDesc, prometheus.GaugeValue, overdue)
	}
	ch <- prometheus.MustNewConstMetric(scrapeDesc, prometheus.GaugeValue, ok)
}
