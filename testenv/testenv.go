// Package testenv wires Assay's chat core over a real backend for the
// tests of its adapters and loops (bot/slack, bot/shell, schedule,
// digest): catalogs, a small search corpus, the assessor with the offline
// drafter, and an applied program. It sits outside bot/ because it
// constructs backends, whose packages import bot.
package testenv

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/backend"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/deploy"
	"github.com/assay-dev/assay/postgres"
	"github.com/assay-dev/assay/postgres/pgtest"
	"github.com/assay-dev/assay/program"
	"github.com/assay-dev/assay/retrieval"
	"github.com/assay-dev/assay/sqlite"
)

// Env is a wired bot.
type Env struct {
	Ctx     context.Context
	Bot     *bot.Bot
	Backend *backend.Backend
	// Store and Drafts are the backend's chat and assessor stores.
	Store   backend.ChatStore
	Drafts  assessor.Store
	Set     *catalogs.Set
	Program *program.Program
}

// Example is the program shipped in deploy/.
func Example(testing.TB) []byte { return deploy.ExampleProgram }

// New wires a bot over chat with the given program file, on the backend
// ASSAY_TEST_STORE names: postgres (the default) or sqlite, so the chat,
// scheduling and digest tests run on both.
func New(t testing.TB, chat bot.Chat, programYAML []byte) *Env {
	t.Helper()
	ctx := context.Background()
	log := slog.New(slog.DiscardHandler)
	env := &Env{Ctx: ctx}
	var err error
	switch store := os.Getenv("ASSAY_TEST_STORE"); store {
	case "", "postgres":
		env.Backend, err = postgres.OpenBackend(ctx, pgtest.URL(t), log, postgres.Options{})
	case "sqlite":
		env.Backend, err = sqlite.OpenBackend(ctx, filepath.Join(t.TempDir(), "assay.db"), log, sqlite.Options{})
	default:
		t.Fatalf("ASSAY_TEST_STORE=%q: want postgres or sqlite", store)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(env.Backend.Close)
	env.Store, env.Drafts = env.Backend.Chat, env.Backend.Assessor
	lib, err := catalogs.OpenLibrary(ctx, env.Backend.Catalogs, log)
	if err != nil {
		t.Fatal(err)
	}
	set := lib.Set()
	env.Set = set
	eng := &retrieval.Engine{Store: env.Backend.Retrieval, Embedder: retrieval.NewOffline(64, func(string) float64 { return 1 }), Catalogs: lib.Set}
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
	svc := &assessor.Service{Store: env.Drafts, Catalogs: lib.Set, Search: eng.Search, Drafter: assessor.Offline{}, Program: prog.Assessor()}
	b := &bot.Bot{Chat: chat, Store: env.Store, Assessor: svc, Catalogs: lib.Set,
		Program: (&program.Loader{Store: env.Store, Set: lib.Set}).Load,
		Search:  eng.Search, Passages: env.Backend.Retrieval.Chunks,
	}
	svc.Gate = b
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
	rec, err := e.Backend.Port.ExportAssessor(e.Ctx)
	if err != nil {
		t.Fatal(err)
	}
	drafted := map[assessor.AnswerID]bool{}
	for _, d := range rec.Drafts {
		drafted[d.AnswerID] = true
	}
	for _, a := range rec.Answers {
		if !drafted[a.ID] {
			return a.ID
		}
	}
	return ""
}
