// Package bottest wires the bot over real PostgreSQL for end-to-end tests
// of its adapters: catalogs, a small search corpus, the assessor with the
// offline drafter and its job queue, and an applied program.
package bottest

import (
	"context"
	"log/slog"
	"os"
	"testing"
	"time"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/postgres"
	"github.com/assay-dev/assay/postgres/pgtest"
	"github.com/assay-dev/assay/program"
	"github.com/assay-dev/assay/retrieval"
)

// Env is a wired bot.
type Env struct {
	Ctx     context.Context
	DB      *postgres.DB
	Bot     *bot.Bot
	Drafts  *postgres.AssessorStore
	Store   *postgres.BotStore
	Set     *catalogs.Set
	Program *program.Program
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

// New wires a bot over chat with the given program file.
func New(t testing.TB, chat bot.Chat, programYAML []byte) *Env {
	t.Helper()
	ctx := context.Background()
	log := slog.New(slog.DiscardHandler)
	db, err := postgres.Open(ctx, pgtest.URL(t), log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(db.Close)
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	lib, err := catalogs.OpenLibrary(ctx, &postgres.CatalogStore{DB: db}, log)
	if err != nil {
		t.Fatal(err)
	}
	set := lib.Set()
	eng := &retrieval.Engine{Store: &postgres.RetrievalStore{DB: db}, Embedder: retrieval.NewOffline(64, func(string) float64 { return 1 }), Catalogs: lib.Set}
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
	bs := &postgres.BotStore{DB: db}
	if err := bs.ApplyProgram(ctx, prog.Name, string(programYAML), "test"); err != nil {
		t.Fatal(err)
	}
	astore := &postgres.AssessorStore{DB: db}
	svc := &assessor.Service{Store: astore, Catalogs: lib.Set, Search: eng.Search, Drafter: assessor.Offline{}, Program: prog.Assessor()}
	q, err := postgres.NewQueue(db, svc, postgres.QueueOptions{PollInterval: 50 * time.Millisecond}, nil)
	if err != nil {
		t.Fatal(err)
	}
	astore.Queue = q
	b := &bot.Bot{Chat: chat, Store: bs, Assessor: svc, Drafts: astore, Catalogs: lib.Set,
		Program: func(context.Context) (*program.Program, error) { return prog, nil },
		Search:  eng.Search, Passages: eng.Store.Chunks,
		PendingDrafts: func(ctx context.Context) ([]*assessor.Draft, error) {
			return astore.ListDrafts(ctx, assessor.Pending, 500)
		},
	}
	svc.OnDraft = func(ctx context.Context, d *assessor.Draft) {
		if err := b.PostReview(ctx, d); err != nil {
			t.Errorf("posting the draft for review: %v", err)
		}
	}
	return &Env{Ctx: ctx, DB: db, Bot: b, Drafts: astore, Store: bs, Set: set, Program: prog}
}

// DraftAll drafts every answer waiting, as the queue's workers would.
func (e *Env) DraftAll(t testing.TB) []*assessor.Draft {
	t.Helper()
	rows, err := e.DB.Pool.Query(e.Ctx, `SELECT a.id FROM answers a WHERE NOT EXISTS (SELECT 1 FROM drafts d WHERE d.answer_id = a.id) ORDER BY created_at`)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for rows.Next() {
		var id string
		rows.Scan(&id)
		ids = append(ids, id)
	}
	rows.Close()
	var out []*assessor.Draft
	for _, id := range ids {
		d, err := e.Bot.Assessor.DraftAnswer(e.Ctx, id, false)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, d)
	}
	return out
}
