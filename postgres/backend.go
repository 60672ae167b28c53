package postgres

import (
	"context"
	"log/slog"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/backend"
	"github.com/assay-dev/assay/errs"
)

// Options shape how a backend is opened.
type Options struct {
	// MustExist refuses a database that holds no Assay installation
	// instead of creating one (the source of a copy).
	MustExist bool
	// Tuning shapes search (the benchmarks' knobs).
	Tuning Tuning
	// Shared opens what the installation's replicas share (Redis), under
	// its name; nil: the backend cannot serve.
	Shared func(ctx context.Context, installation string) (backend.Shared, error)
	// Anchor, when set, signs a checkpoint of every audit entry written.
	Anchor *assessor.Anchor
	// AppRole, when set, is the role Assay serves as: after migrating, a
	// connection as another role hands the schema over to it (HandOver).
	AppRole string
}

// OpenBackend connects to the database at url, migrates it and wires
// every store over it. Errors: errs.Unavailable when the server cannot be
// reached, errs.NotFound when MustExist and it holds no installation.
func OpenBackend(ctx context.Context, url string, log *slog.Logger, opts Options) (*backend.Backend, error) {
	db, err := Open(ctx, url, log)
	if err != nil {
		return nil, err
	}
	if opts.MustExist {
		var ok bool
		if err := db.Pool.QueryRow(ctx, `SELECT to_regclass(format('%I.goose_db_version', current_schema())) IS NOT NULL AND to_regclass(format('%I.frameworks', current_schema())) IS NOT NULL`).Scan(&ok); err != nil || !ok {
			db.Close()
			if err != nil {
				return nil, errs.Wrap("postgres.OpenBackend", errs.Unavailable, err, "reading "+Redact(url))
			}
			return nil, errs.E("postgres.OpenBackend", errs.NotFound, "no Assay installation at %s", Redact(url))
		}
	}
	if err := db.Migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	if opts.AppRole != "" {
		if err := db.HandOver(ctx, opts.AppRole); err != nil {
			db.Close()
			return nil, err
		}
	}
	b, err := NewBackend(ctx, db, opts)
	if err != nil {
		db.Close()
		return nil, err
	}
	return b, nil
}

// NewBackend wires every store over a migrated database; closing the
// backend closes db.
func NewBackend(ctx context.Context, db *DB, opts Options) (*backend.Backend, error) {
	q, err := NewQueue(db)
	if err != nil {
		return nil, err
	}
	// Replicas of one installation (database and schema) share it.
	var where string
	if err := db.Pool.QueryRow(ctx, `SELECT current_database() || '.' || current_schema()`).Scan(&where); err != nil {
		return nil, errs.Wrap("postgres.NewBackend", errs.Unavailable, err, "reading the installation")
	}
	as := &AssessorStore{DB: db, Queue: q, Anchor: opts.Anchor}
	rs := &RetrievalStore{DB: db, Tuning: opts.Tuning}
	b := &backend.Backend{
		Name: "postgres", Installation: where,
		Catalogs: &CatalogStore{DB: db}, Retrieval: rs, Assessor: as, Chat: &BotStore{DB: db, Queue: q, Audit: as},
		Queue: q, Port: &porter{db: db, a: as}, State: db, Bench: bench{db, rs},
		Ping:       func(ctx context.Context) error { return db.Pool.Ping(ctx) },
		Migrations: db.MigrationStatus,
		Close:      db.Close,
	}
	b.OpenShared = func(ctx context.Context) (backend.Shared, error) {
		if opts.Shared == nil {
			return nil, errs.E("postgres.OpenShared", errs.Internal, "no shared state (Redis) configured")
		}
		return opts.Shared(ctx, where)
	}
	return b, nil
}

// bench serves the benchmarks (backend.Bench) from the database (Settle)
// and the retrieval store (ExactVector, VectorIndex).
type bench struct {
	*DB
	*RetrievalStore
}

var _ backend.Bench = bench{}
