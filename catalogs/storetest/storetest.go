// Package storetest is the contract every catalogs.Store must keep: one
// suite, run against each storage backend (PostgreSQL, the embedded
// SQLite store), so the two can never drift.
package storetest

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/contract"
	"github.com/assay-dev/assay/errs"
)

// Opener returns an empty store for one test.
type Opener func(t *testing.T) catalogs.Store

// Run runs the contract as subtests.
func Run(t *testing.T, open Opener) {
	contract.Run(t, open, map[string]func(*testing.T, Opener){
		"OpenLibraryStoresBuiltinsOnce": openLibraryStoresBuiltinsOnce,
		"ImportRoundTrip":               importRoundTrip,
		"ImportConflictNeedsReplace":    importConflictNeedsReplace,
		"BadImportChangesNothing":       badImportChangesNothing,
	})
}

type bundle struct {
	ctx   context.Context
	store catalogs.Store
	logs  *bytes.Buffer
}

func newBundle(t *testing.T, open Opener) *bundle {
	return &bundle{ctx: context.Background(), store: open(t), logs: &bytes.Buffer{}}
}

// testdata finds catalogs/testdata whichever package runs the suite.
func testdata(name string) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "testdata", name)
}

func openLibraryStoresBuiltinsOnce(t *testing.T, open Opener) {
	b := newBundle(t, open)
	lib, err := catalogs.OpenLibrary(b.ctx, b.store, slog.New(slog.NewTextHandler(b.logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	builtin, _ := catalogs.Builtin()
	// What comes back from the database is what the binary holds.
	for _, want := range builtin {
		got, err := lib.Set().Catalog(string(want.Framework.ID))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, *got); diff != "" {
			t.Errorf("%s stored and loaded differs (-want +got):\n%.1500s", want.Framework.ID, diff)
		}
	}
	if n := strings.Count(b.logs.String(), "catalog stored"); n != 6 {
		t.Errorf("first open stored %d catalogs, want 6", n)
	}
	b.logs.Reset()
	if _, err := catalogs.OpenLibrary(b.ctx, b.store, slog.New(slog.NewTextHandler(b.logs, nil))); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.logs.String(), "catalog stored") {
		t.Errorf("second open rewrote unchanged catalogs:\n%s", b.logs)
	}
}

func importRoundTrip(t *testing.T, open Opener) {
	b := newBundle(t, open)
	lib, err := catalogs.OpenLibrary(b.ctx, b.store, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Export CSF, rename it, import it: the imported copy matches the original.
	orig, _ := lib.Set().Catalog("nist-csf-2.0")
	data, err := catalogs.ExportYAML(orig)
	if err != nil {
		t.Fatal(err)
	}
	data = bytes.Replace(data, []byte("id: nist-csf-2.0"), []byte("id: my-csf"), 1)
	data = bytes.Replace(data, []byte("- csf\n"), []byte("- mycsf\n"), 1)
	imported, err := lib.Import(b.ctx, "my-csf.yaml", data, catalogs.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := lib.Set().Catalog("my-csf")
	if err != nil {
		t.Fatal(err)
	}
	if got.Framework.Origin != catalogs.OriginImported || len(got.Controls) != len(orig.Controls) || len(got.Links) != len(orig.Links) {
		t.Fatalf("imported %d controls %d links (%s), want %d and %d", len(got.Controls), len(got.Links), got.Framework.Origin, len(orig.Controls), len(orig.Links))
	}
	if diff := cmp.Diff(imported, got); diff != "" {
		t.Errorf("stored import differs from parsed (-parsed +stored):\n%.1500s", diff)
	}
	for i, c := range got.Controls {
		o := orig.Controls[i]
		if c.Ref != o.Ref || c.Title != o.Title || c.Statement != o.Statement || !cmp.Equal(c.Questions, o.Questions) {
			t.Errorf("control %d: %s %q, want %s %q", i, c.Ref, c.Title, o.Ref, o.Title)
		}
	}
	// The new catalog's links are followed like the built-ins'.
	if ms := lib.Set().Map(catalogs.Key{Framework: "my-csf", Ref: "GV.OC-03"}, catalogs.ISO27001); len(ms) == 0 {
		t.Error("imported catalog maps to nothing in ISO 27001")
	}
	// A second process sees the import.
	other, err := catalogs.OpenLibrary(b.ctx, b.store, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := other.Set().Resolve("my-csf", "gv.oc-1"); err != nil {
		t.Errorf("another library does not see the import: %v", err)
	}
}

func importConflictNeedsReplace(t *testing.T, open Opener) {
	b := newBundle(t, open)
	lib, err := catalogs.OpenLibrary(b.ctx, b.store, nil)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(testdata("policy.yaml"))
	if _, err := lib.Import(b.ctx, "policy.yaml", data, catalogs.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	_, err = lib.Import(b.ctx, "policy.yaml", data, catalogs.ImportOptions{})
	if errs.KindOf(err) != errs.Conflict || !strings.Contains(errs.Message(err), "--replace") {
		t.Fatalf("second import: %v, want a conflict that mentions --replace", err)
	}
	changed := bytes.Replace(data, []byte("Acceptable use of company laptops"), []byte("Laptop rules"), 1)
	if _, err := lib.Import(b.ctx, "policy.yaml", changed, catalogs.ImportOptions{Replace: true}); err != nil {
		t.Fatal(err)
	}
	c, _ := lib.Set().Resolve("acme", "P.1")
	if c.Title != "Laptop rules" {
		t.Errorf("after replace, P.1 title = %q", c.Title)
	}
	// Replacing a built-in with an import survives the next start.
	exported, _ := catalogs.ExportYAML(must(lib.Set().Catalog("iso27032")))
	exported = bytes.Replace(exported, []byte("Internet-borne threats"), []byte("Threats from the Internet"), 1)
	if _, err := lib.Import(b.ctx, "27032.yaml", exported, catalogs.ImportOptions{Replace: true}); err != nil {
		t.Fatal(err)
	}
	again, err := catalogs.OpenLibrary(b.ctx, b.store, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c, _ := again.Set().Resolve("iso27032", "8.2"); c.Title != "Threats from the Internet" {
		t.Errorf("restart overwrote the user's replacement: title %q", c.Title)
	}
}

// A broken file, of either format, changes nothing already stored.
func badImportChangesNothing(t *testing.T, open Opener) {
	b := newBundle(t, open)
	lib, err := catalogs.OpenLibrary(b.ctx, b.store, nil)
	if err != nil {
		t.Fatal(err)
	}
	policy, _ := os.ReadFile(testdata("policy.yaml"))
	if _, err := lib.Import(b.ctx, "policy.yaml", policy, catalogs.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	before, err := b.store.Catalogs(b.ctx)
	if err != nil {
		t.Fatal(err)
	}
	bad := []struct{ file, data string }{
		{"broken.yaml", "assay_catalog: 1\nframework: {id: acme-policy-2026, name: ACME}\ncontrols:\n  - {ref: P.1, titel: oops}\n"},
		{"dangling.yaml", strings.Replace(string(policy), "A.8.8", "A.8.99", 1)},
		{"broken.json", `{"catalog": {"metadata": {"title": "Broken"}, "groups": [{"id": "g", "title": "G", "controls": [{"title": "no id"}]}]}}`},
		{"truncated.json", `{"catalog": {"metadata": {"title": "Broken"}, "groups": [`},
	}
	for _, tt := range bad {
		_, err := lib.Import(b.ctx, tt.file, []byte(tt.data), catalogs.ImportOptions{Replace: true})
		if errs.KindOf(err) != errs.Invalid || !strings.Contains(err.Error(), tt.file) {
			t.Errorf("%s: err = %v, want invalid naming the file", tt.file, err)
		}
	}
	after, err := b.store.Catalogs(b.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(before, after); diff != "" {
		t.Errorf("bad imports changed the store (-before +after):\n%.2000s", diff)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
