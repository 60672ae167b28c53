package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riversqlite"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/jobs"
)

// Queue is the durable job queue in the store file: River's SQLite
// driver, so a job is inserted in the transaction that stores its answer.
// Workers makes the clients that work the jobs.
type Queue struct {
	db      *DB
	inserts *river.Client[*sql.Tx]
}

var _ jobs.Queue = (*Queue)(nil)

// NewQueue returns the queue in db's file, able to insert jobs at once.
func NewQueue(db *DB) (*Queue, error) {
	c, err := jobs.NewInserter(riversqlite.New(db.SQL), db.Log)
	return &Queue{db: db, inserts: c}, err
}

// Workers implements jobs.Queue.
func (q *Queue) Workers(svc *assessor.Service, opts jobs.Options) (jobs.Runner, error) {
	return jobs.NewWorkers(riversqlite.New(q.db.SQL), svc, opts, q.db.Log)
}

func (q *Queue) enqueueDraft(ctx context.Context, tx *sql.Tx, answerID assessor.AnswerID, attempts int) error {
	_, err := q.inserts.InsertTx(ctx, tx, jobs.DraftArgs{AnswerID: answerID}, jobs.DraftInsertOpts(attempts))
	return err
}

// enqueueAnnounce inserts the job that announces a decision, due by the
// wall clock (the queue's, not the store's clock for records).
func (q *Queue) enqueueAnnounce(ctx context.Context, tx *sql.Tx, draftID assessor.DraftID) error {
	_, err := q.inserts.InsertTx(ctx, tx, jobs.AnnounceArgs{DraftID: draftID}, jobs.AnnounceInsertOpts(time.Now()))
	return err
}

// DraftJob implements jobs.Queue.
func (q *Queue) DraftJob(ctx context.Context, answerID assessor.AnswerID) (state string, lastError string, err error) {
	err = q.db.SQL.QueryRowContext(ctx, `
		SELECT state, COALESCE(json_extract(errors, '$[#-1].error'), '') FROM river_job
		WHERE kind = ? AND json_extract(args, '$.answer_id') = ? ORDER BY id DESC LIMIT 1`, jobs.DraftArgs{}.Kind(), string(answerID)).Scan(&state, &lastError)
	if err == sql.ErrNoRows {
		return "", "", nil
	}
	return state, lastError, errs.Wrap("sqlite.DraftJob", errs.Unavailable, err, "query")
}

// PendingEffects implements jobs.Queue.
func (q *Queue) PendingEffects(ctx context.Context) ([]bot.Effect, error) {
	rows, err := q.db.SQL.QueryContext(ctx, `SELECT json_extract(args, '$.effect') FROM river_job
		WHERE kind = ? AND state NOT IN ('completed', 'cancelled', 'discarded') ORDER BY id`, jobs.EffectArgs{}.Kind())
	if err != nil {
		return nil, errs.Wrap("sqlite.PendingEffects", errs.Unavailable, err, "query")
	}
	defer rows.Close()
	var out []bot.Effect
	for rows.Next() {
		var raw string
		if err := rows.Scan(&raw); err != nil {
			return nil, errs.Wrap("sqlite.PendingEffects", errs.Unavailable, err, "query")
		}
		var e bot.Effect
		if err := json.Unmarshal([]byte(raw), &e); err != nil {
			return nil, errs.Wrap("sqlite.PendingEffects", errs.Internal, err, "a chat effect's job")
		}
		out = append(out, e)
	}
	return out, errs.Wrap("sqlite.PendingEffects", errs.Unavailable, rows.Err(), "query")
}
