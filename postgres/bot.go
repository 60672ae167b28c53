package postgres

import (
	"context"
	"errors"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
)

// BotStore implements bot.Store.
type BotStore struct {
	DB *DB
	// Queue takes the jobs that show check-in changes in the chat.
	Queue *Queue
	// Audit records applicability decisions in the audit log.
	Audit *AssessorStore
}

var _ bot.Store = (*BotStore)(nil)

const checkinColumns = `id, framework, ref, owner, delegate, status, channel, ts, snoozed_until, COALESCE(answer_id::text, ''), question, reason,
	slot, sent_at, nudges, last_nudged_at, escalated_at, claims, created_at, updated_at, system, due_at, batch, note`

func scanCheckin(row pgx.Row) (*bot.Checkin, error) {
	var c bot.Checkin
	var fw, ref, owner, delegate, status, channel string
	if err := row.Scan(&c.ID, &fw, &ref, &owner, &delegate, &status, &channel, &c.TS, &c.SnoozedUntil, &c.AnswerID, &c.Question, &c.Reason,
		&c.Slot, &c.SentAt, &c.Nudges, &c.LastNudgedAt, &c.EscalatedAt, &c.Claims, &c.CreatedAt, &c.UpdatedAt, &c.System, &c.DueAt, &c.Batch, &c.Note); err != nil {
		return nil, err
	}
	c.Key = catalogs.Key{Framework: catalogs.FrameworkID(fw), Ref: catalogs.Ref(ref)}
	c.Owner, c.Delegate, c.Status, c.Channel = bot.UserID(owner), bot.UserID(delegate), bot.CheckinStatus(status), bot.ChannelID(channel)
	return &c, nil
}

// CreateCheckin implements bot.Store. The check-in is stored claimed by
// its creator, who delivers it, so the scheduler's sender leaves it alone.
// Errors: errs.Conflict when the control already has an unfinished check-in.
func (s *BotStore) CreateCheckin(ctx context.Context, c *bot.Checkin) error {
	id, created := bot.CheckinID(uuid.NewString()), s.DB.now()
	_, err := s.DB.Pool.Exec(ctx, `
		INSERT INTO checkins (id, framework, ref, owner, delegate, status, channel, ts, slot, claimed_at, claims, created_at, updated_at, system, sort_key, batch)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1, $10, $10, $11, $12, $13)`,
		id, string(c.Key.Framework), string(c.Key.Ref), string(c.Owner), string(c.Delegate), string(c.Status), string(c.Channel), c.TS, c.Slot, created, c.System,
		bot.SortKey(c.Key, c.System), string(id))
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		return errs.E("postgres.CreateCheckin", errs.Conflict, "%s already has an open check-in", c.Key)
	}
	if err != nil {
		return errs.Wrap("postgres.CreateCheckin", errs.Unavailable, err, "storing the check-in")
	}
	c.ID, c.CreatedAt, c.UpdatedAt, c.Batch = id, created, created, string(id)
	return nil
}

// Checkin implements bot.Store.
func (s *BotStore) Checkin(ctx context.Context, id bot.CheckinID) (*bot.Checkin, error) {
	c, err := scanCheckin(s.DB.Pool.QueryRow(ctx, `SELECT `+checkinColumns+` FROM checkins WHERE id = $1`, validUUID(id)))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, errs.E("postgres.Checkin", errs.NotFound, "this check-in no longer exists")
	}
	return c, errs.Wrap("postgres.Checkin", errs.Unavailable, err, "query")
}

