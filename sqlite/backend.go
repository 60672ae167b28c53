package sqlite

import (
	"context"
	"log/slog"
	"os"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/backend"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/local"
)

// Options shape how a backend is opened.
type Options struct {
	// MustExist refuses a file that does not exist instead of creating it
	// (the source of a copy).
	MustExist bool
	// Anchor, when set, signs a checkpoint of every audit entry written.
	Anchor *assessor.Anchor
}

// OpenBackend opens the store file at path (creating it unless
// MustExist), migrates it and wires every store over it. Errors:
// errs.NotFound when MustExist and there is no file, errs.Unavailable when
// it cannot be opened.
func OpenBackend(ctx context.Context, path string, log *slog.Logger, opts Options) (*backend.Backend, error) {
	if opts.MustExist {
		if st, err := os.Stat(path); err != nil || st.IsDir() {
			return nil, errs.E("sqlite.OpenBackend", errs.NotFound, "no Assay store file at %s", path)
		}
	}
	db, err := Open(ctx, path, log)
	if err != nil {
		return nil, err
	}
	b, err := NewBackend(db, opts)
	if err != nil {
		db.Close()
		return nil, err
	}
	return b, nil
}

// NewBackend wires every store over an open file; closing the backend
// closes db.
func NewBackend(db *DB, opts Options) (*backend.Backend, error) {
	q, err := NewQueue(db)
	if err != nil {
		return nil, err
	}
	as := &AssessorStore{DB: db, Queue: q, Anchor: opts.Anchor}
	rs := &RetrievalStore{DB: db}
	return &backend.Backend{
		Name: "sqlite", Installation: db.Path,
		Catalogs: &CatalogStore{DB: db}, Retrieval: rs, Assessor: as, Chat: &BotStore{DB: db, Queue: q, Audit: as},
		Queue: q, Port: &porter{db: db, a: as}, State: db, Bench: bench{db, rs},
		Ping: db.SQL.PingContext,
		// One process serves the file: de-duplication, the scheduler's
		// lock and rate limits live in its memory, and a lock file keeps a
		// second process from starting.
		OpenShared: func(ctx context.Context) (backend.Shared, error) {
			s, err := local.Open(db.Path + ".serve.lock")
			if err != nil {
				return nil, err
			}
			db.Log.Info("embedded store: one process, de-duplication and locks in memory", "store", db.Path)
			return s, nil
		},
		Migrations: db.migrationStatus,
		Close:      func() { db.Close() },
	}, nil
}

// bench serves the benchmarks (backend.Bench) from the file (Settle) and
// the retrieval store (ExactVector, VectorIndex).
type bench struct {
	*DB
	*RetrievalStore
}

var _ backend.Bench = bench{}
