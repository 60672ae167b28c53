// Package metrics exposes Assay's state and activity in Prometheus's
// format. State (check-ins, drafts, the job queue) is read from the
// database at scrape time, so every replica reports the same numbers;
// activity (Slack calls, model calls, sends) is counted per process.
package metrics

import (
	"context"
	"database/sql"
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

// Rows answers a state query with (label, value) pairs; PG and SQL adapt
// PostgreSQL's pool and database/sql (the embedded store) to it.
type Rows func(ctx context.Context, sql string) ([]Row, error)

// Row is one (label, value) pair.
type Row struct {
	Label string
	Value float64
}

// PG reads state from PostgreSQL.
func PG(pool *pgxpool.Pool) Rows {
	return func(ctx context.Context, q string) ([]Row, error) {
		rows, err := pool.Query(ctx, q)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		return scan(rows)
	}
}

// SQL reads state through database/sql (the embedded store).
func SQL(db *sql.DB) Rows {
	return func(ctx context.Context, q string) ([]Row, error) {
		rows, err := db.QueryContext(ctx, q)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		return scan(rows)
	}
}

// rowScanner is what pgx's and database/sql's result sets share.
type rowScanner interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
}

// scan reads (label, value) pairs until the result set ends.
func scan(rows rowScanner) ([]Row, error) {
	var out []Row
	for rows.Next() {
		var r Row
		if err := rows.Scan(&r.Label, &r.Value); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// New registers Assay's metrics; state, if set, backs the state gauges.
func New(state Rows, log *slog.Logger) *Metrics {
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
		r.MustRegister(&stateCollector{rows: state, log: log})
	}
	return m
}

// Handler serves /metrics.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{})
}

var (
	checkinsDesc = prometheus.NewDesc("assay_checkins", "Check-ins by status.", []string{"status"}, nil)
	overdueDesc  = prometheus.NewDesc("assay_checkins_overdue", "Unanswered check-ins past the program's reminder delay (reminded at least once).", nil, nil)
	draftsDesc   = prometheus.NewDesc("assay_drafts", "Drafts by status.", []string{"status"}, nil)
	tokensDesc   = prometheus.NewDesc("assay_llm_tokens", "Model tokens spent on stored drafts.", []string{"kind"}, nil)
	jobsDesc     = prometheus.NewDesc("assay_jobs", "Job queue depth by state.", []string{"state"}, nil)
	scrapeDesc   = prometheus.NewDesc("assay_state_scrape_ok", "1 if the database answered the state queries.", nil, nil)
)

// stateCollector reads the installation's state from the database, with
// queries both backends answer.
type stateCollector struct {
	rows Rows
	log  *slog.Logger
}

func (s *stateCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{checkinsDesc, overdueDesc, draftsDesc, tokensDesc, jobsDesc, scrapeDesc} {
		ch <- d
	}
}

func (s *stateCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	ok := 1.0
	// gauge reads one gauge: (label, value) rows for a labelled one, a
	// single ('', value) row otherwise.
	gauge := func(desc *prometheus.Desc, labelled bool, q string) {
		rows, err := s.rows(ctx, q)
		if err != nil {
			ok = 0
			s.log.Warn("metrics query failed", "err", err)
			return
		}
		for _, r := range rows {
			var labels []string
			if labelled {
				labels = []string{r.Label}
			}
			ch <- prometheus.MustNewConstMetric(desc, prometheus.GaugeValue, r.Value, labels...)
		}
	}
	gauge(checkinsDesc, true, `SELECT status, CAST(count(*) AS REAL) FROM checkins GROUP BY status`)
	gauge(draftsDesc, true, `SELECT status, CAST(count(*) AS REAL) FROM drafts GROUP BY status`)
	gauge(tokensDesc, true, `SELECT 'prompt', CAST(COALESCE(sum(prompt_tokens), 0) AS REAL) FROM drafts
		UNION ALL SELECT 'completion', CAST(COALESCE(sum(completion_tokens), 0) AS REAL) FROM drafts`)
	gauge(jobsDesc, true, `SELECT CAST(state AS TEXT), CAST(count(*) AS REAL) FROM river_job GROUP BY state`)
	// Overdue: unanswered past the program's reminder delay, i.e. nudged.
	gauge(overdueDesc, false, `SELECT '', CAST(count(*) AS REAL) FROM checkins WHERE status IN ('open', 'snoozed') AND nudges > 0`)
	ch <- prometheus.MustNewConstMetric(scrapeDesc, prometheus.GaugeValue, ok)
}
