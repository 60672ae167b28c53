package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/assay-dev/assay/catalogs"
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
	run := setup(t, map[string]string{"DATABASE_URL": seededStore(t, t.TempDir(), "assay.db")})
	dir := t.TempDir()
	// The default limit, on a file that says its size (sparse: nothing is
	// written), and a device that never ends, read only to the limit.
	big := filepath.Join(dir, "big.yaml")
	if err := os.WriteFile(big, nil, 0o644); err != nil || os.Truncate(big, catalogs.MaxCatalogBytes+1) != nil {
		t.Fatal("could not make a sparse file", err)
	}
	if code, _, stderr := run("catalog", "import", big); code != 1 || !strings.Contains(stderr, "is 104857601 bytes; the limit is 104857600") {
		t.Errorf("a file over the default limit: exit %d %s", code, stderr)
	}
	if code, _, stderr := run("catalog", "import", "/dev/zero", "--format", "yaml", "--max-bytes", "65536"); code != 1 || !strings.Contains(stderr, "larger than the limit of 65536 bytes") {
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

// Ingest: a device that never ends is cut at the limit; a JSONL file with
// a bad line names FILE:LINE and keeps none of its records; a record
// naming a framework the catalogs lack is such a line; a document that
// repeats itself, and records that are one heading word, are indexed.
func TestIngestOddButValidAndInvalidInput(t *testing.T) {
	t.Parallel()
	run := setup(t, nil)
	dir := t.TempDir()
	if code, _, stderr := run("ingest", "/dev/zero", "--format", "txt"); code != 1 || !strings.Contains(stderr, "larger than the limit") {
		t.Errorf("/dev/zero: exit %d %s", code, stderr)
	}
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte(`{"id":"ok-1","text":"Keep an inventory of information assets and their owners."}`+"\n"+
		`{"id":"x-2","text":"Patching.","framework":"iso9999"}`+"\n"), 0o644)
	if code, _, stderr := run("ingest", bad, "--collection", "policies"); code != 1 || !strings.Contains(stderr, bad+`:2: framework "iso9999"`) || !strings.Contains(stderr, "none of the file's records is kept") {
		t.Errorf("a JSONL line with an unknown framework: exit %d %s", code, stderr)
	}
	if code, out, _ := run("search", "inventory of information assets", "--collection", "policies"); code == 0 && strings.Contains(out, "ok-1") {
		t.Errorf("a record of the refused file was kept: %s", out)
	}
	repeated := filepath.Join(dir, "repeated.md")
	os.WriteFile(repeated, []byte(strings.Repeat("## Notice\n\nThis page is intentionally left blank for printing.\n\n", 4)+"## Scope\n\nThe policy covers every laptop the company issues.\n"), 0o644)
	words := filepath.Join(dir, "words.jsonl")
	os.WriteFile(words, []byte(`{"id":"w-1","text":"INTRODUCTION"}`+"\n"+`{"id":"w-2","text":"Jurisdiction"}`+"\n"+
		`{"id":"w-3","title":"Scope","text":"Every laptop is encrypted.","framework":"iso27001"}`+"\n"), 0o644)
	if code, out, stderr := run("ingest", repeated, words, "--collection", "policies"); code != 0 || !strings.Contains(out, "4 documents") {
		t.Fatalf("repeats and heading words: exit %d %s %s", code, out, stderr)
	}
	if code, out, _ := run("search", "Jurisdiction", "--collection", "policies", "--json"); code != 0 || !strings.Contains(out, `"w-2"`) {
		t.Errorf("a one-word record is not searchable: %s", out)
	}
}

// A search filter that names no framework or collection is an error that
// says so, not "No passages found" and exit 0.
func TestSearchFiltersMustExist(t *testing.T) {
	t.Parallel()
	run := setup(t, nil)
	if code, _, stderr := run("search", "patching", "--framework", "iso9999"); code != 1 || !strings.Contains(stderr, `unknown framework "iso9999"`) {
		t.Errorf("an unknown framework: exit %d %s", code, stderr)
	}
	if code, _, stderr := run("search", "patching", "--collection", "polices"); code != 1 || !strings.Contains(stderr, `no collection "polices"`) {
		t.Errorf("an unknown collection: exit %d %s", code, stderr)
	}
	if code, out, stderr := run("search", "flaw remediation", "--framework", "sp800-53", "--collection", "standards", "--k", "1"); code != 0 || !strings.Contains(out, "SI-2") {
		t.Errorf("filters that exist: exit %d %s %s", code, out, stderr)
	}
}

// The command line holds answers to the form's limits: 3,000 characters,
// and evidence that is an http(s) link; a refused answer stores nothing.
func TestAssessHoldsToTheFormsLimits(t *testing.T) {
	t.Parallel()
	run := withProgram(t, setup(t, nil))
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--answer", strings.Repeat("a", 3001)}, "3001 characters; the limit is 3000"},
		{[]string{"--answer", "We patch monthly.", "--evidence", "file:///etc/passwd"}, `evidence "file:///etc/passwd" is not an http(s) link`},
		{[]string{"--answer", "We patch monthly.", "--evidence", "javascript:alert(1)"}, "is not an http(s) link"},
		{[]string{"--answer", "We patch monthly.", "--evidence", "wiki/patching"}, "is not an http(s) link"},
		{[]string{"--answer", "We patch monthly.", "--own-rating", "9"}, "your own rating 9 is not on the"},
	} {
		args := append([]string{"assess", "iso27001", "A.8.8", "--as", "U0OWNER"}, c.args...)
		if code, _, stderr := run(args...); code != 1 || !strings.Contains(stderr, c.want) {
			t.Errorf("%.60v: exit %d %s", c.args, code, stderr)
		}
	}
	if code, out, _ := run("drafts", "list", "--json"); code != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("refused answers left drafts: %s", out)
	}
	if code, _, stderr := run("assess", "iso27001", "A.8.8", "--as", "U0OWNER", "--answer", strings.Repeat("a", 2990)+" monthly", "--evidence", "https://wiki.example/patching"); code != 0 {
		t.Errorf("an answer at the limit: %s", stderr)
	}
	// An owner's own rating, and an answer that quotes an audit's level,
	// are not attempts to steer the model.
	code, out, stderr := run("assess", "iso27001", "A.8.9", "--as", "U0OWNER", "--own-rating", "4", "--json",
		"--answer", "Our maturity level: 3 per the last audit; configurations are baselined and reviewed quarterly.")
	if code != 0 || strings.Contains(out, "instructions_in_answer") {
		t.Errorf("own rating: exit %d %s %s", code, out, stderr)
	}
}
