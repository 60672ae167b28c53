package cli_test

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/assay-dev/assay/oscal/oscaltest"
	"github.com/assay-dev/assay/soa"
)

// The Statement of Applicability, exported in every format and read back:
// one row per control in scope with its status by the stated rule, the
// excluded control with its reason, the rated one with its level, target,
// evidence and confirmer; approving a version records it, and a change
// after it makes the export a draft again.
func TestSoAExportReadBackAndApprove(t *testing.T) {
	t.Parallel()
	run := setup(t, nil)
	dir := t.TempDir()
	if code, _, stderr := run("program", "apply", "../deploy/program.example.yaml"); code != 0 {
		t.Fatalf("program apply: %s", stderr)
	}
	code, out, stderr := run("assess", "iso42001", "A.6.2.4", "--answer", "Every model is validated against the approved checklist before release; the ML lead signs it off.",
		"--evidence", "https://wiki.example/model-validation", "--as", "U0MLENG001", "--json")
	if code != 0 {
		t.Fatalf("assess: %s", stderr)
	}
	d := decodeDraft(t, out)
	if code, _, stderr := run("review", d.DraftID, "--adjust", "2", "--reason", "The checklist is not yet approved.", "--as", "U0LEAD0001"); code != 0 {
		t.Fatalf("review: %s", stderr)
	}
	if code, _, stderr := run("applicability", "set", "iso42001", "A.10.3", "--exclude", "--reason", "role",
		"--justification", "We take no AI products from suppliers.", "--as", "U0LEAD0001"); code != 0 {
		t.Fatalf("exclude: %s", stderr)
	}
	// The preview names the gap's owner, as Slack does.
	if code, out, _ := run("digest", "preview"); code != 0 || !strings.Contains(out, "Verifying and validating AI systems — level 2, target 4 (U0MLENG001)") {
		t.Errorf("the preview's gaps lack their owners:\n%s", out)
	}

	// JSON: the header, the counts, the rows.
	code, out, stderr = run("soa", "export", "--framework", "iso42001", "--format", "json")
	if code != 0 {
		t.Fatalf("export json: %s", stderr)
	}
	var s soa.Statement
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	h := s.Header
	if h.Organisation != "Example Ltd" || len(h.Roles) != 3 || h.Version != 0 || h.Approved || h.Hash == "" || len(s.Rows) != 65 {
		t.Fatalf("header %+v, %d rows", h, len(s.Rows))
	}
	rows := map[string]soa.Row{}
	for _, r := range s.Rows {
		rows[r.Ref] = r
	}
	rated, excluded, unrated := rows["A.6.2.4"], rows["A.10.3"], rows["A.2.2"]
	if rated.Status != soa.Partial || rated.Level == nil || *rated.Level != 2 || rated.Target == nil || *rated.Target != 4 ||
		rated.ConfirmedBy != "U0LEAD0001" || rated.ConfirmedAt == nil || len(rated.Evidence) != 1 || rated.Owner != "U0MLENG001" || len(rated.Systems) != 3 {
		t.Errorf("the rated control: %+v", rated)
	}
	if excluded.Applicable || excluded.Status != soa.NotApplicable || excluded.Reason != "role" || excluded.DecidedBy != "U0LEAD0001" || excluded.Level != nil {
		t.Errorf("the excluded control: %+v", excluded)
	}
	if unrated.Status != soa.NotAssessed || unrated.Level != nil || unrated.Title == "" {
		t.Errorf("an unrated control: %+v", unrated)
	}
	if impact := rows["A.5.2"]; len(impact.Systems) != 1 || impact.Systems[0] != "support-assistant" {
		t.Errorf("an impact assessment control concerns the high-risk systems only: %v", impact.Systems)
	}
	if len(s.Summary) != 1 || s.Summary[0].InScope != 65 || s.Summary[0].Applicable != 64 || s.Summary[0].Rated != 1 || s.Summary[0].Implemented != 0 {
		t.Errorf("summary %+v", s.Summary)
	}

	// XLSX, read back with the library.
	xlsx := filepath.Join(dir, "soa.xlsx")
	if code, out, stderr := run("soa", "export", "--format", "xlsx", "-o", xlsx); code != 0 || !strings.Contains(out, "draft, never approved") {
		t.Fatalf("export xlsx: exit %d %s %s", code, out, stderr)
	}
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet, err := f.GetRows(soa.Sheet)
	if err != nil {
		t.Fatal(err)
	}
	head := soa.HeaderRows()
	if len(sheet) < head+1 || sheet[1][0] != "Organisation" || sheet[1][1] != "Example Ltd" || strings.Join(sheet[head], ",") != strings.Join(soa.Columns, ",") {
		t.Fatalf("workbook header:\n%q", sheet[:min(len(sheet), head+2)])
	}
	found := false
	for _, r := range sheet[head+1:] {
		if len(r) > 8 && r[0] == "iso42001-2023" && r[1] == "A.6.2.4" {
			found = r[6] == soa.Partial && r[7] == "2" && r[8] == "4" && r[9] == "https://wiki.example/model-validation"
		}
	}
	if !found || len(sheet)-head-1 != 65+72 {
		t.Errorf("workbook rows: A.6.2.4 as expected %v; %d rows", found, len(sheet)-head-1)
	}

	// CSV: UTF-8 with a byte-order mark and a header row.
	code, out, _ = run("soa", "export", "--format", "csv")
	if code != 0 || !strings.HasPrefix(out, "\ufeff") {
		t.Fatalf("csv: exit %d, starts %q", code, out[:min(len(out), 10)])
	}
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\ufeff"))).ReadAll()
	if err != nil || len(recs) != 1+65+72 || strings.Join(recs[0], ",") != strings.Join(soa.Columns, ",") {
		t.Fatalf("csv: %d records, %v", len(recs), err)
	}
	if code, out, _ := run("soa", "export", "--format", "md", "--framework", "iso42001"); code != 0 || !strings.Contains(out, "| iso42001-2023 | A.10.3 |") || !strings.Contains(out, "- **Organisation:** Example Ltd") {
		t.Errorf("markdown:\n%s", out)
	}

	// Both OSCAL exports of the same record: valid against NIST's schema,
	// the excluded control left out.
	for _, kind := range []string{"oscal-ar", "poam"} {
		path := filepath.Join(dir, kind+".json")
		if code, out, stderr := run("export", kind, "--framework", "iso42001", "-o", path); code != 0 || !strings.Contains(out, "wrote") {
			t.Fatalf("export %s: %s %s", kind, out, stderr)
		}
		doc, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		oscaltest.Validate(t, doc)
		if strings.Contains(string(doc), `"a.10.3"`) || strings.Contains(string(doc), "AI suppliers") {
			t.Errorf("%s names the excluded control", kind)
		}
		if kind == "oscal-ar" && (!strings.Contains(string(doc), `"control-id": "a.6.2.4"`) || !strings.Contains(string(doc), "https://wiki.example/model-validation")) {
			t.Errorf("the assessment results lack the rated control or its evidence")
		}
	}
	if code, _, stderr := run("export", "oscal-ar", "--framework", "nist-csf-2.0"); code == 0 || !strings.Contains(stderr, "not in the program") {
		t.Errorf("a framework outside the program: %d %s", code, stderr)
	}

	// Approval: leads only; a version is recorded; a change makes a draft.
	if code, _, stderr := run("soa", "approve", "--as", "U0MLENG001"); code == 0 || !strings.Contains(stderr, "only a compliance lead") {
		t.Errorf("an owner approved: %d %s", code, stderr)
	}
	if code, out, stderr := run("soa", "approve", "--as", "U0LEAD0001"); code != 0 || !strings.Contains(out, "version 1, approved by U0LEAD0001") {
		t.Fatalf("approve: %s %s", out, stderr)
	}
	if code, _, stderr := run("soa", "approve", "--as", "U0LEAD0001"); code == 0 || !strings.Contains(stderr, "unchanged") {
		t.Errorf("approving the same content twice: %d %s", code, stderr)
	}
	if code, out, _ := run("soa", "export", "--format", "md"); code != 0 || !strings.Contains(out, "version 1, approved by U0LEAD0001") {
		t.Errorf("the approved export does not say so:\n%s", out[:min(len(out), 600)])
	}
	if code, out, _ := run("soa", "export", "--framework", "iso42001", "--format", "md"); code != 0 || !strings.Contains(out, "draft, never approved") {
		t.Errorf("one framework's statement is approved apart from the whole:\n%s", out[:min(len(out), 600)])
	}
	if code, _, stderr := run("applicability", "set", "iso42001", "A.10.3", "--include", "--as", "U0LEAD0001"); code != 0 {
		t.Fatal(stderr)
	}
	if code, out, _ := run("soa", "export", "--format", "md"); code != 0 || !strings.Contains(out, "draft: changed since version 1") {
		t.Errorf("a changed statement still claims its approval:\n%s", out[:min(len(out), 600)])
	}
	if code, _, stderr := run("audit", "verify"); code != 0 {
		t.Errorf("audit verify: %s", stderr)
	}
	// Bad requests change nothing and say why.
	for _, bad := range [][]string{{"soa", "export", "--format", "pdf"}, {"soa", "export", "--format", "xlsx"}, {"soa", "export", "--format", "json", "--framework", "nist-csf-2.0"}} {
		if code, _, stderr := run(bad...); code == 0 || stderr == "" {
			t.Errorf("%q: exit %d", bad, code)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "soa.xlsx")); err != nil {
		t.Error(err)
	}
}
