package cli_test

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/assay-dev/assay/postgres/pgtest"
)

// The audit commands end to end: a key made by keygen anchors the log;
// verify names each rewrite and exits 1; migrate restores a dropped guard;
// a head recorded outside the store catches a cut; entries written without
// the key fail verify until someone vouches for them with anchor.
func TestAuditKeyVerifyMigrateAnchor(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "audit.key")
	url := pgtest.URL(t)
	env := map[string]string{"DATABASE_URL": url}
	run := withProgram(t, setup(t, env))

	code, out, stderr := run("audit", "keygen", keyFile)
	pub := regexp.MustCompile(`public key: ([0-9a-f]{64})`).FindStringSubmatch(out)
	if code != 0 || pub == nil {
		t.Fatalf("keygen: %d %s %s", code, out, stderr)
	}
	if st, err := os.Stat(keyFile); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("key file %v, %v: want readable by its owner alone", st, err)
	}
	if code, _, stderr := run("audit", "keygen", keyFile); code != 1 || !strings.Contains(stderr, "never overwritten") {
		t.Errorf("keygen over an existing key: %d %s", code, stderr)
	}
	env["ASSAY_AUDIT_KEY_FILE"] = keyFile
	if code, out, _ := run("audit", "key"); code != 0 || strings.TrimSpace(out) != pub[1] {
		t.Errorf("audit key printed %q, keygen %q", out, pub[1])
	}

	code, out, stderr = run("assess", "iso27001", "A.8.8", "--answer", "The platform team patches monthly under the approved patch policy.", "--as", "U0OWNER", "--json")
	if code != 0 {
		t.Fatal(stderr)
	}
	draft := decodeDraft(t, out).DraftID
	if code, _, stderr := run("review", draft, "--confirm", "--as", "U0LEAD"); code != 0 {
		t.Fatal(stderr)
	}
	if code, out, _ := run("audit", "verify"); code != 0 || !strings.Contains(out, "intact: 3 entries, anchored by 3 checkpoints; 2 drafts agree with it; guards in place") {
		t.Errorf("verify with the key: %d %s", code, out)
	}
	// An auditor holds only the public key.
	delete(env, "ASSAY_AUDIT_KEY_FILE")
	if code, out, _ := run("audit", "verify", "--public-key", pub[1]); code != 0 || !strings.Contains(out, "anchored by 3 checkpoints") {
		t.Errorf("verify with the public key: %d %s", code, out)
	}
	if code, _, stderr := run("audit", "verify", "--public-key", "not-a-key"); code != 1 || !strings.Contains(stderr, "not an audit public key") {
		t.Errorf("a malformed public key: %d %s", code, stderr)
	}
	env["ASSAY_AUDIT_KEY_FILE"] = keyFile
	_, head, _ := run("audit", "head")
	head = strings.TrimSpace(head)
	if !regexp.MustCompile(`^3:[0-9a-f]{64}$`).MatchString(head) {
		t.Fatalf("audit head: %q", head)
	}

	ctx := context.Background()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	exec := func(sql string) {
		t.Helper()
		if _, err := conn.Exec(ctx, sql); err != nil {
			t.Fatal(err)
		}
	}
	// The decider is rewritten in the drafts table: verify names it.
	exec(`UPDATE drafts SET decided_by = 'mallory' WHERE id = '` + draft + `'`)
	if code, out, stderr := run("audit", "verify"); code != 1 || !strings.Contains(out, "decided by mallory per the drafts table, but by U0LEAD per entry 2") ||
		!strings.Contains(stderr, "cannot be trusted") {
		t.Errorf("verify after the decider was rewritten: %d %s %s", code, out, stderr)
	}
	exec(`UPDATE drafts SET decided_by = 'U0LEAD' WHERE id = '` + draft + `'`)

	// The guard is dropped: verify says so; migrate puts it back and the
	// log records that.
	exec(`DROP TRIGGER audit_log_append_only ON audit_log`)
	if code, out, _ := run("audit", "verify"); code != 1 || !strings.Contains(out, "guard trigger audit_log_append_only on audit_log is missing") {
		t.Errorf("verify with the guard dropped: %d %s", code, out)
	}
	if code, out, _ := run("migrate"); code != 0 || !strings.Contains(out, "restored the audit log's missing guards") {
		t.Errorf("migrate: %d %s", code, out)
	}
	if code, out, _ := run("audit", "verify", "--head", head); code != 0 || !strings.Contains(out, "intact: 4 entries, anchored by 4 checkpoints") {
		t.Errorf("verify after migrate: %d %s", code, out)
	}
	if code, out, _ := run("audit", "log", "--json"); code != 0 || !strings.Contains(out, `"action": "guards_restored"`) {
		t.Errorf("the restoration is not in the log: %s", out)
	}

	// A process without the key writes: its entries are unanchored until
	// a person vouches for them.
	delete(env, "ASSAY_AUDIT_KEY_FILE")
	code, out, stderr = run("assess", "iso27001", "A.8.9", "--answer", "Configurations are baselined and reviewed every quarter.", "--as", "U0OWNER", "--json")
	if code != 0 {
		t.Fatal(stderr)
	}
	env["ASSAY_AUDIT_KEY_FILE"] = keyFile
	if code, out, _ := run("audit", "verify"); code != 1 || !strings.Contains(out, "entries 5 to 5 carry no valid checkpoint") {
		t.Errorf("verify after an unkeyed write: %d %s", code, out)
	}
	if code, out, stderr := run("audit", "anchor"); code != 0 || !strings.Contains(out, "anchored: entry 6 records that") {
		t.Errorf("anchor: %d %s %s", code, out, stderr)
	}
	if code, out, _ := run("audit", "verify", "--head", head); code != 0 || !strings.Contains(out, "intact: 6 entries, anchored") {
		t.Errorf("verify after anchor: %d %s", code, out)
	}
	if code, out, _ := run("audit", "anchor"); code != 0 || !strings.Contains(out, "nothing to do") {
		t.Errorf("anchor when anchored: %d %s", code, out)
	}

	// The newest entries are cut, checkpoints and all, and the draft put
	// back to pending: only the head recorded outside the store shows it.
	exec(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only; ALTER TABLE audit_checkpoints DISABLE TRIGGER audit_checkpoints_append_only;
		DELETE FROM audit_log WHERE seq >= 2; DELETE FROM audit_checkpoints WHERE seq >= 2; DELETE FROM drafts WHERE id <> '` + draft + `';
		UPDATE drafts SET status = 'pending', final_level = NULL, decided_by = '', decided_at = NULL;
		ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only; ALTER TABLE audit_checkpoints ENABLE TRIGGER audit_checkpoints_append_only`)
	if code, out, _ := run("audit", "verify"); code != 0 {
		t.Errorf("a clean cut back to entry 1 is consistent in itself: %d %s", code, out)
	}
	if code, out, _ := run("audit", "verify", "--head", head); code != 1 || !strings.Contains(out, "entry 3, which a witness recorded, is missing") {
		t.Errorf("verify against the recorded head: %d %s", code, out)
	}
	if code, _, stderr := run("audit", "verify", "--head", "3:nothex"); code != 1 || !strings.Contains(stderr, "not an audit head") {
		t.Errorf("a malformed head: %d %s", code, stderr)
	}
}

// A key too short, two sources of a key, or a key file beside the
// embedded store it anchors are refused before anything is written.
func TestAuditKeyIsCheckedBeforeUse(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	store := filepath.Join(dir, "assay.db")
	beside := filepath.Join(dir, "audit.key")
	if err := os.WriteFile(beside, []byte(strings.Repeat("k", 40)), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"ASSAY_AUDIT_KEY": "short"}, "at least 32 characters"},
		{map[string]string{"ASSAY_AUDIT_KEY": strings.Repeat("k", 40), "ASSAY_AUDIT_KEY_FILE": beside}, "not both"},
		{map[string]string{"ASSAY_AUDIT_KEY_FILE": filepath.Join(dir, "missing.key")}, "cannot read"},
		{map[string]string{"ASSAY_AUDIT_KEY_FILE": beside}, "sits beside the store"},
	} {
		c.env["DATABASE_URL"] = "sqlite:" + store
		if code, _, stderr := setup(t, c.env)("audit", "verify"); code != 1 || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: %d %s, want %q", c.env, code, stderr, c.want)
		}
	}
	if _, err := os.Stat(store); !os.IsNotExist(err) {
		t.Errorf("a refused key still created the store: %v", err)
	}
}

// Assay serves as a role that may only read and append the audit log: the
// owner migrates and hands the schema over (ASSAY_DB_APP_ROLE); the role
// answers, decides, loads the corpus and verifies; restoring a dropped
// guard is the owner's to do, and the role says so.
func TestServingAsTheAppRole(t *testing.T) {
	t.Parallel()
	url, role := pgtest.URL(t), pgtest.AppRole(t)
	const key = "the app role test's audit key, long enough"
	// The owner holds the key too: restoring a guard writes an entry.
	asOwner := setup(t, map[string]string{"DATABASE_URL": url, "ASSAY_DB_APP_ROLE": role, "ASSAY_AUDIT_KEY": key})
	if code, out, stderr := asOwner("migrate"); code != 0 {
		t.Fatalf("migrate as the owner: %s %s", out, stderr)
	}
	run := withProgram(t, setup(t, map[string]string{"DATABASE_URL": pgtest.AsRole(t, url, role), "ASSAY_DB_APP_ROLE": role, "ASSAY_AUDIT_KEY": key}))
	code, out, stderr := run("assess", "iso27001", "A.8.8", "--answer", "The platform team patches monthly under the approved patch policy.", "--as", "U0OWNER", "--json")
	if code != 0 {
		t.Fatalf("assess as the serving role: %s", stderr)
	}
	if code, _, stderr := run("review", decodeDraft(t, out).DraftID, "--confirm", "--as", "U0LEAD"); code != 0 {
		t.Fatalf("review as the serving role: %s", stderr)
	}
	if code, out, _ := run("audit", "verify"); code != 0 || !strings.Contains(out, "anchored by 3 checkpoints") {
		t.Errorf("verify as the serving role: %d %s", code, out)
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `DROP TRIGGER audit_checkpoints_append_only ON audit_checkpoints`); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := run("migrate"); code != 1 || !strings.Contains(stderr, "owner") {
		t.Errorf("migrate as the serving role with a guard missing: %d %s", code, stderr)
	}
	if code, out, _ := asOwner("migrate"); code != 0 || !strings.Contains(out, "audit_checkpoints_append_only") {
		t.Errorf("migrate as the owner: %d %s", code, out)
	}
	if code, out, _ := run("audit", "verify"); code != 0 || !strings.Contains(out, "intact: 4 entries, anchored") {
		t.Errorf("verify after the owner restored the guard: %d %s", code, out)
	}
}
