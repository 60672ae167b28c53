package cli_test

import (
	"encoding/json"
	"strings"
	"testing"
)

// A control's history reads in order, every step with who and what; the
// audit log filters by control, actor and time.
func TestHistoryAndAuditLogFilters(t *testing.T) {
	t.Parallel()
	run := withProgram(t, setup(t, nil))
	assess := func(answer string) string {
		t.Helper()
		code, out, stderr := run("assess", "iso27001", "A.8.8", "--answer", answer, "--evidence", "https://wiki.example/patching", "--as", "U0OWNER", "--json")
		if code != 0 {
			t.Fatalf("assess: %s", stderr)
		}
		return decodeDraft(t, out).DraftID
	}
	review := func(args ...string) {
		t.Helper()
		if code, _, stderr := run(append([]string{"review"}, args...)...); code != 0 {
			t.Fatalf("review: %s", stderr)
		}
	}
	review(assess("We patch servers when we can."), "--reject", "--question", "How often, and who checks?", "--as", "U0LEAD")
	review(assess("The platform team patches every server monthly; the security lead checks the report."), "--adjust", "3", "--reason", "Monthly, checked: defined.", "--as", "U0LEADTWO")
	// Another control's steps stay out of this one's history.
	review(assess0(t, run, "A.8.9"), "--confirm", "--as", "U0LEAD")
	for _, args := range [][]string{
		{"iso27001", "A.8.8", "--exclude", "--reason", "contractual", "--justification", "The host patches under contract.", "--as", "U0LEAD"},
		{"iso27001", "A.8.8", "--include", "--as", "U0LEAD"},
	} {
		if code, _, stderr := run(append([]string{"applicability", "set"}, args...)...); code != 0 {
			t.Fatal(stderr)
		}
	}
	code, out, stderr := run("history", "iso27001", "a.8.8", "--json")
	if code != 0 {
		t.Fatalf("history: %s", stderr)
	}
	var evs []struct {
		Kind, Actor, Detail, Drafter string
		Level                        *int
		Evidence                     []string
		Prompt                       string `json:"prompt_version"`
	}
	if err := json.Unmarshal([]byte(out), &evs); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var kinds []string
	for _, e := range evs {
		kinds = append(kinds, e.Kind)
	}
	if got, want := strings.Join(kinds, " "), "answered drafted rejected answered drafted adjusted excluded included"; got != want {
		t.Fatalf("history %q, want %q", got, want)
	}
	if e := evs[0]; e.Actor != "U0OWNER" || len(e.Evidence) != 1 || !strings.Contains(e.Detail, "when we can") {
		t.Errorf("the first answer: %+v", e)
	}
	if e := evs[1]; e.Level == nil || e.Drafter == "" || e.Prompt == "" {
		t.Errorf("the first draft: %+v", e)
	}
	if e := evs[2]; e.Actor != "U0LEAD" || e.Detail != "How often, and who checks?" {
		t.Errorf("the rejection: %+v", e)
	}
	if e := evs[5]; e.Actor != "U0LEADTWO" || e.Level == nil || *e.Level != 3 || e.Detail != "Monthly, checked: defined." {
		t.Errorf("the adjustment: %+v", e)
	}
	if e := evs[6]; !strings.Contains(e.Detail, "contractual obligation: The host patches") {
		t.Errorf("the exclusion: %+v", e)
	}
	if code, out, _ := run("history", "iso27001", "A.8.8"); code != 0 || !strings.Contains(out, "adjusted by U0LEADTWO (cli:") {
		t.Errorf("history as text:\n%s", out)
	}
	if code, _, stderr := run("history", "iso27001", "A.99"); code == 0 || !strings.Contains(stderr, "A.99") {
		t.Errorf("history of an unknown control: %d %s", code, stderr)
	}

	type entry struct{ Actor, Action, Control string }
	logOf := func(args ...string) []entry {
		t.Helper()
		code, out, stderr := run(append([]string{"audit", "log", "--json"}, args...)...)
		if code != 0 {
			t.Fatalf("audit log %q: %s", args, stderr)
		}
		var es []entry
		if err := json.Unmarshal([]byte(out), &es); err != nil {
			t.Fatal(err)
		}
		return es
	}
	if es := logOf("--control", "iso27001:A.8.8"); len(es) != 6 {
		t.Errorf("entries about A.8.8: %+v", es)
	} else {
		for _, e := range es {
			if e.Control != "iso27001-2022:A.8.8" {
				t.Errorf("an entry about %s", e.Control)
			}
		}
	}
	// The adjustment, and the ratings it proposed through the crosswalk.
	if es := logOf("--actor", "U0LEADTWO"); len(es) < 1 || es[0].Action != "adjusted" {
		t.Errorf("entries by U0LEADTWO: %+v", es)
	} else {
		for _, e := range es[1:] {
			if e.Actor != "U0LEADTWO" || e.Action != "proposed" {
				t.Errorf("an entry by U0LEADTWO: %+v", e)
			}
		}
	}
	if es := logOf("--since", "2999-01-01"); len(es) != 0 {
		t.Errorf("entries from the future: %+v", es)
	}
	if code, _, stderr := run("audit", "log", "--since", "last week"); code != 2 || !strings.Contains(stderr, "--since") {
		t.Errorf("a bad --since: %d %s", code, stderr)
	}
}

// assess0 answers a control as its owner and returns the draft's id.
func assess0(t *testing.T, run assay, ref string) string {
	t.Helper()
	code, out, stderr := run("assess", "iso27001", ref, "--answer", "Configuration baselines are enforced by the platform team.", "--as", "U0OWNER", "--json")
	if code != 0 {
		t.Fatalf("assess: %s", stderr)
	}
	return decodeDraft(t, out).DraftID
}
