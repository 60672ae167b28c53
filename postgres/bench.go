package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"net/url"
	"time"

	"github.com/assay-dev/assay/backend"
	"github.com/assay-dev/assay/errs"
)

// OpenScratch opens a migrated scratch schema of the database at dsn, for
// a benchmark or the demo; cleanup drops it (unless keep).
func OpenScratch(ctx context.Context, dsn string, log *slog.Logger, opts Options, keep bool) (*backend.Backend, func(), error) {
	const op = "postgres.OpenScratch"
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var b [4]byte
	rand.Read(b[:])
	schema := "assay_scratch_" + hex.EncodeToString(b[:])
	admin, err := Open(ctx, dsn, log)
	if err != nil {
		return nil, nil, err
	}
	if _, err := admin.Pool.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		admin.Close()
		return nil, nil, errs.Wrap(op, errs.Unavailable, err, "creating a scratch schema")
	}
	var be *backend.Backend
	cleanup := func() {
		if be != nil {
			be.Close()
		}
		defer admin.Close()
		if keep {
			log.Warn("keeping the scratch schema", "schema", schema)
			return
		}
		// Clean up even when the run was interrupted.
		cctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		if _, err := admin.Pool.Exec(cctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			log.Error("could not drop the scratch schema", "schema", schema, "err", err)
		}
	}
	u, err := url.Parse(dsn)
	if err != nil {
		cleanup()
		return nil, nil, errs.E(op, errs.Invalid, "DATABASE_URL is not a URL")
	}
	q := u.Query()
	q.Set("search_path", schema+",public")
	u.RawQuery = q.Encode()
	if be, err = OpenBackend(ctx, u.String(), log, opts); err != nil {
		cleanup()
		return nil, nil, err
	}
	return be, cleanup, nil
}
