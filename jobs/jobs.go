// Package jobs holds Assay's durable background jobs, for River over any of
// its drivers: PostgreSQL (postgres.Queue) or SQLite (sqlite.Queue). A job
// is inserted in the transaction that makes it needed.
package jobs

import (
	"context"
	"log/slog"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/rivermigrate"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/errs"
)

// DraftArgs is the drafting job: one per answer, never two at once for the
// same answer (River's uniqueness by arguments).
type DraftArgs struct {
	AnswerID assessor.AnswerID `json:"answer_id"`
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

// Queue is the drafting queue on a backend's own database (postgres.Queue,
// sqlite.Queue). The backend's assessor store inserts a drafting job in the
// transaction that stores its answer; workers are made separately, since
// they need the service that drafts.
type Queue interface {
	// Workers returns workers that draft with svc, not yet started.
	Workers(svc *assessor.Service, opts Options) (Runner, error)
	// DraftJob returns the state of an answer's drafting job ("" when it
	// has none) and its last error.
	DraftJob(ctx context.Context, answerID assessor.AnswerID) (state, lastError string, err error)
}

// Runner works jobs between Start and Stop; Stop waits for running jobs.
type Runner interface {
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
}

// Options shape a queue's workers.
type Options struct {
	// Workers is how many drafting jobs run at once in this process (default 4).
	Workers int
	// PollInterval is how often idle workers look for jobs (default 1 s).
	PollInterval time.Duration
}

// NewInserter returns an insert-only River client on driver: the one a
// store enqueues with, made before any service exists.
func NewInserter[TTx any](driver riverdriver.Driver[TTx], log *slog.Logger) (*river.Client[TTx], error) {
	c, err := river.NewClient(driver, &river.Config{Logger: Quiet(log), MaxAttempts: DefaultDraftAttempts})
	return c, errs.Wrap("jobs.NewInserter", errs.Internal, err, "job queue")
}

// NewWorkers returns a River client on driver whose workers draft with
// svc, not yet started.
func NewWorkers[TTx any](driver riverdriver.Driver[TTx], svc *assessor.Service, opts Options, log *slog.Logger) (Runner, error) {
	workers := river.NewWorkers()
	if err := river.AddWorkerSafely(workers, &draftWorker{svc: svc}); err != nil {
		return nil, errs.Wrap("jobs.NewWorkers", errs.Internal, err, "registering workers")
	}
	cfg := &river.Config{Logger: Quiet(log), MaxAttempts: DefaultDraftAttempts, Workers: workers}
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
	c, err := river.NewClient(driver, cfg)
	if err != nil {
		return nil, errs.Wrap("jobs.NewWorkers", errs.Internal, err, "job queue")
	}
	return c, nil
}

// Migrate creates or upgrades River's tables through driver; it returns
// how many versions it applied.
func Migrate[TTx any](ctx context.Context, driver riverdriver.Driver[TTx], log *slog.Logger) (int, error) {
	m, err := rivermigrate.New(driver, &rivermigrate.Config{Logger: Quiet(log)})
	if err != nil {
		return 0, errs.Wrap("jobs.Migrate", errs.Internal, err, "job queue migrations")
	}
	res, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil)
	if err != nil {
		return 0, errs.Wrap("jobs.Migrate", errs.Internal, err, "job queue migrations")
	}
	return len(res.Versions), nil
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
