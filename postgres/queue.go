package postgres

import (
	"context"
	"encoding/json"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/jobs"
)

// Queue is Assay's durable job queue: River on the same PostgreSQL
// database. The assessor store inserts a drafting job through it in the
// transaction that stores the answer; Workers makes the clients that work
// the jobs.
type Queue struct {
	db      *DB
	inserts *river.Client[pgx.Tx]
}

var _ jobs.Queue = (*Queue)(nil)

// NewQueue returns the queue on db, able to insert jobs at once.
func NewQueue(db *DB) (*Queue, error) {
	c, err := jobs.NewInserter(riverpgxv5.New(db.Pool), db.Log)
	return &Queue{db: db, inserts: c}, err
}

// Workers implements jobs.Queue.
func (q *Queue) Workers(svc *assessor.Service, opts jobs.Options) (jobs.Runner, error) {
	return jobs.NewWorkers(riverpgxv5.New(q.db.Pool), svc, opts, q.db.Log)
}

func (q *Queue) enqueueDraft(ctx context.Context, tx pgx.Tx, answerID assessor.AnswerID, attempts int) error {
	_, err := q.inserts.InsertTx(ctx, tx, jobs.DraftArgs{AnswerID: answerID}, jobs.DraftInsertOpts(attempts))
	return err
}

// enqueueAnnounce inserts the job that announces a decision, due by the
// wall clock (the queue's, not the store's clock for records).
func (q *Queue) enqueueAnnounce(ctx context.Context, tx pgx.Tx, draftID assessor.DraftID) error {
	_, err := q.inserts.InsertTx(ctx, tx, jobs.AnnounceArgs{DraftID: draftID}, jobs.AnnounceInsertOpts(time.Now()))
	return err
}

// DraftJob implements jobs.Queue.
func (q *Queue) DraftJob(ctx context.Context, answerID assessor.AnswerID) (state string, lastError string, err error) {
	err = q.db.Pool.QueryRow(ctx, `
		SELECT state::text, COALESCE(errors[array_length(errors, 1)]->>'error', '') FROM river_job
		WHERE kind = $1 AND args->>'answer_id' = $2 ORDER BY id DESC LIMIT 1`, jobs.DraftArgs{}.Kind(), string(answerID)).Scan(&state, &lastError)
	if err == pgx.ErrNoRows {
		return "", "", nil
	}
	return state, lastError, errs.Wrap("postgres.DraftJob", errs.Unavailable, err, "query")
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
	n, err := jobs.Migrate(ctx, riverpgxv5.New(db.Pool), db.Log)
	if n > 0 {
		db.Log.Info("job queue migrations applied", "versions", n)
	}
	return err
}

// PendingEffects implements jobs.Queue.
func (q *Queue) PendingEffects(ctx context.Context) ([]bot.Effect, error) {
	rows, err := q.db.Pool.Query(ctx, `SELECT args->'effect' FROM river_job
		WHERE kind = $1 AND state NOT IN ('completed', 'cancelled', 'discarded') ORDER BY id`, jobs.EffectArgs{}.Kind())
	if err != nil {
		return nil, errs.Wrap("postgres.PendingEffects", errs.Unavailable, err, "query")
	}
	defer rows.Close()
	var out []bot.Effect
	for rows.Next() {
		var raw []byte
		if err := rows.Scan(&raw); err != nil {
			return nil, errs.Wrap("postgres.PendingEffects", errs.Unavailable, err, "query")
		}
		var e bot.Effect
		if err := json.Unmarshal(raw, &e); err != nil {
			return nil, errs.Wrap("postgres.PendingEffects", errs.Internal, err, "a chat effect's job")
		}
		out = append(out, e)
	}
	return out, errs.Wrap("postgres.PendingEffects", errs.Unavailable, rows.Err(), "query")
}
