package postgres_test

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"

	"github.com/assay-dev/assay/postgres"
	"github.com/assay-dev/assay/postgres/pgtest"
)

type bundle struct {
	ctx   context.Context
	db    *postgres.DB
	store *postgres.CatalogStore
	logs  *bytes.Buffer
}

func setup(t *testing.T) *bundle {
	t.Helper()
	ctx := context.Background()
	logs := &bytes.Buffer{}
	log := slog.New(slog.NewTextHandler(logs, nil))
	db, err := postgres.Open(ctx, pgtest.URL(t), log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(db.Close)
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	return &bundle{ctx: ctx, db: db, store: &postgres.CatalogStore{DB: db}, logs: logs}
}

func TestMigrateIsIdempotent(t *testing.T) {
	t.Parallel()
	b := setup(t)
	if err := b.db.Migrate(b.ctx); err != nil {
		t.Fatalf("second migrate: %v", err)
	}
	st, err := b.db.MigrationStatus(b.ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range st {
		if !strings.Contains(line, "applied") {
			t.Errorf("migration not applied: %s", line)
		}
	}
}

func TestOpenNeverLeaksThePassword(t *testing.T) {
	t.Parallel()
	for _, dsn := range []string{
		"postgres://assay:s3cr3t-pw@127.0.0.1:1/assay?sslmode=disable",
		"postgres://assay@127.0.0.1:1/assay?password=s3cr3t-pw&sslmode=disable",
		"postgres://assay:s3cr3t-pw@[::1:bad/x",
	} {
		_, err := postgres.Open(context.Background(), dsn, nil)
		if err == nil {
			t.Fatalf("%s: connected to a closed port", postgres.Redact(dsn))
		}
		if strings.Contains(err.Error(), "s3cr3t-pw") {
			t.Errorf("error leaks the password: %v", err)
		}
	}
}
