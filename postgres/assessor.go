package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/jobs"
)

// AssessorStore implements assessor.Store. Answers enqueue their drafting
// job on Queue in the transaction that stores them; times come from the
// database's clock (DB.Now).
type AssessorStore struct {
	DB    *DB
	Queue *Queue
	// Anchor, when set, signs a checkpoint of every entry appended.
	Anchor *assessor.Anchor
}

var _ assessor.Store = (*AssessorStore)(nil)

// SubmitAnswer implements assessor.Store.
func (s *AssessorStore) SubmitAnswer(ctx context.Context, a *assessor.Answer, opts assessor.SubmitOptions) error {
	const op = "postgres.SubmitAnswer"
	if s.Queue == nil {
		return errs.E(op, errs.Internal, "no job queue configured")
	}
	id, created := assessor.AnswerID(uuid.NewString()), s.DB.now()
	err := s.DB.inTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `INSERT INTO answers (id, framework, ref, text, evidence, author, created_at, self_level, system, files, evidence_valid_until)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
			id, string(a.Framework), string(a.Ref), a.Text, orEmpty(a.Evidence), a.Author, created, a.SelfLevel, a.System, filesJSON(a.Files), a.ValidUntil()); err != nil {
			return err
		}
		return s.Queue.enqueueDraft(ctx, tx, id, opts.MaxAttempts)
	})
	if err != nil {
		return errs.Wrap(op, errs.Unavailable, err, "storing the answer")
	}
	a.ID, a.CreatedAt = id, created
	return nil
}

// Answer implements assessor.Store.
func (s *AssessorStore) Answer(ctx context.Context, id assessor.AnswerID) (*assessor.Answer, error) {
	a, err := scanAnswer(s.DB.Pool.QueryRow(ctx, `SELECT `+answerColumns+` FROM answers WHERE id = $1`, validUUID(id)))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, errs.E("postgres.Answer", errs.NotFound, "no answer %q", id)
	}
	if err != nil {
		return nil, errs.Wrap("postgres.Answer", errs.Unavailable, err, "query")
	}
	return a, nil
}

const answerColumns = `id, framework, ref, text, evidence, author, created_at, self_level, system, files`

func scanAnswer(row pgx.Row) (*assessor.Answer, error) {
	var a assessor.Answer
	var files []byte
	if err := row.Scan(&a.ID, &a.Framework, &a.Ref, &a.Text, &a.Evidence, &a.Author, &a.CreatedAt, &a.SelfLevel, &a.System, &files); err != nil {
		return &a, err
	}
	if err := json.Unmarshal(files, &a.Files); err != nil {
		return &a, fmt.Errorf("answer %s: evidence files: %w", a.ID, err)
	}
	if len(a.Files) == 0 {
		a.Files = nil
	}
	return &a, nil
}

// filesJSON encodes an answer's evidence files ([] for none).
func filesJSON(fs []assessor.EvidenceFile) string {
	if len(fs) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(fs)
	return string(b)
}

// validUUID maps a malformed id to the nil UUID, which matches nothing,
// so a typo reads as "not found" rather than as a database error.
func validUUID[ID ~string](id ID) string {
	if _, err := uuid.Parse(string(id)); err != nil {
		return uuid.Nil.String()
	}
	return string(id)
}

const draftColumns = `id, answer_id, proposed_from, framework, ref, scale, level, confidence, rationale, citations,
	evidence_used, gaps, next_steps, follow_up, flags, drafter, prompt_version, prompt_tokens, completion_tokens,
	status, error, created_at, final_level, decided_by, decided_at, reason, question, system`

func scanDraft(row pgx.Row) (*assessor.Draft, error) {
	var d assessor.Draft
	var answerID, proposedFrom *string
	var fw, ref, scale, status string
	var cites []byte
	if err := row.Scan(&d.ID, &answerID, &proposedFrom, &fw, &ref, &scale, &d.Level, &d.Confidence, &d.Rationale, &cites,
		&d.EvidenceUsed, &d.Gaps, &d.NextSteps, &d.FollowUp, &d.Flags, &d.Drafter, &d.Prompt, &d.Tokens.Prompt, &d.Tokens.Completion,
		&status, &d.Error, &d.CreatedAt, &d.FinalLevel, &d.DecidedBy, &d.DecidedAt, &d.Reason, &d.Question, &d.System); err != nil {
		return nil, err
	}
	if answerID != nil {
		d.AnswerID = assessor.AnswerID(*answerID)
	}
	if proposedFrom != nil {
		d.ProposedFrom = assessor.DraftID(*proposedFrom)
	}
	d.Framework, d.Ref, d.Scale, d.Status = catalogs.FrameworkID(fw), catalogs.Ref(ref), assessor.ScaleID(scale), assessor.Status(status)
	var err error
	d.Citations, err = assessor.DecodeCitations(cites)
	return &d, err
}

func nullable[T ~string](s T) *string {
	if s == "" {
		return nil
	}
	x := string(s)
	return &x
}

func orEmpty(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

// SaveDraft implements assessor.Store.
func (s *AssessorStore) SaveDraft(ctx context.Context, d *assessor.Draft, e *assessor.Entry) error {
	const op = "postgres.SaveDraft"
	id, created := assessor.DraftID(uuid.NewString()), s.DB.now()
	citeJSON := assessor.EncodeCitations(d.Citations)
	err := s.DB.inTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `
			INSERT INTO drafts (id, answer_id, proposed_from, framework, ref, scale, level, confidence, rationale, citations,
				evidence_used, gaps, next_steps, follow_up, flags, drafter, prompt_version, prompt_tokens, completion_tokens, status, error, created_at, system)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23)`,
			id, nullable(d.AnswerID), nullable(d.ProposedFrom), string(d.Framework), string(d.Ref), string(d.Scale), d.Level, d.Confidence,
			d.Rationale, citeJSON, orEmpty(d.EvidenceUsed), orEmpty(d.Gaps), orEmpty(d.NextSteps), d.FollowUp, orEmpty(d.Flags),
			d.Drafter, d.Prompt, d.Tokens.Prompt, d.Tokens.Completion, string(d.Status), d.Error, created, d.System); err != nil {
			return err
		}
		e.DraftID = id
		return s.appendAudit(ctx, tx, e, created)
	})
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		return errs.E(op, errs.Conflict, "answer %s already has a draft", d.AnswerID)
	}
	if err != nil {
		return errs.Wrap(op, errs.Unavailable, err, "storing the draft")
	}
	d.ID, d.CreatedAt = id, created
	return nil
}

// Draft implements assessor.Store.
func (s *AssessorStore) Draft(ctx context.Context, id assessor.DraftID) (*assessor.Draft, error) {
	d, err := scanDraft(s.DB.Pool.QueryRow(ctx, `SELECT `+draftColumns+` FROM drafts WHERE id = $1`, validUUID(id)))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, errs.E("postgres.Draft", errs.NotFound, "no draft %q", id)
	}
	return d, errs.Wrap("postgres.Draft", errs.Unavailable, err, "query")
}

// DraftForAnswer implements assessor.Store.
func (s *AssessorStore) DraftForAnswer(ctx context.Context, answerID assessor.AnswerID) (*assessor.Draft, bool, error) {
	d, err := scanDraft(s.DB.Pool.QueryRow(ctx, `SELECT `+draftColumns+` FROM drafts WHERE answer_id = $1`, validUUID(answerID)))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, errs.Wrap("postgres.DraftForAnswer", errs.Unavailable, err, "query")
	}
	return d, true, nil
}

// UpdateDraft implements assessor.Store.
func (s *AssessorStore) UpdateDraft(ctx context.Context, id assessor.DraftID, fn func(*assessor.Draft) (*assessor.Entry, error)) (*assessor.Draft, error) {
	const op = "postgres.UpdateDraft"
	var out *assessor.Draft
	var fnErr error
	err := s.DB.inTx(ctx, func(tx pgx.Tx) error {
		d, err := scanDraft(tx.QueryRow(ctx, `SELECT `+draftColumns+` FROM drafts WHERE id = $1 FOR UPDATE`, validUUID(id)))
		if errors.Is(err, pgx.ErrNoRows) {
			fnErr = errs.E(op, errs.NotFound, "no draft %q", id)
			return fnErr
		}
		if err != nil {
			return err
		}
		e, err := fn(d)
		if err != nil {
			fnErr = err
			return err
		}
		if _, err := tx.Exec(ctx, `
			UPDATE drafts SET status = $2, final_level = $3, decided_by = $4, decided_at = $5, reason = $6, question = $7
			WHERE id = $1`, d.ID, string(d.Status), d.FinalLevel, d.DecidedBy, d.DecidedAt, d.Reason, d.Question); err != nil {
			return err
		}
		e.DraftID = d.ID
		out = d
		now := s.DB.now()
		if d.Status.IsDecision() {
			if err := s.Queue.enqueueAnnounce(ctx, tx, d.ID); err != nil {
				return err
			}
		}
		return s.appendAudit(ctx, tx, e, now)
	})
	if fnErr != nil {
		return nil, fnErr
	}
	if err != nil {
		return nil, errs.Wrap(op, errs.Unavailable, err, "updating the draft")
	}
	return out, nil
}

// LastRating implements assessor.Store.
func (s *AssessorStore) LastRating(ctx context.Context, k catalogs.Key) (*assessor.Draft, bool, error) {
	d, err := scanDraft(s.DB.Pool.QueryRow(ctx, `SELECT `+draftColumns+` FROM drafts
		WHERE framework = $1 AND ref = $2 AND system = '' AND status IN ('confirmed', 'adjusted') ORDER BY decided_at DESC LIMIT 1`,
		string(k.Framework), string(k.Ref)))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, errs.Wrap("postgres.LastRating", errs.Unavailable, err, "query")
	}
	return d, true, nil
}

// HasPending implements assessor.Store.
func (s *AssessorStore) HasPending(ctx context.Context, k catalogs.Key) (bool, error) {
	var ok bool
	err := s.DB.Pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM drafts WHERE framework = $1 AND ref = $2 AND system = '' AND status = 'pending')`,
		string(k.Framework), string(k.Ref)).Scan(&ok)
	return ok, errs.Wrap("postgres.HasPending", errs.Unavailable, err, "query")
}

