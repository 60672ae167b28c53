package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
)

// BotStore implements bot.Store, and what the scheduler and the digest
// read and keep, in the store file.
type BotStore struct {
	DB *DB
	// Queue takes the jobs that show check-in changes in the chat.
	Queue *Queue
	// Audit records applicability decisions in the audit log.
	Audit *AssessorStore
}

var _ bot.Store = (*BotStore)(nil)

const checkinColumns = `id, framework, ref, owner, delegate, status, channel, ts, snoozed_until, COALESCE(answer_id, ''), question, reason,
	slot, sent_at, nudges, last_nudged_at, escalated_at, claims, created_at, updated_at, system, due_at, batch, note`

func optTime(s sql.NullString) *time.Time {
	if !s.Valid || s.String == "" {
		return nil
	}
	t := parseTS(s.String)
	return &t
}

func optTS(t *time.Time) sql.NullString {
	if t == nil {
		return sql.NullString{}
	}
	return sql.NullString{String: ts(*t), Valid: true}
}

func scanCheckin(row rowScanner) (*bot.Checkin, error) {
	var c bot.Checkin
	var fw, ref, owner, delegate, status, channel, created, updated string
	var snoozed, slot, sent, nudged, escalated, due sql.NullString
	if err := row.Scan(&c.ID, &fw, &ref, &owner, &delegate, &status, &channel, &c.TS, &snoozed, &c.AnswerID, &c.Question, &c.Reason,
		&slot, &sent, &c.Nudges, &nudged, &escalated, &c.Claims, &created, &updated, &c.System, &due, &c.Batch, &c.Note); err != nil {
		return nil, err
	}
	c.DueAt = optTime(due)
	c.Key = catalogs.Key{Framework: catalogs.FrameworkID(fw), Ref: catalogs.Ref(ref)}
	c.Owner, c.Delegate, c.Status, c.Channel = bot.UserID(owner), bot.UserID(delegate), bot.CheckinStatus(status), bot.ChannelID(channel)
	c.SnoozedUntil, c.Slot, c.SentAt, c.LastNudgedAt, c.EscalatedAt = optTime(snoozed), optTime(slot), optTime(sent), optTime(nudged), optTime(escalated)
	c.CreatedAt, c.UpdatedAt = parseTS(created), parseTS(updated)
	return &c, nil
}

func isUnique(err error) bool {
	return err != nil && strings.Contains(err.Error(), "UNIQUE constraint failed")
}

// CreateCheckin implements bot.Store; the check-in is claimed by its
// creator, who delivers it.
func (s *BotStore) CreateCheckin(ctx context.Context, c *bot.Checkin) error {
	id, now := bot.CheckinID(uuid.NewString()), ts(s.DB.now())
	_, err := s.DB.SQL.ExecContext(ctx, `
		INSERT INTO checkins (id, framework, ref, owner, delegate, status, channel, ts, slot, claimed_at, claims, created_at, updated_at, system, sort_key, batch)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)`, id, string(c.Key.Framework), string(c.Key.Ref), string(c.Owner), string(c.Delegate),
		string(c.Status), string(c.Channel), c.TS, optTS(c.Slot), now, now, now, c.System, bot.SortKey(c.Key, c.System), string(id))
	if isUnique(err) {
		return errs.E("sqlite.CreateCheckin", errs.Conflict, "%s already has an open check-in", c.Key)
	}
	if err != nil {
		return errs.Wrap("sqlite.CreateCheckin", errs.Unavailable, err, "storing the check-in")
	}
	c.ID, c.CreatedAt, c.UpdatedAt, c.Batch = id, parseTS(now), parseTS(now), string(id)
	return nil
}

func (s *BotStore) oneCheckin(ctx context.Context, op, where string, args ...any) (*bot.Checkin, bool, error) {
	c, err := scanCheckin(s.DB.SQL.QueryRowContext(ctx, `SELECT `+checkinColumns+` FROM checkins WHERE `+where, args...))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, errs.Wrap(op, errs.Unavailable, err, "query")
	}
	return c, true, nil
}

// Checkin implements bot.Store.
func (s *BotStore) Checkin(ctx context.Context, id bot.CheckinID) (*bot.Checkin, error) {
	c, ok, err := s.oneCheckin(ctx, "sqlite.Checkin", `id = ?`, id)
	if err == nil && !ok {
		err = errs.E("sqlite.Checkin", errs.NotFound, "this check-in no longer exists")
	}
	return c, err
}

