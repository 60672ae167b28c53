// Package postgres is Assay's PostgreSQL adapter, for teams and replicas.
// OpenBackend returns a backend.Backend over a database (with pgvector)
// with every store the domain packages define (catalogs, retrieval with
// HNSW vector search and BM25 postings, assessor, chat, schedule, digest,
// programs), River's queue in the same database, export and import for
// store copy, and the shared state replicas need (Redis, opened by the
// caller under the installation's name). Package sqlite builds the same
// backend in one file; backend/backendtest holds both to every contract.
package postgres

import (
	"context"
	"embed"
	"errors"
	"hash/fnv"
	"log/slog"
	"net/url"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	pgxvec "github.com/pgvector/pgvector-go/pgx"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/metrics"
	"github.com/assay-dev/assay/schema"
)

//go:embed migrations/*.sql
var migrationsFS embed.FS

// DB is a pool of connections to one Assay database.
type DB struct {
	Pool *pgxpool.Pool
	Log  *slog.Logger
	// Now is the clock every store stamps its rows with (time.Now unless
	// a test sets another).
	Now func() time.Time
}

// now is the clock's time, as PostgreSQL keeps it: UTC, to the microsecond.
func (db *DB) now() time.Time { return db.Now().UTC().Truncate(time.Microsecond) }

// Open connects to the database at url and checks it answers. It does not
// migrate; call Migrate. Errors: errs.Unavailable when the server cannot be
// reached; the message never contains the password.
func Open(ctx context.Context, dsn string, log *slog.Logger) (*DB, error) {
	return open(ctx, dsn, log, nil)
}

// open is Open with a last change to the pool's configuration (tests
// inject faults into connections).
func open(ctx context.Context, dsn string, log *slog.Logger, configure func(*pgxpool.Config)) (*DB, error) {
	const op = "postgres.Open"
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		// pgx's parse errors can quote the whole string; never show it.
		return nil, errs.E(op, errs.Invalid, "DATABASE_URL is not a valid PostgreSQL URL (%s)", Redact(dsn))
	}
	cfg.MaxConnIdleTime = 5 * time.Minute
	// pgx's default (four on this machine) starves a server whose HTTP
	// handlers and job workers share the pool; the URL's pool_max_conns wins.
	if !strings.Contains(dsn, "pool_max_conns") {
		cfg.MaxConns = 16
	}
	// pgvector's types are registered on every connection once the
	// extension exists (the retrieval migration creates it).
	cfg.AfterConnect = func(ctx context.Context, conn *pgx.Conn) error {
		var ok bool
		if err := conn.QueryRow(ctx, `SELECT to_regtype('vector') IS NOT NULL`).Scan(&ok); err != nil || !ok {
			return err
		}
		return pgxvec.RegisterTypes(ctx, conn)
	}
	if configure != nil {
		configure(cfg)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, errs.E(op, errs.Unavailable, "cannot connect to PostgreSQL at %s", Redact(dsn))
	}
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := pool.Ping(pingCtx); err != nil {
		pool.Close()
		return nil, errs.E(op, errs.Unavailable, "cannot connect to PostgreSQL at %s: %s (run scripts/setup.sh to start it)", Redact(dsn), pgReason(err))
	}
	return &DB{Pool: pool, Log: log, Now: time.Now}, nil
}

// Close releases the pool.
func (db *DB) Close() { db.Pool.Close() }

