// Package schema applies a backend's embedded SQL migrations (goose files
// in a migrations directory) and reports which are applied: the one
// migration runner the postgres and sqlite backends share.
package schema

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"log/slog"

	"github.com/pressly/goose/v3"

	"github.com/assay-dev/assay/errs"
)

// Migrations are one backend's migration files and where they apply.
type Migrations struct {
	Dialect goose.Dialect
	// Files holds the migrations directory (an embed.FS).
	Files fs.FS
	// Where names the store in errors and logs.
	Where string
}

func (m Migrations) provider(db *sql.DB, opts ...goose.ProviderOption) (*goose.Provider, error) {
	dir, err := fs.Sub(m.Files, "migrations")
	if err != nil {
		return nil, errs.Wrap("schema", errs.Internal, err, "migrations")
	}
	p, err := goose.NewProvider(m.Dialect, db, dir, opts...)
	return p, errs.Wrap("schema", errs.Internal, err, "migrations")
}

// Up applies the pending migrations to db, logging each, and returns how
// many it applied. Errors: errs.Internal naming the store.
func (m Migrations) Up(ctx context.Context, db *sql.DB, log *slog.Logger, opts ...goose.ProviderOption) (int, error) {
	p, err := m.provider(db, opts...)
	if err != nil {
		return 0, err
	}
	results, err := p.Up(ctx)
	if err != nil {
		return 0, errs.Wrap("schema.Up", errs.Internal, err, "applying migrations to "+m.Where)
	}
	for _, r := range results {
		log.Info("migration applied", "version", r.Source.Version, "file", r.Source.Path, "store", m.Where, "took", r.Duration)
	}
	return len(results), nil
}

// Status lists each migration, "VERSION STATE FILE", oldest first.
func (m Migrations) Status(ctx context.Context, db *sql.DB) ([]string, error) {
	p, err := m.provider(db)
	if err != nil {
		return nil, err
	}
	st, err := p.Status(ctx)
	if err != nil {
		return nil, errs.Wrap("schema.Status", errs.Internal, err, "migration status of "+m.Where)
	}
	out := make([]string, 0, len(st))
	for _, s := range st {
		out = append(out, fmt.Sprintf("%05d %-9s %s", s.Source.Version, s.State, s.Source.Path))
	}
	return out, nil
}
