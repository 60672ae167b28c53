// Package bottest wires the bot over real PostgreSQL for end-to-end tests
// of its adapters: catalogs, a small search corpus, the assessor with the
// offline drafter and its job queue, and an applied program.
package bottest

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/backend"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/postgres"
	"github.com/assay-dev/assay/postgres/pgtest"
	"github.com/assay-dev/assay/program"
	"github.com/assay-dev/assay/retrieval"
	"github.com/assay-dev/assay/sqlite"
)

// Store is what the bot, the scheduler and the digest keep.
type Store = backend.ChatStore

// Drafts is the assessor's store, as the tests read it.
type Drafts = assessor.Store

// Env is a wired bot.
type Env struct {
	Ctx     context.Context
	Bot     *bot.Bot
	Drafts  Drafts
	Store   Store
	Set     *catalogs.Set
	Program *program.Program
	// Backend is "postgres" or "sqlite" (ASSAY_TEST_STORE).
	Backend string
	// Count runs a query returning one integer.
	Count func(sql string) int

	answerIDs func(t testing.TB) []assessor.AnswerID
}

// Example is the program shipped in deploy/.
func Example(t testing.TB) []byte {
	t.Helper()
	for _, p := range []string{"../../deploy/program.example.yaml", "../../../deploy/program.example.yaml"} {
		if b, err := os.ReadFile(p); err == nil {
			return b
		}
	}
	t.Fatal("deploy/program.example.yaml not found")
	return nil
}

// New wires a bot over chat with the given program file, on the backend
// ASSAY_TEST_STORE names: postgres (the default) or sqlite, so the chat,
// scheduling and digest tests run on both.
func New(t testing.TB, chat bot.Chat, programYAML []byte) *Env {
	t.Helper()
	ctx := context.Background()
	log := slog.New(slog.DiscardHandler)
	env := &Env{Ctx: ctx, Backend: os.Getenv("ASSAY_TEST_STORE")}
	var catStore catalogs.Store
	var retrievalStore retrieval.Store
	var astore Drafts
	switch env.Backend {
	case "", "postgres":
		env.Backend = "postgres"
		db, err := postgres.Open(ctx, pgtest.URL(t), log)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(db.Close)
		if err := db.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		be, err := postgres.NewBackend(ctx, db, postgres.Options{})
		if err != nil {
			t.Fatal(err)
		}
		catStore, retrievalStore, astore, env.Store = be.Catalogs, be.Retrieval, be.Assessor, be.Chat
		env.Count = func(q string) int {
			var n int
			if err := db.Pool.QueryRow(ctx, q).Scan(&n); err != nil {
				t.Fatal(err)
			}
			return n
		}
		env.answerIDs = func(t testing.TB) []assessor.AnswerID {
			rows, err := db.Pool.Query(ctx, `SELECT id::text FROM answers ORDER BY created_at, id`)
			if err != nil {
				t.Fatal(err)
			}
			ids, err := pgx.CollectRows(rows, pgx.RowTo[assessor.AnswerID])
			if err != nil {
				t.Fatal(err)
			}
			return ids
		}
	case "sqlite":
		db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "assay.db"), log)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		be, err := sqlite.NewBackend(db)
		if err != nil {
			t.Fatal(err)
		}
		catStore, retrievalStore, astore, env.Store = be.Catalogs, be.Retrieval, be.Assessor, be.Chat
		env.Count = func(q string) int {
			var n int
			if err := db.SQL.QueryRowContext(ctx, q).Scan(&n); err != nil {
				t.Fatal(err)
			}
			return n
		}
		env.answerIDs = func(t testing.TB) []assessor.AnswerID {
			rows, err := db.SQL.QueryContext(ctx, `SELECT id FROM answers ORDER BY created_at, id`)
			if err != nil {
				t.Fatal(err)
			}
			defer rows.Close()
			var ids []assessor.AnswerID
			for rows.Next() {
				var id assessor.AnswerID
				if err := rows.Scan(&id); err != nil {
					t.Fatal(err)
				}
				ids = append(ids, id)
			}
			if err := rows.Err(); err != nil {
				t.Fatal(err)
			}
			return ids
		}
	default:
		t.Fatalf("ASSAY_TEST_STORE=%q: want postgres or sqlite", env.Backend)
	}
	env.Drafts = astore
	lib, err := catalogs.OpenLibrary(ctx, catStore, log)
	if err != nil {
		t.Fatal(err)
	}
	set := lib.Set()
	env.Set = set
	eng := &retrieval.Engine{Store: retrievalStore, Embedder: retrieval.NewOffline(64, func(string) float64 { return 1 }), Catalogs: lib.Set}
	if _, err := eng.Ingest(ctx, []*retrieval.Document{{ID: "airmf", Collection: "standards", Framework: catalogs.AIRMF, Sections: []retrieval.Section{
		{Heading: []string{"MEASURE 2.3"}, Framework: catalogs.AIRMF, Ref: "MEASURE 2.3", Text: "AI system performance or assurance criteria are measured qualitatively or quantitatively and demonstrated for conditions similar to deployment settings."},
		{Heading: []string{"GOVERN 1.1"}, Framework: catalogs.AIRMF, Ref: "GOVERN 1.1", Text: "Legal and regulatory requirements involving AI are understood, managed, and documented."},
	}}}); err != nil {
		t.Fatal(err)
	}
	f, err := program.Parse("program.yaml", programYAML)
	if err != nil {
		t.Fatal(err)
	}
	prog, err := f.Bind(set)
	if err != nil {
		t.Fatal(err)
	}
	env.Program = prog
	if err := env.Store.ApplyProgram(ctx, prog.Name, string(programYAML), "test"); err != nil {
		t.Fatal(err)
	}
	svc := &assessor.Service{Store: astore, Catalogs: lib.Set, Search: eng.Search, Drafter: assessor.Offline{}, Program: prog.Assessor()}
	b := &bot.Bot{Chat: chat, Store: env.Store, Assessor: svc, Drafts: astore, Catalogs: lib.Set,
		Program: func(context.Context) (*program.Program, error) { return prog, nil },
		Search:  eng.Search, Passages: retrievalStore.Chunks,
		PendingDrafts: func(ctx context.Context) ([]*assessor.Draft, error) {
			return astore.ListDrafts(ctx, assessor.Pending, 500)
		},
	}
	svc.OnDraft = func(ctx context.Context, d *assessor.Draft) {
		if err := b.PostReview(ctx, d); err != nil {
			t.Errorf("posting the draft for review: %v", err)
		}
	}
	env.Bot = b
	return env
}

// DraftAll drafts every answer waiting, as the queue's workers would.
func (e *Env) DraftAll(t testing.TB) []*assessor.Draft {
	t.Helper()
	var out []*assessor.Draft
	// Answers are found through their jobs' drafts: the newest answers
	// without a draft, oldest first.
	for {
		id := e.undrafted(t)
		if id == "" {
			return out
		}
		d, err := e.Bot.Assessor.DraftAnswer(e.Ctx, id, false)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, d)
	}
}

func (e *Env) undrafted(t testing.TB) assessor.AnswerID {
	t.Helper()
	ids := e.answerIDs(t)
	for _, id := range ids {
		if _, ok, err := e.Drafts.DraftForAnswer(e.Ctx, id); err != nil {
			t.Fatal(err)
		} else if !ok {
			return id
		}
	}
	return ""
}