// UpdateCheckin implements bot.Store.
func (s *BotStore) UpdateCheckin(ctx context.Context, id bot.CheckinID, fn func(*bot.Checkin) error, effects ...bot.Effect) (*bot.Checkin, error) {
	var out *bot.Checkin
	var fnErr error
	err := s.DB.inTx(ctx, func(tx *sql.Tx) error {
		c, err := scanCheckin(tx.QueryRowContext(ctx, `SELECT `+checkinColumns+` FROM checkins WHERE id = ?`, id))
		if errors.Is(err, sql.ErrNoRows) {
			fnErr = errs.E("sqlite.UpdateCheckin", errs.NotFound, "this check-in no longer exists")
			return fnErr
		}
		if err != nil {
			return err
		}
		if err := fn(c); err != nil {
			fnErr = err
			return err
		}
		c.UpdatedAt = s.DB.now()
		if _, err := tx.ExecContext(ctx, `
			UPDATE checkins SET owner = ?, delegate = ?, status = ?, channel = ?, ts = ?, snoozed_until = ?, answer_id = ?, question = ?,
				reason = ?, sent_at = ?, nudges = ?, last_nudged_at = ?, escalated_at = ?, updated_at = ?, due_at = ? WHERE id = ?`,
			string(c.Owner), string(c.Delegate), string(c.Status), string(c.Channel), c.TS, optTS(c.SnoozedUntil), nullString(c.AnswerID),
			c.Question, c.Reason, optTS(c.SentAt), c.Nudges, optTS(c.LastNudgedAt), optTS(c.EscalatedAt), ts(c.UpdatedAt), optTS(c.DueAt), c.ID); err != nil {
			return err
		}
		if err := s.enqueueEffects(ctx, tx, effects); err != nil {
			return err
		}
		out = c
		return nil
	})
	if fnErr != nil {
		return nil, fnErr
	}
	if isUnique(err) {
		return nil, errs.E("sqlite.UpdateCheckin", errs.Conflict, "the control already has an open check-in")
	}
	return out, errs.Wrap("sqlite.UpdateCheckin", errs.Unavailable, err, "updating the check-in")
}

const unfinished = `status IN ('open', 'snoozed', 'answered', 'na_pending')`

// OpenCheckin implements bot.Store.
func (s *BotStore) OpenCheckin(ctx context.Context, k catalogs.Key) (*bot.Checkin, bool, error) {
	return s.OpenSystemCheckin(ctx, k, "")
}

// OpenSystemCheckin implements bot.Store.
func (s *BotStore) OpenSystemCheckin(ctx context.Context, k catalogs.Key, system string) (*bot.Checkin, bool, error) {
	return s.oneCheckin(ctx, "sqlite.OpenCheckin", `framework = ? AND ref = ? AND system = ? AND `+unfinished, string(k.Framework), string(k.Ref), system)
}

// CheckinForAnswer implements bot.Store.
func (s *BotStore) CheckinForAnswer(ctx context.Context, answerID assessor.AnswerID) (*bot.Checkin, bool, error) {
	return s.oneCheckin(ctx, "sqlite.CheckinForAnswer", `answer_id = ?`, answerID)
}

// checkins runs a query of check-in rows (checkinColumns).
func (db *DB) checkins(ctx context.Context, op, query string, args ...any) ([]*bot.Checkin, error) {
	rows, err := db.SQL.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, errs.Wrap(op, errs.Unavailable, err, "query")
	}
	out, err := collect(rows, func(r *sql.Rows) (*bot.Checkin, error) { return scanCheckin(r) })
	return out, errs.Wrap(op, errs.Unavailable, err, "query")
}

// CheckinsFor implements bot.Store.
func (s *BotStore) CheckinsFor(ctx context.Context, u bot.UserID) ([]*bot.Checkin, error) {
	return s.DB.checkins(ctx, "sqlite.CheckinsFor", `SELECT `+checkinColumns+` FROM checkins WHERE (owner = ? OR delegate = ?) AND `+unfinished+` ORDER BY created_at`,
		string(u), string(u))
}

