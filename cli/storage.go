package cli

import (
	"context"
	"strings"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/digest"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/jobs"
	"github.com/assay-dev/assay/postgres"
	"github.com/assay-dev/assay/program"
	"github.com/assay-dev/assay/retrieval"
	"github.com/assay-dev/assay/schedule"
	"github.com/assay-dev/assay/sqlite"
)

// assessorStore is the assessor's store as the commands use it.
type assessorStore interface {
	assessor.Store
	ListDrafts(ctx context.Context, status assessor.Status, limit int) ([]*assessor.Draft, error)
}

// botStore is what the bot, the scheduler and the digest keep.
type botStore interface {
	bot.Store
	schedule.Store
	digest.Store
	ApplyProgram(ctx context.Context, name, source, by string) error
	CurrentProgram(ctx context.Context) (*program.Stored, bool, error)
	Digest(ctx context.Context, id int64) ([]byte, bool, error)
}

// jobQueue is the drafting queue, whichever database holds it.
type jobQueue interface {
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
	JobState(ctx context.Context, answerID string) (state, lastError string, err error)
}

// storage is what an App runs on: PostgreSQL, or the embedded SQLite file
// when DATABASE_URL is sqlite:PATH.
type storage struct {
	pg        *postgres.DB // nil on the embedded store
	lite      *sqlite.DB   // nil on PostgreSQL
	catalogs  catalogs.Store
	retrieval retrieval.Store
	assessor  assessorStore
	bot       botStore
	// newQueue makes the drafting queue for svc and wires it into assessor.
	newQueue func(ctx context.Context, svc *assessor.Service, opts jobs.Options) (jobQueue, error)
}

func (s *storage) close() {
	if s.pg != nil {
		s.pg.Close()
	}
	if s.lite != nil {
		s.lite.Close()
	}
}

// embeddedPath reads sqlite:PATH (or sqlite://PATH) from a DATABASE_URL.
func embeddedPath(url string) (string, bool) {
	for _, p := range []string{"sqlite://", "sqlite:"} {
		if path, ok := strings.CutPrefix(url, p); ok {
			return path, true
		}
	}
	return "", false
}

func onPostgres(db *postgres.DB) *storage {
	as := &postgres.AssessorStore{DB: db}
	return &storage{pg: db, catalogs: &postgres.CatalogStore{DB: db}, retrieval: &postgres.RetrievalStore{DB: db}, assessor: as, bot: &postgres.BotStore{DB: db},
		newQueue: func(_ context.Context, svc *assessor.Service, opts jobs.Options) (jobQueue, error) {
			q, err := postgres.NewQueue(db, svc, opts, nil)
			if err != nil {
				return nil, err
			}
			as.Queue = q
			return q, nil
		}}
}

func onSQLite(db *sqlite.DB) *storage {
	as := &sqlite.AssessorStore{DB: db}
	return &storage{lite: db, catalogs: &sqlite.CatalogStore{DB: db}, retrieval: &sqlite.RetrievalStore{DB: db}, assessor: as, bot: &sqlite.BotStore{DB: db},
		newQueue: func(ctx context.Context, svc *assessor.Service, opts jobs.Options) (jobQueue, error) {
			q, err := sqlite.NewQueue(ctx, db, svc, opts, nil)
			if err != nil {
				return nil, err
			}
			as.Queue = q
			return q, nil
		}}
}

// Storage opens the configured store once per run, migrating it.
func (a *App) Storage(ctx context.Context) (*storage, error) {
	if a.st != nil {
		return a.st, nil
	}
	st, err := a.openStorage(ctx, a.Config.DatabaseURL)
	if err != nil {
		return nil, err
	}
	a.st = st
	return st, nil
}

// openStorage opens a store by URL: postgres://… or sqlite:PATH.
func (a *App) openStorage(ctx context.Context, url string) (*storage, error) {
	if path, ok := embeddedPath(url); ok {
		db, err := sqlite.Open(ctx, path, a.Log)
		if err != nil {
			return nil, err
		}
		return onSQLite(db), nil
	}
	db, err := postgres.Open(ctx, url, a.Log)
	if err != nil {
		return nil, err
	}
	if err := db.Migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return onPostgres(db), nil
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
