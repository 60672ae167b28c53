package sqlite_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/retrieval"
	"github.com/assay-dev/assay/retrieval/storetest"
	"github.com/assay-dev/assay/sqlite"
)

// A stored heading that is not JSON is a corrupt row, not a store that is
// down: every read of it says Internal and names the chunk, where a
// caller would retry an Unavailable for ever.
func TestCorruptHeadingIsInternal(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "assay.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := sqlite.NewBackend(db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	rs := &sqlite.RetrievalStore{DB: db}
	eng := storetest.Engine(t, rs)
	if _, err := eng.Ingest(ctx, []*retrieval.Document{storetest.Doc("p.md", "policies", "", storetest.Sec("", "Visitors", "Visitors are escorted."))}); err != nil {
		t.Fatal(err)
	}
	var id string
	if err := db.SQL.QueryRowContext(ctx, `SELECT id FROM chunks`).Scan(&id); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SQL.ExecContext(ctx, `UPDATE chunks SET heading = '{broken'`); err != nil {
		t.Fatal(err)
	}
	check := func(what string, err error) {
		t.Helper()
		if errs.KindOf(err) != errs.Internal || !strings.Contains(err.Error(), id) || !strings.Contains(err.Error(), "stored heading") {
			t.Errorf("%s: %v (kind %v), want Internal naming chunk %s's stored heading", what, err, errs.KindOf(err), id)
		}
	}
	check("EachChunk", rs.EachChunk(ctx, retrieval.Filter{}, func(retrieval.ChunkRecord) error { return nil }))
	_, err = rs.Chunks(ctx, []retrieval.ChunkID{retrieval.ChunkID(id)})
	check("Chunks", err)
}
