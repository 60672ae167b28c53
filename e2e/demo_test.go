package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The README's first command on a fresh machine: `assay demo` with no
// DATABASE_URL, no Redis and no key, on the embedded store, run as the
// binary users run (outside the race detector, under which the pure-Go
// SQLite is some twenty-five times slower; the same demo runs in-process
// under it on PostgreSQL in cli's TestDemo, and the embedded store's
// contract suites run under it).
func TestDemoOnAFreshMachine(t *testing.T) {
	t.Parallel()
	bin := build(t)
	home, out := t.TempDir(), t.TempDir()
	cmd := exec.Command(bin, "demo", "--out", out)
	cmd.Dir = t.TempDir()
	cmd.Env = []string{"HOME=" + home, "PATH=" + os.Getenv("PATH"), "TMPDIR=" + t.TempDir()}
	got, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("assay demo: %v\n%s", err, got)
	}
	for _, want := range []string{"Offline draft", "Confirmed at level", "Adjusted to level", "Rejected by",
		"audit log intact: 8 entries", "Statement of Applicability: " + filepath.Join(out, "assay-demo-soa.xlsx")} {
		if !strings.Contains(string(got), want) {
			t.Errorf("demo output lacks %q:\n%s", want, got)
		}
	}
	for _, f := range []string{"assay-demo-digest.png", "assay-demo-soa.xlsx"} {
		if st, err := os.Stat(filepath.Join(out, f)); err != nil || st.Size() < 1000 {
			t.Errorf("%s: %v", f, err)
		}
	}
	// The scratch store is gone and nothing was left in the user's store.
	if _, err := os.Stat(filepath.Join(home, ".local", "share", "assay", "assay.db")); err == nil {
		t.Errorf("the demo left a store in the user's data directory")
	}
}
