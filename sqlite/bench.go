package sqlite

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/assay-dev/assay/backend"
	"github.com/assay-dev/assay/errs"
)

// OpenScratch opens an empty store in a temporary directory, for a
// benchmark or the demo; cleanup removes it (unless keep).
func OpenScratch(ctx context.Context, log *slog.Logger, opts Options, keep bool) (*backend.Backend, func(), error) {
	dir, err := os.MkdirTemp("", "assay-scratch-")
	if err != nil {
		return nil, nil, errs.Wrap("sqlite.OpenScratch", errs.Unavailable, err, "temporary directory")
	}
	be, err := OpenBackend(ctx, filepath.Join(dir, "assay.db"), log, opts)
	if err != nil {
		os.RemoveAll(dir)
		return nil, nil, err
	}
	return be, func() {
		be.Close()
		if keep {
			if log != nil {
				log.Warn("keeping the scratch store", "dir", dir)
			}
			return
		}
		os.RemoveAll(dir)
	}, nil
}
