package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/errs"
)

// auditLock serialises appends to the audit log, so its chain is linear.
const auditLock = `SELECT pg_advisory_xact_lock(hashtext('assay.audit'))`

// appendAudit adds an entry to the chain at time at, under the audit
// lock, with its checkpoint when the store has an anchor.
func (s *AssessorStore) appendAudit(ctx context.Context, tx pgx.Tx, e *assessor.Entry, at time.Time) error {
	if _, err := tx.Exec(ctx, auditLock); err != nil {
		return err
	}
	var prev string
	err := tx.QueryRow(ctx, `SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`).Scan(&e.Seq, &prev)
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return err
	}
	e.Link(e.Seq, prev, at)
	if err := insertAudit(ctx, tx, e); err != nil || s.Anchor == nil {
		return err
	}
	return insertCheckpoint(ctx, tx, s.Anchor.Sign(e))
}

// insertCheckpoint writes a checkpoint as it is.
func insertCheckpoint(ctx context.Context, tx pgx.Tx, c *assessor.Checkpoint) error {
	_, err := tx.Exec(ctx, `INSERT INTO audit_checkpoints (seq, hash, at, key_id, sig) VALUES ($1, $2, $3, $4, $5)`,
		c.Seq, c.Hash, c.At, c.KeyID, c.Sig)
	return err
}

