package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/assay-dev/assay/cli"
	"github.com/assay-dev/assay/postgres/pgtest"
)

// assay runs one command line in-process against env and returns its exit
// code, standard output and standard error.
type assay func(args ...string) (code int, stdout, stderr string)

func setup(t *testing.T, env map[string]string) assay {
	t.Helper()
	if env == nil {
		env = map[string]string{}
	}
	if _, ok := env["DATABASE_URL"]; !ok {
		env["DATABASE_URL"] = seededPG(t)
	}
	env["ASSAY_LOG_LEVEL"] = "warn"
	return func(args ...string) (int, string, string) {
		var out, errOut bytes.Buffer
		code := cli.Run(context.Background(), args, strings.NewReader(""), &out, &errOut, func(k string) string { return env[k] })
		return code, out.String(), errOut.String()
	}
}

// seed is an embedded store holding the built-in corpus, loaded once per
// run: loading it into the pure-Go SQLite takes about 15 s under the race
// detector, and the tests that start from a copy are not about loading it
// (the sqlite package's contract is, and TestDemo loads its own).
var seed struct {
	once sync.Once
	dir  string
	err  error
}

// pgSeed is a PostgreSQL database holding the built-in corpus, loaded
// once per run by the CLI itself and copied for each test that starts
// from it (about 0.1 s a copy, against 5–10 s a load under the race
// detector).
var pgSeed pgtest.Template

// seededPG returns the URL of a fresh PostgreSQL database that already
// holds the built-in corpus. Tests about a first run (migrating, loading
// the corpus) use pgtest.URL instead.
func seededPG(t *testing.T) string {
	t.Helper()
	return pgSeed.Copy(t, func(url string) error {
		env := map[string]string{"DATABASE_URL": url, "ASSAY_LOG_LEVEL": "warn"}
		var errOut bytes.Buffer
		if code := cli.Run(context.Background(), []string{"search", "backups"}, strings.NewReader(""), io.Discard, &errOut, func(k string) string { return env[k] }); code != 0 {
			return fmt.Errorf("loading the built-in corpus: exit %d: %s", code, errOut.String())
		}
		return nil
	})
}

func TestMain(m *testing.M) {
	code := m.Run()
	pgSeed.Drop()
	if seed.dir != "" {
		os.RemoveAll(seed.dir)
	}
	os.Exit(code)
}

