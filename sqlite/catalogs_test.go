package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/sqlite"
)

func TestReopeningKeepsDataAndMigratesOnce(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "nested", "assay.db")
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := catalogs.OpenLibrary(ctx, &sqlite.CatalogStore{DB: db}, nil); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatalf("reopening: %v", err)
	}
	defer db.Close()
	v, err := (&sqlite.CatalogStore{DB: db}).CatalogVersions(ctx)
	if err != nil || len(v) != 6 {
		t.Errorf("after reopening: %d catalogs, %v", len(v), err)
	}
}
