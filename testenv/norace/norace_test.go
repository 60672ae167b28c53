package norace_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/assay-dev/assay/testenv/norace"
)

// Every test that skips under -race runs in the test target's second go
// test: without -race, in its package, matched by its -run pattern level
// by level (as go test matches subtests).
func TestMakefileRunsEveryTestSkippedUnderRace(t *testing.T) {
	raw, err := os.ReadFile("../../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	var run string
	in := false
	for _, line := range strings.Split(string(raw), "\n") {
		switch {
		case strings.HasPrefix(line, "test:"):
			in = true
		case in && !strings.HasPrefix(line, "\t"):
			in = false
		case in && strings.Contains(line, " -run ") && !strings.HasPrefix(strings.TrimSpace(line), "#"):
			if strings.Contains(line, "RACE") || strings.Contains(line, "-race") {
				t.Fatalf("the test target's -run line uses the race detector: %s", line)
			}
			run = line
		}
	}
	m := regexp.MustCompile(`-run '([^']+)'`).FindStringSubmatch(run)
	if m == nil {
		t.Fatalf("no detector-free go test with -run in the Makefile's test target")
	}
	levels := strings.Split(strings.ReplaceAll(m[1], "$$", "$"), "/")
	pkgs := strings.Fields(run[strings.Index(run, m[0])+len(m[0]):])
	for _, x := range norace.Tests {
		if !strings.Contains(" "+strings.Join(pkgs, " ")+" ", " "+x.Pkg+" ") {
			t.Errorf("%s %s: package not in the detector-free go test (%v)", x.Pkg, x.Name, pkgs)
		}
		for i, part := range strings.Split(x.Name, "/") {
			if i >= len(levels) {
				break
			}
			if !regexp.MustCompile(levels[i]).MatchString(part) {
				t.Errorf("%s: %q does not match level %d of -run %q", x.Name, part, i+1, m[1])
			}
		}
	}
	// And the pattern runs nothing else of these packages' contracts: a
	// sibling contract test would match no level.
	if regexp.MustCompile(levels[len(levels)-1]).MatchString("ConcurrentIngestsKeepStatisticsExact") {
		t.Errorf("-run %q also runs the race-relevant contract tests without the detector", m[1])
	}
}