// insertAudit writes an entry as it is.
func insertAudit(ctx context.Context, tx pgx.Tx, e *assessor.Entry) error {
	_, err := tx.Exec(ctx, `
		INSERT INTO audit_log (seq, at, actor, door, action, draft_id, before, after, prompt, model, prev_hash, hash)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
		e.Seq, e.At, e.Actor, e.Door, e.Action, nullable(e.DraftID), e.Before, e.After, e.Prompt, e.Model, e.PrevHash, e.Hash)
	return err
}

// AuditLog implements assessor.Store.
func (s *AssessorStore) AuditLog(ctx context.Context, fn func(*assessor.Entry) error) error {
	rows, err := s.DB.Pool.Query(ctx, `SELECT seq, at, actor, door, action, COALESCE(draft_id::text, ''), before, after, prompt, model, prev_hash, hash
		FROM audit_log ORDER BY seq`)
	if err != nil {
		return errs.Wrap("postgres.AuditLog", errs.Unavailable, err, "query")
	}
	var e assessor.Entry
	var fnErr error
	_, err = pgx.ForEachRow(rows, []any{&e.Seq, &e.At, &e.Actor, &e.Door, &e.Action, &e.DraftID, &e.Before, &e.After, &e.Prompt, &e.Model, &e.PrevHash, &e.Hash}, func() error {
		x := e
		fnErr = fn(&x)
		return fnErr
	})
	if fnErr != nil {
		return fnErr
	}
	return errs.Wrap("postgres.AuditLog", errs.Unavailable, err, "query")
}

// Checkpoints implements assessor.Store.
func (s *AssessorStore) Checkpoints(ctx context.Context, fn func(*assessor.Checkpoint) error) error {
	rows, err := s.DB.Pool.Query(ctx, `SELECT seq, hash, at, key_id, sig FROM audit_checkpoints ORDER BY seq`)
	if err != nil {
		return errs.Wrap("postgres.Checkpoints", errs.Unavailable, err, "query")
	}
	var c assessor.Checkpoint
	var fnErr error
	_, err = pgx.ForEachRow(rows, []any{&c.Seq, &c.Hash, &c.At, &c.KeyID, &c.Sig}, func() error {
		x := c
		fnErr = fn(&x)
		return fnErr
	})
	if fnErr != nil {
		return fnErr
	}
	return errs.Wrap("postgres.Checkpoints", errs.Unavailable, err, "query")
}

// appendOnly is the function behind the guards: it refuses the statement.
const appendOnly = `CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END $$`

// guardedTables are the tables whose statement-level trigger refuses
// UPDATE, DELETE and TRUNCATE; each trigger is named after its table.
var guardedTables = []string{"audit_log", "audit_checkpoints"}

// AuditGuards implements assessor.Store: the guard function must still
// raise, and each table's trigger must exist, be enabled and fire on
// UPDATE, DELETE and TRUNCATE through that function.
func (s *AssessorStore) AuditGuards(ctx context.Context) ([]string, error) {
	const op = "postgres.AuditGuards"
	var missing []string
	var src string
	err := s.DB.Pool.QueryRow(ctx, `SELECT COALESCE((SELECT prosrc FROM pg_proc
		WHERE proname = 'audit_log_append_only' AND pronamespace = current_schema()::regnamespace), '')`).Scan(&src)
	if err != nil {
		return nil, errs.Wrap(op, errs.Unavailable, err, "reading the guard function")
	}
	if !strings.Contains(src, "RAISE EXCEPTION") {
		missing = append(missing, "function audit_log_append_only()")
	}
	for _, table := range guardedTables {
		var def, enabled string
		err := s.DB.Pool.QueryRow(ctx, `SELECT COALESCE((SELECT pg_get_triggerdef(t.oid) || '|' || t.tgenabled::text FROM pg_trigger t
			WHERE t.tgname = $1 AND t.tgrelid = to_regclass(format('%I.%I', current_schema(), $2::text))), '|')`, table+"_append_only", table).Scan(&def)
		if err != nil {
			return nil, errs.Wrap(op, errs.Unavailable, err, "reading the guards")
		}
		def, enabled, _ = strings.Cut(def, "|")
		ok := enabled != "" && enabled != "D" && strings.Contains(def, "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()")
		for _, ev := range []string{"BEFORE ", "UPDATE", "DELETE", "TRUNCATE"} {
			ok = ok && strings.Contains(def, ev)
		}
		if !ok {
			missing = append(missing, "trigger "+table+"_append_only on "+table)
		}
	}
	return missing, nil
}

// RestoreAuditGuards implements assessor.Store: the function and every
// trigger are put back as the migrations made them, and an entry records
// what was missing, in one transaction.
func (s *AssessorStore) RestoreAuditGuards(ctx context.Context) ([]string, error) {
	const op = "postgres.RestoreAuditGuards"
	missing, err := s.AuditGuards(ctx)
	if err != nil || len(missing) == 0 {
		return nil, err
	}
	err = s.DB.inTx(ctx, func(tx pgx.Tx) error {
		stmts := []string{appendOnly}
		for _, t := range guardedTables {
			stmts = append(stmts,
				`CREATE OR REPLACE TRIGGER `+t+`_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON `+t+
					` FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`,
				`ALTER TABLE `+t+` ENABLE TRIGGER `+t+`_append_only`)
		}
		for _, q := range stmts {
			if _, err := tx.Exec(ctx, q); err != nil {
				return err
			}
		}
		after, _ := json.Marshal(map[string][]string{"restored": missing})
		return s.appendAudit(ctx, tx, &assessor.Entry{Actor: assessor.System, Action: assessor.ActGuardsRestored, After: string(after)}, s.DB.now())
	})
	if err != nil {
		return nil, errs.Wrap(op, errs.Unavailable, err, "restoring the audit log's guards (it needs the rights of the tables' owner)")
	}
	return missing, nil
}

// AppendAudit implements assessor.Store.
func (s *AssessorStore) AppendAudit(ctx context.Context, e *assessor.Entry) error {
	if e.DraftID != "" {
		return errs.E("postgres.AppendAudit", errs.Internal, "entries about a draft are written with the draft")
	}
	err := s.DB.inTx(ctx, func(tx pgx.Tx) error { return s.appendAudit(ctx, tx, e, s.DB.now()) })
	return errs.Wrap("postgres.AppendAudit", errs.Unavailable, err, "appending to the audit log")
}
