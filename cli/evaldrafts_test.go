package cli_test

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// assay eval drafts drafts each labelled answer with the configured
// drafter (offline here) and reports agreement; a broken set is refused
// with its line and nothing else happens.
func TestEvalDrafts(t *testing.T) {
	t.Parallel()
	run := setup(t, nil)
	dir := t.TempDir()
	set := filepath.Join(dir, "set.jsonl")
	writeFile(t, set, `{"framework":"iso27001","ref":"A.8.8","answer":"Nothing yet.","level":0}
{"framework":"iso27001","ref":"A.8.8","answer":"There is no documented or approved procedure and no metrics, but the platform team patches monthly.","level":2}
{"framework":"iso42001","ref":"A.5.2","answer":"Impact assessments are not done today; a template was drafted but it is not approved.","level":0}
`)
	code, out, stderr := run("eval", "drafts", "--set", set, "--json")
	if code != 0 {
		t.Fatalf("eval drafts: %d %s", code, stderr)
	}
	var rep struct {
		Drafter   string  `json:"drafter"`
		N         int     `json:"n"`
		Exact     float64 `json:"exact"`
		OverByTwo int     `json:"over_by_two_or_more"`
		Items     []struct{ Label, Drafted int }
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if rep.Drafter != "offline" || rep.N != 3 || rep.Exact != 1 || rep.OverByTwo != 0 || len(rep.Items) != 3 {
		t.Errorf("report %+v", rep)
	}
	code, out, _ = run("eval", "drafts", "--set", set)
	if code != 0 || !strings.Contains(out, "exact 1.000 · within one 1.000") || !strings.Contains(out, "label \\ drafted") {
		t.Errorf("text report: %d %s", code, out)
	}
	bad := filepath.Join(dir, "bad.jsonl")
	writeFile(t, bad, `{"framework":"iso27001","ref":"A.8.8","answer":"x","level":9}`+"\n")
	if code, _, stderr := run("eval", "drafts", "--set", bad); code != 1 || !strings.Contains(stderr, "line 1: level 9") {
		t.Errorf("a broken set: %d %s", code, stderr)
	}
	if code, _, stderr := run("eval", "drafts"); code != 2 || !strings.Contains(stderr, "--set FILE is required") {
		t.Errorf("no set: %d %s", code, stderr)
	}
}

// assay eval ask asks each labelled question and reports how many of
// the expected controls the answers name; a broken set is refused with
// its line.
func TestEvalAsk(t *testing.T) {
	t.Parallel()
	run := setup(t, nil)
	dir := t.TempDir()
	set := filepath.Join(dir, "ask.jsonl")
	writeFile(t, set, `{"question":"What do we do when someone leaves the company?","frameworks":["sp800-53"],"controls":["nist-sp800-53-r5:PS-4"]}
{"question":"How do we assess the impact of our AI systems on people?","frameworks":["iso42001","ai-rmf"],"controls":["iso42001:A.5.2","iso42001:A.5.5"]}
`)
	code, out, stderr := run("eval", "ask", "--set", set, "--json")
	if code != 0 {
		t.Fatalf("eval ask: %d %s", code, stderr)
	}
	var rep struct {
		N      int     `json:"n"`
		Recall float64 `json:"recall"`
		All    float64 `json:"all_named"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if rep.N != 2 || rep.Recall != 1 || rep.All != 1 {
		t.Errorf("report %+v", rep)
	}
	if code, out, _ = run("eval", "ask", "--set", set); code != 0 || !strings.HasPrefix(out, "questions 2 · expected controls named 1.000") {
		t.Errorf("text report: %d %s", code, out)
	}
	bad := filepath.Join(dir, "bad.jsonl")
	writeFile(t, bad, `{"question":"x","controls":["iso42001:A.99.9"]}`+"\n")
	if code, _, stderr := run("eval", "ask", "--set", bad); code != 1 || !strings.Contains(stderr, "line 1: ") || !strings.Contains(stderr, "A.99.9") {
		t.Errorf("a broken set: %d %s", code, stderr)
	}
	if code, _, stderr := run("eval", "ask"); code != 2 || !strings.Contains(stderr, "--set FILE is required") {
		t.Errorf("no set: %d %s", code, stderr)
	}
}
