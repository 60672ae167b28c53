package postgres_test

import (
	"context"
	"log/slog"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/assay-dev/assay/postgres"
	"github.com/assay-dev/assay/postgres/pgtest"
	"github.com/assay-dev/assay/retrieval"
	"github.com/assay-dev/assay/retrieval/storetest"
)

// A scratch schema (bench, demo) beside an installation in the public
// schema, where one lands by default, is a store of its own: its ingest
// creates its own vector table instead of writing into the
// installation's, and the installation is left as it was.
func TestScratchBesideAnInstallationInPublic(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	url := pgtest.Database(t)
	log := slog.New(slog.DiscardHandler)
	live, err := postgres.OpenBackend(ctx, url, log, postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer live.Close()
	liveEng := storetest.Engine(t, live.Retrieval)
	if _, err := liveEng.Ingest(ctx, []*retrieval.Document{storetest.PolicyV1}); err != nil {
		t.Fatal(err)
	}
	before, err := liveEng.Search(ctx, retrieval.Query{Text: "laptops wiped before disposal", K: 5})
	if err != nil || len(before) == 0 {
		t.Fatalf("search on the installation: %v, %d results", err, len(before))
	}
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	counts := func() (chunks, vectors, scratches int) {
		t.Helper()
		if err := conn.QueryRow(ctx, `SELECT (SELECT count(*) FROM public.chunks), (SELECT count(*) FROM public.chunk_vectors_1),
			(SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'assay_scratch%')`).Scan(&chunks, &vectors, &scratches); err != nil {
			t.Fatal(err)
		}
		return
	}
	chunks, vectors, _ := counts()
	if chunks == 0 || vectors != chunks {
		t.Fatalf("the installation holds %d chunks and %d vectors", chunks, vectors)
	}
	scratch, cleanup, err := postgres.OpenScratch(ctx, url, log, postgres.Options{}, false)
	if err != nil {
		t.Fatal(err)
	}
	scratchEng := storetest.Engine(t, scratch.Retrieval)
	// The same document again: in the installation's tables it would
	// collide with the chunks already there.
	if _, err := scratchEng.Ingest(ctx, []*retrieval.Document{storetest.PolicyV1}); err != nil {
		t.Fatalf("ingest into the scratch schema: %v", err)
	}
	if res, err := scratchEng.Search(ctx, retrieval.Query{Text: "laptops wiped before disposal", K: 5}); err != nil || len(res) == 0 {
		t.Errorf("search in the scratch schema: %v, %d results", err, len(res))
	}
	cleanup()
	after, err := liveEng.Search(ctx, retrieval.Query{Text: "laptops wiped before disposal", K: 5})
	if err != nil || len(after) != len(before) {
		t.Fatalf("the installation after the scratch schema went: %v, %d results, want %d", err, len(after), len(before))
	}
	// Row for row: the scratch schema wrote nothing into public, and
	// went when it was done.
	if c, v, n := counts(); c != chunks || v != vectors || n != 0 {
		t.Errorf("public holds %d chunks and %d vectors, was %d and %d; %d scratch schemas left", c, v, chunks, vectors, n)
	}
}
