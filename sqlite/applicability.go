package sqlite

import (
	"context"
	"database/sql"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
)

// Decide implements program.DecisionStore: the decision and its audit
// entry commit together.
func (s *BotStore) Decide(ctx context.Context, d *program.Decision) error {
	const op = "sqlite.Decide"
	if err := d.Check(); err != nil {
		return err
	}
	if s.Audit == nil {
		return errs.E(op, errs.Internal, "no audit log to record the decision in")
	}
	d.DecidedAt = s.DB.now()
	err := s.DB.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO applicability (framework, ref, applicable, reason, justification, decided_by, door, decided_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, string(d.Key.Framework), string(d.Key.Ref), d.Applicable, string(d.Reason), d.Justification,
			string(d.DecidedBy), d.Door, ts(d.DecidedAt)); err != nil {
			return err
		}
		return s.Audit.appendAudit(ctx, tx, d.AuditEntry(), d.DecidedAt)
	})
	return errs.Wrap(op, errs.Unavailable, err, "storing the decision")
}

const decisionColumns = `framework, ref, applicable, reason, justification, decided_by, door, decided_at`

func scanDecision(row interface{ Scan(...any) error }) (program.Decision, error) {
	var d program.Decision
	var fw, ref, reason, by, at string
	err := row.Scan(&fw, &ref, &d.Applicable, &reason, &d.Justification, &by, &d.Door, &at)
	d.Key = catalogs.Key{Framework: catalogs.FrameworkID(fw), Ref: catalogs.Ref(ref)}
	d.Reason, d.DecidedBy, d.DecidedAt = program.Reason(reason), program.UserID(by), parseTS(at)
	return d, err
}

// Decisions implements program.DecisionStore.
func (s *BotStore) Decisions(ctx context.Context) (map[catalogs.Key]program.Decision, error) {
	rows, err := s.DB.SQL.QueryContext(ctx, `SELECT `+decisionColumns+` FROM applicability a
		WHERE id = (SELECT max(id) FROM applicability b WHERE b.framework = a.framework AND b.ref = a.ref)`)
	if err != nil {
		return nil, errs.Wrap("sqlite.Decisions", errs.Unavailable, err, "query")
	}
	defer rows.Close()
	out := map[catalogs.Key]program.Decision{}
	for rows.Next() {
		d, err := scanDecision(rows)
		if err != nil {
			return nil, errs.Wrap("sqlite.Decisions", errs.Unavailable, err, "query")
		}
		out[d.Key] = d
	}
	return out, errs.Wrap("sqlite.Decisions", errs.Unavailable, rows.Err(), "query")
}

// DecisionHistory implements program.DecisionStore.
func (s *BotStore) DecisionHistory(ctx context.Context, k catalogs.Key) ([]program.Decision, error) {
	rows, err := s.DB.SQL.QueryContext(ctx, `SELECT `+decisionColumns+` FROM applicability WHERE framework = ? AND ref = ? ORDER BY id`, string(k.Framework), string(k.Ref))
	if err != nil {
		return nil, errs.Wrap("sqlite.DecisionHistory", errs.Unavailable, err, "query")
	}
	defer rows.Close()
	var out []program.Decision
	for rows.Next() {
		d, err := scanDecision(rows)
		if err != nil {
			return nil, errs.Wrap("sqlite.DecisionHistory", errs.Unavailable, err, "query")
		}
		out = append(out, d)
	}
	return out, errs.Wrap("sqlite.DecisionHistory", errs.Unavailable, rows.Err(), "query")
}
