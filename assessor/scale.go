package assessor

import (
	"fmt"
	"strings"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
)

// ScaleID names a maturity scale.
type ScaleID string

// The built-in scales.
const (
	Maturity05 ScaleID = "maturity-0-5"
	CSFTiers   ScaleID = "csf-tiers"
	C2M2MIL    ScaleID = "c2m2-mil"
)

// Level is one step of a scale. Reference places it on the 0–5 maturity
// scale, which is how ratings translate between scales.
type Level struct {
	Value     int
	Name      string
	Criteria  string // what has to be true, in Assay's words
	Reference int    // the equivalent level on maturity-0-5
}

// Scale is an ordered set of levels.
type Scale struct {
	ID     ScaleID
	Name   string
	Levels []Level // ascending by Value
}

// Level returns the level with the given value. Errors: errs.Invalid when
// the value is not on the scale.
func (s *Scale) Level(v int) (Level, error) {
	for _, l := range s.Levels {
		if l.Value == v {
			return l, nil
		}
	}
	return Level{}, errs.E("assessor.Scale", errs.Invalid, "level %d is not on the %s scale (%d–%d)", v, s.ID, s.Min(), s.Max())
}

// Min and Max are the lowest and highest level values.
func (s *Scale) Min() int { return s.Levels[0].Value }
func (s *Scale) Max() int { return s.Levels[len(s.Levels)-1].Value }

// Validate checks that levels ascend, are named, and map monotonically onto
// the reference scale.
func (s *Scale) Validate() error {
	if s.ID == "" || len(s.Levels) < 2 {
		return errs.E("assessor.Scale", errs.Invalid, "scale %q needs an id and at least two levels", s.ID)
	}
	for i, l := range s.Levels {
		if strings.TrimSpace(l.Name) == "" || strings.TrimSpace(l.Criteria) == "" {
			return errs.E("assessor.Scale", errs.Invalid, "scale %s level %d needs a name and criteria", s.ID, l.Value)
		}
		if l.Reference < 0 || l.Reference > 5 {
			return errs.E("assessor.Scale", errs.Invalid, "scale %s level %d: reference %d is outside 0-5", s.ID, l.Value, l.Reference)
		}
		if i > 0 && (l.Value <= s.Levels[i-1].Value || l.Reference < s.Levels[i-1].Reference) {
			return errs.E("assessor.Scale", errs.Invalid, "scale %s: levels must ascend in value and reference", s.ID)
		}
	}
	return nil
}

// Translate expresses level v of scale from on scale to. The rule: take the
// level's equivalent on the 0–5 reference scale, then the highest level of
// the target scale whose equivalent does not exceed it. A translation never
// overstates maturity; where the target scale is coarser it rounds down.
// The one exception: a level below the target scale's lowest (0–5 level 0
// on CSF tiers, which start at 1) becomes that lowest level.
func Translate(from *Scale, v int, to *Scale) (int, error) {
	l, err := from.Level(v)
	if err != nil {
		return 0, err
	}
	out := to.Levels[0].Value
	for _, t := range to.Levels {
		if t.Reference <= l.Reference {
			out = t.Value
		}
	}
	return out, nil
}

// BuiltinScales are the scales every program can choose; criteria are
// Assay's own wording.
var BuiltinScales = []*Scale{
	{ID: Maturity05, Name: "Maturity 0–5", Levels: []Level{
		{0, "Non-existent", "Nothing is in place, or nobody knows whether it is.", 0},
		{1, "Initial", "Done ad hoc by individuals when they think of it; results vary and nothing is written down.", 1},
		{2, "Managed", "Done repeatably by the team that owns it, with an owner and some records, but it depends on the people involved.", 2},
		{3, "Defined", "Documented, approved and followed across the organisation, with roles assigned and records kept.", 3},
		{4, "Quantitatively managed", "Measured: metrics or targets are tracked, reviewed on a schedule and acted on.", 4},
		{5, "Optimizing", "Improved continually from measurements, incidents and reviews; changes are evaluated for effect.", 5},
	}},
	{ID: CSFTiers, Name: "NIST CSF Tiers 1–4", Levels: []Level{
		{1, "Partial", "Risk is handled case by case, with limited awareness and little coordination.", 1},
		{2, "Risk informed", "Practices are approved by management and informed by risk, but not yet organisation-wide policy.", 2},
		{3, "Repeatable", "Practices are formally approved as policy, applied consistently and updated as needs change.", 3},
		{4, "Adaptive", "Practices adapt from lessons learned and indicators; improvement is part of the culture.", 5},
	}},
	{ID: C2M2MIL, Name: "C2M2 MIL0–3", Levels: []Level{
		{0, "MIL0", "The practices are not performed.", 0},
		{1, "MIL1", "Initial practices are performed, possibly ad hoc.", 1},
		{2, "MIL2", "Practices are documented, resourced and performed more completely.", 3},
		{3, "MIL3", "Practices are governed by policy, with responsibility assigned and effectiveness evaluated and improved.", 4},
	}},
}

// ScaleByID returns a built-in scale. Errors: errs.NotFound naming the known scales.
func ScaleByID(id ScaleID) (*Scale, error) {
	var names []string
	for _, s := range BuiltinScales {
		if s.ID == id {
			return s, nil
		}
		names = append(names, string(s.ID))
	}
	return nil, errs.E("assessor.ScaleByID", errs.NotFound, "unknown scale %q (known: %s)", id, strings.Join(names, ", "))
}

// Target is a target level for a framework, a group, or one control.
type Target struct {
	Framework catalogs.FrameworkID
	Ref       catalogs.Ref // "" for the whole framework; a group's or a control's ref
	Level     int
}

// Targets resolves the target for a control: the control's own, else its
// nearest group's, else its framework's.
type Targets struct {
	byKey map[catalogs.Key]int
}

// NewTargets validates targets against a scale.
func NewTargets(scale *Scale, ts []Target) (*Targets, error) {
	t := &Targets{byKey: map[catalogs.Key]int{}}
	for _, x := range ts {
		if _, err := scale.Level(x.Level); err != nil {
			return nil, fmt.Errorf("target for %s %s: %w", x.Framework, x.Ref, err)
		}
		t.byKey[catalogs.Key{Framework: x.Framework, Ref: x.Ref}] = x.Level
	}
	return t, nil
}

// For returns the target level of a control and whether one is set: its
// own, else its nearest enclosing item's, else its framework's.
func (t *Targets) For(set *catalogs.Set, c catalogs.Control) (int, bool) {
	for _, x := range append([]catalogs.Control{c}, set.Ancestors(c)...) {
		if lvl, ok := t.byKey[x.Key()]; ok {
			return lvl, true
		}
	}
	lvl, ok := t.byKey[catalogs.Key{Framework: c.Framework}]
	return lvl, ok
}
