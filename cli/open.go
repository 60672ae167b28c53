package cli

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/backend"
	"github.com/assay-dev/assay/errs"
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
	if missing, err := st.Assessor.AuditGuards(ctx); err == nil && len(missing) > 0 {
		a.Log.Warn("the audit log's append-only guards are missing: run `assay migrate` as the database's owner", "missing", missing)
	}
	return st, nil
}

// openBackend opens a store by URL: postgres://… or sqlite:PATH. With
// existing, a store that is not there is an error, and nothing is created.
func (a *App) openBackend(ctx context.Context, url string, existing bool) (*backend.Backend, error) {
	anchor, err := a.anchor()
	if err != nil {
		return nil, err
	}
	if path, ok := embeddedPath(url); ok {
		if err := keyOutside(a.Config.AuditKeyFile, path); err != nil {
			return nil, err
		}
		return sqlite.OpenBackend(ctx, path, a.Log, sqlite.Options{MustExist: existing, Anchor: anchor})
	}
	return postgres.OpenBackend(ctx, url, a.Log, postgres.Options{MustExist: existing, Shared: a.openRedis, Anchor: anchor, AppRole: a.Config.DBAppRole})
}

// anchor is the audit key this process signs checkpoints with: from
// ASSAY_AUDIT_KEY or ASSAY_AUDIT_KEY_FILE; nil when neither is set.
func (a *App) anchor() (*assessor.Anchor, error) {
	if a.auditAnchor != nil {
		return a.auditAnchor, nil
	}
	const op = "config"
	secret, file := a.Config.AuditKey, a.Config.AuditKeyFile
	switch {
	case secret != "" && file != "":
		return nil, errs.E(op, errs.Invalid, "set ASSAY_AUDIT_KEY or ASSAY_AUDIT_KEY_FILE, not both")
	case file != "":
		b, err := os.ReadFile(file)
		if err != nil {
			return nil, errs.E(op, errs.Invalid, "ASSAY_AUDIT_KEY_FILE: cannot read %s (%v)", file, errors.Unwrap(err))
		}
		secret = string(b)
	case secret == "":
		return nil, nil
	}
	anchor, err := assessor.NewAnchor(secret)
	a.auditAnchor = anchor
	return anchor, err
}

// keyOutside refuses an audit key file kept beside the embedded store it
// anchors: whoever copies the store's directory would copy the key too.
func keyOutside(keyFile, store string) error {
	if keyFile == "" {
		return nil
	}
	k, err1 := filepath.Abs(filepath.Dir(keyFile))
	s, err2 := filepath.Abs(filepath.Dir(store))
	if err1 == nil && err2 == nil && k == s {
		return errs.E("config", errs.Invalid, "the audit key file %s sits beside the store %s: keep it elsewhere, or anyone who copies the store has the key", keyFile, store)
	}
	return nil
}

// openScratch opens an empty scratch store: a schema of the PostgreSQL
// database at DATABASE_URL (search tuned as given), or a temporary file
// for the embedded store; cleanup removes it (unless ASSAY_BENCH_KEEP is
// set, for experiments).
func (a *App) openScratch(ctx context.Context, embedded bool, tuning postgres.Tuning) (*backend.Backend, func(), error) {
	keep := os.Getenv("ASSAY_BENCH_KEEP") != ""
	anchor, err := a.anchor()
	if err != nil {
		return nil, nil, err
	}
	if embedded {
		return sqlite.OpenScratch(ctx, a.Log, sqlite.Options{Anchor: anchor}, keep)
	}
	return postgres.OpenScratch(ctx, a.Config.DatabaseURL, a.Log, postgres.Options{Tuning: tuning, Shared: a.openRedis, Anchor: anchor}, keep)
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
