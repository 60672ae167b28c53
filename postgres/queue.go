package postgres

import (
	"context"
	"log/slog"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/jobs"
)

// DraftArgs and the rest of the drafting job live in package jobs.
type (
	DraftArgs = jobs.DraftArgs
	// QueueOptions shape a queue.
	QueueOptions = jobs.Options
)

// DraftQueue and DefaultDraftAttempts are package jobs'.
const (
	DraftQueue           = jobs.DraftQueue
	DefaultDraftAttempts = jobs.DefaultDraftAttempts
)

// Queue is Assay's durable job queue: River on the same PostgreSQL
// database, so a job is enqueued in the transaction that makes it needed.
type Queue struct {
	Client *river.Client[pgx.Tx]
	db     *DB
}

// NewQueue returns a queue whose workers draft with svc.
func NewQueue(db *DB, svc *assessor.Service, opts QueueOptions, log *slog.Logger) (*Queue, error) {
	cfg, err := jobs.Config(svc, opts, log)
	if err != nil {
		return nil, err
	}
	c, err := river.NewClient(riverpgxv5.New(db.Pool), cfg)
	if err != nil {
		return nil, errs.Wrap("postgres.NewQueue", errs.Internal, err, "job queue")
	}
	return &Queue{Client: c, db: db}, nil
}

// Start starts the queue's workers (see river.Client.Start).
func (q *Queue) Start(ctx context.Context) error { return q.Client.Start(ctx) }

// Stop waits for running jobs and stops the workers.
func (q *Queue) Stop(ctx context.Context) error { return q.Client.Stop(ctx) }

func (q *Queue) enqueueDraft(ctx context.Context, tx pgx.Tx, answerID string, attempts int) error {
	_, err := q.Client.InsertTx(ctx, tx, DraftArgs{AnswerID: answerID}, jobs.DraftInsertOpts(attempts))
	return err
}

// JobState returns the state of an answer's drafting job ("" if none).
func (q *Queue) JobState(ctx context.Context, answerID string) (state string, lastError string, err error) {
	err = q.db.Pool.QueryRow(ctx, `
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
	m, err := rivermigrate.New(riverpgxv5.New(db.Pool), &rivermigrate.Config{Logger: jobs.Quiet(db.Log)})
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
