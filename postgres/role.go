package postgres

import (
	"context"

	"github.com/jackc/pgx/v5"

	"github.com/assay-dev/assay/errs"
)

// auditTables are what the serving role may only read and append to.
var auditTables = []string{"audit_log", "audit_checkpoints"}

// HandOver gives role, the role Assay serves as (ASSAY_DB_APP_ROLE),
// what serving needs and no way to rewrite the audit log: it comes to own
// every table of the schema but the audit log, its checkpoints and the
// migrations' bookkeeping; on the audit tables it may SELECT and INSERT,
// nothing else (no UPDATE, DELETE or TRUNCATE, and as it owns neither
// them nor their guard function, no DDL: it cannot drop or disable a
// trigger). It may create tables in the schema (embedding spaces add
// one each). The migrating role runs it after each migration; it must be
// a superuser or a member of role. Run as role itself, it does nothing.
// Errors: errs.Invalid when role does not exist, errs.Unavailable when
// the database refuses.
func (db *DB) HandOver(ctx context.Context, role string) error {
	const op = "postgres.HandOver"
	var me, schema string
	var exists bool
	if err := db.Pool.QueryRow(ctx, `SELECT current_user, current_schema(), EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)`, role).
		Scan(&me, &schema, &exists); err != nil {
		return errs.Wrap(op, errs.Unavailable, err, "reading roles")
	}
	if !exists {
		return errs.E(op, errs.Invalid, "ASSAY_DB_APP_ROLE: there is no role %q in the database (scripts/setup.sh creates assay_app)", role)
	}
	if me == role {
		return nil
	}
	r := pgx.Identifier{role}.Sanitize()
	err := db.inTx(ctx, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `
			SELECT c.relname FROM pg_class c
			WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
			  AND c.relname NOT IN ('audit_log', 'audit_checkpoints', 'goose_db_version')
			  AND pg_get_userbyid(c.relowner) <> $1
			ORDER BY 1`, role)
		if err != nil {
			return err
		}
		tables, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			return err
		}
		stmts := []string{`GRANT USAGE, CREATE ON SCHEMA ` + pgx.Identifier{schema}.Sanitize() + ` TO ` + r,
			`GRANT SELECT ON goose_db_version TO ` + r}
		for _, t := range tables {
			stmts = append(stmts, `ALTER TABLE `+pgx.Identifier{t}.Sanitize()+` OWNER TO `+r)
		}
		for _, t := range auditTables {
			stmts = append(stmts, `REVOKE ALL ON `+t+` FROM `+r, `GRANT SELECT, INSERT ON `+t+` TO `+r)
		}
		for _, q := range stmts {
			if _, err := tx.Exec(ctx, q); err != nil {
				return errs.Wrap(op, errs.Unavailable, err, q)
			}
		}
		if len(tables) > 0 {
			db.Log.Info("handed the schema to the serving role", "role", role, "tables", len(tables))
		}
		return nil
	})
	return errs.Wrap(op, errs.Unavailable, err, "handing the schema to "+role+" (the migrating role must be a superuser or a member of it)")
}
