// Package pgtest gives each test its own PostgreSQL schema in the shared
// test database, so tests run in parallel against the real server and clean
// up after themselves. Tests never skip when the database is missing: they
// fail and say how to start it.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
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

// Database creates an empty database of the test's own, whose public
// schema is where an installation lands by default (as a user's would),
// and drops it when the test ends.
func Database(t testing.TB) string {
	t.Helper()
	return testDatabase(t, "")
}

// testDatabase creates a database of the test's own, empty or copied
// from template, drops it when the test ends and returns its URL.
func testDatabase(t testing.TB, template string) string {
	t.Helper()
	ctx, conn, done := admin(t)
	defer done()
	name := dbName("assay_t")
	create := "CREATE DATABASE " + name
	if template != "" {
		create += " TEMPLATE " + template
	}
	var err error
	// A template may be copied only while nobody is connected to it: a
	// copy starting at the same moment as another is retried.
	for try := 0; try < 20; try++ {
		if _, err = conn.Exec(ctx, create); err == nil || !strings.Contains(err.Error(), "being accessed by other users") {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("creating the test's database: %v", err)
	}
	t.Cleanup(func() { dropDatabase(t, name) })
	u, err := databaseURL(name)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// A Template is a database a test process loads once (say, with the
// built-in corpus) and copies for each test that starts from it, so that
// tests not about loading do not each pay for it. Copies are whole
// databases (CREATE DATABASE … TEMPLATE), dropped when their test ends.
type Template struct {
	once sync.Once
	name string
	err  error
}

// Copy returns the URL of a fresh database copied from the template,
// which load fills on first use (given the template's URL; it must close
// its connections before returning).
func (tp *Template) Copy(t testing.TB, load func(url string) error) string {
	t.Helper()
	tp.once.Do(func() { tp.name, tp.err = newTemplate(load) })
	if tp.err != nil {
		t.Fatalf("preparing the template database: %v", tp.err)
	}
	return testDatabase(t, tp.name)
}

// Drop removes the template database; TestMain calls it after the tests.
func (tp *Template) Drop() {
	if tp.name != "" {
		dropDatabase(nil, tp.name)
	}
}

func newTemplate(load func(string) error) (string, error) {
	// Loading under the race detector on a busy machine takes a while.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	conn, err := pgx.Connect(ctx, BaseURL())
	if err != nil {
		return "", fmt.Errorf("test database unavailable (%v); run scripts/setup.sh", err)
	}
	defer conn.Close(ctx)
	dropOrphans(ctx, conn)
	name := dbName("assay_tpl")
	u, err := databaseURL(name)
	if err != nil {
		return "", err
	}
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		return "", err
	}
	if err := load(u); err != nil {
		dropDatabase(nil, name)
		return "", err
	}
	// Nothing may stay connected to a template.
	if _, err := conn.Exec(ctx, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", name); err != nil {
		return "", err
	}
	return name, nil
}

// dbName is prefix_PID_random: the process id lets a later run drop what
// a killed one left behind.
func dbName(prefix string) string {
	var b [4]byte
	_, _ = rand.Read(b[:])
	return fmt.Sprintf("%s_%d_%s", prefix, os.Getpid(), hex.EncodeToString(b[:]))
}

// dropOrphans drops the template databases and copies of test processes
// that are no longer running (killed before their cleanup ran).
func dropOrphans(ctx context.Context, conn *pgx.Conn) {
	rows, err := conn.Query(ctx, "SELECT datname FROM pg_database WHERE datname LIKE 'assay\\_t%'")
	if err != nil {
		return
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return
	}
	for _, n := range names {
		parts := strings.Split(n, "_")
		if len(parts) != 4 || (parts[1] != "t" && parts[1] != "tpl") {
			continue
		}
		pid, err := strconv.Atoi(parts[2])
		if err != nil || syscall.Kill(pid, 0) != syscall.ESRCH {
			continue
		}
		_, _ = conn.Exec(ctx, "DROP DATABASE IF EXISTS "+n+" WITH (FORCE)")
	}
}

// dropDatabase removes a test's database when the test ends. On a loaded
// machine (the race detector on every package at once) DROP DATABASE has
// taken more than 30 s, failing a test whose assertions had all passed, so
// it gets two minutes. A database it still cannot drop is reported in the
// test's log, not as a failure: the test has finished, and dropOrphans
// removes the database on the next run (its process is gone by then).
func dropDatabase(t testing.TB, name string) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, err := pgx.Connect(ctx, BaseURL())
	if err == nil {
		defer c.Close(ctx)
		_, err = c.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
	}
	if err != nil && t != nil {
		t.Logf("drop database %s: %v (left for dropOrphans on the next run)", name, err)
	}
}

// databaseURL is the test server's URL naming another database.
func databaseURL(name string) (string, error) {
	u, err := url.Parse(BaseURL())
	if err != nil {
		return "", fmt.Errorf("ASSAY_TEST_DATABASE_URL: %v", err)
	}
	u.Path = "/" + name
	return u.String(), nil
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
