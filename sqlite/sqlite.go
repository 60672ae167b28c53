// Package sqlite is Assay's embedded store: one file, no server, through a
// pure-Go SQLite driver (no cgo), so Assay runs anywhere Go runs.
// OpenBackend returns a backend.Backend over the file with every store the
// domain packages define (catalogs, retrieval, assessor, chat, schedule,
// digest, programs), River's queue in the same file, export and import for
// store copy, and in-process shared state with a lock file that keeps the
// installation to one serving process. Package postgres builds the same
// backend over PostgreSQL; backend/backendtest holds both to every
// contract.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/pressly/goose/v3"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	_ "modernc.org/sqlite" // the pure-Go driver, registered as "sqlite"

	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/jobs"
	"github.com/assay-dev/assay/metrics"
	"github.com/assay-dev/assay/schema"
)

//go:embed migrations/*.sql
var migrationsFS embed.FS

// DB is an open store file.
type DB struct {
	SQL  *sql.DB
	Path string
	Log  *slog.Logger
	// Now is the clock every store stamps its rows with (time.Now unless
	// a test sets another).
	Now func() time.Time
}

// now is the clock's time as the store keeps it: UTC, to the microsecond.
func (db *DB) now() time.Time { return db.Now().UTC().Truncate(time.Microsecond) }

// Open opens (creating if needed) the store file at path, with write-ahead
// logging, foreign keys and a busy timeout, and applies its migrations.
// Errors: errs.Invalid for no path (or one in memory, which would keep
// nothing), errs.Unavailable naming the file.
func Open(ctx context.Context, path string, log *slog.Logger) (*DB, error) {
	return open(ctx, path, log, "sqlite")
}

// open opens path through the database/sql driver registered as driver
// (tests wrap the real one to inject faults).
func open(ctx context.Context, path string, log *slog.Logger, driver string) (*DB, error) {
	const op = "sqlite.Open"
	if p := strings.TrimSpace(path); p == "" || p == ":memory:" || strings.HasPrefix(p, "file::memory:") || strings.Contains(p, "mode=memory") {
		return nil, errs.E(op, errs.Invalid, "the embedded store needs a file: DATABASE_URL=sqlite:PATH, like sqlite:/var/lib/assay/assay.db (%q would keep nothing)", path)
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, errs.Wrap(op, errs.Unavailable, err, "creating "+dir)
		}
	}
	q := url.Values{}
	// A 64 MB page cache (SQLite's default is 2 MB) keeps a corpus's postings
	// in memory instead of re-reading pages for every search.
	for _, p := range []string{"journal_mode(WAL)", "foreign_keys(1)", "busy_timeout(10000)", "synchronous(NORMAL)", "cache_size(-65536)"} {
		q.Add("_pragma", p)
	}
	db, err := sql.Open(driver, "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, errs.Wrap(op, errs.Unavailable, err, "opening "+path)
	}
	// One writer at a time is SQLite's rule; one connection keeps
	// transactions from waiting on each other.
	db.SetMaxOpenConns(1)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, errs.Wrap(op, errs.Unavailable, err, "opening "+path)
	}
	s := &DB{SQL: db, Path: path, Log: log, Now: time.Now}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// Close closes the file.
func (db *DB) Close() error { return db.SQL.Close() }

// migrations are the file's schema migrations.
func (db *DB) migrations() schema.Migrations {
	return schema.Migrations{Dialect: goose.DialectSQLite3, Files: migrationsFS, Where: db.Path}
}

// migrate applies the file's migrations and River's.
func (db *DB) migrate(ctx context.Context) error {
	if _, err := db.migrations().Up(ctx, db.SQL, db.Log); err != nil {
		return err
	}
	_, err := jobs.Migrate(ctx, riversqlite.New(db.SQL), db.Log)
	return err
}

// migrationStatus lists each migration and whether it is applied.
func (db *DB) migrationStatus(ctx context.Context) ([]string, error) {
	return db.migrations().Status(ctx, db.SQL)
}

// ReadState implements metrics.StateReader, in one query.
func (db *DB) ReadState(ctx context.Context) (metrics.State, error) {
	var st metrics.State
	var checkins, drafts, jobs string
	err := db.SQL.QueryRowContext(ctx, `SELECT
		(SELECT json_group_object(status, n) FROM (SELECT status, count(*) AS n FROM checkins GROUP BY status)),
		(SELECT count(*) FROM checkins WHERE status IN ('open', 'snoozed') AND nudges > 0),
		(SELECT json_group_object(status, n) FROM (SELECT status, count(*) AS n FROM drafts GROUP BY status)),
		(SELECT COALESCE(sum(prompt_tokens), 0) FROM drafts), (SELECT COALESCE(sum(completion_tokens), 0) FROM drafts),
		(SELECT json_group_object(state, n) FROM (SELECT state, count(*) AS n FROM river_job GROUP BY state))`).
		Scan(&checkins, &st.Overdue, &drafts, &st.PromptTokens, &st.CompletionTokens, &jobs)
	if err != nil {
		return st, errs.Wrap("sqlite.ReadState", errs.Unavailable, err, "query")
	}
	return st, st.DecodeCounts([]byte(checkins), []byte(drafts), []byte(jobs))
}

// Settle implements backend.Bench: fresh statistics for the planner.
func (db *DB) Settle(ctx context.Context) error {
	_, err := db.SQL.ExecContext(ctx, "ANALYZE")
	return errs.Wrap("sqlite.Settle", errs.Unavailable, err, "analyze")
}

// inTx runs fn in a transaction, committing on success.
func (db *DB) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := db.SQL.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}