// CheckinHistory implements bot.Store.
func (s *BotStore) CheckinHistory(ctx context.Context, k catalogs.Key) ([]*bot.Checkin, error) {
	return s.DB.checkins(ctx, "sqlite.CheckinHistory", `SELECT `+checkinColumns+` FROM checkins WHERE framework = ? AND ref = ? ORDER BY created_at, id`,
		string(k.Framework), string(k.Ref))
}

// countsByFramework runs a query whose rows are a framework and integer
// counts, and returns the counts by framework.
func (s *BotStore) countsByFramework(ctx context.Context, op, query string, ncols int, args ...any) (map[catalogs.FrameworkID][]int, error) {
	rows, err := s.DB.SQL.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, errs.Wrap(op, errs.Unavailable, err, "query")
	}
	defer rows.Close()
	out := map[catalogs.FrameworkID][]int{}
	for rows.Next() {
		var fw string
		counts := make([]int, ncols)
		dest := []any{&fw}
		for i := range counts {
			dest = append(dest, &counts[i])
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, errs.Wrap(op, errs.Internal, err, "scan")
		}
		out[catalogs.FrameworkID(fw)] = counts
	}
	return out, errs.Wrap(op, errs.Unavailable, rows.Err(), "query")
}

func column(m map[catalogs.FrameworkID][]int, i int) map[catalogs.FrameworkID]int {
	out := make(map[catalogs.FrameworkID]int, len(m))
	for fw, v := range m {
		out[fw] = v[i]
	}
	return out
}

// CountCheckins implements bot.Store.
func (s *BotStore) CountCheckins(ctx context.Context) (map[catalogs.FrameworkID]int, error) {
	m, err := s.countsByFramework(ctx, "sqlite.CountCheckins", `SELECT framework, count(*) FROM checkins WHERE status IN ('open', 'snoozed', 'na_pending') GROUP BY framework`, 1)
	return column(m, 0), err
}

// CheckinStats counts unfinished check-ins per framework, and those
// still unanswered past their due date at now.
func (s *BotStore) CheckinStats(ctx context.Context, now time.Time) (open, overdue map[catalogs.FrameworkID]int, err error) {
	m, err := s.countsByFramework(ctx, "sqlite.CheckinStats", `
		SELECT framework, count(*), count(*) FILTER (WHERE status IN ('open', 'snoozed') AND due_at < ?)
		FROM checkins WHERE status IN ('open', 'snoozed', 'na_pending') GROUP BY framework`, 2, ts(now))
	return column(m, 0), column(m, 1), err
}

// RolloutStats says how far check-ins have gone out.
func (s *BotStore) RolloutStats(ctx context.Context) (bot.RolloutStats, error) {
	var r bot.RolloutStats
	var due sql.NullString
	err := s.DB.SQL.QueryRowContext(ctx, `
		SELECT count(*) FILTER (WHERE ts <> ''), count(DISTINCT owner) FILTER (WHERE ts <> ''),
			count(*) FILTER (WHERE ts = '' AND status = 'open'), max(due_at) FILTER (WHERE ts <> '')
		FROM checkins WHERE status IN ('open', 'snoozed', 'na_pending')`).Scan(&r.Sent, &r.Owners, &r.Waiting, &due)
	r.DueBy = optTime(due)
	return r, errs.Wrap("sqlite.RolloutStats", errs.Unavailable, err, "query")
}

// PendingDrafts counts drafts waiting for a lead per framework.
func (s *BotStore) PendingDrafts(ctx context.Context) (map[catalogs.FrameworkID]int, error) {
	m, err := s.countsByFramework(ctx, "sqlite.PendingDrafts", `SELECT framework, count(*) FROM drafts WHERE status IN ('pending', 'failed') GROUP BY framework`, 1)
	return column(m, 0), err
}

// ReviewCounts counts reviewed drafted ratings and those a lead changed.
func (s *BotStore) ReviewCounts(ctx context.Context) (reviewed, changed map[catalogs.FrameworkID]int, err error) {
	m, err := s.countsByFramework(ctx, "sqlite.ReviewCounts", `
		SELECT framework, count(*), count(*) FILTER (WHERE final_level <> level) FROM drafts
		WHERE status IN ('confirmed', 'adjusted') AND level IS NOT NULL AND drafter <> 'crosswalk' GROUP BY framework`, 2)
	return column(m, 0), column(m, 1), err
}

