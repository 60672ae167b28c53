package sqlite

import (
	"context"
	"database/sql"
	"time"

	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/jobs"
)

// enqueueEffects inserts the jobs that show a check-in change in the chat,
// in the change's transaction.
func (s *BotStore) enqueueEffects(ctx context.Context, tx *sql.Tx, effects []bot.Effect) error {
	if len(effects) == 0 {
		return nil
	}
	if s.Queue == nil {
		return errs.E("sqlite.UpdateCheckin", errs.Internal, "no job queue to show the change in the chat")
	}
	for _, e := range effects {
		if _, err := s.Queue.inserts.InsertTx(ctx, tx, jobs.EffectArgs{Effect: e}, jobs.EffectInsertOpts(time.Now())); err != nil {
			return err
		}
	}
	return nil
}

// ClaimEffect implements bot.Store.
func (s *BotStore) ClaimEffect(ctx context.Context, key string, lease time.Duration) (bool, bool, error) {
	const op = "sqlite.ClaimEffect"
	now := s.DB.now()
	res, err := s.DB.SQL.ExecContext(ctx, `
		INSERT INTO chat_effects (key, claimed_at) VALUES (?, ?)
		ON CONFLICT (key) DO UPDATE SET claimed_at = excluded.claimed_at
		WHERE chat_effects.ts = '' AND (chat_effects.claimed_at IS NULL OR chat_effects.claimed_at <= ?)`, key, ts(now), ts(now.Add(-lease)))
	if err != nil {
		return false, false, errs.Wrap(op, errs.Unavailable, err, "claiming the post")
	}
	if n, _ := res.RowsAffected(); n == 1 {
		return true, false, nil
	}
	var posted string
	err = s.DB.SQL.QueryRowContext(ctx, `SELECT ts FROM chat_effects WHERE key = ?`, key).Scan(&posted)
	return false, posted != "", errs.Wrap(op, errs.Unavailable, err, "reading the post")
}

// SetEffectPosted implements bot.Store.
func (s *BotStore) SetEffectPosted(ctx context.Context, key, postTS string) error {
	_, err := s.DB.SQL.ExecContext(ctx, `UPDATE chat_effects SET ts = ? WHERE key = ?`, postTS, key)
	return errs.Wrap("sqlite.SetEffectPosted", errs.Unavailable, err, "recording the post")
}

// ReleaseEffect implements bot.Store.
func (s *BotStore) ReleaseEffect(ctx context.Context, key string) error {
	_, err := s.DB.SQL.ExecContext(ctx, `UPDATE chat_effects SET claimed_at = NULL WHERE key = ? AND ts = ''`, key)
	return errs.Wrap("sqlite.ReleaseEffect", errs.Unavailable, err, "releasing the post")
}

// SetEffectDone implements bot.Store.
func (s *BotStore) SetEffectDone(ctx context.Context, key string) error {
	_, err := s.DB.SQL.ExecContext(ctx, `INSERT INTO chat_effects (key, done_at) VALUES (?, ?)
		ON CONFLICT (key) DO UPDATE SET done_at = excluded.done_at`, key, ts(s.DB.now()))
	return errs.Wrap("sqlite.SetEffectDone", errs.Unavailable, err, "recording the effect")
}

// EffectDone implements bot.Store.
func (s *BotStore) EffectDone(ctx context.Context, key string) (bool, error) {
	var ok bool
	err := s.DB.SQL.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM chat_effects WHERE key = ? AND done_at IS NOT NULL)`, key).Scan(&ok)
	return ok, errs.Wrap("sqlite.EffectDone", errs.Unavailable, err, "query")
}