// RatedPairs implements assessor.Store.
func (s *AssessorStore) RatedPairs(ctx context.Context) ([]assessor.Pair, error) {
	rows, err := s.DB.Pool.Query(ctx, `SELECT framework, scale, level, final_level FROM drafts
		WHERE status IN ('confirmed', 'adjusted') AND level IS NOT NULL AND drafter <> $1 ORDER BY created_at`, assessor.CrosswalkDrafter)
	if err != nil {
		return nil, errs.Wrap("postgres.RatedPairs", errs.Unavailable, err, "query")
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (assessor.Pair, error) {
		var p assessor.Pair
		return p, r.Scan(&p.Framework, &p.Scale, &p.Drafted, &p.Final)
	})
	return out, errs.Wrap("postgres.RatedPairs", errs.Unavailable, err, "query")
}

// LostAnswers implements assessor.Store.
func (s *AssessorStore) LostAnswers(ctx context.Context, limit int) ([]assessor.AnswerID, error) {
	rows, err := s.DB.Pool.Query(ctx, `
		SELECT DISTINCT j.args->>'answer_id' FROM river_job j
		WHERE j.kind = $1 AND j.state IN ('discarded', 'cancelled')
		  AND NOT EXISTS (SELECT 1 FROM drafts d WHERE d.answer_id::text = j.args->>'answer_id')
		  AND NOT EXISTS (SELECT 1 FROM river_job k WHERE k.kind = j.kind AND k.args->>'answer_id' = j.args->>'answer_id' AND k.id > j.id)
		LIMIT $2`, jobs.DraftArgs{}.Kind(), limit)
	if err != nil {
		return nil, errs.Wrap("postgres.LostAnswers", errs.Unavailable, err, "query")
	}
	out, err := pgx.CollectRows(rows, pgx.RowTo[assessor.AnswerID])
	return out, errs.Wrap("postgres.LostAnswers", errs.Unavailable, err, "query")
}

