package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/jobs"
)

// AssessorStore implements assessor.Store in the store file.
type AssessorStore struct {
	DB    *DB
	Queue *Queue
	// Anchor, when set, signs a checkpoint of every entry appended.
	Anchor *assessor.Anchor
}

var _ assessor.Store = (*AssessorStore)(nil)

// Times are stored as fixed-width RFC 3339 text in UTC, to the
// microsecond (as PostgreSQL keeps them, so audit hashes agree across
// backends); fixed width keeps text order the same as time order.
const timeLayout = "2006-01-02T15:04:05.000000Z"

func ts(t time.Time) string { return t.UTC().Truncate(time.Microsecond).Format(timeLayout) }

func parseTS(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}

// filesJSON encodes an answer's evidence files ([] for none).
func filesJSON(fs []assessor.EvidenceFile) string {
	if len(fs) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(fs)
	return string(b)
}

func jsonList(xs []string) string {
	if xs == nil {
		xs = []string{}
	}
	b, _ := json.Marshal(xs)
	return string(b)
}

func parseList(s string) []string {
	var out []string
	_ = json.Unmarshal([]byte(s), &out)
	if len(out) == 0 {
		return nil
	}
	return out
}

func nullString[T ~string](s T) sql.NullString {
	return sql.NullString{String: string(s), Valid: s != ""}
}

// SubmitAnswer implements assessor.Store.
func (s *AssessorStore) SubmitAnswer(ctx context.Context, a *assessor.Answer, opts assessor.SubmitOptions) error {
	const op = "sqlite.SubmitAnswer"
	if s.Queue == nil {
		return errs.E(op, errs.Internal, "no job queue configured")
	}
	id, now := assessor.AnswerID(uuid.NewString()), s.DB.now()
	err := s.DB.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO answers (id, framework, ref, text, evidence, author, created_at, self_level, system, files, evidence_valid_until)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, string(a.Framework), string(a.Ref), a.Text, jsonList(a.Evidence), a.Author, ts(now), a.SelfLevel, a.System, filesJSON(a.Files), optTS(a.ValidUntil())); err != nil {
			return err
		}
		return s.Queue.enqueueDraft(ctx, tx, id, opts.MaxAttempts)
	})
	if err != nil {
		return errs.Wrap(op, errs.Unavailable, err, "storing the answer")
	}
	a.ID, a.CreatedAt = id, now
	return nil
}

