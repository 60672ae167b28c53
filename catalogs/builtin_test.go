package catalogs

import (
	"strings"
	"testing"
)

// The counts users and acceptance checks rely on (see the catalogs issue).
var builtinCounts = []struct {
	id                FrameworkID
	controls, clauses int
	kind              FrameworkKind
}{
	{ISO27001, 93, 25, Requirements},
	{ISO42001, 38, 27, Requirements},
	{ISO27032, 20, 0, Guidance},
	{CSF2, 106, 0, Guidance},
	{AIRMF, 72, 0, Guidance},
	{SP80053, 1007, 0, Requirements},
}

func TestBuiltinCounts(t *testing.T) {
	t.Parallel()
	cats, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if len(cats) != len(builtinCounts) {
		t.Fatalf("%d built-in catalogs, want %d", len(cats), len(builtinCounts))
	}
	for i, want := range builtinCounts {
		c := cats[i]
		n, cl := c.Count()
		if c.Framework.ID != want.id || n != want.controls || cl != want.clauses || c.Framework.Kind != want.kind {
			t.Errorf("catalog %d = %s %d controls %d clauses %s, want %s %d %d %s",
				i, c.Framework.ID, n, cl, c.Framework.Kind, want.id, want.controls, want.clauses, want.kind)
		}
		if c.Framework.Origin != OriginBuiltin {
			t.Errorf("%s: origin %q", c.Framework.ID, c.Framework.Origin)
		}
	}
}

func TestBuiltinEveryAssessableItemHasAQuestion(t *testing.T) {
	t.Parallel()
	cats, _ := Builtin()
	for _, c := range cats {
		for _, ctl := range c.Controls {
			if !ctl.Kind.Assessable() {
				continue
			}
			if len(ctl.Questions) == 0 {
				t.Errorf("%s has no check-in question", ctl.Key())
			}
			for _, q := range ctl.Questions {
				if !strings.Contains(q, "?") || len(q) > 500 || strings.Contains(q, "{{") {
					t.Errorf("%s: question not usable: %q", ctl.Key(), q)
				}
			}
			if ctl.Title == "" {
				t.Errorf("%s has no title", ctl.Key())
			}
		}
	}
}

func TestBuiltinISOCatalogsShipNoStandardText(t *testing.T) {
	t.Parallel()
	cats, _ := Builtin()
	for _, c := range cats[:3] {
		if !strings.Contains(c.Framework.License, "Assay's own") {
			t.Errorf("%s: license note does not say the wording is ours: %q", c.Framework.ID, c.Framework.License)
		}
		for _, ctl := range c.Controls {
			if ctl.Statement != "" || ctl.Guidance != "" {
				t.Errorf("%s carries statement or guidance text; ISO text must not ship", ctl.Key())
			}
		}
	}
}

func TestBuiltinSP80053(t *testing.T) {
	t.Parallel()
	set := builtinSet(t)
	ac2, err := set.Resolve("800-53", "AC-2")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(ac2.Statement, "[Assignment: organization-defined prerequisites and criteria]") {
		t.Errorf("AC-2 statement lacks its substituted parameter:\n%s", ac2.Statement)
	}
	if ac2.Guidance == "" || ac2.Parent != "AC" {
		t.Errorf("AC-2: guidance %d bytes, parent %q", len(ac2.Guidance), ac2.Parent)
	}
	enh, _ := set.Resolve("800-53", "AC-2(1)")
	if enh.Parent != "AC-2" {
		t.Errorf("AC-2(1) parent = %q, want AC-2", enh.Parent)
	}
	// AC-13 is withdrawn in rev 5.
	if _, err := set.Resolve("800-53", "AC-13"); err == nil {
		t.Error("withdrawn AC-13 is in the catalog")
	}
}

func TestBuiltinCrosswalkSources(t *testing.T) {
	t.Parallel()
	cats, _ := Builtin()
	bySource := map[string]int{}
	for _, c := range cats {
		for _, l := range c.Links {
			bySource[l.Source]++
			if !l.Relationship.valid() {
				t.Errorf("%s → %s: relationship %q", l.From, l.To, l.Relationship)
			}
		}
	}
	for src, min := range map[string]int{SourceAIRMF42001: 200, SourceCSF27001: 250, SourceCSF80053: 600, SourceAssay: 50} {
		if bySource[src] < min {
			t.Errorf("source %q: %d links, want at least %d", src, bySource[src], min)
		}
	}
	set := builtinSet(t)
	if set.Dangling != 0 {
		t.Errorf("%d built-in links name missing controls", set.Dangling)
	}
}

