package ask_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/assay-dev/assay/ask"
	"github.com/assay-dev/assay/catalogs"
)

// A labelled set is read with its frameworks and controls resolved
// (aliases, ref spellings); a broken line is refused with its number.
func TestReadLabelledQuestions(t *testing.T) {
	t.Parallel()
	set := builtin(t)
	items, err := ask.ReadLabelled(strings.NewReader(`{"question":"What do we do when someone leaves?","frameworks":["sp800-53"],"controls":["nist-sp800-53-r5:ps-4"]}

{"question":"How do we assess AI impact?","controls":["iso42001:A.5.2","iso42001-2023:A.5.3"]}
`), set)
	if err != nil || len(items) != 2 {
		t.Fatalf("%d items, %v", len(items), err)
	}
	for _, c := range []struct{ line, why string }{
		{`{"question":"","controls":["iso42001:A.5.2"]}`, "line 1: needs a question"},
		{`{"question":"x","controls":[]}`, "line 1: needs a question and the controls"},
		{`{"question":"x","controls":["iso42001:A.99"]}`, `line 1: `},
		{`{"question":"x","controls":["A.5.2"]}`, "line 1: "},
		{`{"question":"x","frameworks":["nist-999"],"controls":["iso42001:A.5.2"]}`, "line 1: "},
		{`{"question":"x","controls":["iso42001:A.5.2"],"extra":1}`, "line 1: "},
		{`not json`, "line 1: "},
		{``, "no questions"},
	} {
		if _, err := ask.ReadLabelled(strings.NewReader(c.line), set); err == nil || !strings.Contains(err.Error(), c.why) {
			t.Errorf("%s: %v, want %q", c.line, err, c.why)
		}
	}
}

// Evaluate asks each question and counts the expected controls named,
// anywhere and in the first five.
func TestEvaluateCountsExpectedControls(t *testing.T) {
	t.Parallel()
	set := builtin(t)
	items, err := ask.ReadLabelled(strings.NewReader(`{"question":"How do we assess the impact of our AI systems on people?","frameworks":["iso42001","ai-rmf"],"controls":["iso42001:A.5.2","iso42001:A.5.3"]}
{"question":"What do we do when someone leaves the company?","frameworks":["sp800-53"],"controls":["nist-sp800-53-r5:PS-4","nist-sp800-53-r5:SC-7"]}
`), set)
	if err != nil {
		t.Fatal(err)
	}
	a := &ask.Asker{Set: func() *catalogs.Set { return set }}
	rep, err := ask.Evaluate(context.Background(), a, items)
	if err != nil {
		t.Fatal(err)
	}
	// The impact question names both; the leaver question PS-4 but not
	// boundary protection (SC-7), which it is not about.
	if rep.N != 2 || rep.Items[0].Named != 2 || rep.Items[1].Named != 1 || rep.Items[1].Missing[0] != "nist-sp800-53-r5:SC-7" {
		t.Fatalf("report %+v", rep)
	}
	if rep.Recall != 0.75 || rep.All != 0.5 || rep.Any != 1 {
		t.Errorf("recall %v all %v any %v", rep.Recall, rep.All, rep.Any)
	}
	if txt := rep.Text(); !strings.Contains(txt, "questions 2 · expected controls named 0.750") || !strings.Contains(txt, "missing nist-sp800-53-r5:SC-7") {
		t.Errorf("text %q", txt)
	}
}

// Every committed question set reads: each line's controls exist in the
// built-in catalogs (a set can be checked without being run).
func TestLabelledQuestionSetsRead(t *testing.T) {
	t.Parallel()
	set := builtin(t)
	files, err := filepath.Glob("testdata/*.jsonl")
	if err != nil || len(files) < 6 {
		t.Fatalf("%d sets, %v", len(files), err)
	}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		items, err := ask.ReadLabelled(fh, set)
		fh.Close()
		if err != nil || len(items) < 30 {
			t.Errorf("%s: %d questions, %v", f, len(items), err)
		}
	}
}
