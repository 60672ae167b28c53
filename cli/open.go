package cli

import (
	"context"
	"os"
	"strings"

	"github.com/assay-dev/assay/backend"
	"github.com/assay-dev/assay/postgres"
	"github.com/assay-dev/assay/redis"
	"github.com/assay-dev/assay/sqlite"
)

// A backend is chosen here, by its URL, and nowhere else: every command
// runs on the *backend.Backend it gets.

// embeddedPath reads sqlite:PATH (or sqlite://PATH) from a DATABASE_URL.
func embeddedPath(url string) (string, bool) {
	for _, p := range []string{"sqlite://", "sqlite:"} {
		if path, ok := strings.CutPrefix(url, p); ok {
			return path, true
		}
	}
	return "", false
}

// embedded reports whether the configured store is the embedded one.
func (a *App) embedded() bool {
	_, ok := embeddedPath(a.Config.DatabaseURL)
	return ok
}

// Storage opens the configured store once per run, migrating it.
func (a *App) Storage(ctx context.Context) (*backend.Backend, error) {
	if a.st != nil {
		return a.st, nil
	}
	st, err := a.openBackend(ctx, a.Config.DatabaseURL, false)
	if err != nil {
		return nil, err
	}
	a.st = st
	return st, nil
}

// openBackend opens a store by URL: postgres://… or sqlite:PATH. With
// existing, a store that is not there is an error, and nothing is created.
func (a *App) openBackend(ctx context.Context, url string, existing bool) (*backend.Backend, error) {
	if path, ok := embeddedPath(url); ok {
		return sqlite.OpenBackend(ctx, path, a.Log, sqlite.Options{MustExist: existing})
	}
	return postgres.OpenBackend(ctx, url, a.Log, postgres.Options{MustExist: existing, Shared: a.openRedis})
}

// openScratch opens an empty scratch store: a schema of the PostgreSQL
// database at DATABASE_URL (search tuned as given), or a temporary file
// for the embedded store; cleanup removes it (unless ASSAY_BENCH_KEEP is
// set, for experiments).
func (a *App) openScratch(ctx context.Context, embedded bool, tuning postgres.Tuning) (*backend.Backend, func(), error) {
	keep := os.Getenv("ASSAY_BENCH_KEEP") != ""
	if embedded {
		return sqlite.OpenScratch(ctx, a.Log, keep)
	}
	return postgres.OpenScratch(ctx, a.Config.DatabaseURL, a.Log, postgres.Options{Tuning: tuning, Shared: a.openRedis}, keep)
}

// openRedis opens what replicas of an installation share: Redis, with
// keys under the installation's name, so other installations on the same
// Redis keep theirs apart.
func (a *App) openRedis(ctx context.Context, installation string) (backend.Shared, error) {
	rdb, err := redis.Open(ctx, a.Config.RedisURL)
	if err != nil {
		return nil, err
	}
	rdb.Prefix = "assay:" + installation + ":"
	return rdb, nil
}
