package cli

import (
	"context"
	"strings"

	"github.com/assay-dev/assay/backend"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/postgres"
	"github.com/assay-dev/assay/sqlite"
)

// storage is what an App runs on: PostgreSQL, or the embedded SQLite file
// when DATABASE_URL is sqlite:PATH.
type storage struct {
	*backend.Backend
	pg   *postgres.DB // nil on the embedded store
	lite *sqlite.DB   // nil on PostgreSQL
}

func (s *storage) close() { s.Close() }

// embeddedPath reads sqlite:PATH (or sqlite://PATH) from a DATABASE_URL.
func embeddedPath(url string) (string, bool) {
	for _, p := range []string{"sqlite://", "sqlite:"} {
		if path, ok := strings.CutPrefix(url, p); ok {
			return path, true
		}
	}
	return "", false
}

func onPostgres(ctx context.Context, db *postgres.DB) (*storage, error) {
	b, err := postgres.NewBackend(ctx, db)
	if err != nil {
		return nil, err
	}
	return &storage{Backend: b, pg: db}, nil
}

func onSQLite(db *sqlite.DB) (*storage, error) {
	b, err := sqlite.NewBackend(db)
	if err != nil {
		return nil, err
	}
	return &storage{Backend: b, lite: db}, nil
}

// Storage opens the configured store once per run, migrating it.
func (a *App) Storage(ctx context.Context) (*storage, error) {
	if a.st != nil {
		return a.st, nil
	}
	st, err := a.openStorage(ctx, a.Config.DatabaseURL, false)
	if err != nil {
		return nil, err
	}
	a.st = st
	return st, nil
}

// openStorage opens a store by URL: postgres://… or sqlite:PATH. With
// existing, a store that is not there is an error, and nothing is created.
func (a *App) openStorage(ctx context.Context, url string, existing bool) (*storage, error) {
	if path, ok := embeddedPath(url); ok {
		if existing {
			b, err := sqlite.OpenBackend(ctx, path, a.Log, sqlite.Options{MustExist: true})
			if err != nil {
				return nil, err
			}
			return &storage{Backend: b}, nil
		}
		db, err := sqlite.Open(ctx, path, a.Log)
		if err != nil {
			return nil, err
		}
		st, err := onSQLite(db)
		if err != nil {
			db.Close()
		}
		return st, err
	}
	if existing {
		b, err := postgres.OpenBackend(ctx, url, a.Log, postgres.Options{MustExist: true})
		if err != nil {
			return nil, err
		}
		return &storage{Backend: b}, nil
	}
	db, err := postgres.Open(ctx, url, a.Log)
	if err != nil {
		return nil, err
	}
	if err := db.Migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	st, err := onPostgres(ctx, db)
	if err != nil {
		db.Close()
	}
	return st, err
}

// DB is the PostgreSQL database, for the commands only it supports.
// Errors: errs.Invalid on the embedded store.
func (a *App) DB(ctx context.Context) (*postgres.DB, error) {
	st, err := a.Storage(ctx)
	if err != nil {
		return nil, err
	}
	if st.pg == nil {
		return nil, errs.E("assay", errs.Invalid, "this command needs PostgreSQL (DATABASE_URL=postgres://…); the embedded store does not support it yet")
	}
	return st.pg, nil
}