// UpdateCheckin implements bot.Store.
func (s *BotStore) UpdateCheckin(ctx context.Context, id bot.CheckinID, fn func(*bot.Checkin) error, effects ...bot.Effect) (*bot.Checkin, error) {
	var out *bot.Checkin
	var fnErr error
	err := s.DB.inTx(ctx, func(tx pgx.Tx) error {
		c, err := scanCheckin(tx.QueryRow(ctx, `SELECT `+checkinColumns+` FROM checkins WHERE id = $1 FOR UPDATE`, validUUID(id)))
		if errors.Is(err, pgx.ErrNoRows) {
			fnErr = errs.E("postgres.UpdateCheckin", errs.NotFound, "this check-in no longer exists")
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
		if _, err := tx.Exec(ctx, `
			UPDATE checkins SET owner = $2, delegate = $3, status = $4, channel = $5, ts = $6, snoozed_until = $7,
				answer_id = $8, question = $9, reason = $10, sent_at = $11, nudges = $12, last_nudged_at = $13, escalated_at = $14,
				updated_at = $15, due_at = $16
			WHERE id = $1`, c.ID, string(c.Owner), string(c.Delegate), string(c.Status), string(c.Channel), c.TS,
			c.SnoozedUntil, nullable(c.AnswerID), c.Question, c.Reason, c.SentAt, c.Nudges, c.LastNudgedAt, c.EscalatedAt, c.UpdatedAt, c.DueAt); err != nil {
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
	if err != nil {
		return nil, errs.Wrap("postgres.UpdateCheckin", errs.Unavailable, err, "updating the check-in")
	}
	return out, nil
}

// OpenCheckin implements bot.Store.
func (s *BotStore) OpenCheckin(ctx context.Context, k catalogs.Key) (*bot.Checkin, bool, error) {
	return s.OpenSystemCheckin(ctx, k, "")
}

// OpenSystemCheckin implements bot.Store.
func (s *BotStore) OpenSystemCheckin(ctx context.Context, k catalogs.Key, system string) (*bot.Checkin, bool, error) {
	c, err := scanCheckin(s.DB.Pool.QueryRow(ctx, `SELECT `+checkinColumns+` FROM checkins
		WHERE framework = $1 AND ref = $2 AND system = $3 AND status IN ('open', 'snoozed', 'answered', 'na_pending')`, string(k.Framework), string(k.Ref), system))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, errs.Wrap("postgres.OpenCheckin", errs.Unavailable, err, "query")
	}
	return c, true, nil
}

// CheckinForAnswer implements bot.Store.
func (s *BotStore) CheckinForAnswer(ctx context.Context, answerID assessor.AnswerID) (*bot.Checkin, bool, error) {
	c, err := scanCheckin(s.DB.Pool.QueryRow(ctx, `SELECT `+checkinColumns+` FROM checkins WHERE answer_id = $1`, validUUID(answerID)))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, errs.Wrap("postgres.CheckinForAnswer", errs.Unavailable, err, "query")
	}
	return c, true, nil
}

// CheckinsFor implements bot.Store.
func (s *BotStore) CheckinsFor(ctx context.Context, u bot.UserID) ([]*bot.Checkin, error) {
	return s.checkins(ctx, "postgres.CheckinsFor", `SELECT `+checkinColumns+` FROM checkins
		WHERE (owner = $1 OR delegate = $1) AND status IN ('open', 'snoozed', 'answered', 'na_pending') ORDER BY created_at`, string(u))
}

// CheckinHistory implements bot.Store.
func (s *BotStore) CheckinHistory(ctx context.Context, k catalogs.Key) ([]*bot.Checkin, error) {
	return s.checkins(ctx, "postgres.CheckinHistory", `SELECT `+checkinColumns+` FROM checkins
		WHERE framework = $1 AND ref = $2 ORDER BY created_at, id`, string(k.Framework), string(k.Ref))
}

func (s *BotStore) checkins(ctx context.Context, op, query string, args ...any) ([]*bot.Checkin, error) {
	rows, err := s.DB.Pool.Query(ctx, query, args...)
	if err != nil {
		return nil, errs.Wrap(op, errs.Unavailable, err, "query")
	}
	defer rows.Close()
	var out []*bot.Checkin
	for rows.Next() {
		c, err := scanCheckin(rows)
		if err != nil {
			return nil, errs.Wrap(op, errs.Internal, err, "scan")
		}
		out = append(out, c)
	}
	return out, errs.Wrap(op, errs.Unavailable, rows.Err(), "query")
}

// CountCheckins implements bot.Store.
func (s *BotStore) CountCheckins(ctx context.Context) (map[catalogs.FrameworkID]int, error) {
	m, err := s.countsByFramework(ctx, "postgres.CountCheckins",
		`SELECT framework, count(*) FROM checkins WHERE status IN ('open', 'snoozed', 'na_pending') GROUP BY framework`)
	return column(m, 0), err
}

// countsByFramework runs a query whose rows are a framework and integer
// counts, and returns the counts by framework.
func (s *BotStore) countsByFramework(ctx context.Context, op, sql string, args ...any) (map[catalogs.FrameworkID][]int, error) {
	rows, err := s.DB.Pool.Query(ctx, sql, args...)
	if err != nil {
		return nil, errs.Wrap(op, errs.Unavailable, err, "query")
	}
	defer rows.Close()
	out := map[catalogs.FrameworkID][]int{}
	for rows.Next() {
		vals, err := rows.Values()
		if err != nil || len(vals) < 2 {
			return nil, errs.Wrap(op, errs.Internal, err, "scan")
		}
		fw, _ := vals[0].(string)
		counts := make([]int, len(vals)-1)
		for i, v := range vals[1:] {
			n, _ := v.(int64)
			counts[i] = int(n)
		}
		out[catalogs.FrameworkID(fw)] = counts
	}
	return out, errs.Wrap(op, errs.Unavailable, rows.Err(), "query")
}

// column picks one count of each framework.
func column(m map[catalogs.FrameworkID][]int, i int) map[catalogs.FrameworkID]int {
	out := make(map[catalogs.FrameworkID]int, len(m))
	for fw, v := range m {
		out[fw] = v[i]
	}
	return out
}

// ClaimReviewPost implements bot.Store.
func (s *BotStore) ClaimReviewPost(ctx context.Context, draftID assessor.DraftID, ch bot.ChannelID) (bool, error) {
	tag, err := s.DB.Pool.Exec(ctx, `INSERT INTO review_posts (draft_id, channel, claimed_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
		validUUID(draftID), string(ch), s.DB.now())
	if err != nil {
		return false, errs.Wrap("postgres.ClaimReviewPost", errs.Unavailable, err, "claiming the review post")
	}
	return tag.RowsAffected() == 1, nil
}

// SetReviewPost implements bot.Store.
func (s *BotStore) SetReviewPost(ctx context.Context, draftID assessor.DraftID, ts string) error {
	_, err := s.DB.Pool.Exec(ctx, `UPDATE review_posts SET ts = $2 WHERE draft_id = $1`, validUUID(draftID), ts)
	return errs.Wrap("postgres.SetReviewPost", errs.Unavailable, err, "recording the review post")
}

// ReleaseReviewPost implements bot.Store.
func (s *BotStore) ReleaseReviewPost(ctx context.Context, draftID assessor.DraftID) error {
	_, err := s.DB.Pool.Exec(ctx, `DELETE FROM review_posts WHERE draft_id = $1 AND ts = ''`, validUUID(draftID))
	return errs.Wrap("postgres.ReleaseReviewPost", errs.Unavailable, err, "releasing the review post")
}

// ReviewPost implements bot.Store.
func (s *BotStore) ReviewPost(ctx context.Context, draftID assessor.DraftID) (bot.ChannelID, string, bool, error) {
	var ch, ts string
	err := s.DB.Pool.QueryRow(ctx, `SELECT channel, ts FROM review_posts WHERE draft_id = $1`, validUUID(draftID)).Scan(&ch, &ts)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", "", false, nil
	}
	if err != nil {
		return "", "", false, errs.Wrap("postgres.ReviewPost", errs.Unavailable, err, "query")
	}
	return bot.ChannelID(ch), ts, true, nil
}

// SetAnnounced implements bot.Store.
func (s *BotStore) SetAnnounced(ctx context.Context, draftID assessor.DraftID) error {
	_, err := s.DB.Pool.Exec(ctx, `INSERT INTO decision_notices (draft_id, announced_at) VALUES ($1, $2)
		ON CONFLICT (draft_id) DO UPDATE SET announced_at = excluded.announced_at`, validUUID(draftID), s.DB.now())
	return errs.Wrap("postgres.SetAnnounced", errs.Unavailable, err, "recording the announcement")
}

// Announced implements bot.Store.
func (s *BotStore) Announced(ctx context.Context, draftID assessor.DraftID) (bool, error) {
	var ok bool
	err := s.DB.Pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM decision_notices WHERE draft_id = $1 AND announced_at IS NOT NULL)`, validUUID(draftID)).Scan(&ok)
	return ok, errs.Wrap("postgres.Announced", errs.Unavailable, err, "query")
}

// Assign implements bot.Store.
func (s *BotStore) Assign(ctx context.Context, k catalogs.Key, u bot.UserID) error {
	_, err := s.DB.Pool.Exec(ctx, `
		INSERT INTO owner_assignments (framework, ref, owner, assigned_at) VALUES ($1, $2, $3, $4)
		ON CONFLICT (framework, ref) DO UPDATE SET owner = excluded.owner, assigned_at = excluded.assigned_at`, string(k.Framework), string(k.Ref), string(u), s.DB.now())
	return errs.Wrap("postgres.Assign", errs.Unavailable, err, "assigning the owner")
}

// Assigned implements bot.Store.
func (s *BotStore) Assigned(ctx context.Context, k catalogs.Key) (bot.UserID, bool, error) {
	var u string
	err := s.DB.Pool.QueryRow(ctx, `SELECT owner FROM owner_assignments WHERE framework = $1 AND ref = $2`, string(k.Framework), string(k.Ref)).Scan(&u)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, errs.Wrap("postgres.Assigned", errs.Unavailable, err, "query")
	}
	return bot.UserID(u), true, nil
}

// Assignments implements bot.Store.
func (s *BotStore) Assignments(ctx context.Context) (map[catalogs.Key]bot.UserID, error) {
	rows, err := s.DB.Pool.Query(ctx, `SELECT framework, ref, owner FROM owner_assignments`)
	if err != nil {
		return nil, errs.Wrap("postgres.Assignments", errs.Unavailable, err, "query")
	}
	defer rows.Close()
	out := map[catalogs.Key]bot.UserID{}
	for rows.Next() {
		var fw, ref, owner string
		if err := rows.Scan(&fw, &ref, &owner); err != nil {
			return nil, errs.Wrap("postgres.Assignments", errs.Internal, err, "scan")
		}
		out[catalogs.Key{Framework: catalogs.FrameworkID(fw), Ref: catalogs.Ref(ref)}] = bot.UserID(owner)
	}
	return out, errs.Wrap("postgres.Assignments", errs.Unavailable, rows.Err(), "query")
}

// LatestRatings implements bot.Store.
func (s *BotStore) LatestRatings(ctx context.Context) (map[catalogs.Key]int, error) {
	rows, err := s.DB.Pool.Query(ctx, `
		SELECT DISTINCT ON (framework, ref) framework, ref, final_level FROM drafts
		WHERE status IN ('confirmed', 'adjusted') AND system = '' ORDER BY framework, ref, decided_at DESC`)
	if err != nil {
		return nil, errs.Wrap("postgres.LatestRatings", errs.Unavailable, err, "query")
	}
	defer rows.Close()
	out := map[catalogs.Key]int{}
	for rows.Next() {
		var fw, ref string
		var lvl int
		if err := rows.Scan(&fw, &ref, &lvl); err != nil {
			return nil, errs.Wrap("postgres.LatestRatings", errs.Internal, err, "scan")
		}
		out[catalogs.Key{Framework: catalogs.FrameworkID(fw), Ref: catalogs.Ref(ref)}] = lvl
	}
	return out, errs.Wrap("postgres.LatestRatings", errs.Unavailable, rows.Err(), "query")
}

// ApplyProgram stores a program file as the one in force.
func (s *BotStore) ApplyProgram(ctx context.Context, name, source, by string) error {
	_, err := s.DB.Pool.Exec(ctx, `INSERT INTO programs (name, source, applied_by, applied_at) VALUES ($1, $2, $3, $4)`, name, source, by, s.DB.now())
	return errs.Wrap("postgres.ApplyProgram", errs.Unavailable, err, "storing the program")
}

// CurrentProgram returns the program in force, if any.
func (s *BotStore) CurrentProgram(ctx context.Context) (*program.Stored, bool, error) {
	var p program.Stored
	err := s.DB.Pool.QueryRow(ctx, `SELECT name, source, applied_by, applied_at FROM programs ORDER BY id DESC LIMIT 1`).
		Scan(&p.Name, &p.Source, &p.AppliedBy, &p.AppliedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, errs.Wrap("postgres.CurrentProgram", errs.Unavailable, err, "query")
	}
	return &p, true, nil
}

// CreateSlotCheckins stores scheduled check-ins that do not exist yet: a
// control already asked for this slot, or with an unfinished check-in, is
// skipped. It returns how many were created.
func (s *BotStore) CreateSlotCheckins(ctx context.Context, cks []*bot.Checkin) (int, error) {
	created := 0
	for _, c := range cks {
		tag, err := s.DB.Pool.Exec(ctx, `
			INSERT INTO checkins (id, framework, ref, owner, status, slot, created_at, updated_at, system, sort_key, note) VALUES ($1, $2, $3, $4, 'open', $5, $6, $6, $7, $8, $9)
			ON CONFLICT DO NOTHING`, uuid.NewString(), string(c.Key.Framework), string(c.Key.Ref), string(c.Owner), c.Slot, s.DB.now(), c.System, bot.SortKey(c.Key, c.System), c.Note)
		if err != nil {
			return created, errs.Wrap("postgres.CreateSlotCheckins", errs.Unavailable, err, "storing check-ins")
		}
		created += int(tag.RowsAffected())
	}
	return created, nil
}

// ClaimUnsent claims, for lease, up to limit stored check-ins of one
// owner that were never sent, in their natural order: a claim by a sender
// that died expires and the next tick, on any replica, sends them. Each
// claimed check-in joins batch unless it is in one already (its sender
// died after naming the message); those come first.
func (s *BotStore) ClaimUnsent(ctx context.Context, owner bot.UserID, now time.Time, lease time.Duration, limit int, batch string) ([]*bot.Checkin, error) {
	rows, err := s.DB.Pool.Query(ctx, `
		UPDATE checkins SET claimed_at = $1, claims = claims + 1, batch = CASE WHEN batch = '' THEN $5 ELSE batch END WHERE id IN (
			SELECT id FROM checkins WHERE owner = $4 AND ts = '' AND status = 'open' AND (claimed_at IS NULL OR claimed_at < $2)
			ORDER BY batch = '', batch, sort_key, id LIMIT $3 FOR UPDATE SKIP LOCKED)
		RETURNING `+checkinColumns, now, now.Add(-lease), limit, string(owner), batch)
	if err != nil {
		return nil, errs.Wrap("postgres.ClaimUnsent", errs.Unavailable, err, "claiming check-ins")
	}
	out, err := collectCheckins(rows, "postgres.ClaimUnsent")
	bot.SortCheckins(out)
	return out, err
}

// UnsentOwners lists the owners with check-ins waiting to be sent that no
// sender holds.
func (s *BotStore) UnsentOwners(ctx context.Context, now time.Time, lease time.Duration) ([]bot.UserID, error) {
	rows, err := s.DB.Pool.Query(ctx, `SELECT DISTINCT owner FROM checkins WHERE ts = '' AND status = 'open' AND (claimed_at IS NULL OR claimed_at < $1) ORDER BY owner`,
		now.Add(-lease))
	if err != nil {
		return nil, errs.Wrap("postgres.UnsentOwners", errs.Unavailable, err, "query")
	}
	us, err := pgx.CollectRows(rows, pgx.RowTo[string])
	out := make([]bot.UserID, len(us))
	for i, u := range us {
		out[i] = bot.UserID(u)
	}
	return out, errs.Wrap("postgres.UnsentOwners", errs.Unavailable, err, "query")
}

// ScheduledSentSince counts, per owner, the scheduled check-ins sent at
// or after since (the rollout's daily allowance).
func (s *BotStore) ScheduledSentSince(ctx context.Context, since time.Time) (map[bot.UserID]int, error) {
	rows, err := s.DB.Pool.Query(ctx, `SELECT owner, count(*) FROM checkins WHERE slot IS NOT NULL AND sent_at >= $1 GROUP BY owner`, since)
	if err != nil {
		return nil, errs.Wrap("postgres.ScheduledSentSince", errs.Unavailable, err, "query")
	}
	defer rows.Close()
	out := map[bot.UserID]int{}
	for rows.Next() {
		var u string
		var n int
		if err := rows.Scan(&u, &n); err != nil {
			return nil, errs.Wrap("postgres.ScheduledSentSince", errs.Internal, err, "scan")
		}
		out[bot.UserID(u)] = n
	}
	return out, errs.Wrap("postgres.ScheduledSentSince", errs.Unavailable, rows.Err(), "query")
}

// WaitingCheckins implements bot.Store.
func (s *BotStore) WaitingCheckins(ctx context.Context) ([]*bot.Checkin, error) {
	return s.checkins(ctx, "postgres.WaitingCheckins", `SELECT `+checkinColumns+` FROM checkins
		WHERE status IN ('open', 'snoozed') AND ts <> '' ORDER BY due_at NULLS LAST, sort_key, id`)
}

// CheckinBatch implements bot.Store.
func (s *BotStore) CheckinBatch(ctx context.Context, batch string) ([]*bot.Checkin, error) {
	if batch == "" {
		return nil, nil
	}
	rows, err := s.DB.Pool.Query(ctx, `SELECT `+checkinColumns+` FROM checkins WHERE batch = $1 ORDER BY sort_key, id`, batch)
	if err != nil {
		return nil, errs.Wrap("postgres.CheckinBatch", errs.Unavailable, err, "query")
	}
	return collectCheckins(rows, "postgres.CheckinBatch")
}

func collectCheckins(rows pgx.Rows, op string) ([]*bot.Checkin, error) {
	defer rows.Close()
	var out []*bot.Checkin
	for rows.Next() {
		c, err := scanCheckin(rows)
		if err != nil {
			return nil, errs.Wrap(op, errs.Internal, err, "scan")
		}
		out = append(out, c)
	}
	return out, errs.Wrap(op, errs.Unavailable, rows.Err(), "query")
}

// ClaimNudges claims the reminders due at now: sent, unanswered check-ins
// (snoozed ones once their snooze is over) last nudged, or sent, before
// now-after, and not yet escalated. Each claim counts the nudge, so two
// replicas never nudge the same check-in for the same period.
func (s *BotStore) ClaimNudges(ctx context.Context, now time.Time, after time.Duration, limit int) ([]*bot.Checkin, error) {
	rows, err := s.DB.Pool.Query(ctx, `
		UPDATE checkins SET nudges = nudges + 1, last_nudged_at = $1,
			status = CASE WHEN status = 'snoozed' THEN 'open' ELSE status END
		WHERE id IN (
			SELECT id FROM checkins
			WHERE ts <> '' AND escalated_at IS NULL AND (
			  (status = 'snoozed' AND snoozed_until <= $1) OR
			  (status = 'open' AND GREATEST(COALESCE(last_nudged_at, sent_at, created_at), COALESCE(snoozed_until, '-infinity')) <= $2))
			ORDER BY created_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)
		RETURNING `+checkinColumns, now, now.Add(-after), limit)
	if err != nil {
		return nil, errs.Wrap("postgres.ClaimNudges", errs.Unavailable, err, "claiming reminders")
	}
	return collectCheckins(rows, "postgres.ClaimNudges")
}

// RatedAt returns when each control was last rated.
func (s *BotStore) RatedAt(ctx context.Context) (map[catalogs.Key]time.Time, error) {
	rows, err := s.DB.Pool.Query(ctx, `SELECT framework, ref, max(decided_at) FROM drafts WHERE status IN ('confirmed', 'adjusted') AND system = '' GROUP BY framework, ref`)
	if err != nil {
		return nil, errs.Wrap("postgres.RatedAt", errs.Unavailable, err, "query")
	}
	defer rows.Close()
	out := map[catalogs.Key]time.Time{}
	for rows.Next() {
		var fw, ref string
		var at time.Time
		if err := rows.Scan(&fw, &ref, &at); err != nil {
			return nil, errs.Wrap("postgres.RatedAt", errs.Internal, err, "scan")
		}
		out[catalogs.Key{Framework: catalogs.FrameworkID(fw), Ref: catalogs.Ref(ref)}] = at
	}
	return out, errs.Wrap("postgres.RatedAt", errs.Unavailable, rows.Err(), "query")
}

// CheckinStats counts unfinished check-ins per framework, and those
// still unanswered past their due date at now.
func (s *BotStore) CheckinStats(ctx context.Context, now time.Time) (open, overdue map[catalogs.FrameworkID]int, err error) {
	m, err := s.countsByFramework(ctx, "postgres.CheckinStats", `
		SELECT framework, count(*), count(*) FILTER (WHERE status IN ('open', 'snoozed') AND due_at < $1)
		FROM checkins WHERE status IN ('open', 'snoozed', 'na_pending') GROUP BY framework`, now)
	return column(m, 0), column(m, 1), err
}

// RolloutStats says how far check-ins have gone out.
func (s *BotStore) RolloutStats(ctx context.Context) (bot.RolloutStats, error) {
	var r bot.RolloutStats
	err := s.DB.Pool.QueryRow(ctx, `
		SELECT count(*) FILTER (WHERE ts <> ''), count(DISTINCT owner) FILTER (WHERE ts <> ''),
			count(*) FILTER (WHERE ts = '' AND status = 'open'), max(due_at) FILTER (WHERE ts <> '')
		FROM checkins WHERE status IN ('open', 'snoozed', 'na_pending')`).Scan(&r.Sent, &r.Owners, &r.Waiting, &r.DueBy)
	return r, errs.Wrap("postgres.RolloutStats", errs.Unavailable, err, "query")
}

// PendingDrafts counts drafts waiting for a lead (pending or failed) per framework.
func (s *BotStore) PendingDrafts(ctx context.Context) (map[catalogs.FrameworkID]int, error) {
	m, err := s.countsByFramework(ctx, "postgres.PendingDrafts", `SELECT framework, count(*) FROM drafts WHERE status IN ('pending', 'failed') GROUP BY framework`)
	return column(m, 0), err
}

// SaveDigest stores a digest snapshot (JSON). With a slot, a second save
// for the same program and slot stores nothing and returns false.
func (s *BotStore) SaveDigest(ctx context.Context, program string, slot *time.Time, snapshot []byte) (bool, error) {
	tag, err := s.DB.Pool.Exec(ctx, `INSERT INTO digests (program, slot, snapshot, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
		program, slot, snapshot, s.DB.now())
	if err != nil {
		return false, errs.Wrap("postgres.SaveDigest", errs.Unavailable, err, "storing the digest")
	}
	return tag.RowsAffected() == 1, nil
}

// LastDigest returns the newest stored digest of a program (JSON).
func (s *BotStore) LastDigest(ctx context.Context, program string) ([]byte, bool, error) {
	var b []byte
	err := s.DB.Pool.QueryRow(ctx, `SELECT snapshot FROM digests WHERE program = $1 ORDER BY created_at DESC, id DESC LIMIT 1`, program).Scan(&b)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, errs.Wrap("postgres.LastDigest", errs.Unavailable, err, "query")
	}
	return b, true, nil
}

// HasDigest reports whether a digest was kept for a program's slot.
func (s *BotStore) HasDigest(ctx context.Context, program string, slot time.Time) (bool, error) {
	var ok bool
	err := s.DB.Pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM digests WHERE program = $1 AND slot = $2)`, program, slot).Scan(&ok)
	return ok, errs.Wrap("postgres.HasDigest", errs.Unavailable, err, "query")
}

// Digest returns a stored digest (JSON) by id, or the newest of any
// program when id is 0.
func (s *BotStore) Digest(ctx context.Context, id int64) ([]byte, bool, error) {
	var b []byte
	err := s.DB.Pool.QueryRow(ctx, `SELECT snapshot FROM digests WHERE $1 = 0 OR id = $1 ORDER BY id DESC LIMIT 1`, id).Scan(&b)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, errs.Wrap("postgres.Digest", errs.Unavailable, err, "query")
	}
	return b, true, nil
}