// ListDrafts lists drafts in a status ("" for any), newest first.
func (s *AssessorStore) ListDrafts(ctx context.Context, status assessor.Status, limit int) ([]*assessor.Draft, error) {
	rows, err := s.DB.Pool.Query(ctx, `SELECT `+draftColumns+` FROM drafts WHERE $1 = '' OR status = $1 ORDER BY created_at DESC, id LIMIT $2`, string(status), limit)
	if err != nil {
		return nil, errs.Wrap("postgres.ListDrafts", errs.Unavailable, err, "query")
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (*assessor.Draft, error) { return scanDraft(r) })
	return out, errs.Wrap("postgres.ListDrafts", errs.Unavailable, err, "query")
}

// DraftsOf implements assessor.Store.
func (s *AssessorStore) DraftsOf(ctx context.Context, k catalogs.Key) ([]*assessor.Draft, error) {
	rows, err := s.DB.Pool.Query(ctx, `SELECT `+draftColumns+` FROM drafts WHERE framework = $1 AND ref = $2 ORDER BY created_at, id`, string(k.Framework), string(k.Ref))
	if err != nil {
		return nil, errs.Wrap("postgres.DraftsOf", errs.Unavailable, err, "query")
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (*assessor.Draft, error) { return scanDraft(r) })
	return out, errs.Wrap("postgres.DraftsOf", errs.Unavailable, err, "query")
}