// Answer implements assessor.Store.
func (s *AssessorStore) Answer(ctx context.Context, id assessor.AnswerID) (*assessor.Answer, error) {
	a, err := scanAnswer(s.DB.SQL.QueryRowContext(ctx, `SELECT `+answerColumns+` FROM answers WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errs.E("sqlite.Answer", errs.NotFound, "no answer %q", id)
	}
	if err != nil {
		return nil, errs.Wrap("sqlite.Answer", errs.Unavailable, err, "query")
	}
	return a, nil
}

const answerColumns = `id, framework, ref, text, evidence, author, created_at, self_level, system, files`

func scanAnswer(row rowScanner) (*assessor.Answer, error) {
	var a assessor.Answer
	var fw, ref, evidence, created, files string
	if err := row.Scan(&a.ID, &fw, &ref, &a.Text, &evidence, &a.Author, &created, &a.SelfLevel, &a.System, &files); err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(files), &a.Files); err != nil {
		return nil, fmt.Errorf("answer %s: evidence files: %w", a.ID, err)
	}
	if len(a.Files) == 0 {
		a.Files = nil
	}
	a.Framework, a.Ref, a.Evidence, a.CreatedAt = catalogs.FrameworkID(fw), catalogs.Ref(ref), parseList(evidence), parseTS(created)
	return &a, nil
}

// collect reads every row of rows with scan, closing rows; a result set
// that broke off is an error, not an end.
func collect[T any](rows *sql.Rows, scan func(*sql.Rows) (T, error)) ([]T, error) {
	defer rows.Close()
	var out []T
	for rows.Next() {
		x, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, rows.Err()
}

const draftColumns = `id, answer_id, proposed_from, framework, ref, scale, level, confidence, rationale, citations,
	evidence_used, gaps, next_steps, follow_up, flags, drafter, prompt_version, prompt_tokens, completion_tokens,
	status, error, created_at, final_level, decided_by, decided_at, reason, question, system`

type rowScanner interface{ Scan(dest ...any) error }

func scanDraft(row rowScanner) (*assessor.Draft, error) {
	var d assessor.Draft
	var answerID, proposedFrom, followUp, decidedAt sql.NullString
	var level, finalLevel sql.NullInt64
	var fw, ref, scale, cites, used, gaps, next, flags, status, created string
	if err := row.Scan(&d.ID, &answerID, &proposedFrom, &fw, &ref, &scale, &level, &d.Confidence, &d.Rationale, &cites,
		&used, &gaps, &next, &followUp, &flags, &d.Drafter, &d.Prompt, &d.Tokens.Prompt, &d.Tokens.Completion,
		&status, &d.Error, &created, &finalLevel, &d.DecidedBy, &decidedAt, &d.Reason, &d.Question, &d.System); err != nil {
		return nil, err
	}
	d.AnswerID, d.ProposedFrom = assessor.AnswerID(answerID.String), assessor.DraftID(proposedFrom.String)
	d.Framework, d.Ref, d.Scale, d.Status = catalogs.FrameworkID(fw), catalogs.Ref(ref), assessor.ScaleID(scale), assessor.Status(status)
	if level.Valid {
		l := int(level.Int64)
		d.Level = &l
	}
	if finalLevel.Valid {
		l := int(finalLevel.Int64)
		d.FinalLevel = &l
	}
	if followUp.Valid {
		d.FollowUp = &followUp.String
	}
	if decidedAt.Valid {
		t := parseTS(decidedAt.String)
		d.DecidedAt = &t
	}
	d.CreatedAt = parseTS(created)
	d.EvidenceUsed, d.Gaps, d.NextSteps, d.Flags = parseList(used), parseList(gaps), parseList(next), parseList(flags)
	var err error
	d.Citations, err = assessor.DecodeCitations([]byte(cites))
	return &d, err
}

// SaveDraft implements assessor.Store.
func (s *AssessorStore) SaveDraft(ctx context.Context, d *assessor.Draft, e *assessor.Entry) error {
	const op = "sqlite.SaveDraft"
	id, now := assessor.DraftID(uuid.NewString()), s.DB.now()
	citeJSON := assessor.EncodeCitations(d.Citations)
	var followUp sql.NullString
	if d.FollowUp != nil {
		followUp = sql.NullString{String: *d.FollowUp, Valid: true}
	}
	err := s.DB.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO drafts (id, answer_id, proposed_from, framework, ref, scale, level, confidence, rationale, citations,
				evidence_used, gaps, next_steps, follow_up, flags, drafter, prompt_version, prompt_tokens, completion_tokens, status, error, created_at, system)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, nullString(d.AnswerID), nullString(d.ProposedFrom), string(d.Framework), string(d.Ref), string(d.Scale), d.Level, d.Confidence,
			d.Rationale, string(citeJSON), jsonList(d.EvidenceUsed), jsonList(d.Gaps), jsonList(d.NextSteps), followUp, jsonList(d.Flags),
			d.Drafter, d.Prompt, d.Tokens.Prompt, d.Tokens.Completion, string(d.Status), d.Error, ts(now), d.System); err != nil {
			return err
		}
		e.DraftID = id
		return s.appendAudit(ctx, tx, e, now)
	})
	if err != nil && strings.Contains(err.Error(), "UNIQUE constraint failed: drafts.answer_id") {
		return errs.E(op, errs.Conflict, "answer %s already has a draft", d.AnswerID)
	}
	if err != nil {
		return errs.Wrap(op, errs.Unavailable, err, "storing the draft")
	}
	d.ID, d.CreatedAt = id, now
	return nil
}

func (s *AssessorStore) oneDraft(ctx context.Context, op, where string, args ...any) (*assessor.Draft, bool, error) {
	d, err := scanDraft(s.DB.SQL.QueryRowContext(ctx, `SELECT `+draftColumns+` FROM drafts WHERE `+where, args...))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, errs.Wrap(op, errs.Unavailable, err, "query")
	}
	return d, true, nil
}

// Draft implements assessor.Store.
func (s *AssessorStore) Draft(ctx context.Context, id assessor.DraftID) (*assessor.Draft, error) {
	d, ok, err := s.oneDraft(ctx, "sqlite.Draft", `id = ?`, id)
	if err == nil && !ok {
		err = errs.E("sqlite.Draft", errs.NotFound, "no draft %q", id)
	}
	return d, err
}

// DraftForAnswer implements assessor.Store.
func (s *AssessorStore) DraftForAnswer(ctx context.Context, answerID assessor.AnswerID) (*assessor.Draft, bool, error) {
	return s.oneDraft(ctx, "sqlite.DraftForAnswer", `answer_id = ?`, answerID)
}

// UpdateDraft implements assessor.Store.
func (s *AssessorStore) UpdateDraft(ctx context.Context, id assessor.DraftID, fn func(*assessor.Draft) (*assessor.Entry, error)) (*assessor.Draft, error) {
	const op = "sqlite.UpdateDraft"
	var out *assessor.Draft
	var fnErr error
	err := s.DB.inTx(ctx, func(tx *sql.Tx) error {
		d, err := scanDraft(tx.QueryRowContext(ctx, `SELECT `+draftColumns+` FROM drafts WHERE id = ?`, id))
		if errors.Is(err, sql.ErrNoRows) {
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
		var decided sql.NullString
		if d.DecidedAt != nil {
			decided = sql.NullString{String: ts(*d.DecidedAt), Valid: true}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE drafts SET status = ?, final_level = ?, decided_by = ?, decided_at = ?, reason = ?, question = ? WHERE id = ?`,
			string(d.Status), d.FinalLevel, d.DecidedBy, decided, d.Reason, d.Question, d.ID); err != nil {
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

// LostAnswers implements assessor.Store.
func (s *AssessorStore) LostAnswers(ctx context.Context, limit int) ([]assessor.AnswerID, error) {
	rows, err := s.DB.SQL.QueryContext(ctx, `
		SELECT DISTINCT json_extract(j.args, '$.answer_id') FROM river_job j
		WHERE j.kind = ? AND j.state IN ('discarded', 'cancelled')
		  AND NOT EXISTS (SELECT 1 FROM drafts d WHERE d.answer_id = json_extract(j.args, '$.answer_id'))
		  AND NOT EXISTS (SELECT 1 FROM river_job k WHERE k.kind = j.kind AND json_extract(k.args, '$.answer_id') = json_extract(j.args, '$.answer_id') AND k.id > j.id)
		LIMIT ?`, jobs.DraftArgs{}.Kind(), limit)
	if err != nil {
		return nil, errs.Wrap("sqlite.LostAnswers", errs.Unavailable, err, "query")
	}
	out, err := collect(rows, func(r *sql.Rows) (assessor.AnswerID, error) {
		var id assessor.AnswerID
		return id, r.Scan(&id)
	})
	return out, errs.Wrap("sqlite.LostAnswers", errs.Unavailable, err, "query")
}

// LastRating implements assessor.Store.
func (s *AssessorStore) LastRating(ctx context.Context, k catalogs.Key) (*assessor.Draft, bool, error) {
	return s.oneDraft(ctx, "sqlite.LastRating", `framework = ? AND ref = ? AND system = '' AND status IN ('confirmed', 'adjusted') ORDER BY decided_at DESC LIMIT 1`,
		string(k.Framework), string(k.Ref))
}

// HasPending implements assessor.Store.
func (s *AssessorStore) HasPending(ctx context.Context, k catalogs.Key) (bool, error) {
	var ok bool
	err := s.DB.SQL.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM drafts WHERE framework = ? AND ref = ? AND system = '' AND status = 'pending')`,
		string(k.Framework), string(k.Ref)).Scan(&ok)
	return ok, errs.Wrap("sqlite.HasPending", errs.Unavailable, err, "query")
}

// RatedPairs implements assessor.Store.
func (s *AssessorStore) RatedPairs(ctx context.Context) ([]assessor.Pair, error) {
	rows, err := s.DB.SQL.QueryContext(ctx, `SELECT framework, scale, level, final_level FROM drafts
		WHERE status IN ('confirmed', 'adjusted') AND level IS NOT NULL AND drafter <> ? ORDER BY created_at`, assessor.CrosswalkDrafter)
	if err != nil {
		return nil, errs.Wrap("sqlite.RatedPairs", errs.Unavailable, err, "query")
	}
	out, err := collect(rows, func(r *sql.Rows) (assessor.Pair, error) {
		var p assessor.Pair
		return p, r.Scan(&p.Framework, &p.Scale, &p.Drafted, &p.Final)
	})
	return out, errs.Wrap("sqlite.RatedPairs", errs.Unavailable, err, "query")
}

// ListDrafts lists drafts in a status ("" for any), newest first.
func (s *AssessorStore) ListDrafts(ctx context.Context, status assessor.Status, limit int) ([]*assessor.Draft, error) {
	rows, err := s.DB.SQL.QueryContext(ctx, `SELECT `+draftColumns+` FROM drafts WHERE ? = '' OR status = ? ORDER BY created_at DESC, id LIMIT ?`, string(status), string(status), limit)
	if err != nil {
		return nil, errs.Wrap("sqlite.ListDrafts", errs.Unavailable, err, "query")
	}
	out, err := collect(rows, func(r *sql.Rows) (*assessor.Draft, error) { return scanDraft(r) })
	return out, errs.Wrap("sqlite.ListDrafts", errs.Unavailable, err, "query")
}

// DraftsOf implements assessor.Store.
func (s *AssessorStore) DraftsOf(ctx context.Context, k catalogs.Key) ([]*assessor.Draft, error) {
	rows, err := s.DB.SQL.QueryContext(ctx, `SELECT `+draftColumns+` FROM drafts WHERE framework = ? AND ref = ? ORDER BY created_at, id`, string(k.Framework), string(k.Ref))
	if err != nil {
		return nil, errs.Wrap("sqlite.DraftsOf", errs.Unavailable, err, "query")
	}
	out, err := collect(rows, func(r *sql.Rows) (*assessor.Draft, error) { return scanDraft(r) })
	return out, errs.Wrap("sqlite.DraftsOf", errs.Unavailable, err, "query")
}
