package cli_test

import (
	"encoding/json"
	"strings"
	"testing"
)

// assay ask names the controls before the passages; --json has the
// answer, the controls and the passages, each passage once, named.
func TestAskNamesTheControls(t *testing.T) {
	t.Parallel()
	run := setup(t, nil)
	code, out, stderr := run("ask", "What do we do when someone leaves the company?", "--framework", "800-53", "--json")
	if code != 0 {
		t.Fatalf("ask: %d %s", code, stderr)
	}
	var ans struct {
		Answer   string `json:"answer"`
		Offline  bool   `json:"offline"`
		Controls []struct{ Framework, Ref, Title string }
		Passages []struct{ Framework, Ref, Doc, Title, Text string }
	}
	if err := json.Unmarshal([]byte(out), &ans); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var named []string
	ps4 := false
	for _, c := range ans.Controls {
		named = append(named, c.Ref)
		ps4 = ps4 || (c.Framework == "nist-sp800-53-r5" && c.Ref == "PS-4" && c.Title != "")
	}
	if !ps4 || !ans.Offline || ans.Answer == "" {
		t.Errorf("controls %v, offline %v, answer %q", named, ans.Offline, ans.Answer)
	}
	seen := map[string]bool{}
	for _, p := range ans.Passages {
		if seen[p.Text] || p.Framework == "" || p.Doc == "" || p.Title == "" {
			t.Errorf("passage %+v (seen before: %v)", p, seen[p.Text])
		}
		seen[p.Text] = true
	}
	if len(ans.Passages) == 0 {
		t.Error("no passages")
	}
	code, out, _ = run("ask", "How do we assess the impact of our AI systems on people?", "--framework", "iso42001", "--framework", "ai-rmf")
	if code != 0 || !strings.Contains(out, "Controls that apply:\n") || !strings.Contains(out, "iso42001-2023 A.5.4") {
		t.Errorf("ask (text): %d\n%s", code, out)
	}
	if code, _, stderr := run("ask", "x", "--framework", "iso99999"); code != 1 || !strings.Contains(stderr, "iso99999") {
		t.Errorf("unknown framework: %d %s", code, stderr)
	}
}
