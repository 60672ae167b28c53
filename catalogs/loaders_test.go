package catalogs

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/assay-dev/assay/errs"
)

func setResolver(set *Set) Resolver {
	return func(fw, ref string) (Key, error) {
		c, err := set.Resolve(fw, ref)
		return c.Key(), err
	}
}

func TestParseYAMLPolicy(t *testing.T) {
	t.Parallel()
	set := builtinSet(t)
	data, err := os.ReadFile("testdata/policy.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cat, err := ParseYAML("policy.yaml", data, setResolver(set))
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := cat.Count(); n != 2 || cat.Framework.ID != "acme-policy-2026" || cat.Framework.Origin != OriginImported {
		t.Fatalf("parsed %s with %d controls, origin %s", cat.Framework.ID, n, cat.Framework.Origin)
	}
	p1 := cat.Controls[1]
	if len(p1.Questions) == 0 || !strings.Contains(p1.Questions[0], "Acceptable use of company laptops") {
		t.Errorf("P.1 derived questions = %q", p1.Questions)
	}
	if p1.LevelHints[3] != "Enforced by MDM everywhere" {
		t.Errorf("P.1 level hints = %v", p1.LevelHints)
	}
	want := []Link{
		{Key{"acme-policy-2026", "P.1"}, Key{ISO27001, "A.8.1"}, Intersects, "policy.yaml"},
		{Key{"acme-policy-2026", "P.2"}, Key{ISO27001, "A.8.8"}, Subset, "ACME mapping 2026"},
	}
	if diff := cmp.Diff(want, cat.Links); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

// Malformed Assay YAML: each case names the line the error must point to.
var badYAML = []struct {
	name, doc string
	line      int
	msg       string
}{
	{"empty", "", 0, "empty"},
	{"syntax", "assay_catalog: 1\nframework: {id: x\ncontrols: []\n", 2, "not valid YAML"},
	{"tab", "assay_catalog: 1\n\tframework: {}\n", 2, "not valid YAML"},
	{"not a catalog", "foo: 1\n", 1, `unknown field "foo"`},
	{"no version", "framework: {id: abc, name: A}\ncontrols: [{ref: X, title: T}]\n", 1, "assay_catalog"},
	{"bad version", "assay_catalog: 7\nframework: {id: abc, name: A}\ncontrols: [{ref: X, title: T}]\n", 1, "not supported"},
	{"bad id", "assay_catalog: 1\nframework: {id: 'Bad Id!', name: A}\ncontrols: [{ref: X, title: T}]\n", 2, "framework id"},
	{"no name", "assay_catalog: 1\nframework: {id: abc}\ncontrols: [{ref: X, title: T}]\n", 2, "name is required"},
	{"bad kind", "assay_catalog: 1\nframework: {id: abc, name: A, kind: law}\ncontrols: [{ref: X, title: T}]\n", 2, "requirements or guidance"},
	{"no controls", "assay_catalog: 1\nframework: {id: abc, name: A}\n", 1, "controls"},
	{"typo", "assay_catalog: 1\nframework: {id: abc, name: A}\ncontrols:\n  - ref: X\n    titel: T\n", 5, `unknown field "titel"`},
	{"no title", "assay_catalog: 1\nframework: {id: abc, name: A}\ncontrols:\n  - ref: X\n", 4, "title is required"},
	{"dup ref", "assay_catalog: 1\nframework: {id: abc, name: A}\ncontrols:\n  - {ref: X-1, title: T}\n  - {ref: x.01, title: U}\n", 5, "duplicates the control on line 4"},
	{"bad parent", "assay_catalog: 1\nframework: {id: abc, name: A}\ncontrols:\n  - {ref: X, title: T}\n  - {ref: Y, title: U, parent: Z}\n", 5, `parent "Z"`},
	{"bad control kind", "assay_catalog: 1\nframework: {id: abc, name: A}\ncontrols:\n  - {ref: X, title: T, kind: rule}\n", 4, "kind"},
	{"wrong type", "assay_catalog: 1\nframework: {id: abc, name: A}\ncontrols:\n  - {ref: X, title: T, questions: {a: b}}\n", 4, "cannot unmarshal"},
	{"level off scale", "assay_catalog: 1\nframework: {id: abc, name: A}\ncontrols:\n  - {ref: X, title: T, levels: {9: x}}\n", 4, "outside 0-5"},
	{"unknown target", "assay_catalog: 1\nframework: {id: abc, name: A}\ncontrols:\n  - {ref: X, title: T}\nmappings:\n  - {from: X, to: 'iso27001:A.9.99', relationship: equal}\n", 6, "did you mean"},
	{"unknown framework", "assay_catalog: 1\nframework: {id: abc, name: A}\ncontrols:\n  - {ref: X, title: T}\nmappings:\n  - {from: X, to: 'iso9001:1.1', relationship: equal}\n", 6, "unknown framework"},
	{"unknown from", "assay_catalog: 1\nframework: {id: abc, name: A}\ncontrols:\n  - {ref: X, title: T}\nmappings:\n  - {from: Y, to: 'iso27001:A.8.8', relationship: equal}\n", 6, "no control"},
	{"bad relationship", "assay_catalog: 1\nframework: {id: abc, name: A}\ncontrols:\n  - {ref: X, title: T}\nmappings:\n  - {from: X, to: 'iso27001:A.8.8', relationship: same}\n", 6, "relationship"},
	{"bad key", "assay_catalog: 1\nframework: {id: abc, name: A}\ncontrols:\n  - {ref: X, title: T}\nmappings:\n  - {from: X, to: 'A.8.8', relationship: equal}\n", 6, "FRAMEWORK:REF"},
}

func TestParseYAMLErrorsNameTheLine(t *testing.T) {
	t.Parallel()
	set := builtinSet(t)
	for _, tt := range badYAML {
		_, err := ParseYAML("bad.yaml", []byte(tt.doc), setResolver(set))
		var le *LoadError
		if !errors.As(err, &le) {
			t.Errorf("%s: err = %v, want a *LoadError", tt.name, err)
			continue
		}
		if errs.KindOf(err) != errs.Invalid {
			t.Errorf("%s: kind %s", tt.name, errs.KindOf(err))
		}
		if le.File != "bad.yaml" || le.Line != tt.line || !strings.Contains(le.Msg, tt.msg) {
			t.Errorf("%s: got %q (line %d), want line %d and %q", tt.name, le.Error(), le.Line, tt.line, tt.msg)
		}
	}
}

const goodOSCAL = `{"catalog": {"uuid": "x", "metadata": {"title": "Tiny Controls", "version": "1.0"},
 "groups": [{"id": "tc", "title": "Tiny family", "controls": [
  {"id": "tc-1", "title": "Policy", "params": [{"id": "tc-1_prm_1", "label": "organization-defined frequency"},
     {"id": "tc-1_prm_2", "select": {"how-many": "one-or-more", "choice": ["daily", "{{ insert: param, tc-1_prm_1 }}"]}}],
   "props": [{"name": "label", "value": "TC-1"}],
   "parts": [{"id": "tc-1_smt", "name": "statement", "parts": [
     {"id": "tc-1_smt.a", "name": "item", "props": [{"name": "label", "value": "a."}], "prose": "Review the policy {{ insert: param, tc-1_prm_1 }};"},
     {"id": "tc-1_smt.b", "name": "item", "props": [{"name": "label", "value": "b."}], "prose": "Report {{ insert: param, tc-1_prm_2 }}."}]},
    {"id": "tc-1_gdn", "name": "guidance", "prose": "Why it matters."}],
   "controls": [{"id": "tc-1.1", "title": "Automation", "props": [{"name": "label", "value": "TC-1(1)"}],
     "parts": [{"id": "tc-1.1_smt", "name": "statement", "prose": "Automate the review."}]}]},
  {"id": "tc-2", "title": "Gone", "props": [{"name": "status", "value": "withdrawn"}]}]}]}}`

func TestParseOSCAL(t *testing.T) {
	t.Parallel()
	cat, err := ParseOSCAL("tiny.json", []byte(goodOSCAL), OSCALOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if cat.Framework.ID != "tiny-controls" || cat.Framework.Version != "1.0" {
		t.Errorf("framework = %+v", cat.Framework)
	}
	var refs []string
	for _, c := range cat.Controls {
		refs = append(refs, string(c.Ref)+"/"+string(c.Kind)+"/"+string(c.Parent))
	}
	if diff := cmp.Diff([]string{"TC/group/", "TC-1/control/TC", "TC-1(1)/control/TC-1"}, refs); diff != "" {
		t.Errorf("controls (-want +got):\n%s", diff)
	}
	wantStmt := "a. Review the policy [Assignment: organization-defined frequency];\n" +
		"b. Report [Selection (one or more): daily; [Assignment: organization-defined frequency]]."
	if cat.Controls[1].Statement != wantStmt {
		t.Errorf("statement =\n%s\nwant\n%s", cat.Controls[1].Statement, wantStmt)
	}
	if cat.Controls[1].Guidance != "Why it matters." {
		t.Errorf("guidance = %q", cat.Controls[1].Guidance)
	}
	if q := cat.Controls[2].Questions; len(q) != 2 || q[1] != "In particular, how do you automate the review?" {
		t.Errorf("questions = %q", q)
	}
}

var badOSCAL = []struct {
	name, doc string
	line      int
	path, msg string
}{
	{"empty", "  ", 0, "", "empty"},
	{"syntax", "{\"catalog\": {\n\"metadata\": {\"title\": \"Test cat\"},\n\"groups\": [,]}}", 3, "", "not valid JSON"},
	{"truncated", "{\"catalog\": {\n\"metadata\": ", 2, "", "not valid JSON"},
	{"not a catalog", `{"profile": {}}`, 0, "$", "not an OSCAL catalog"},
	{"no title", `{"catalog": {"metadata": {}, "controls": [{"id": "a", "title": "A"}]}}`, 0, "$.catalog.metadata.title", "title"},
	{"wrong type", "{\"catalog\": {\"metadata\": {\"title\": \"Test cat\"},\n\"groups\": [{\"id\": \"g\", \"title\": 5}]}}", 2, "$.catalog.groups.title", "expected string"},
	{"no id", `{"catalog": {"metadata": {"title": "Test cat"}, "groups": [{"id": "g", "title": "G", "controls": [{"id": "ok", "title": "A"}, {"title": "B"}]}]}}`, 0, "$.catalog.groups[0].controls[1].id", "id is required"},
	{"no control title", `{"catalog": {"metadata": {"title": "Test cat"}, "controls": [{"id": "a"}]}}`, 0, "$.catalog.controls[0].title", "no title"},
	{"duplicate", `{"catalog": {"metadata": {"title": "Test cat"}, "controls": [{"id": "a-1", "title": "A"}, {"id": "A-01", "title": "B"}]}}`, 0, "$.catalog.controls[1]", "duplicates"},
	{"all withdrawn", `{"catalog": {"metadata": {"title": "Test cat"}, "controls": [{"id": "a", "title": "A", "props": [{"name": "status", "value": "withdrawn"}]}]}}`, 0, "$.catalog", "no controls"},
}

func TestParseOSCALErrorsNameThePlace(t *testing.T) {
	t.Parallel()
	for _, tt := range badOSCAL {
		_, err := ParseOSCAL("bad.json", []byte(tt.doc), OSCALOptions{})
		var le *LoadError
		if !errors.As(err, &le) {
			t.Errorf("%s: err = %v, want a *LoadError", tt.name, err)
			continue
		}
		if le.Line != tt.line || le.Path != tt.path || !strings.Contains(le.Msg, tt.msg) {
			t.Errorf("%s: got %q (line %d, path %q), want line %d, path %q, %q", tt.name, le.Error(), le.Line, le.Path, tt.line, tt.path, tt.msg)
		}
	}
}

func TestMappingsBothDirections(t *testing.T) {
	t.Parallel()
	set := builtinSet(t)
	has := func(from Key, to Key, rel Relationship) {
		t.Helper()
		for _, m := range set.Mappings(from) {
			if m.To == to {
				if m.Relationship != rel {
					t.Errorf("%s → %s: %s, want %s", from, to, m.Relationship, rel)
				}
				return
			}
		}
		t.Errorf("%s does not map to %s", from, to)
	}
	// Published crosswalks, read forwards and backwards.
	has(Key{AIRMF, "GOVERN 1.1"}, Key{ISO42001, "A.2.2"}, Intersects)
	has(Key{ISO42001, "A.2.2"}, Key{AIRMF, "GOVERN 1.1"}, Intersects)
	has(Key{CSF2, "GV.OC-03"}, Key{ISO27001, "A.5.31"}, Intersects)
	has(Key{ISO27001, "A.5.31"}, Key{CSF2, "GV.OC-03"}, Intersects)
	has(Key{CSF2, "GV.OC-01"}, Key{SP80053, "PM-11"}, Intersects)
	has(Key{SP80053, "PM-11"}, Key{CSF2, "GV.OC-01"}, Intersects)
	// Clause sub-items map to the clause the catalog lists: 4.2(a) → 4.2.
	has(Key{CSF2, "GV.OC-03"}, Key{ISO27001, "4.2"}, Intersects)
	// Our editorial mapping, with the relationship inverted on the way back.
	has(Key{ISO27032, "9.2.10"}, Key{ISO27001, "A.8.8"}, Subset)
	has(Key{ISO27001, "A.8.8"}, Key{ISO27032, "9.2.10"}, Superset)
}

func TestMapTransitive(t *testing.T) {
	t.Parallel()
	set := builtinSet(t)
	got := set.Map(Key{ISO27032, "9.2.10"}, CSF2)
	var found bool
	for _, m := range got {
		if m.To.Framework != CSF2 {
			t.Errorf("Map to CSF returned %s", m.To)
		}
		if m.To == (Key{CSF2, "ID.RA-01"}) {
			found = true
			if diff := cmp.Diff([]Key{{ISO27001, "A.8.8"}}, m.Via); diff != "" {
				t.Errorf("ID.RA-01 via (-want +got):\n%s", diff)
			}
			if !strings.Contains(m.Source, SourceAssay) || !strings.Contains(m.Source, SourceCSF27001) {
				t.Errorf("path source = %q", m.Source)
			}
		}
	}
	if !found {
		t.Errorf("27032 9.2.10 does not reach CSF ID.RA-01 through 27001 A.8.8: %v", got)
	}
	// A direct link is reported without a path.
	for _, m := range set.Map(Key{ISO27001, "A.8.8"}, CSF2) {
		if len(m.Via) != 0 {
			t.Errorf("A.8.8 → %s reported via %v, want direct", m.To, m.Via)
		}
	}
}

var relTests = []struct{ a, b, want Relationship }{
	{Equal, Subset, Subset},
	{Superset, Equal, Superset},
	{Subset, Subset, Subset},
	{Subset, Superset, Intersects},
	{Intersects, Equal, Intersects},
	{Equal, Equal, Equal},
}

func TestRelationshipThen(t *testing.T) {
	t.Parallel()
	for _, tt := range relTests {
		if got := tt.a.Then(tt.b); got != tt.want {
			t.Errorf("%s then %s = %s, want %s", tt.a, tt.b, got, tt.want)
		}
	}
	if Subset.Inverse() != Superset || Equal.Inverse() != Equal {
		t.Error("Inverse is wrong")
	}
}

// Every built-in catalog survives export to Assay YAML and parsing back.
func TestExportRoundTrip(t *testing.T) {
	t.Parallel()
	set := builtinSet(t)
	for _, fw := range set.Frameworks() {
		orig, _ := set.Catalog(string(fw.ID))
		data, err := ExportYAML(orig)
		if err != nil {
			t.Fatalf("%s: %v", fw.ID, err)
		}
		back, err := ParseYAML("export.yaml", data, setResolver(set))
		if err != nil {
			t.Fatalf("%s: parse back: %v", fw.ID, err)
		}
		want := *orig
		want.Framework.Origin = OriginImported
		want.Controls = append([]Control(nil), orig.Controls...)
		for i := range want.Controls {
			want.Controls[i].Guidance = "" // not part of the format
		}
		if diff := cmp.Diff(want, *back); diff != "" {
			t.Errorf("%s round trip (-want +got):\n%.2000s", fw.ID, diff)
		}
	}
}
