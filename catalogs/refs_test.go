package catalogs

import (
	"strings"
	"testing"

	"github.com/assay-dev/assay/errs"
)

var normRefTests = []struct{ in, want string }{
	{"AC-2(1)", "AC.2.1"},
	{"ac-2.1", "AC.2.1"},
	{"AC-02(01)", "AC.2.1"},
	{"GV.OC-01", "GV.OC.1"},
	{"gv.oc-1", "GV.OC.1"},
	{"GOVERN 1.1", "GOVERN.1.1"},
	{"govern1.1", "GOVERN.1.1"},
	{"A.5.15", "A.5.15"},
	{" a.5.15 ", "A.5.15"},
	{"4.2(a)", "4.2.A"},
	{"", ""},
}

func TestNormRef(t *testing.T) {
	t.Parallel()
	for _, tt := range normRefTests {
		if got := normRef(tt.in); got != tt.want {
			t.Errorf("normRef(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

var resolveTests = []struct{ fw, ref, wantFW, wantRef string }{
	{"iso27001-2022", "A.5.15", "iso27001-2022", "A.5.15"},
	{"iso27001", "5.15", "iso27001-2022", "A.5.15"},
	{"27001", "a.8.8", "iso27001-2022", "A.8.8"},
	{"iso27001", "Annex A 8.8", "iso27001-2022", "A.8.8"},
	{"ISO27001-2022", "5.1", "iso27001-2022", "5.1"}, // the clause; Annex A is A.5.1
	{"iso27001", "6.1.2", "iso27001-2022", "6.1.2"},
	{"iso42001", "B.6.2.4", "iso42001-2023", "A.6.2.4"}, // Annex B guidance → its control
	{"42001", "6.2.4", "iso42001-2023", "A.6.2.4"},
	{"iso27032", "9.2.10", "iso27032-2023", "9.2.10"},
	{"800-53", "AC-2(1)", "nist-sp800-53-r5", "AC-2(1)"},
	{"nist-sp800-53-r5", "ac-2.1", "nist-sp800-53-r5", "AC-2(1)"},
	{"sp800-53", "AC-02(01)", "nist-sp800-53-r5", "AC-2(1)"},
	{"800-53", "si-4", "nist-sp800-53-r5", "SI-4"},
	{"csf", "GV.OC-01", "nist-csf-2.0", "GV.OC-01"},
	{"nist-csf-2.0", "gv.oc-1", "nist-csf-2.0", "GV.OC-01"},
	{"csf", "pr.aa", "nist-csf-2.0", "PR.AA"},
	{"ai-rmf", "GOVERN 1.1", "nist-ai-rmf-1.0", "GOVERN 1.1"},
	{"nist-ai-rmf-1.0", "govern-1.1", "nist-ai-rmf-1.0", "GOVERN 1.1"},
	{"ai-rmf", "GV 1.1", "nist-ai-rmf-1.0", "GOVERN 1.1"},
	{"ai-rmf", "ms-2.11", "nist-ai-rmf-1.0", "MEASURE 2.11"},
}

func builtinSet(t *testing.T) *Set {
	t.Helper()
	cats, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	set, err := NewSet(cats)
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func TestResolveSpellings(t *testing.T) {
	t.Parallel()
	set := builtinSet(t)
	for _, tt := range resolveTests {
		c, err := set.Resolve(tt.fw, tt.ref)
		if err != nil {
			t.Errorf("Resolve(%q, %q): %v", tt.fw, tt.ref, err)
			continue
		}
		if string(c.Framework) != tt.wantFW || string(c.Ref) != tt.wantRef {
			t.Errorf("Resolve(%q, %q) = %s, want %s:%s", tt.fw, tt.ref, c.Key(), tt.wantFW, tt.wantRef)
		}
	}
}

var unknownTests = []struct {
	fw, ref  string
	kind     errs.Kind
	suggests []string
}{
	{"iso27001", "A.5.99", errs.NotFound, []string{"A.5.9", "A.5.19"}},
	{"csf", "GV.OC-99", errs.NotFound, []string{"GV.OC-01"}},
	{"800-53", "AC-2(99)", errs.NotFound, []string{"AC-2(9)"}},
	{"isso27001", "5.1", errs.NotFound, []string{"iso27001-2022"}},
	{"nist-csf", "XX", errs.NotFound, nil},
	{"iso27001", "", errs.NotFound, nil},
}

func TestResolveUnknownSuggests(t *testing.T) {
	t.Parallel()
	set := builtinSet(t)
	for _, tt := range unknownTests {
		_, err := set.Resolve(tt.fw, tt.ref)
		if err == nil {
			t.Errorf("Resolve(%q, %q): no error", tt.fw, tt.ref)
			continue
		}
		if errs.KindOf(err) != tt.kind {
			t.Errorf("Resolve(%q, %q): kind %s, want %s", tt.fw, tt.ref, errs.KindOf(err), tt.kind)
		}
		msg := errs.Message(err)
		if strings.Contains(msg, "\n") {
			t.Errorf("Resolve(%q, %q): message spans lines: %q", tt.fw, tt.ref, msg)
		}
		for _, s := range tt.suggests {
			if !strings.Contains(msg, s) {
				t.Errorf("Resolve(%q, %q): %q does not suggest %s", tt.fw, tt.ref, msg, s)
			}
		}
	}
}

func TestAncestors(t *testing.T) {
	t.Parallel()
	set := builtinSet(t)
	refs := func(fw, ref string) []string {
		c, err := set.Resolve(fw, ref)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, a := range set.Ancestors(c) {
			out = append(out, string(a.Ref))
		}
		return out
	}
	for _, tt := range []struct {
		fw, ref string
		want    []string
	}{
		{"800-53", "AC-2(1)", []string{"AC-2", "AC"}},
		{"csf", "GV.OC-01", []string{"GV.OC", "GV"}},
		{"iso27001", "6.1.2", []string{"6.1", "6"}},
		{"iso27001", "A.5", nil},
	} {
		if got := refs(tt.fw, tt.ref); strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("Ancestors(%s %s) = %v, want %v", tt.fw, tt.ref, got, tt.want)
		}
	}
}
