package assessor

// Scored is one control as maturity scoring sees it: the group it is
// counted in, its latest rating if it has one, and its target if it has
// one.
type Scored struct {
	Group     string
	Level     int
	Rated     bool // Level is a rating; an unrated control is not level 0
	Target    int
	HasTarget bool
}

// Maturity is a group of controls' maturity against target.
type Maturity struct {
	Name     string
	Controls int // in the group
	Rated    int // with a rating
	// Mean is the mean level of the rated controls; nil when none is.
	Mean *float64
	// Target is the mean target of the controls that have one; nil when
	// none has.
	Target *float64
	// WithTarget counts rated controls that have a target; AtTarget
	// those of them at or above it.
	WithTarget, AtTarget int
	// Levels counts rated controls per level.
	Levels map[int]int
}

// AtTargetShare is the share of rated controls with a target that meet
// it; nil when no rated control has a target.
func (m Maturity) AtTargetShare() *float64 {
	if m.WithTarget == 0 {
		return nil
	}
	x := float64(m.AtTarget) / float64(m.WithTarget)
	return &x
}

// Score computes each group's maturity, groups in the order they first
// appear. It is the one place maturity is averaged: /assay status, App
// Home and the digest all show what it computes.
func Score(cs []Scored) []Maturity {
	type acc struct {
		m         Maturity
		sum, tsum float64
		tcount    int
	}
	var order []string
	by := map[string]*acc{}
	for _, c := range cs {
		a, ok := by[c.Group]
		if !ok {
			a = &acc{m: Maturity{Name: c.Group, Levels: map[int]int{}}}
			by[c.Group] = a
			order = append(order, c.Group)
		}
		a.m.Controls++
		if c.HasTarget {
			a.tsum += float64(c.Target)
			a.tcount++
		}
		if !c.Rated {
			continue
		}
		a.m.Rated++
		a.sum += float64(c.Level)
		a.m.Levels[c.Level]++
		if c.HasTarget {
			a.m.WithTarget++
			if c.Level >= c.Target {
				a.m.AtTarget++
			}
		}
	}
	out := make([]Maturity, 0, len(order))
	for _, g := range order {
		a := by[g]
		if a.m.Rated > 0 {
			mean := a.sum / float64(a.m.Rated)
			a.m.Mean = &mean
		}
		if a.tcount > 0 {
			t := a.tsum / float64(a.tcount)
			a.m.Target = &t
		}
		out = append(out, a.m)
	}
	return out
}
