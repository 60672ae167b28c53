package postgres_test

import (
	"context"
	"strings"
	"testing"

	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/postgres"
	"github.com/assay-dev/assay/postgres/pgtest"
)

// Serving as the role a schema was handed over to, Assay can append to
// the audit log and its checkpoints but cannot change, remove or unguard
// a single entry: every way to do so is refused by the database itself.
func TestTheServingRoleCannotRewriteTheAuditLog(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	role := pgtest.AppRole(t)
	url := pgtest.URL(t)
	owner, err := postgres.Open(ctx, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer owner.Close()
	if err := owner.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if err := owner.HandOver(ctx, "no_such_role"); errs.KindOf(err) != errs.Invalid || !strings.Contains(err.Error(), `no role "no_such_role"`) {
		t.Errorf("hand over to a missing role: %v", err)
	}
	for range 2 { // twice: handing over is idempotent
		if err := owner.HandOver(ctx, role); err != nil {
			t.Fatal(err)
		}
	}
	app, err := postgres.Open(ctx, pgtest.AsRole(t, url, role), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	// Run as the role itself, migrate and hand over change nothing.
	if err := app.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if err := app.HandOver(ctx, role); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`INSERT INTO audit_log (seq, at, actor, action, prev_hash, hash) VALUES (1, now(), 'U1', 'drafted', '', 'h1')`,
		`INSERT INTO audit_checkpoints (seq, hash, at, key_id, sig) VALUES (1, 'h1', now(), 'k', 's')`,
		`SELECT count(*) FROM audit_log`,
		`UPDATE drafts SET reason = '' WHERE false`, // the rest of the schema is its own
		`CREATE TABLE scratch_space (id int)`,       // embedding spaces add tables
	} {
		if _, err := app.Pool.Exec(ctx, q); err != nil {
			t.Errorf("the serving role cannot %s: %v", q, err)
		}
	}
	for _, q := range []string{
		`UPDATE audit_log SET actor = 'mallory'`,
		`DELETE FROM audit_log`,
		`TRUNCATE audit_log`,
		`UPDATE audit_checkpoints SET sig = 'forged'`,
		`DELETE FROM audit_checkpoints`,
		`TRUNCATE audit_checkpoints`,
		`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`,
		`DROP TRIGGER audit_log_append_only ON audit_log`,
		`DROP TRIGGER audit_checkpoints_append_only ON audit_checkpoints`,
		`CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$`,
		`ALTER TABLE audit_log ADD COLUMN note text`,
		`ALTER TABLE audit_log RENAME TO old_log`,
		`DROP TABLE audit_log`,
		`DROP TABLE audit_checkpoints`,
		`SET session_replication_role = replica`,
		`DELETE FROM goose_db_version`,
	} {
		if _, err := app.Pool.Exec(ctx, q); err == nil {
			t.Errorf("the serving role may %s", q)
		} else if !strings.Contains(err.Error(), "permission denied") && !strings.Contains(err.Error(), "must be owner") {
			t.Errorf("%s: refused for another reason than rights: %v", q, err)
		}
	}
	var n int
	if err := owner.Pool.QueryRow(ctx, `SELECT count(*) FROM audit_log WHERE actor = 'U1'`).Scan(&n); err != nil || n != 1 {
		t.Errorf("the entry the role appended: %d %v", n, err)
	}
}
