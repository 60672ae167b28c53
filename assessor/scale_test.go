package assessor

import (
	"math"
	"testing"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
)

func TestBuiltinScalesAreValid(t *testing.T) {
	t.Parallel()
	for _, s := range BuiltinScales {
		if err := s.Validate(); err != nil {
			t.Error(err)
		}
	}
	s, _ := ScaleByID(Maturity05)
	if s.Min() != 0 || s.Max() != 5 {
		t.Errorf("0-5 scale spans %d-%d", s.Min(), s.Max())
	}
	if _, err := ScaleByID("stars"); errs.KindOf(err) != errs.NotFound {
		t.Errorf("unknown scale: %v", err)
	}
	if _, err := s.Level(6); errs.KindOf(err) != errs.Invalid {
		t.Errorf("level 6: %v", err)
	}
	bad := &Scale{ID: "x", Levels: []Level{{1, "a", "c", 2}, {2, "b", "c", 1}}}
	if bad.Validate() == nil {
		t.Error("a scale whose references descend validated")
	}
}

// The translation table the README documents.
var translations = []struct {
	from ScaleID
	v    int
	to   ScaleID
	want int
}{
	{Maturity05, 0, CSFTiers, 1}, // below the lowest tier: the lowest tier
	{Maturity05, 1, CSFTiers, 1},
	{Maturity05, 2, CSFTiers, 2},
	{Maturity05, 3, CSFTiers, 3},
	{Maturity05, 4, CSFTiers, 3}, // measured, not yet adaptive
	{Maturity05, 5, CSFTiers, 4},
	{CSFTiers, 4, Maturity05, 5},
	{CSFTiers, 2, Maturity05, 2},
	{Maturity05, 2, C2M2MIL, 1}, // MIL2 needs documented practice (3)
	{Maturity05, 3, C2M2MIL, 2},
	{Maturity05, 5, C2M2MIL, 3},
	{C2M2MIL, 3, CSFTiers, 3},
	{C2M2MIL, 0, Maturity05, 0},
}

func TestTranslate(t *testing.T) {
	t.Parallel()
	for _, tt := range translations {
		from, _ := ScaleByID(tt.from)
		to, _ := ScaleByID(tt.to)
		got, err := Translate(from, tt.v, to)
		if err != nil || got != tt.want {
			t.Errorf("%s %d → %s = %d, %v; want %d", tt.from, tt.v, tt.to, got, err, tt.want)
		}
		// Never overstates, except below the target's floor.
		fl, _ := from.Level(tt.v)
		tl, _ := to.Level(got)
		if tl.Reference > fl.Reference && got != to.Min() {
			t.Errorf("%s %d → %s %d overstates maturity", tt.from, tt.v, tt.to, got)
		}
	}
	m, _ := ScaleByID(Maturity05)
	if _, err := Translate(m, 9, m); errs.KindOf(err) != errs.Invalid {
		t.Errorf("translating an off-scale level: %v", err)
	}
}

func TestTargetsPrecedence(t *testing.T) {
	t.Parallel()
	cats, _ := catalogs.Builtin()
	set, _ := catalogs.NewSet(cats)
	scale, _ := ScaleByID(Maturity05)
	targets, err := NewTargets(scale, []Target{
		{Framework: catalogs.ISO27001, Level: 3},
		{Framework: catalogs.ISO27001, Ref: "A.8", Level: 4},
		{Framework: catalogs.ISO27001, Ref: "A.8.8", Level: 5},
	})
	if err != nil {
		t.Fatal(err)
	}
	for ref, want := range map[string]int{"A.8.8": 5, "A.8.7": 4, "A.5.1": 3, "9.2": 3} {
		c, _ := set.Resolve("iso27001", ref)
		if got, ok := targets.For(set, c); !ok || got != want {
			t.Errorf("target for %s = %d (%v), want %d", ref, got, ok, want)
		}
	}
	c, _ := set.Resolve("csf", "GV.OC-01")
	if _, ok := targets.For(set, c); ok {
		t.Error("a CSF control got an ISO target")
	}
	if _, err := NewTargets(scale, []Target{{Framework: catalogs.CSF2, Level: 7}}); errs.KindOf(err) != errs.Invalid {
		t.Errorf("off-scale target: %v", err)
	}
}

// Score averages only what is rated (unrated is not level 0), averages
// targets over the controls that have one, counts levels and controls at
// target, and keeps groups in the order they first appear.
func TestScore(t *testing.T) {
	t.Parallel()
	got := Score([]Scored{
		{Group: "B", Level: 4, Rated: true, Target: 3, HasTarget: true},
		{Group: "A", Rated: false, Target: 5, HasTarget: true},
		{Group: "B", Level: 1, Rated: true, Target: 3, HasTarget: true},
		{Group: "B", Level: 0, Rated: true},
		{Group: "A", Rated: false},
	})
	if len(got) != 2 || got[0].Name != "B" || got[1].Name != "A" {
		t.Fatalf("groups %+v", got)
	}
	b, a := got[0], got[1]
	if b.Controls != 3 || b.Rated != 3 || b.Mean == nil || math.Abs(*b.Mean-5.0/3) > 1e-9 || b.Target == nil || *b.Target != 3 {
		t.Errorf("B: %+v", b)
	}
	if b.WithTarget != 2 || b.AtTarget != 1 || *b.AtTargetShare() != 0.5 || b.Levels[4] != 1 || b.Levels[1] != 1 || b.Levels[0] != 1 {
		t.Errorf("B targets and levels: %+v", b)
	}
	if a.Controls != 2 || a.Rated != 0 || a.Mean != nil || a.Target == nil || *a.Target != 5 || a.AtTargetShare() != nil || len(a.Levels) != 0 {
		t.Errorf("A, nothing rated: %+v", a)
	}
	if Score(nil) == nil || len(Score(nil)) != 0 {
		t.Error("no controls: want an empty list")
	}
}
