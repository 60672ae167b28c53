package cli_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A lead excludes a control from the command line: it leaves the list of
// what applies, the digest's counts, check-ins and answers, with who
// decided and why kept; bad decisions change nothing.
func TestApplicabilitySetListAndCounts(t *testing.T) {
	t.Parallel()
	run := withProgram(t, setup(t, nil))
	type row struct {
		Framework, Ref, Reason, Justification string
		Applicable                            bool
		ApprovedBy                            string  `json:"approved_by"`
		ApprovedAt                            *string `json:"approved_at"`
	}
	list := func(args ...string) map[string]row {
		t.Helper()
		code, out, stderr := run(append([]string{"applicability", "list", "--json"}, args...)...)
		if code != 0 {
			t.Fatalf("applicability list: exit %d: %s", code, stderr)
		}
		var rows []row
		if err := json.Unmarshal([]byte(out), &rows); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		m := map[string]row{}
		for _, r := range rows {
			m[r.Framework+":"+r.Ref] = r
		}
		return m
	}
	type fw struct {
		ID                             string
		Controls, Applicable, Excluded int
	}
	counts := func() fw {
		t.Helper()
		code, out, stderr := run("digest", "preview", "--json")
		if code != 0 {
			t.Fatalf("digest preview: exit %d: %s", code, stderr)
		}
		var s struct{ Frameworks []fw }
		if err := json.Unmarshal([]byte(out), &s); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		for _, f := range s.Frameworks {
			if f.ID == "iso27001-2022" {
				return f
			}
		}
		t.Fatalf("no ISO 27001 in the digest: %s", out)
		return fw{}
	}
	before := list("iso27001")
	n := len(before) // Annex A and the clauses' requirements
	if r := before["iso27001-2022:A.8.8"]; !r.Applicable || r.ApprovedBy != "" || n < 93 {
		t.Fatalf("before any decision: %d rows, A.8.8 %+v", len(before), r)
	}
	was := counts()
	if was.Controls != n || was.Applicable != n || was.Excluded != 0 {
		t.Fatalf("digest before: %+v", was)
	}

	for _, bad := range []struct {
		args []string
		want string
	}{
		{[]string{"iso27001", "A.8.8", "--exclude", "--reason", "business", "--justification", "x", "--as", "U0OWNER"}, "only a compliance lead"},
		{[]string{"iso27001", "A.8.8", "--exclude", "--reason", "whim", "--justification", "x", "--as", "U0LEAD"}, "reason \"whim\""},
		{[]string{"iso27001", "A.8.8", "--exclude", "--reason", "business", "--as", "U0LEAD"}, "needs a justification"},
		{[]string{"iso27001", "A.99.1", "--exclude", "--reason", "business", "--justification", "x", "--as", "U0LEAD"}, "A.99.1"},
		{[]string{"nist-csf-2.0", "GV.OC-01", "--exclude", "--reason", "business", "--justification", "x", "--as", "U0LEAD"}, "not in the scope"},
		{[]string{"iso27001", "A.8.8", "--include", "--exclude", "--as", "U0LEAD"}, "exactly one"},
		{[]string{"iso27001", "A.8.8", "--exclude", "--reason", "business", "--justification", "x"}, "--as LEAD is required"},
		{[]string{"iso27001", "A.8.8", "--exclude", "--reason", "business", "--justification", strings.Repeat("x", 2001), "--as", "U0LEAD"}, "at most 2000"},
	} {
		if code, _, stderr := run(append([]string{"applicability", "set"}, bad.args...)...); code == 0 || !strings.Contains(stderr, bad.want) {
			t.Errorf("set %q: exit %d, %q; want an error saying %q", bad.args, code, stderr, bad.want)
		}
	}
	if got := list("iso27001"); got["iso27001-2022:A.8.8"] != before["iso27001-2022:A.8.8"] {
		t.Fatalf("a refused decision changed the list: %+v", got["iso27001-2022:A.8.8"])
	}

	code, out, stderr := run("applicability", "set", "iso27001", "a.8.8", "--exclude", "--reason", "business",
		"--justification", "All servers are managed by the hosting provider.", "--as", "U0LEAD")
	if code != 0 || !strings.Contains(out, "excluded (business decision)") {
		t.Fatalf("exclude: exit %d: %s%s", code, out, stderr)
	}
	r := list("iso27001")["iso27001-2022:A.8.8"]
	if r.Applicable || r.Reason != "business" || r.ApprovedBy != "U0LEAD" || r.ApprovedAt == nil || !strings.Contains(r.Justification, "hosting provider") {
		t.Errorf("after excluding: %+v", r)
	}
	if now := counts(); now.Controls != n-1 || now.Applicable != n-1 || now.Excluded != 1 {
		t.Errorf("digest after excluding one control: %+v", now)
	}
	if code, _, stderr := run("assess", "iso27001", "A.8.8", "--answer", "We patch monthly.", "--as", "U0OWNER"); code == 0 || !strings.Contains(stderr, "excluded from the assessment") {
		t.Errorf("answering an excluded control: exit %d, %s", code, stderr)
	}
	if code, out, _ := run("applicability", "list", "iso27001"); code != 0 || !strings.Contains(out, fmt.Sprintf("%d controls in scope, %d applicable, 1 excluded", n, n-1)) {
		t.Errorf("list summary:\n%s", out)
	}
	// Included again: it counts again, and both decisions stay in the log.
	if code, _, stderr := run("applicability", "set", "iso27001", "A.8.8", "--include", "--as", "U0LEADTWO"); code != 0 {
		t.Fatalf("include: %s", stderr)
	}
	if now := counts(); now.Controls != n || now.Excluded != 0 {
		t.Errorf("digest after including it again: %+v", now)
	}
	if code, _, stderr := run("audit", "verify"); code != 0 {
		t.Errorf("audit verify after two decisions: %s", stderr)
	}
}

