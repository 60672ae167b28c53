package main

import (
	"os/exec"
	"strings"
	"testing"
)

// The domain never reaches a vendor: no model client, no database driver
// in the packages that hold Assay's logic; metrics reads state through an
// interface; and nothing under bot/ but tests constructs a backend.
func TestDomainPackagesImportNoAdapters(t *testing.T) {
	vendors := []string{"github.com/sashabaranov/go-openai", "github.com/jackc/pgx", "modernc.org/sqlite"}
	rules := []struct {
		pkgs      []string
		forbidden []string
	}{
		{[]string{"./assessor", "./retrieval", "./catalogs", "./program", "./bot", "./bot/shell", "./schedule", "./digest", "./backend"}, vendors},
		{[]string{"./metrics"}, []string{"github.com/jackc/pgx"}},
		{[]string{"./bot/..."}, []string{"github.com/assay-dev/assay/postgres", "github.com/assay-dev/assay/sqlite"}},
	}
	for _, r := range rules {
		for _, pkg := range r.pkgs {
			out, err := exec.Command("go", "list", "-deps", pkg).CombinedOutput()
			if err != nil {
				t.Fatalf("go list -deps %s: %v\n%s", pkg, err, out)
			}
			for _, dep := range strings.Fields(string(out)) {
				for _, f := range r.forbidden {
					if dep == f || strings.HasPrefix(dep, f+"/") {
						t.Errorf("%s depends on %s", pkg, dep)
					}
				}
			}
		}
	}
}
