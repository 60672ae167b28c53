package postgres

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/jobs"
)

// enqueueEffects inserts the jobs that show a check-in change in the chat,
// in the change's transaction.
func (s *BotStore) enqueueEffects(ctx context.Context, tx pgx.Tx, effects []bot.Effect) error {
	if len(effects) == 0 {
		return nil
	}
	if s.Queue == nil {
		return errs.E("postgres.UpdateCheckin", errs.Internal, "no job queue to show the change in the chat")
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
	const op = "postgres.ClaimEffect"
	now := s.DB.now()
	tag, err := s.DB.Pool.Exec(ctx, `
		INSERT INTO chat_effects (key, claimed_at) VALUES ($1, $2)
		ON CONFLICT (key) DO UPDATE SET claimed_at = excluded.claimed_at
		WHERE chat_effects.ts = '' AND (chat_effects.claimed_at IS NULL OR chat_effects.claimed_at <= $3)`, key, now, now.Add(-lease))
	if err != nil {
		return false, false, errs.Wrap(op, errs.Unavailable, err, "claiming the post")
	}
	if tag.RowsAffected() == 1 {
		return true, false, nil
	}
	var ts string
	err = s.DB.Pool.QueryRow(ctx, `SELECT ts FROM chat_effects WHERE key = $1`, key).Scan(&ts)
	return false, ts != "", errs.Wrap(op, errs.Unavailable, err, "reading the post")
}

// SetEffectPosted implements bot.Store.
func (s *BotStore) SetEffectPosted(ctx context.Context, key, ts string) error {
	_, err := s.DB.Pool.Exec(ctx, `UPDATE chat_effects SET ts = $2 WHERE key = $1`, key, ts)
	return errs.Wrap("postgres.SetEffectPosted", errs.Unavailable, err, "recording the post")
}

// ReleaseEffect implements bot.Store.
func (s *BotStore) ReleaseEffect(ctx context.Context, key string) error {
	_, err := s.DB.Pool.Exec(ctx, `UPDATE chat_effects SET claimed_at = NULL WHERE key = $1 AND ts = ''`, key)
	return errs.Wrap("postgres.ReleaseEffect", errs.Unavailable, err, "releasing the post")
}

// SetEffectDone implements bot.Store.
func (s *BotStore) SetEffectDone(ctx context.Context, key string) error {
	_, err := s.DB.Pool.Exec(ctx, `INSERT INTO chat_effects (key, done_at) VALUES ($1, $2)
		ON CONFLICT (key) DO UPDATE SET done_at = excluded.done_at`, key, s.DB.now())
	return errs.Wrap("postgres.SetEffectDone", errs.Unavailable, err, "recording the effect")
}

// EffectDone implements bot.Store.
func (s *BotStore) EffectDone(ctx context.Context, key string) (bool, error) {
	var ok bool
	err := s.DB.Pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM chat_effects WHERE key = $1 AND done_at IS NOT NULL)`, key).Scan(&ok)
	return ok, errs.Wrap("postgres.EffectDone", errs.Unavailable, err, "query")
}