func TestAISystemRegister(t *testing.T) {
	t.Parallel()
	run := setup(t, nil)
	if code, _, stderr := run("ai-system", "list"); code == 0 || !strings.Contains(stderr, "no assessment program") {
		t.Errorf("before a program: exit %d, %s", code, stderr)
	}
	if code, _, stderr := run("program", "apply", "../deploy/program.example.yaml"); code != 0 {
		t.Fatalf("program apply: %s", stderr)
	}
	code, out, stderr := run("ai-system", "list", "--json")
	if code != 0 {
		t.Fatalf("list: %s", stderr)
	}
	var reg struct {
		Context struct {
			Organisation string
			Roles        []string
		}
		Systems []struct {
			ID, Name, Role, Stage, Risk, Owner string
			NextReview                         string `json:"next_review"`
		}
	}
	if err := json.Unmarshal([]byte(out), &reg); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if reg.Context.Organisation != "Example Ltd" || len(reg.Systems) != 3 || reg.Systems[0].ID != "support-assistant" || reg.Systems[0].Risk != "high" ||
		!strings.HasPrefix(reg.Systems[0].NextReview, "2027-03-01") {
		t.Errorf("register %+v", reg)
	}
	if code, out, _ := run("ai-system", "show", "churn-model"); code != 0 || !strings.Contains(out, "Churn prediction") || !strings.Contains(out, "billing history") {
		t.Errorf("show: exit %d\n%s", code, out)
	}
	if code, _, stderr := run("ai-system", "show", "nope"); code == 0 || !strings.Contains(stderr, "registered: support-assistant, churn-model, code-assistant") {
		t.Errorf("an unknown system: exit %d, %s", code, stderr)
	}
}

func TestRoleProposalsFromTheCommandLine(t *testing.T) {
	t.Parallel()
	run := setup(t, nil)
	src, err := os.ReadFile("../deploy/program.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	custom := strings.NewReplacer("roles: [provider, producer, customer]", "roles: [customer]", "role: provider", "role: customer", "role: producer", "role: customer").Replace(string(src))
	path := filepath.Join(t.TempDir(), "program.yaml")
	writeFile(t, path, custom)
	if code, _, stderr := run("program", "apply", path); code != 0 {
		t.Fatalf("program apply: %s", stderr)
	}
	var rows []struct {
		Ref      string
		Proposed *struct{ Reason, Justification, Source string } `json:"proposed_exclusion"`
	}
	code, out, stderr := run("applicability", "list", "iso42001", "--json")
	if code != 0 || json.Unmarshal([]byte(out), &rows) != nil {
		t.Fatalf("list: %s %s", out, stderr)
	}
	proposed := 0
	for _, r := range rows {
		if r.Proposed != nil {
			proposed++
			if r.Proposed.Reason != "role" || r.Proposed.Source != "assay" {
				t.Errorf("proposal %+v", r.Proposed)
			}
		}
	}
	if proposed != 14 {
		t.Fatalf("%d proposals for a customer, want 14", proposed)
	}
	for _, bad := range [][]string{{"approve", "--as", "U0LEAD0001"}, {"approve", "iso42001", "A.7.2", "--all", "--as", "U0LEAD0001"}, {"approve", "iso42001", "A.7.2"}} {
		if code, _, _ := run(append([]string{"applicability"}, bad...)...); code != 2 {
			t.Errorf("%q: exit %d, want a usage error", bad, code)
		}
	}
	if code, _, stderr := run("applicability", "approve", "iso42001", "A.7.2", "--as", "U0MLENG001"); code == 0 || !strings.Contains(stderr, "only a compliance lead") {
		t.Errorf("an owner approved: %s", stderr)
	}
	if code, out, stderr := run("applicability", "approve", "iso42001", "A.7.2", "--as", "U0LEAD0001"); code != 0 || !strings.Contains(out, "excluded (not in the organisation's role)") {
		t.Fatalf("approve one: %s %s", out, stderr)
	}
	if code, _, stderr := run("applicability", "approve", "iso42001", "A.7.2", "--as", "U0LEAD0001"); code == 0 || !strings.Contains(stderr, "no exclusion of iso42001-2023:A.7.2 is proposed") {
		t.Errorf("approving twice: %s", stderr)
	}
	if code, out, stderr := run("applicability", "approve", "--all", "--as", "U0LEAD0001"); code != 0 || strings.Count(out, "excluded") != 13 {
		t.Fatalf("approve all: %s %s", out, stderr)
	}
	if code, out, _ := run("applicability", "list", "iso42001"); code != 0 || !strings.Contains(out, "65 controls in scope, 51 applicable, 14 excluded") || strings.Contains(out, "proposed") {
		t.Errorf("after approving:\n%s", out)
	}
}

// The role table is documented where controls are: catalog show names the
// roles a control matters for.
func TestCatalogShowNamesTheRoleTable(t *testing.T) {
	t.Parallel()
	run := setup(t, nil)
	code, out, stderr := run("catalog", "show", "iso42001", "A.7.2", "--json")
	if code != 0 {
		t.Fatal(stderr)
	}
	var c struct{ Roles []string }
	if err := json.Unmarshal([]byte(out), &c); err != nil || strings.Join(c.Roles, ",") != "producer,partner" {
		t.Errorf("roles of A.7.2: %v %v", c.Roles, err)
	}
	if code, out, _ := run("catalog", "show", "iso42001", "A.2.2"); code != 0 || strings.Contains(out, "role table") {
		t.Errorf("a control for every role names roles:\n%s", out)
	}
}