// Migrate applies pending migrations under a session advisory lock, so
// replicas starting together migrate once.
func (db *DB) Migrate(ctx context.Context) error {
	const op = "postgres.Migrate"
	sqlDB := stdlib.OpenDBFromPool(db.Pool)
	defer sqlDB.Close()
	// Migrations apply to the current schema, so the lock is per schema:
	// replicas of one installation serialise, separate schemas do not wait.
	var schema string
	if err := db.Pool.QueryRow(ctx, `SELECT current_schema()`).Scan(&schema); err != nil {
		return errs.Wrap(op, errs.Unavailable, err, "reading current schema")
	}
	h := fnv.New64a()
	h.Write([]byte("assay.migrate." + schema))
	locker, err := lock.NewPostgresSessionLocker(lock.WithLockID(int64(h.Sum64()>>1)), lock.WithLockTimeout(1, 600))
	if err != nil {
		return errs.Wrap(op, errs.Internal, err, "migration lock")
	}
	applied, err := db.migrations().Up(ctx, sqlDB, db.Log, goose.WithSessionLocker(locker))
	if err != nil {
		return err
	}
	if err := db.migrateQueue(ctx); err != nil {
		return err
	}
	if applied > 0 {
		// Connections opened before the vector extension existed lack its codecs.
		db.Pool.Reset()
	}
	return nil
}

// migrations are this database's schema migrations.
func (db *DB) migrations() schema.Migrations {
	return schema.Migrations{Dialect: goose.DialectPostgres, Files: migrationsFS, Where: "PostgreSQL"}
}

// MigrationStatus lists each migration and whether it is applied.
func (db *DB) MigrationStatus(ctx context.Context) ([]string, error) {
	sqlDB := stdlib.OpenDBFromPool(db.Pool)
	defer sqlDB.Close()
	return db.migrations().Status(ctx, sqlDB)
}

// ReadState implements metrics.StateReader, in one round trip.
func (db *DB) ReadState(ctx context.Context) (metrics.State, error) {
	var st metrics.State
	var checkins, drafts, jobs []byte
	err := db.Pool.QueryRow(ctx, `SELECT
		(SELECT COALESCE(json_object_agg(status, n), '{}') FROM (SELECT status, count(*) AS n FROM checkins GROUP BY status) c),
		(SELECT count(*) FROM checkins WHERE status IN ('open', 'snoozed') AND nudges > 0),
		(SELECT COALESCE(json_object_agg(status, n), '{}') FROM (SELECT status, count(*) AS n FROM drafts GROUP BY status) d),
		(SELECT COALESCE(sum(prompt_tokens), 0) FROM drafts), (SELECT COALESCE(sum(completion_tokens), 0) FROM drafts),
		(SELECT COALESCE(json_object_agg(state, n), '{}') FROM (SELECT state::text, count(*) AS n FROM river_job GROUP BY state) j)`).
		Scan(&checkins, &st.Overdue, &drafts, &st.PromptTokens, &st.CompletionTokens, &jobs)
	if err != nil {
		return st, errs.Wrap("postgres.ReadState", errs.Unavailable, err, "query")
	}
	return st, st.DecodeCounts(checkins, drafts, jobs)
}

// Settle implements backend.Bench: VACUUM ANALYZE sets the visibility
// map that index-only scans of the postings rely on, as autovacuum would.
func (db *DB) Settle(ctx context.Context) error {
	_, err := db.Pool.Exec(ctx, "VACUUM ANALYZE")
	return errs.Wrap("postgres.Settle", errs.Unavailable, err, "vacuum")
}

// inTx runs fn in a transaction, committing on success.
func (db *DB) inTx(ctx context.Context, fn func(pgx.Tx) error) error {
	return pgx.BeginFunc(ctx, db.Pool, fn)
}

// Redact returns the URL with any password replaced, for messages and logs.
func Redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil || u.Scheme == "" {
		return "(unparseable URL)"
	}
	if _, has := u.User.Password(); has {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	q := u.Query()
	if q.Has("password") {
		q.Set("password", "xxxxx")
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// pgReason extracts a short, password-free reason from a connection error.
func pgReason(err error) string {
	var pgErr interface{ SQLState() string }
	if errors.As(err, &pgErr) {
		return "server refused: SQLSTATE " + pgErr.SQLState()
	}
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return "timed out"
	}
	msg := err.Error()
	// pgconn's messages look like: failed to connect to `host=… user=…`: <reason>
	for i := len(msg) - 1; i > 0; i-- {
		if msg[i] == '`' {
			if i+2 < len(msg) {
				return msg[i+2:]
			}
			break
		}
	}
	return "connection failed"
}
