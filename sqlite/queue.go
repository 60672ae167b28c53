package sqlite

import (
	"context"
	"database/sql"
	"log/slog"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/jobs"
)

// Queue is the durable job queue in the store file: River's SQLite
// driver, so a job is inserted in the transaction that stores its answer.
type Queue struct {
	Client *river.Client[*sql.Tx]
	db     *DB
}

// NewQueue returns a queue whose workers draft with svc; River's tables
// are created in the file on first use.
func NewQueue(ctx context.Context, db *DB, svc *assessor.Service, opts jobs.Options, log *slog.Logger) (*Queue, error) {
	m, err := rivermigrate.New(riversqlite.New(db.SQL), &rivermigrate.Config{Logger: jobs.Quiet(log)})
	if err != nil {
		return nil, errs.Wrap("sqlite.NewQueue", errs.Internal, err, "job queue migrations")
	}
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return nil, errs.Wrap("sqlite.NewQueue", errs.Internal, err, "job queue migrations")
	}
	cfg, err := jobs.Config(svc, opts, log)
	if err != nil {
		return nil, err
	}
	c, err := river.NewClient(riversqlite.New(db.SQL), cfg)
	if err != nil {
		return nil, errs.Wrap("sqlite.NewQueue", errs.Internal, err, "job queue")
	}
	return &Queue{Client: c, db: db}, nil
}

// Start starts the queue's workers (see river.Client.Start).
func (q *Queue) Start(ctx context.Context) error { return q.Client.Start(ctx) }

// Stop waits for running jobs and stops the workers.
func (q *Queue) Stop(ctx context.Context) error { return q.Client.Stop(ctx) }

func (q *Queue) enqueueDraft(ctx context.Context, tx *sql.Tx, answerID string, attempts int) error {
	_, err := q.Client.InsertTx(ctx, tx, jobs.DraftArgs{AnswerID: answerID}, jobs.DraftInsertOpts(attempts))
	return err
}

// JobState returns the state of an answer's drafting job ("" if none).
func (q *Queue) JobState(ctx context.Context, answerID string) (state string, lastError string, err error) {
	err = q.db.SQL.QueryRowContext(ctx, `
		SELECT state, COALESCE(json_extract(errors, '$[#-1].error'), '') FROM river_job
		WHERE kind = ? AND json_extract(args, '$.answer_id') = ? ORDER BY id DESC LIMIT 1`, jobs.DraftArgs{}.Kind(), answerID).Scan(&state, &lastError)
	if err == sql.ErrNoRows {
		return "", "", nil
	}
	return state, lastError, errs.Wrap("sqlite.JobState", errs.Unavailable, err, "query")
}