// ClaimReviewPost implements bot.Store.
func (s *BotStore) ClaimReviewPost(ctx context.Context, draftID assessor.DraftID, ch bot.ChannelID) (bool, error) {
	res, err := s.DB.SQL.ExecContext(ctx, `INSERT INTO review_posts (draft_id, channel) VALUES (?, ?) ON CONFLICT DO NOTHING`, draftID, string(ch))
	if err != nil {
		return false, errs.Wrap("sqlite.ClaimReviewPost", errs.Unavailable, err, "claiming the review post")
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// SetReviewPost implements bot.Store.
func (s *BotStore) SetReviewPost(ctx context.Context, draftID assessor.DraftID, ts string) error {
	_, err := s.DB.SQL.ExecContext(ctx, `UPDATE review_posts SET ts = ? WHERE draft_id = ?`, ts, draftID)
	return errs.Wrap("sqlite.SetReviewPost", errs.Unavailable, err, "recording the review post")
}

// ReleaseReviewPost implements bot.Store.
func (s *BotStore) ReleaseReviewPost(ctx context.Context, draftID assessor.DraftID) error {
	_, err := s.DB.SQL.ExecContext(ctx, `DELETE FROM review_posts WHERE draft_id = ? AND ts = ''`, draftID)
	return errs.Wrap("sqlite.ReleaseReviewPost", errs.Unavailable, err, "releasing the review post")
}

// ReviewPost implements bot.Store.
func (s *BotStore) ReviewPost(ctx context.Context, draftID assessor.DraftID) (bot.ChannelID, string, bool, error) {
	var ch, t string
	err := s.DB.SQL.QueryRowContext(ctx, `SELECT channel, ts FROM review_posts WHERE draft_id = ?`, draftID).Scan(&ch, &t)
	if errors.Is(err, sql.ErrNoRows) {
		return "", "", false, nil
	}
	if err != nil {
		return "", "", false, errs.Wrap("sqlite.ReviewPost", errs.Unavailable, err, "query")
	}
	return bot.ChannelID(ch), t, true, nil
}

// SetAnnounced implements bot.Store.
func (s *BotStore) SetAnnounced(ctx context.Context, draftID assessor.DraftID) error {
	_, err := s.DB.SQL.ExecContext(ctx, `INSERT INTO decision_notices (draft_id, announced_at) VALUES (?, ?)
		ON CONFLICT (draft_id) DO UPDATE SET announced_at = excluded.announced_at`, draftID, ts(s.DB.now()))
	return errs.Wrap("sqlite.SetAnnounced", errs.Unavailable, err, "recording the announcement")
}

// Announced implements bot.Store.
func (s *BotStore) Announced(ctx context.Context, draftID assessor.DraftID) (bool, error) {
	var ok bool
	err := s.DB.SQL.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM decision_notices WHERE draft_id = ? AND announced_at IS NOT NULL)`, draftID).Scan(&ok)
	return ok, errs.Wrap("sqlite.Announced", errs.Unavailable, err, "query")
}

// Assign implements bot.Store.
func (s *BotStore) Assign(ctx context.Context, k catalogs.Key, u bot.UserID) error {
	_, err := s.DB.SQL.ExecContext(ctx, `INSERT INTO owner_assignments (framework, ref, owner) VALUES (?, ?, ?)
		ON CONFLICT (framework, ref) DO UPDATE SET owner = excluded.owner`, string(k.Framework), string(k.Ref), string(u))
	return errs.Wrap("sqlite.Assign", errs.Unavailable, err, "assigning the owner")
}

// Assigned implements bot.Store.
func (s *BotStore) Assigned(ctx context.Context, k catalogs.Key) (bot.UserID, bool, error) {
	var u string
	err := s.DB.SQL.QueryRowContext(ctx, `SELECT owner FROM owner_assignments WHERE framework = ? AND ref = ?`, string(k.Framework), string(k.Ref)).Scan(&u)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, errs.Wrap("sqlite.Assigned", errs.Unavailable, err, "query")
	}
	return bot.UserID(u), true, nil
}

// Assignments implements bot.Store.
func (s *BotStore) Assignments(ctx context.Context) (map[catalogs.Key]bot.UserID, error) {
	rows, err := s.DB.SQL.QueryContext(ctx, `SELECT framework, ref, owner FROM owner_assignments`)
	if err != nil {
		return nil, errs.Wrap("sqlite.Assignments", errs.Unavailable, err, "query")
	}
	defer rows.Close()
	out := map[catalogs.Key]bot.UserID{}
	for rows.Next() {
		var fw, ref, owner string
		if err := rows.Scan(&fw, &ref, &owner); err != nil {
			return nil, errs.Wrap("sqlite.Assignments", errs.Internal, err, "scan")
		}
		out[catalogs.Key{Framework: catalogs.FrameworkID(fw), Ref: catalogs.Ref(ref)}] = bot.UserID(owner)
	}
	return out, errs.Wrap("sqlite.Assignments", errs.Unavailable, rows.Err(), "query")
}

const latestRatings = `SELECT framework, ref, final_level, decided_at FROM (
	SELECT framework, ref, final_level, decided_at, row_number() OVER (PARTITION BY framework, ref ORDER BY decided_at DESC) AS rn
	FROM drafts WHERE status IN ('confirmed', 'adjusted') AND system = '') WHERE rn = 1`

// LatestRatings implements bot.Store.
func (s *BotStore) LatestRatings(ctx context.Context) (map[catalogs.Key]int, error) {
	out := map[catalogs.Key]int{}
	err := s.eachRating(ctx, func(k catalogs.Key, lvl int, _ time.Time) { out[k] = lvl })
	return out, err
}

// RatedAt returns when each control was last rated.
func (s *BotStore) RatedAt(ctx context.Context) (map[catalogs.Key]time.Time, error) {
	out := map[catalogs.Key]time.Time{}
	err := s.eachRating(ctx, func(k catalogs.Key, _ int, at time.Time) { out[k] = at })
	return out, err
}

func (s *BotStore) eachRating(ctx context.Context, fn func(catalogs.Key, int, time.Time)) error {
	rows, err := s.DB.SQL.QueryContext(ctx, latestRatings)
	if err != nil {
		return errs.Wrap("sqlite.LatestRatings", errs.Unavailable, err, "query")
	}
	defer rows.Close()
	for rows.Next() {
		var fw, ref, at string
		var lvl int
		if err := rows.Scan(&fw, &ref, &lvl, &at); err != nil {
			return errs.Wrap("sqlite.LatestRatings", errs.Internal, err, "scan")
		}
		fn(catalogs.Key{Framework: catalogs.FrameworkID(fw), Ref: catalogs.Ref(ref)}, lvl, parseTS(at))
	}
	return errs.Wrap("sqlite.LatestRatings", errs.Unavailable, rows.Err(), "query")
}

// CreateSlotCheckins stores scheduled check-ins that do not exist yet.
func (s *BotStore) CreateSlotCheckins(ctx context.Context, cks []*bot.Checkin) (int, error) {
	created := 0
	now := ts(s.DB.now())
	for _, c := range cks {
		res, err := s.DB.SQL.ExecContext(ctx, `
			INSERT INTO checkins (id, framework, ref, owner, status, slot, created_at, updated_at, system, sort_key, note) VALUES (?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?)
			ON CONFLICT DO NOTHING`, uuid.NewString(), string(c.Key.Framework), string(c.Key.Ref), string(c.Owner), optTS(c.Slot), now, now, c.System, bot.SortKey(c.Key, c.System), c.Note)
		if err != nil {
			return created, errs.Wrap("sqlite.CreateSlotCheckins", errs.Unavailable, err, "storing check-ins")
		}
		n, _ := res.RowsAffected()
		created += int(n)
	}
	return created, nil
}

// ClaimUnsent claims one owner's never-sent check-ins for lease, in
// their natural order, into batch (see postgres.BotStore).
func (s *BotStore) ClaimUnsent(ctx context.Context, owner bot.UserID, now time.Time, lease time.Duration, limit int, batch string) ([]*bot.Checkin, error) {
	out, err := s.DB.checkins(ctx, "sqlite.ClaimUnsent", `
		UPDATE checkins SET claimed_at = ?, claims = claims + 1, batch = CASE WHEN batch = '' THEN ? ELSE batch END WHERE id IN (
			SELECT id FROM checkins WHERE owner = ? AND ts = '' AND status = 'open' AND (claimed_at IS NULL OR claimed_at < ?)
			ORDER BY batch = '', batch, sort_key, id LIMIT ?)
		RETURNING `+checkinColumns, ts(now), batch, string(owner), ts(now.Add(-lease)), limit)
	bot.SortCheckins(out)
	return out, err
}

// UnsentOwners lists the owners with unsent check-ins no sender holds.
func (s *BotStore) UnsentOwners(ctx context.Context, now time.Time, lease time.Duration) ([]bot.UserID, error) {
	rows, err := s.DB.SQL.QueryContext(ctx, `SELECT DISTINCT owner FROM checkins WHERE ts = '' AND status = 'open' AND (claimed_at IS NULL OR claimed_at < ?) ORDER BY owner`,
		ts(now.Add(-lease)))
	if err != nil {
		return nil, errs.Wrap("sqlite.UnsentOwners", errs.Unavailable, err, "query")
	}
	defer rows.Close()
	var out []bot.UserID
	for rows.Next() {
		var u string
		if err := rows.Scan(&u); err != nil {
			return nil, errs.Wrap("sqlite.UnsentOwners", errs.Internal, err, "scan")
		}
		out = append(out, bot.UserID(u))
	}
	return out, errs.Wrap("sqlite.UnsentOwners", errs.Unavailable, rows.Err(), "query")
}

// ScheduledSentSince counts, per owner, the scheduled check-ins sent at
// or after since.
func (s *BotStore) ScheduledSentSince(ctx context.Context, since time.Time) (map[bot.UserID]int, error) {
	rows, err := s.DB.SQL.QueryContext(ctx, `SELECT owner, count(*) FROM checkins WHERE slot IS NOT NULL AND sent_at >= ? GROUP BY owner`, ts(since))
	if err != nil {
		return nil, errs.Wrap("sqlite.ScheduledSentSince", errs.Unavailable, err, "query")
	}
	defer rows.Close()
	out := map[bot.UserID]int{}
	for rows.Next() {
		var u string
		var n int
		if err := rows.Scan(&u, &n); err != nil {
			return nil, errs.Wrap("sqlite.ScheduledSentSince", errs.Internal, err, "scan")
		}
		out[bot.UserID(u)] = n
	}
	return out, errs.Wrap("sqlite.ScheduledSentSince", errs.Unavailable, rows.Err(), "query")
}

// WaitingCheckins implements bot.Store.
func (s *BotStore) WaitingCheckins(ctx context.Context) ([]*bot.Checkin, error) {
	return s.DB.checkins(ctx, "sqlite.WaitingCheckins", `SELECT `+checkinColumns+` FROM checkins
		WHERE status IN ('open', 'snoozed') AND ts <> '' ORDER BY due_at IS NULL, due_at, sort_key, id`)
}

// CheckinBatch implements bot.Store.
func (s *BotStore) CheckinBatch(ctx context.Context, batch string) ([]*bot.Checkin, error) {
	if batch == "" {
		return nil, nil
	}
	return s.DB.checkins(ctx, "sqlite.CheckinBatch", `SELECT `+checkinColumns+` FROM checkins WHERE batch = ? ORDER BY sort_key, id`, batch)
}

// ClaimNudges claims the reminders due at now (see postgres.BotStore).
func (s *BotStore) ClaimNudges(ctx context.Context, now time.Time, after time.Duration, limit int) ([]*bot.Checkin, error) {
	return s.DB.checkins(ctx, "sqlite.ClaimNudges", `
		UPDATE checkins SET nudges = nudges + 1, last_nudged_at = ?1,
			status = CASE WHEN status = 'snoozed' THEN 'open' ELSE status END
		WHERE id IN (
			SELECT id FROM checkins
			WHERE ts <> '' AND escalated_at IS NULL AND (
			  (status = 'snoozed' AND snoozed_until <= ?1) OR
			  (status = 'open' AND max(COALESCE(last_nudged_at, sent_at, created_at), COALESCE(snoozed_until, '')) <= ?2))
			ORDER BY created_at, id LIMIT ?3)
		RETURNING `+checkinColumns, ts(now), ts(now.Add(-after)), limit)
}

// ApplyProgram stores a program file as the one in force.
func (s *BotStore) ApplyProgram(ctx context.Context, name, source, by string) error {
	_, err := s.DB.SQL.ExecContext(ctx, `INSERT INTO programs (name, source, applied_by, applied_at) VALUES (?, ?, ?, ?)`, name, source, by, ts(s.DB.now()))
	return errs.Wrap("sqlite.ApplyProgram", errs.Unavailable, err, "storing the program")
}

// SaveDigest stores a digest snapshot; a second save for a program's slot
// stores nothing and returns false.
func (s *BotStore) SaveDigest(ctx context.Context, program string, slot *time.Time, snapshot []byte) (bool, error) {
	res, err := s.DB.SQL.ExecContext(ctx, `INSERT INTO digests (program, slot, created_at, snapshot) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
		program, optTS(slot), ts(s.DB.now()), string(snapshot))
	if err != nil {
		return false, errs.Wrap("sqlite.SaveDigest", errs.Unavailable, err, "storing the digest")
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// LastDigest returns the newest stored digest of a program (JSON).
func (s *BotStore) LastDigest(ctx context.Context, program string) ([]byte, bool, error) {
	var b string
	err := s.DB.SQL.QueryRowContext(ctx, `SELECT snapshot FROM digests WHERE program = ? ORDER BY created_at DESC, id DESC LIMIT 1`, program).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, errs.Wrap("sqlite.LastDigest", errs.Unavailable, err, "query")
	}
	return []byte(b), true, nil
}

// HasDigest reports whether a digest was kept for a program's slot.
func (s *BotStore) HasDigest(ctx context.Context, program string, slot time.Time) (bool, error) {
	var ok bool
	err := s.DB.SQL.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM digests WHERE program = ? AND slot = ?)`, program, ts(slot)).Scan(&ok)
	return ok, errs.Wrap("sqlite.HasDigest", errs.Unavailable, err, "query")
}

// CurrentProgram returns the program in force, if any.
func (s *BotStore) CurrentProgram(ctx context.Context) (*program.Stored, bool, error) {
	var p program.Stored
	var at string
	err := s.DB.SQL.QueryRowContext(ctx, `SELECT name, source, applied_by, applied_at FROM programs ORDER BY id DESC LIMIT 1`).Scan(&p.Name, &p.Source, &p.AppliedBy, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, errs.Wrap("sqlite.CurrentProgram", errs.Unavailable, err, "query")
	}
	p.AppliedAt = parseTS(at)
	return &p, true, nil
}

// Digest returns a stored digest (JSON) by id, or the newest when id is 0.
func (s *BotStore) Digest(ctx context.Context, id int64) ([]byte, bool, error) {
	var b string
	err := s.DB.SQL.QueryRowContext(ctx, `SELECT snapshot FROM digests WHERE ? = 0 OR id = ? ORDER BY id DESC LIMIT 1`, id, id).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, errs.Wrap("sqlite.Digest", errs.Unavailable, err, "query")
	}
	return []byte(b), true, nil
}

// SystemRatings implements bot.Store.
func (s *BotStore) SystemRatings(ctx context.Context) (map[bot.SystemKey]bot.Rating, error) {
	rows, err := s.DB.SQL.QueryContext(ctx, `SELECT framework, ref, system, final_level, decided_at FROM (
		SELECT framework, ref, system, final_level, decided_at,
			row_number() OVER (PARTITION BY framework, ref, system ORDER BY decided_at DESC) AS rn
		FROM drafts WHERE status IN ('confirmed', 'adjusted') AND system <> '') WHERE rn = 1`)
	if err != nil {
		return nil, errs.Wrap("sqlite.SystemRatings", errs.Unavailable, err, "query")
	}
	defer rows.Close()
	out := map[bot.SystemKey]bot.Rating{}
	for rows.Next() {
		var fw, ref, system, at string
		var r bot.Rating
		if err := rows.Scan(&fw, &ref, &system, &r.Level, &at); err != nil {
			return nil, errs.Wrap("sqlite.SystemRatings", errs.Unavailable, err, "query")
		}
		r.At = parseTS(at)
		out[bot.SystemKey{Key: catalogs.Key{Framework: catalogs.FrameworkID(fw), Ref: catalogs.Ref(ref)}, System: system}] = r
	}
	return out, errs.Wrap("sqlite.SystemRatings", errs.Unavailable, rows.Err(), "query")
}

// EvidenceExpiring lists the latest ratings whose answer's evidence stops
// holding before before (see postgres.BotStore).
func (s *BotStore) EvidenceExpiring(ctx context.Context, before time.Time) ([]bot.ExpiringEvidence, error) {
	rows, err := s.DB.SQL.QueryContext(ctx, `
		SELECT framework, ref, system, evidence_valid_until, files FROM (
			SELECT d.framework, d.ref, d.system, a.evidence_valid_until, a.files,
				row_number() OVER (PARTITION BY d.framework, d.ref, d.system ORDER BY d.decided_at DESC, d.id DESC) AS n
			FROM drafts d JOIN answers a ON a.id = d.answer_id
			WHERE d.status IN ('confirmed', 'adjusted')) latest
		WHERE n = 1 AND evidence_valid_until < ? ORDER BY evidence_valid_until, framework, ref`, ts(before))
	if err != nil {
		return nil, errs.Wrap("sqlite.EvidenceExpiring", errs.Unavailable, err, "query")
	}
	defer rows.Close()
	var out []bot.ExpiringEvidence
	for rows.Next() {
		var e bot.ExpiringEvidence
		var fw, ref, until, files string
		if err := rows.Scan(&fw, &ref, &e.System, &until, &files); err != nil {
			return nil, errs.Wrap("sqlite.EvidenceExpiring", errs.Internal, err, "scan")
		}
		e.Key = catalogs.Key{Framework: catalogs.FrameworkID(fw), Ref: catalogs.Ref(ref)}
		e.ValidUntil = parseTS(until)
		e.Files = bot.ExpiringFiles([]byte(files), e.ValidUntil)
		out = append(out, e)
	}
	return out, errs.Wrap("sqlite.EvidenceExpiring", errs.Unavailable, rows.Err(), "query")
}

// SetDigestPost records where a program's newest digest was posted.
func (s *BotStore) SetDigestPost(ctx context.Context, program string, ch bot.ChannelID, ts string) error {
	_, err := s.DB.SQL.ExecContext(ctx, `UPDATE digests SET channel = ?, ts = ? WHERE id = (
		SELECT id FROM digests WHERE program = ? ORDER BY created_at DESC, id DESC LIMIT 1)`, string(ch), ts, program)
	return errs.Wrap("sqlite.SetDigestPost", errs.Unavailable, err, "recording the digest's post")
}

// LastDigestPost returns where the newest posted digest of a program is,
// and when it was made.
func (s *BotStore) LastDigestPost(ctx context.Context, program string) (bot.ChannelID, string, time.Time, bool, error) {
	var ch, ts, at string
	err := s.DB.SQL.QueryRowContext(ctx, `SELECT channel, ts, created_at FROM digests WHERE program = ? AND ts <> '' ORDER BY created_at DESC, id DESC LIMIT 1`, program).Scan(&ch, &ts, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return "", "", time.Time{}, false, nil
	}
	if err != nil {
		return "", "", time.Time{}, false, errs.Wrap("sqlite.LastDigestPost", errs.Unavailable, err, "query")
	}
	return bot.ChannelID(ch), ts, parseTS(at), true, nil
}

// SaveMCPToken implements bot.Store.
func (s *BotStore) SaveMCPToken(ctx context.Context, hash string, u bot.UserID) error {
	_, err := s.DB.SQL.ExecContext(ctx, `INSERT INTO mcp_tokens (hash, user_id, created_at) VALUES (?, ?, ?)`, hash, string(u), ts(s.DB.now()))
	return errs.Wrap("sqlite.SaveMCPToken", errs.Unavailable, err, "storing the token")
}

// MCPTokenUser implements bot.Store.
func (s *BotStore) MCPTokenUser(ctx context.Context, hash string) (bot.UserID, bool, error) {
	var u string
	err := s.DB.SQL.QueryRowContext(ctx, `SELECT user_id FROM mcp_tokens WHERE hash = ? AND revoked_at IS NULL`, hash).Scan(&u)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, errs.Wrap("sqlite.MCPTokenUser", errs.Unavailable, err, "query")
	}
	return bot.UserID(u), true, nil
}

// RevokeMCPTokens implements bot.Store.
func (s *BotStore) RevokeMCPTokens(ctx context.Context, u bot.UserID) (int, error) {
	res, err := s.DB.SQL.ExecContext(ctx, `UPDATE mcp_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL`, ts(s.DB.now()), string(u))
	if err != nil {
		return 0, errs.Wrap("sqlite.RevokeMCPTokens", errs.Unavailable, err, "revoking tokens")
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}