// seededStore copies the seed into dir/name and returns its DATABASE_URL.
func seededStore(t *testing.T, dir, name string) string {
	t.Helper()
	seed.once.Do(func() {
		if seed.dir, seed.err = os.MkdirTemp("", "assay-cli-seed-"); seed.err != nil {
			return
		}
		env := map[string]string{"DATABASE_URL": "sqlite:" + filepath.Join(seed.dir, "seed.db"), "ASSAY_LOG_LEVEL": "warn"}
		var errOut bytes.Buffer
		if code := cli.Run(context.Background(), []string{"search", "backups"}, strings.NewReader(""), io.Discard, &errOut, func(k string) string { return env[k] }); code != 0 {
			seed.err = fmt.Errorf("seeding the embedded store: exit %d: %s", code, errOut.String())
		}
	})
	if seed.err != nil {
		t.Fatal(seed.err)
	}
	dst := filepath.Join(dir, name)
	for _, suffix := range []string{"", "-wal"} {
		data, err := os.ReadFile(filepath.Join(seed.dir, "seed.db") + suffix)
		if os.IsNotExist(err) && suffix != "" {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst+suffix, data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return "sqlite:" + dst
}

func TestCatalogListJSON(t *testing.T) {
	t.Parallel()
	run := setup(t, nil)
	code, out, stderr := run("catalog", "list", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got []map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	want := []map[string]any{
		{"id": "iso27001-2022", "name": "ISO/IEC 27001:2022", "version": "2022", "kind": "requirements", "controls": 93.0, "clauses": 25.0},
		{"id": "iso42001-2023", "name": "ISO/IEC 42001:2023", "version": "2023", "kind": "requirements", "controls": 38.0, "clauses": 27.0},
		{"id": "iso27032-2023", "name": "ISO/IEC 27032:2023", "version": "2023", "kind": "guidance", "controls": 20.0, "clauses": 0.0},
		{"id": "nist-csf-2.0", "name": "NIST Cybersecurity Framework 2.0", "version": "2.0", "kind": "guidance", "controls": 106.0, "clauses": 0.0},
		{"id": "nist-ai-rmf-1.0", "name": "NIST AI Risk Management Framework 1.0", "version": "1.0", "kind": "guidance", "controls": 72.0, "clauses": 0.0},
		{"id": "nist-sp800-53-r5", "name": "NIST SP 800-53 Rev. 5", "version": "5.0.1", "kind": "requirements", "controls": 1007.0, "clauses": 0.0},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("catalog list --json (-want +got):\n%s", diff)
	}
}

func TestCatalogShowJSON(t *testing.T) {
	t.Parallel()
	run := setup(t, nil)
	for _, spelling := range [][2]string{{"iso27001-2022", "A.5.15"}, {"iso27001", "5.15"}, {"27001", "a.5.15"}} {
		code, out, stderr := run("catalog", "show", spelling[0], spelling[1], "--json")
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", spelling, code, stderr)
		}
		var got struct {
			Framework, Ref, Title, Group string
			Questions                    []string
			Mappings                     []struct{ Framework, Ref, Relationship, Source string }
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatal(err)
		}
		if got.Framework != "iso27001-2022" || got.Ref != "A.5.15" || got.Group != "A.5" || got.Title == "" || len(got.Questions) == 0 {
			t.Errorf("%v: %+v", spelling, got)
		}
		var csf, iso27032 bool
		for _, m := range got.Mappings {
			csf = csf || (m.Framework == "nist-csf-2.0" && m.Ref == "PR.AA-05" && m.Relationship == "intersects" && m.Source != "")
			iso27032 = iso27032 || (m.Framework == "iso27032-2023" && m.Ref == "9.2.3" && m.Source == "assay")
		}
		if !csf || !iso27032 {
			t.Errorf("%v: mappings lack CSF PR.AA-05 (%v) or 27032 9.2.3 (%v): %+v", spelling, csf, iso27032, got.Mappings)
		}
	}
}

func TestCatalogMapTransitive(t *testing.T) {
	t.Parallel()
	run := setup(t, nil)
	code, out, stderr := run("catalog", "map", "iso27032", "9.2.10", "--to", "csf", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got []struct {
		Framework, Ref, Path string
		Via                  []string
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, m := range got {
		if m.Ref == "ID.RA-01" {
			found = true
			if !cmp.Equal(m.Via, []string{"iso27001-2022:A.8.8"}) || !strings.Contains(m.Path, "iso27032-2023:9.2.10 → iso27001-2022:A.8.8 → nist-csf-2.0:ID.RA-01") {
				t.Errorf("ID.RA-01 via %v path %q", m.Via, m.Path)
			}
		}
	}
	if !found {
		t.Errorf("no path to ID.RA-01: %s", out)
	}
	// The other direction: the AI RMF outcome reaches ISO 42001 directly.
	code, out, _ = run("catalog", "map", "iso42001", "A.6.2.4", "--to", "ai-rmf")
	if code != 0 || !strings.Contains(out, "MEASURE") {
		t.Errorf("map 42001 A.6.2.4 → AI RMF: exit %d\n%s", code, out)
	}
}

var unknownCases = []struct {
	args    []string
	code    int
	suggest string
}{
	{[]string{"catalog", "show", "iso27001", "A.5.99"}, 1, "A.5.9"},
	{[]string{"catalog", "show", "isso27001", "5.1"}, 1, "iso27001-2022"},
	{[]string{"catalog", "show", "800-53", "AC-2(99)"}, 1, "AC-2(9)"},
	{[]string{"catalog", "map", "csf", "GV.OC-01", "--to", "nist-csf-9"}, 1, "nist-csf-2.0"},
	{[]string{"catalog", "show", "csf"}, 2, "FRAMEWORK and REF"},
	{[]string{"catalog", "map", "csf", "GV.OC-01"}, 2, "--to"},
	{[]string{"catalog", "lst"}, 2, ""},
	{[]string{"catalog", "list", "--jsn"}, 2, "unknown flag"},
}

func TestUnknownInputFailsWithOneLine(t *testing.T) {
	t.Parallel()
	run := setup(t, nil)
	for _, tt := range unknownCases {
		code, out, stderr := run(tt.args...)
		if code != tt.code {
			t.Errorf("%v: exit %d, want %d (stderr %q)", tt.args, code, tt.code, stderr)
		}
		if tt.code == 1 {
			if lines := strings.Count(strings.TrimSpace(stderr), "\n") + 1; lines != 1 {
				t.Errorf("%v: %d lines of error, want 1: %q", tt.args, lines, stderr)
			}
			if out != "" {
				t.Errorf("%v: printed to stdout on failure: %q", tt.args, out)
			}
		}
		if !strings.Contains(stderr, tt.suggest) {
			t.Errorf("%v: stderr %q does not mention %q", tt.args, stderr, tt.suggest)
		}
	}
}

func TestCatalogImportExport(t *testing.T) {
	t.Parallel()
	run := setup(t, nil)
	dir := t.TempDir()
	code, out, stderr := run("catalog", "import", "../catalogs/testdata/policy.yaml")
	if code != 0 || !strings.Contains(out, "imported acme-policy-2026") {
		t.Fatalf("import: exit %d\n%s%s", code, out, stderr)
	}
	// A broken file names the file and the line; nothing changes.
	broken := filepath.Join(dir, "broken.yaml")
	os.WriteFile(broken, []byte("assay_catalog: 1\nframework: {id: acme-policy-2026, name: ACME}\ncontrols:\n  - {ref: P.1}\n"), 0o644)
	code, _, stderr = run("catalog", "import", "--replace", broken)
	if code != 1 || !strings.Contains(stderr, "broken.yaml:4") || !strings.Contains(stderr, "title is required") {
		t.Errorf("broken import: exit %d, stderr %q", code, stderr)
	}
	code, out, _ = run("catalog", "show", "acme", "P.2", "--json")
	if code != 0 || !strings.Contains(out, "Vulnerability patching within 14 days") {
		t.Errorf("the broken import changed the stored catalog: %s", out)
	}
	// Export, import under another id, and compare what show prints.
	exported := filepath.Join(dir, "acme.yaml")
	if code, _, stderr := run("catalog", "export", "acme", "-o", exported); code != 0 {
		t.Fatalf("export: %s", stderr)
	}
	data, _ := os.ReadFile(exported)
	os.WriteFile(exported, bytes.Replace(bytes.Replace(data, []byte("id: acme-policy-2026"), []byte("id: acme-copy"), 1), []byte("- acme\n"), []byte("- acmecopy\n"), 1), 0o644)
	if code, _, stderr := run("catalog", "import", exported); code != 0 {
		t.Fatalf("re-import: %s", stderr)
	}
	_, a, _ := run("catalog", "show", "acme", "P.1", "--json")
	_, b, _ := run("catalog", "show", "acme-copy", "P.1", "--json")
	if strings.Replace(a, "acme-policy-2026", "acme-copy", -1) != b {
		t.Errorf("round trip differs:\n%s\n%s", a, b)
	}
	// OSCAL, with an id given on the command line.
	oscal := filepath.Join(dir, "tiny.json")
	os.WriteFile(oscal, []byte(`{"catalog": {"metadata": {"title": "Tiny"}, "controls": [{"id": "t-1", "title": "One"}]}}`), 0o644)
	if code, out, stderr := run("catalog", "import", oscal, "--id", "tiny-1", "--kind", "guidance"); code != 0 || !strings.Contains(out, "tiny-1") {
		t.Errorf("OSCAL import: exit %d %s%s", code, out, stderr)
	}
	code, _, stderr = run("catalog", "import", filepath.Join(dir, "missing.yaml"))
	if code != 1 || !strings.Contains(stderr, "missing.yaml") {
		t.Errorf("missing file: exit %d %q", code, stderr)
	}
}

func TestSecretsStayOutOfErrors(t *testing.T) {
	t.Parallel()
	run := setup(t, map[string]string{
		"DATABASE_URL":   "postgres://assay:hunter2-secret@127.0.0.1:1/assay?sslmode=disable",
		"OPENAI_API_KEY": "sk-live-secret-key",
	})
	code, out, stderr := run("catalog", "list")
	if code != 1 {
		t.Fatalf("exit %d with an unreachable database", code)
	}
	if strings.Contains(out+stderr, "hunter2-secret") || strings.Contains(out+stderr, "sk-live-secret-key") {
		t.Errorf("a secret leaked: %s%s", out, stderr)
	}
	if !strings.Contains(stderr, "cannot connect to PostgreSQL") {
		t.Errorf("unclear error: %q", stderr)
	}
}

func TestHelpOnEveryCommand(t *testing.T) {
	t.Parallel()
	run := setup(t, map[string]string{"DATABASE_URL": "postgres://nobody@127.0.0.1:1/x"})
	for _, args := range [][]string{{}, {"catalog"}, {"catalog", "list"}, {"catalog", "show"}, {"catalog", "map"}, {"catalog", "import"}, {"catalog", "export"}, {"migrate"}} {
		code, out, stderr := run(append(args, "--help")...)
		if code != 0 || !strings.Contains(out, "Usage:") {
			t.Errorf("assay %v --help: exit %d\n%s%s", args, code, out, stderr)
		}
	}
}