// ReviewCounts counts, per framework, drafted ratings a lead confirmed or
// adjusted, and those whose level the lead changed (proposals excluded).
func (s *BotStore) ReviewCounts(ctx context.Context) (reviewed, changed map[catalogs.FrameworkID]int, err error) {
	m, err := s.countsByFramework(ctx, "postgres.ReviewCounts", `
		SELECT framework, count(*), count(*) FILTER (WHERE final_level <> level) FROM drafts
		WHERE status IN ('confirmed', 'adjusted') AND level IS NOT NULL AND drafter <> 'crosswalk' GROUP BY framework`)
	return column(m, 0), column(m, 1), err
}

// SystemRatings implements bot.Store.
func (s *BotStore) SystemRatings(ctx context.Context) (map[bot.SystemKey]bot.Rating, error) {
	rows, err := s.DB.Pool.Query(ctx, `
		SELECT DISTINCT ON (framework, ref, system) framework, ref, system, final_level, decided_at FROM drafts
		WHERE status IN ('confirmed', 'adjusted') AND system <> '' ORDER BY framework, ref, system, decided_at DESC`)
	if err != nil {
		return nil, errs.Wrap("postgres.SystemRatings", errs.Unavailable, err, "query")
	}
	defer rows.Close()
	out := map[bot.SystemKey]bot.Rating{}
	for rows.Next() {
		var fw, ref, system string
		var r bot.Rating
		if err := rows.Scan(&fw, &ref, &system, &r.Level, &r.At); err != nil {
			return nil, errs.Wrap("postgres.SystemRatings", errs.Unavailable, err, "query")
		}
		out[bot.SystemKey{Key: catalogs.Key{Framework: catalogs.FrameworkID(fw), Ref: catalogs.Ref(ref)}, System: system}] = r
	}
	return out, errs.Wrap("postgres.SystemRatings", errs.Unavailable, rows.Err(), "query")
}

