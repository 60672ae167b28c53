package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/errs"
)

// appendAudit adds an entry to the chain at time at, with its checkpoint
// when the store has an anchor; the store's single connection serialises
// appends.
func (s *AssessorStore) appendAudit(ctx context.Context, tx *sql.Tx, e *assessor.Entry, at time.Time) error {
	var prev string
	err := tx.QueryRowContext(ctx, `SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`).Scan(&e.Seq, &prev)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	e.Link(e.Seq, prev, at)
	if err := insertAudit(ctx, tx, e); err != nil || s.Anchor == nil {
		return err
	}
	return insertCheckpoint(ctx, tx, s.Anchor.Sign(e))
}

// insertCheckpoint writes a checkpoint as it is.
func insertCheckpoint(ctx context.Context, tx *sql.Tx, c *assessor.Checkpoint) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO audit_checkpoints (seq, hash, at, key_id, sig) VALUES (?, ?, ?, ?, ?)`,
		c.Seq, c.Hash, ts(c.At), c.KeyID, c.Sig)
	return err
}

// insertAudit writes an entry as it is.
func insertAudit(ctx context.Context, tx *sql.Tx, e *assessor.Entry) error {
	_, err := tx.ExecContext(ctx, `
		INSERT INTO audit_log (seq, at, actor, door, action, draft_id, before, after, prompt, model, prev_hash, hash)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		e.Seq, ts(e.At), e.Actor, e.Door, e.Action, nullString(e.DraftID), e.Before, e.After, e.Prompt, e.Model, e.PrevHash, e.Hash)
	return err
}

// AuditLog implements assessor.Store.
func (s *AssessorStore) AuditLog(ctx context.Context, fn func(*assessor.Entry) error) error {
	rows, err := s.DB.SQL.QueryContext(ctx, `SELECT seq, at, actor, door, action, COALESCE(draft_id, ''), before, after, prompt, model, prev_hash, hash FROM audit_log ORDER BY seq`)
	if err != nil {
		return errs.Wrap("sqlite.AuditLog", errs.Unavailable, err, "query")
	}
	// Read everything first: the store has one connection, and fn may use it.
	entries, err := collect(rows, func(r *sql.Rows) (*assessor.Entry, error) {
		var e assessor.Entry
		var at string
		err := r.Scan(&e.Seq, &at, &e.Actor, &e.Door, &e.Action, &e.DraftID, &e.Before, &e.After, &e.Prompt, &e.Model, &e.PrevHash, &e.Hash)
		e.At = parseTS(at)
		return &e, err
	})
	if err != nil {
		return errs.Wrap("sqlite.AuditLog", errs.Unavailable, err, "query")
	}
	for _, e := range entries {
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}

// Checkpoints implements assessor.Store.
func (s *AssessorStore) Checkpoints(ctx context.Context, fn func(*assessor.Checkpoint) error) error {
	rows, err := s.DB.SQL.QueryContext(ctx, `SELECT seq, hash, at, key_id, sig FROM audit_checkpoints ORDER BY seq`)
	if err != nil {
		return errs.Wrap("sqlite.Checkpoints", errs.Unavailable, err, "query")
	}
	cps, err := collect(rows, func(r *sql.Rows) (*assessor.Checkpoint, error) {
		var c assessor.Checkpoint
		var at string
		err := r.Scan(&c.Seq, &c.Hash, &at, &c.KeyID, &c.Sig)
		c.At = parseTS(at)
		return &c, err
	})
	if err != nil {
		return errs.Wrap("sqlite.Checkpoints", errs.Unavailable, err, "query")
	}
	for _, c := range cps {
		if err := fn(c); err != nil {
			return err
		}
	}
	return nil
}

// guards are the triggers that keep the log and its checkpoints
// append-only, as the migrations create them.
var guards = func() map[string]string {
	out := map[string]string{}
	for _, t := range []string{"audit_log", "audit_checkpoints"} {
		for _, op := range []string{"update", "delete"} {
			name := t + "_no_" + op
			out[name] = `CREATE TRIGGER ` + name + ` BEFORE ` + strings.ToUpper(op) + ` ON ` + t +
				` BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`
		}
	}
	return out
}()

// AuditGuards implements assessor.Store: each trigger must be there as
// the migrations made it.
func (s *AssessorStore) AuditGuards(ctx context.Context) ([]string, error) {
	rows, err := s.DB.SQL.QueryContext(ctx, `SELECT name, sql FROM sqlite_master WHERE type = 'trigger'`)
	if err != nil {
		return nil, errs.Wrap("sqlite.AuditGuards", errs.Unavailable, err, "query")
	}
	type trig struct{ name, sql string }
	found, err := collect(rows, func(r *sql.Rows) (trig, error) {
		var t trig
		return t, r.Scan(&t.name, &t.sql)
	})
	if err != nil {
		return nil, errs.Wrap("sqlite.AuditGuards", errs.Unavailable, err, "query")
	}
	have := map[string]string{}
	for _, t := range found {
		have[t.name] = strings.Join(strings.Fields(t.sql), " ")
	}
	var missing []string
	for name, def := range guards {
		if have[name] != def {
			missing = append(missing, "trigger "+name)
		}
	}
	slices.Sort(missing)
	return missing, nil
}

// RestoreAuditGuards implements assessor.Store: missing or altered
// triggers are recreated, and an entry records it, in one transaction.
func (s *AssessorStore) RestoreAuditGuards(ctx context.Context) ([]string, error) {
	missing, err := s.AuditGuards(ctx)
	if err != nil || len(missing) == 0 {
		return nil, err
	}
	err = s.DB.inTx(ctx, func(tx *sql.Tx) error {
		for _, m := range missing {
			name := strings.TrimPrefix(m, "trigger ")
			if _, err := tx.ExecContext(ctx, `DROP TRIGGER IF EXISTS `+name); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, guards[name]); err != nil {
				return err
			}
		}
		after, _ := json.Marshal(map[string][]string{"restored": missing})
		return s.appendAudit(ctx, tx, &assessor.Entry{Actor: assessor.System, Action: assessor.ActGuardsRestored, After: string(after)}, s.DB.now())
	})
	if err != nil {
		return nil, errs.Wrap("sqlite.RestoreAuditGuards", errs.Unavailable, err, "restoring the audit log's guards")
	}
	return missing, nil
}

// AppendAudit implements assessor.Store.
func (s *AssessorStore) AppendAudit(ctx context.Context, e *assessor.Entry) error {
	if e.DraftID != "" {
		return errs.E("sqlite.AppendAudit", errs.Internal, "entries about a draft are written with the draft")
	}
	err := s.DB.inTx(ctx, func(tx *sql.Tx) error { return s.appendAudit(ctx, tx, e, s.DB.now()) })
	return errs.Wrap("sqlite.AppendAudit", errs.Unavailable, err, "appending to the audit log")
}
