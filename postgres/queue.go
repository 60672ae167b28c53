package postgres

import (
	"context"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"

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

type draftWorker struct {
	river.WorkerDefaults[DraftArgs]
	svc *assessor.Service
}

func (w *draftWorker) Work(ctx context.Context, job *river.Job[DraftArgs]) error {
	_, err := w.svc.DraftAnswer(ctx, job.Args.AnswerID, job.Attempt >= job.MaxAttempts)
	return err
}

func (w *draftWorker) Timeout(*river.Job[DraftArgs]) time.Duration { return 10 * time.Minute }

// Queue is Assay's durable job queue: River on the same PostgreSQL
// database, so a job is enqueued in the transaction that makes it needed.
type Queue struct {
	Client *river.Client[pgx.Tx]
}

// QueueOptions shape a queue.
type QueueOptions struct {
	// Workers is how many drafting jobs run at once in this process
	// (default 4); 0 with Insert set makes an insert-only queue.
	Workers int
	// InsertOnly queues jobs without ever working them here.
	InsertOnly bool
	// PollInterval is how often idle workers look for jobs (default 1 s).
	PollInterval time.Duration
}

// NewQueue returns a queue whose workers draft with svc.
func NewQueue(db *DB, svc *assessor.Service, opts QueueOptions, log *slog.Logger) (*Queue, error) {
	workers := river.NewWorkers()
	if err := river.AddWorkerSafely(workers, &draftWorker{svc: svc}); err != nil {
		return nil, errs.Wrap("postgres.NewQueue", errs.Internal, err, "registering workers")
	}
	cfg := &river.Config{Workers: workers, Logger: quiet(log), MaxAttempts: DefaultDraftAttempts}
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
	c, err := river.NewClient(riverpgxv5.New(db.Pool), cfg)
	if err != nil {
		return nil, errs.Wrap("postgres.NewQueue", errs.Internal, err, "job queue")
	}
	return &Queue{Client: c}, nil
}

// quiet passes River's warnings and errors on, not its chatter.
func quiet(log *slog.Logger) *slog.Logger {
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

func (q *Queue) enqueueDraft(ctx context.Context, tx pgx.Tx, answerID string, attempts int) error {
	opts := DraftArgs{}.InsertOpts()
	opts.MaxAttempts = attempts
	if opts.MaxAttempts <= 0 {
		opts.MaxAttempts = DefaultDraftAttempts
	}
	_, err := q.Client.InsertTx(ctx, tx, DraftArgs{AnswerID: answerID}, &opts)
	return err
}

// JobState returns the state of an answer's drafting job ("" if none).
func (q *Queue) JobState(ctx context.Context, db *DB, answerID string) (state string, lastError string, err error) {
	err = db.Pool.QueryRow(ctx, `
		SELECT state::text, COALESCE(errors[array_length(errors, 1)]->>'error', '') FROM river_job
		WHERE kind = $1 AND args->>'answer_id' = $2 ORDER BY id DESC LIMIT 1`, DraftArgs{}.Kind(), answerID).Scan(&state, &lastError)
	if err == pgx.ErrNoRows {
		return "", "", nil
	}
	return state, lastError, errs.Wrap("postgres.JobState", errs.Unavailable, err, "query")
}

// migrateQueue creates or upgrades River's tables in the current schema.
// Replicas starting together serialise on an advisory lock.
func (db *DB) migrateQueue(ctx context.Context) error {
	conn, err := db.Pool.Acquire(ctx)
	if err != nil {
		return errs.Wrap("postgres.Migrate", errs.Unavailable, err, "job queue migrations")
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock(hashtext('assay.migrate.river.' || current_schema()))`); err != nil {
		return errs.Wrap("postgres.Migrate", errs.Unavailable, err, "job queue migrations")
	}
	defer conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock(hashtext('assay.migrate.river.' || current_schema()))`)
	m, err := rivermigrate.New(riverpgxv5.New(db.Pool), &rivermigrate.Config{Logger: quiet(db.Log)})
	if err != nil {
		return errs.Wrap("postgres.Migrate", errs.Internal, err, "job queue migrations")
	}
	res, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil)
	if err != nil {
		return errs.Wrap("postgres.Migrate", errs.Internal, err, "job queue migrations")
	}
	if len(res.Versions) > 0 {
		db.Log.Info("job queue migrations applied", "versions", len(res.Versions))
	}
	return nil
}
