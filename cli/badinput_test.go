package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// DATABASE_URL=sqlite: with no path (or one in memory) would keep nothing
// while reporting success: it is refused, and no file is made.
func TestAnEmbeddedStoreNeedsAFile(t *testing.T) { // not parallel: it changes directory
	dir := t.TempDir()
	t.Chdir(dir)
	for _, url := range []string{"sqlite:", "sqlite://", "sqlite:  ", "sqlite::memory:", "sqlite:file::memory:?cache=shared"} {
		code, _, stderr := setup(t, map[string]string{"DATABASE_URL": url})("catalog", "list")
		if code != 1 || !strings.Contains(stderr, "the embedded store needs a file") {
			t.Errorf("%q: exit %d %s", url, code, stderr)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a refused store left files: %v", entries)
	}
}

// Catalog import reads at most --max-bytes (a device that never ends
// included), refuses parents that form a cycle, and refuses to replace a
// framework in a way the program in force would no longer fit.
func TestCatalogImportRefusesWhatItCannotKeep(t *testing.T) {
	t.Parallel()
	run := setup(t, map[string]string{"DATABASE_URL": "sqlite:" + filepath.Join(t.TempDir(), "assay.db")})
	dir := t.TempDir()
	if code, _, stderr := run("catalog", "import", "/dev/zero", "--format", "yaml"); code != 1 || !strings.Contains(stderr, "larger than the limit of 104857600 bytes") {
		t.Errorf("/dev/zero: exit %d %s", code, stderr)
	}
	if code, _, stderr := run("catalog", "import", "../catalogs/testdata/policy.yaml", "--max-bytes", "100"); code != 1 || !strings.Contains(stderr, "the limit is 100") {
		t.Errorf("over --max-bytes: exit %d %s", code, stderr)
	}
	cycle := filepath.Join(dir, "cycle.yaml")
	os.WriteFile(cycle, []byte("assay_catalog: 1\nframework: {id: loop-2026, name: Loop}\ncontrols:\n"+
		"  - {ref: L.1, parent: L.3, title: One}\n  - {ref: L.2, parent: L.1, title: Two}\n  - {ref: L.3, parent: L.2, title: Three}\n"), 0o644)
	if code, _, stderr := run("catalog", "import", cycle); code != 1 || !strings.Contains(stderr, "form a cycle") {
		t.Errorf("a parent cycle: exit %d %s", code, stderr)
	}
	if code, out, stderr := run("catalog", "import", "../catalogs/testdata/policy.yaml"); code != 0 {
		t.Fatalf("import: %s %s", out, stderr)
	}
	prog := filepath.Join(dir, "program.yaml")
	os.WriteFile(prog, []byte("name: ACME\nframeworks: [acme]\nroles: {leads: [U0LEAD]}\nchannels: {review: C0REVIEW}\n"+
		"targets:\n  - {framework: acme, ref: P.2, level: 3}\nowners:\n  \"acme:P.*\": U0OWNER\n"), 0o644)
	if code, out, stderr := run("program", "apply", prog); code != 0 {
		t.Fatalf("program apply: %s %s", out, stderr)
	}
	smaller := filepath.Join(dir, "smaller.yaml")
	os.WriteFile(smaller, []byte("assay_catalog: 1\nframework: {id: acme-policy-2026, name: ACME security policy, aliases: [acme]}\ncontrols:\n  - {ref: P.1, title: Acceptable use}\n"), 0o644)
	code, _, stderr := run("catalog", "import", "--replace", smaller)
	if code != 1 || !strings.Contains(stderr, `the program in force ("ACME") would no longer fit`) || !strings.Contains(stderr, "P.2") {
		t.Errorf("replacing a framework the program needs: exit %d %s", code, stderr)
	}
	if code, out, _ := run("catalog", "show", "acme", "P.2"); code != 0 || !strings.Contains(out, "Vulnerability patching") {
		t.Errorf("the refused replacement changed the catalog: %d %s", code, out)
	}
	// A replacement the program still fits goes through.
	same := filepath.Join(dir, "same.yaml")
	os.WriteFile(same, []byte("assay_catalog: 1\nframework: {id: acme-policy-2026, name: ACME security policy, aliases: [acme]}\ncontrols:\n"+
		"  - {ref: P.1, title: Acceptable use}\n  - {ref: P.2, title: Patching in 7 days}\n"), 0o644)
	if code, out, stderr := run("catalog", "import", "--replace", same); code != 0 {
		t.Errorf("a replacement that fits: %s %s", out, stderr)
	}
}