// EvidenceExpiring lists the latest ratings whose answer's evidence stops
// holding before before (per control and AI system).
func (s *BotStore) EvidenceExpiring(ctx context.Context, before time.Time) ([]bot.ExpiringEvidence, error) {
	rows, err := s.DB.Pool.Query(ctx, `
		SELECT framework, ref, system, evidence_valid_until, files FROM (
			SELECT d.framework, d.ref, d.system, a.evidence_valid_until, a.files,
				row_number() OVER (PARTITION BY d.framework, d.ref, d.system ORDER BY d.decided_at DESC, d.id DESC) AS n
			FROM drafts d JOIN answers a ON a.id = d.answer_id
			WHERE d.status IN ('confirmed', 'adjusted')) latest
		WHERE n = 1 AND evidence_valid_until < $1 ORDER BY evidence_valid_until, framework, ref`, before)
	if err != nil {
		return nil, errs.Wrap("postgres.EvidenceExpiring", errs.Unavailable, err, "query")
	}
	defer rows.Close()
	var out []bot.ExpiringEvidence
	for rows.Next() {
		var e bot.ExpiringEvidence
		var fw, ref string
		var files []byte
		if err := rows.Scan(&fw, &ref, &e.System, &e.ValidUntil, &files); err != nil {
			return nil, errs.Wrap("postgres.EvidenceExpiring", errs.Internal, err, "scan")
		}
		e.Key = catalogs.Key{Framework: catalogs.FrameworkID(fw), Ref: catalogs.Ref(ref)}
		e.Files = bot.ExpiringFiles(files, e.ValidUntil)
		out = append(out, e)
	}
	return out, errs.Wrap("postgres.EvidenceExpiring", errs.Unavailable, rows.Err(), "query")
}

