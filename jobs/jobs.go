// Package jobs holds Assay's durable background jobs, for River over any of
// its drivers: PostgreSQL (postgres.Queue) or SQLite (sqlite.Queue). A job
// is inserted in the transaction that makes it needed.
package jobs

import (
	"context"
	"log/slog"
	"time"

	"github.com/riverqueue/river"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/errs"
)

// DraftArgs is the drafting job: one per answer, never two at once for the
// same answer (River's uniqueness by arguments).
type DraftArgs struct {
	AnswerID string `json:"answer_id"`
}

// Kind implements river.JobArgs.
func (DraftArgs) Kind() string { return "draft_rating" }

// InsertOpts implements river.JobArgsWithInsertOpts.
func (DraftArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: DraftQueue, UniqueOpts: river.UniqueOpts{ByArgs: true}}
}

// DraftQueue is the River queue drafting jobs run on.
const DraftQueue = "drafts"

// DefaultDraftAttempts is how often a drafting job is tried before its
// draft is stored as failed.
const DefaultDraftAttempts = 5

// DraftInsertOpts are a drafting job's insert options with its attempts
// (0: the default).
func DraftInsertOpts(attempts int) *river.InsertOpts {
	opts := DraftArgs{}.InsertOpts()
	opts.MaxAttempts = attempts
	if opts.MaxAttempts <= 0 {
		opts.MaxAttempts = DefaultDraftAttempts
	}
	return &opts
}

type draftWorker struct {
	river.WorkerDefaults[DraftArgs]
	svc *assessor.Service
}

func (w *draftWorker) Work(ctx context.Context, job *river.Job[DraftArgs]) error {
	_, err := w.svc.DraftAnswer(ctx, job.Args.AnswerID, job.Attempt >= job.MaxAttempts)
	return err
}

func (w *draftWorker) Timeout(*river.Job[DraftArgs]) time.Duration { return 10 * time.Minute }

// Options shape a queue client.
type Options struct {
	// Workers is how many drafting jobs run at once in this process (default 4).
	Workers int
	// InsertOnly queues jobs without ever working them here.
	InsertOnly bool
	// PollInterval is how often idle workers look for jobs (default 1 s).
	PollInterval time.Duration
}

// Config returns a River client configuration whose workers draft with svc.
func Config(svc *assessor.Service, opts Options, log *slog.Logger) (*river.Config, error) {
	workers := river.NewWorkers()
	if err := river.AddWorkerSafely(workers, &draftWorker{svc: svc}); err != nil {
		return nil, errs.Wrap("jobs.Config", errs.Internal, err, "registering workers")
	}
	cfg := &river.Config{Workers: workers, Logger: Quiet(log), MaxAttempts: DefaultDraftAttempts}
	if !opts.InsertOnly {
		n := opts.Workers
		if n <= 0 {
			n = 4
		}
		cfg.Queues = map[string]river.QueueConfig{DraftQueue: {MaxWorkers: n}}
		cfg.FetchPollInterval = opts.PollInterval
		if cfg.FetchPollInterval == 0 {
			cfg.FetchPollInterval = time.Second
		}
		cfg.FetchCooldown = min(cfg.FetchPollInterval, 100*time.Millisecond)
	}
	return cfg, nil
}

// Quiet passes River's warnings and errors on, not its chatter.
func Quiet(log *slog.Logger) *slog.Logger {
	if log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return slog.New(levelFilter{log.Handler(), slog.LevelWarn})
}

type levelFilter struct {
	slog.Handler
	min slog.Level
}

func (f levelFilter) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= f.min && f.Handler.Enabled(ctx, l)
}
