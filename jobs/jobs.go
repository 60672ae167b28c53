// Package jobs holds Assay's durable background jobs, for River over any of
// its drivers: PostgreSQL (postgres.Queue) or SQLite (sqlite.Queue). A job
// is inserted in the transaction that makes it needed.
package jobs

import (
	"cmp"
	"context"
	"log/slog"
	"math/rand/v2"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/rivermigrate"
	"github.com/riverqueue/river/rivertype"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/bot"
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
	svc     *assessor.Service
	timeout time.Duration
}

func (w *draftWorker) Work(ctx context.Context, job *river.Job[DraftArgs]) error {
	_, err := w.svc.DraftAnswer(ctx, job.Args.AnswerID, job.Attempt >= job.MaxAttempts)
	return err
}

func (w *draftWorker) Timeout(*river.Job[DraftArgs]) time.Duration { return w.timeout }

// AnnounceArgs is the job that tells the chat about a decision: the
// review card updated, the owner told, App Home refreshed. The store
// inserts it in the transaction that stores the decision, so a decision
// is never stored without it; it waits AnnounceDelay, for the deciding
// request to announce at once, and is retried until the chat answers.
// Announcing is idempotent: whatever the first try did is not done again.
type AnnounceArgs struct {
	DraftID assessor.DraftID `json:"draft_id"`
}

// Kind implements river.JobArgs.
func (AnnounceArgs) Kind() string { return "announce_decision" }

// ChatQueue is the River queue chat effects run on; only processes that
// chat (serve) work it.
const ChatQueue = "chat"

// AnnounceDelay is how long an announcement job waits before its first try.
const AnnounceDelay = 15 * time.Second

// AnnounceAttempts bounds an announcement's tries: at most half a minute
// apart, about a day and a half of a chat that does not answer.
const AnnounceAttempts = 5000

// AnnounceInsertOpts are an announcement's insert options.
func AnnounceInsertOpts(now time.Time) *river.InsertOpts {
	return &river.InsertOpts{Queue: ChatQueue, MaxAttempts: AnnounceAttempts, ScheduledAt: now.Add(AnnounceDelay),
		UniqueOpts: river.UniqueOpts{ByArgs: true}}
}

type announceWorker struct {
	river.WorkerDefaults[AnnounceArgs]
	announce func(context.Context, assessor.DraftID) error
	timeout  time.Duration
}

func (w *announceWorker) Work(ctx context.Context, job *river.Job[AnnounceArgs]) error {
	return w.announce(ctx, job.Args.DraftID)
}

func (w *announceWorker) Timeout(*river.Job[AnnounceArgs]) time.Duration { return w.timeout }

// EffectArgs is the job that shows the chat a stored check-in change: the
// card rewritten, a lead asked to confirm "not applicable", the owner told
// of the answer, a delegate asked (bot.Effect). The chat store inserts it
// in the transaction that stores the change; like an announcement it waits
// AnnounceDelay, for the acting request to show it at once, and is retried
// until the chat answers. Effects are idempotent: a post made once under
// the effect's key is never made again.
type EffectArgs struct {
	Effect bot.Effect `json:"effect"`
}

// Kind implements river.JobArgs.
func (EffectArgs) Kind() string { return "chat_effect" }

// EffectInsertOpts are a chat effect's insert options.
func EffectInsertOpts(now time.Time) *river.InsertOpts {
	return &river.InsertOpts{Queue: ChatQueue, MaxAttempts: AnnounceAttempts, ScheduledAt: now.Add(AnnounceDelay)}
}

type effectWorker struct {
	river.WorkerDefaults[EffectArgs]
	effect  func(context.Context, bot.Effect) error
	timeout time.Duration
}

func (w *effectWorker) Work(ctx context.Context, job *river.Job[EffectArgs]) error {
	return w.effect(ctx, job.Args.Effect)
}

func (w *effectWorker) Timeout(*river.Job[EffectArgs]) time.Duration { return w.timeout }

// retryPolicy retries drafting as River does (attempt⁴ seconds), and chat
// effects sooner and steadily: twice as long each time, at most half a
// minute, so that once the chat is back it hears within a minute.
type retryPolicy struct{ river.DefaultClientRetryPolicy }

func (p retryPolicy) NextRetry(job *rivertype.JobRow) time.Time {
	if job.Queue != ChatQueue {
		return p.DefaultClientRetryPolicy.NextRetry(job)
	}
	wait := 30 * time.Second
	if n := len(job.Errors); n < 5 {
		wait = time.Second << n
	}
	jitter := time.Duration(rand.Int64N(int64(wait / 10)))
	return time.Now().Add(wait - jitter)
}

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
	// PendingEffects lists the chat effects whose jobs have not finished,
	// oldest first.
	PendingEffects(ctx context.Context) ([]bot.Effect, error)
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
	// RescueAfter is how long a job may stay running before it is taken
	// for stuck (its process died) and run again (default DefaultRescueAfter);
	// jobs time out a quarter sooner.
	RescueAfter time.Duration
	// Announce, if set, works announcement jobs (AnnounceArgs) here: what
	// a process that chats sets.
	Announce func(ctx context.Context, draftID assessor.DraftID) error
	// Effect, set with Announce, works chat effects (EffectArgs) here.
	Effect func(ctx context.Context, e bot.Effect) error
}

// DefaultRescueAfter is Options.RescueAfter's default.
const DefaultRescueAfter = 2 * time.Minute

// NewInserter returns an insert-only River client on driver: the one a
// store enqueues with, made before any service exists.
func NewInserter[TTx any](driver riverdriver.Driver[TTx], log *slog.Logger) (*river.Client[TTx], error) {
	c, err := river.NewClient(driver, &river.Config{Logger: Quiet(log), MaxAttempts: DefaultDraftAttempts})
	return c, errs.Wrap("jobs.NewInserter", errs.Internal, err, "job queue")
}

// NewWorkers returns a River client on driver whose workers draft with
// svc, not yet started.
func NewWorkers[TTx any](driver riverdriver.Driver[TTx], svc *assessor.Service, opts Options, log *slog.Logger) (Runner, error) {
	rescue := cmp.Or(opts.RescueAfter, DefaultRescueAfter)
	timeout := rescue * 3 / 4
	workers := river.NewWorkers()
	if err := river.AddWorkerSafely(workers, &draftWorker{svc: svc, timeout: timeout}); err != nil {
		return nil, errs.Wrap("jobs.NewWorkers", errs.Internal, err, "registering workers")
	}
	cfg := &river.Config{Logger: Quiet(log), MaxAttempts: DefaultDraftAttempts, Workers: workers,
		RescueStuckJobsAfter: rescue, JobTimeout: timeout, RetryPolicy: retryPolicy{}}
	n := opts.Workers
	if n <= 0 {
		n = 4
	}
	cfg.Queues = map[string]river.QueueConfig{DraftQueue: {MaxWorkers: n}}
	if opts.Announce != nil {
		if err := river.AddWorkerSafely(workers, &announceWorker{announce: opts.Announce, timeout: timeout}); err != nil {
			return nil, errs.Wrap("jobs.NewWorkers", errs.Internal, err, "registering workers")
		}
		cfg.Queues[ChatQueue] = river.QueueConfig{MaxWorkers: 2}
	}
	if opts.Effect != nil {
		if err := river.AddWorkerSafely(workers, &effectWorker{effect: opts.Effect, timeout: timeout}); err != nil {
			return nil, errs.Wrap("jobs.NewWorkers", errs.Internal, err, "registering workers")
		}
		cfg.Queues[ChatQueue] = river.QueueConfig{MaxWorkers: 2}
	}
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