// SetDigestPost records where a program's newest digest was posted.
func (s *BotStore) SetDigestPost(ctx context.Context, program string, ch bot.ChannelID, ts string) error {
	_, err := s.DB.Pool.Exec(ctx, `UPDATE digests SET channel = $2, ts = $3 WHERE id = (
		SELECT id FROM digests WHERE program = $1 ORDER BY created_at DESC, id DESC LIMIT 1)`, program, string(ch), ts)
	return errs.Wrap("postgres.SetDigestPost", errs.Unavailable, err, "recording the digest's post")
}

// LastDigestPost returns where the newest posted digest of a program is,
// and when it was made.
func (s *BotStore) LastDigestPost(ctx context.Context, program string) (bot.ChannelID, string, time.Time, bool, error) {
	var ch, ts string
	var at time.Time
	err := s.DB.Pool.QueryRow(ctx, `SELECT channel, ts, created_at FROM digests WHERE program = $1 AND ts <> '' ORDER BY created_at DESC, id DESC LIMIT 1`, program).Scan(&ch, &ts, &at)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", "", time.Time{}, false, nil
	}
	if err != nil {
		return "", "", time.Time{}, false, errs.Wrap("postgres.LastDigestPost", errs.Unavailable, err, "query")
	}
	return bot.ChannelID(ch), ts, at, true, nil
}

