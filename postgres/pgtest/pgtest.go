// Package pgtest gives each test its own PostgreSQL schema in the shared
// test database, so tests run in parallel against the real server and clean
// up after themselves. Tests never skip when the database is missing: they
// fail and say how to start it.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// BaseURL is the test database: ASSAY_TEST_DATABASE_URL, or the local one
// that scripts/setup.sh prepares.
func BaseURL() string {
	if u := os.Getenv("ASSAY_TEST_DATABASE_URL"); u != "" {
		return u
	}
	return "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
}

// URL creates a fresh schema and returns a URL whose search_path puts it
// first (then public, where the vector extension lives). The schema is
// dropped when the test ends.
func URL(t testing.TB) string {
	t.Helper()
	ctx, conn, done := admin(t)
	defer done()
	var b [6]byte
	_, _ = rand.Read(b[:])
	schema := "t_" + hex.EncodeToString(b[:])
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		c, err := pgx.Connect(ctx, BaseURL())
		if err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
			return
		}
		defer c.Close(ctx)
		if _, err := c.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(BaseURL())
	if err != nil {
		t.Fatalf("ASSAY_TEST_DATABASE_URL: %v", err)
	}
	q := u.Query()
	q.Set("search_path", schema+",public")
	u.RawQuery = q.Encode()
	return u.String()
}

// AppRole is the role the tests serve as, which may only read and append
// the audit log (postgres.DB.HandOver); scripts/setup.sh creates it, and
// so does this, if it is missing.
func AppRole(t testing.TB) string {
	t.Helper()
	const role = "assay_app"
	ctx, conn, done := admin(t)
	defer done()
	if _, err := conn.Exec(ctx, `DO $$ BEGIN
		IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '`+role+`') THEN
			CREATE ROLE `+role+` LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
		END IF;
	EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
	END $$`); err != nil {
		t.Fatalf("creating role %s: %v", role, err)
	}
	return role
}

// AsRole is url logging in as role instead (the test server trusts local
// connections).
func AsRole(t testing.TB, raw, role string) string {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	u.User = url.User(role)
	return u.String()
}

// admin connects to the test database as its owner, for at most ten
// seconds; done closes the connection.
func admin(t testing.TB) (context.Context, *pgx.Conn, func()) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	conn, err := pgx.Connect(ctx, BaseURL())
	if err != nil {
		cancel()
		t.Fatalf("test database unavailable (%v); run scripts/setup.sh", err)
	}
	return ctx, conn, func() { conn.Close(ctx); cancel() }
}