// Every SP 800-53 control and enhancement, CSF and AI RMF subcategory
// carries one question in owners' words after the catalog's own
// (check-ins ask the first).
func TestBuiltinSP80053OwnerQuestions(t *testing.T) {
	t.Parallel()
	set := builtinSet(t)
	cat, err := set.Catalog("800-53")
	if err != nil {
		t.Fatal(err)
	}
	bases, enhancements := 0, 0
	for _, c := range cat.Controls {
		if !c.Kind.Assessable() {
			continue
		}
		derived := requirementQuestions(c.Title, c.Statement)
		extra := c.Questions[len(derived):]
		if strings.Contains(string(c.Ref), "(") {
			enhancements++
		} else {
			bases++
		}
		if c.Questions[0] != derived[0] || len(extra) != 1 || OwnerQuestion(c.Key()) != extra[0] {
			t.Errorf("%s: questions %q", c.Ref, c.Questions)
		}
	}
	if bases != 298 || enhancements != 709 {
		t.Errorf("%d base controls and %d enhancements, want 298 and 709", bases, enhancements)
	}
	// Every CSF and AI RMF subcategory has one after its derived one.
	for _, fw := range []string{"csf", "ai-rmf"} {
		cat, _ := set.Catalog(fw)
		for _, c := range cat.Controls {
			if c.Kind.Assessable() && (len(c.Questions) != 2 || !strings.HasPrefix(c.Questions[0], "How do you make sure that")) {
				t.Errorf("%s: questions %q", c.Key(), c.Questions)
			}
		}
	}
	ac7, _ := set.Resolve("800-53", "AC-7")
	if last := ac7.Questions[len(ac7.Questions)-1]; !strings.Contains(last, "wrong password") || OwnerQuestion(ac7.Key()) != last {
		t.Errorf("AC-7 owner question %q, OwnerQuestion %q", last, OwnerQuestion(ac7.Key()))
	}
	if q := OwnerQuestion(Key{Framework: SP80053, Ref: "AC-7(1)"}); q != "" {
		t.Errorf("an enhancement has owner question %q", q)
	}
}

// A broken owner-question file is refused with its line (the built-in
// catalogs then refuse to load); comments and blank lines are skipped.
func TestOwnerQuestionsRefuseBrokenLines(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ data, want string }{
		{"# comment\nAC-2\n", "f.tsv line 2: want a ref, a tab and a question"},
		{"AC-2\t\n", "line 1: want a ref"},
		{"AC-99\tWho?\n", `line 1: no control "AC-99"`},
		{"AC-2\tWho?\nAC-2\tWhat?\n", "line 2: AC-2 has a question already"},
	} {
		cat := &Catalog{Controls: []Control{{Ref: "AC-2", Kind: KindControl, Questions: []string{"How?"}}}}
		err := addOwnerQuestions(cat, "f.tsv", []byte(c.data), map[Key]string{})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: %v, want %q", c.data, err, c.want)
		}
	}
	cat := &Catalog{Controls: []Control{{Ref: "AC-2", Kind: KindControl, Questions: []string{"How?"}}}}
	asked := map[Key]string{}
	if err := addOwnerQuestions(cat, "f.tsv", []byte("# c\n\nAC-2\tWho?\n"), asked); err != nil || asked[Key{Ref: "AC-2"}] != "Who?" || len(cat.Controls[0].Questions) != 2 || cat.Controls[0].Questions[1] != "Who?" {
		t.Errorf("%v %q", err, cat.Controls[0].Questions)
	}
}

// OpenLibrary compares the store with hashes taken once: they must be the
// hashes of the catalogs Builtin hands out, so nothing may have changed
// those since (the result is shared), and every catalog has one.
func TestBuiltinHashesAreTheCatalogs(t *testing.T) {
	t.Parallel()
	cats, _ := Builtin() // TestBuiltinCounts reports an error
	if len(builtinHashes) != len(cats) || len(cats) == 0 {
		t.Fatalf("%d hashes for %d built-in catalogs", len(builtinHashes), len(cats))
	}
	seen := map[string]bool{}
	for i := range cats {
		if h := Hash(&cats[i]); builtinHashes[i] != h || seen[h] {
			t.Errorf("%s: kept hash %s, hash now %s (or a second catalog with it)", cats[i].Framework.ID, builtinHashes[i], h)
		}
		seen[builtinHashes[i]] = true
	}
}