// SaveMCPToken implements bot.Store.
func (s *BotStore) SaveMCPToken(ctx context.Context, hash string, u bot.UserID) error {
	_, err := s.DB.Pool.Exec(ctx, `INSERT INTO mcp_tokens (hash, user_id, created_at) VALUES ($1, $2, $3)`, hash, string(u), s.DB.now())
	return errs.Wrap("postgres.SaveMCPToken", errs.Unavailable, err, "storing the token")
}

// MCPTokenUser implements bot.Store.
func (s *BotStore) MCPTokenUser(ctx context.Context, hash string) (bot.UserID, bool, error) {
	var u string
	err := s.DB.Pool.QueryRow(ctx, `SELECT user_id FROM mcp_tokens WHERE hash = $1 AND revoked_at IS NULL`, hash).Scan(&u)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, errs.Wrap("postgres.MCPTokenUser", errs.Unavailable, err, "query")
	}
	return bot.UserID(u), true, nil
}

// RevokeMCPTokens implements bot.Store.
func (s *BotStore) RevokeMCPTokens(ctx context.Context, u bot.UserID) (int, error) {
	tag, err := s.DB.Pool.Exec(ctx, `UPDATE mcp_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL`, string(u), s.DB.now())
	if err != nil {
		return 0, errs.Wrap("postgres.RevokeMCPTokens", errs.Unavailable, err, "revoking tokens")
	}
	return int(tag.RowsAffected()), nil
}
