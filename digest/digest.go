// Package digest computes the weekly executive digest: per framework, where
// maturity stands against target, what moved since the last digest, the
// largest gaps and who owns them, what is overdue or waiting for review,
// and how often leads changed the drafted level. Every digest is kept as a
// snapshot, so change is computed from stored data and an old digest can be
// shown again.
package digest

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/program"
)

// Snapshot is one digest.
type Snapshot struct {
	Program    string         `json:"program"`
	At         time.Time      `json:"at"`
	Scale      string         `json:"scale"`
	Frameworks []Framework    `json:"frameworks"`
	Levels     map[string]int `json:"levels"` // FRAMEWORK:REF → level, for the next digest's change
}

// Framework is one framework's part of the digest.
type Framework struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Controls int      `json:"controls"`
	Rated    int      `json:"rated"`
	Mean     *float64 `json:"mean"`   // of rated controls; nil when none
	Target   *float64 `json:"target"` // mean target of controls with one
	// AtTarget is the share of rated controls with a target that meet it.
	AtTarget     *float64 `json:"at_target"`
	Distribution []Count  `json:"distribution"` // rated controls per level
	Up           int      `json:"up"`
	Down         int      `json:"down"`
	New          int      `json:"new"`
	Gaps         []Gap    `json:"gaps"` // the five largest, rated controls below target
	Open         int      `json:"open_checkins"`
	Overdue      int      `json:"overdue_checkins"`
	Pending      int      `json:"pending_reviews"`
	Reviewed     int      `json:"reviewed_drafts"`
	Changed      int      `json:"changed_by_leads"` // reviewed drafts whose level a lead changed
	Groups       []Group  `json:"groups"`
}

// Count is how many controls sit at a level.
type Count struct {
	Level    int `json:"level"`
	Controls int `json:"controls"`
}

// Gap is a control below its target.
type Gap struct {
	Control string `json:"control"`
	Title   string `json:"title"`
	Level   int    `json:"level"`
	Target  int    `json:"target"`
	Owner   string `json:"owner"`
}

// Group is a top-level group's maturity, for the chart.
type Group struct {
	Name     string   `json:"name"`
	Controls int      `json:"controls"`
	Rated    int      `json:"rated"`
	Mean     *float64 `json:"mean"`
	Target   *float64 `json:"target"`
}

// Inputs is what a digest is computed from.
type Inputs struct {
	Program *program.Program
	Set     *catalogs.Set
	Ratings map[catalogs.Key]int
	Open    map[catalogs.FrameworkID]int
	Overdue map[catalogs.FrameworkID]int
	Pending map[catalogs.FrameworkID]int
	// Reviewed and Changed count, per framework, drafts a lead confirmed or
	// adjusted, and those whose level the lead changed.
	Reviewed map[catalogs.FrameworkID]int
	Changed  map[catalogs.FrameworkID]int
	Owner    func(catalogs.Key) string
	Previous *Snapshot // nil for the first digest
	At       time.Time
}

func ptr(x float64) *float64 { return &x }

// Compute builds the digest.
func Compute(in Inputs) *Snapshot {
	p := in.Program
	s := &Snapshot{Program: p.Name, At: in.At.UTC(), Scale: string(p.Scale.ID), Levels: map[string]int{}}
	byFW := map[catalogs.FrameworkID][]catalogs.Control{}
	for _, c := range p.Controls() {
		byFW[c.Framework] = append(byFW[c.Framework], c)
	}
	for _, fwID := range p.Frameworks() {
		cat, err := in.Set.Catalog(string(fwID))
		if err != nil {
			continue
		}
		f := Framework{ID: string(fwID), Name: cat.Framework.Name, Open: in.Open[fwID], Overdue: in.Overdue[fwID], Pending: in.Pending[fwID]}
		counts := map[int]int{}
		var sum, tsum float64
		var tcount, withTarget, atTarget int
		type groupAcc struct {
			g           Group
			sum, tsum   float64
			tcnt, order int
		}
		groups := map[string]*groupAcc{}
		var gaps []Gap
		for _, c := range byFW[fwID] {
			f.Controls++
			gname := string(c.Ref)
			if anc := in.Set.Ancestors(c); len(anc) > 0 {
				top := anc[len(anc)-1]
				gname = string(top.Ref) + " " + top.Title
			}
			ga, ok := groups[gname]
			if !ok {
				ga = &groupAcc{g: Group{Name: gname}, order: len(groups)}
				groups[gname] = ga
			}
			ga.g.Controls++
			target, hasTarget := p.Target(c)
			if hasTarget {
				tsum += float64(target)
				tcount++
				ga.tsum += float64(target)
				ga.tcnt++
			}
			lvl, rated := in.Ratings[c.Key()]
			if !rated {
				continue
			}
			key := c.Key().String()
			s.Levels[key] = lvl
			f.Rated++
			sum += float64(lvl)
			counts[lvl]++
			ga.g.Rated++
			ga.sum += float64(lvl)
			if in.Previous != nil {
				if old, ok := in.Previous.Levels[key]; !ok {
					f.New++
				} else if lvl > old {
					f.Up++
				} else if lvl < old {
					f.Down++
				}
			} else {
				f.New++
			}
			if hasTarget {
				withTarget++
				if lvl >= target {
					atTarget++
				} else {
					owner := ""
					if in.Owner != nil {
						owner = in.Owner(c.Key())
					}
					gaps = append(gaps, Gap{Control: key, Title: c.Title, Level: lvl, Target: target, Owner: owner})
				}
			}
		}
		if f.Rated > 0 {
			f.Mean = ptr(sum / float64(f.Rated))
		}
		if tcount > 0 {
			f.Target = ptr(tsum / float64(tcount))
		}
		if withTarget > 0 {
			f.AtTarget = ptr(float64(atTarget) / float64(withTarget))
		}
		for _, l := range p.Scale.Levels {
			f.Distribution = append(f.Distribution, Count{Level: l.Value, Controls: counts[l.Value]})
		}
		sort.SliceStable(gaps, func(i, j int) bool {
			gi, gj := gaps[i].Target-gaps[i].Level, gaps[j].Target-gaps[j].Level
			if gi != gj {
				return gi > gj
			}
			return gaps[i].Control < gaps[j].Control
		})
		f.Gaps = gaps[:min(len(gaps), 5)]
		if f.Gaps == nil {
			f.Gaps = []Gap{}
		}
		f.Reviewed, f.Changed = in.Reviewed[fwID], in.Changed[fwID]
		accs := make([]*groupAcc, 0, len(groups))
		for _, g := range groups {
			accs = append(accs, g)
		}
		sort.Slice(accs, func(i, j int) bool { return accs[i].order < accs[j].order })
		for _, a := range accs {
			if a.g.Rated > 0 {
				a.g.Mean = ptr(a.sum / float64(a.g.Rated))
			}
			if a.tcnt > 0 {
				a.g.Target = ptr(a.tsum / float64(a.tcnt))
			}
			f.Groups = append(f.Groups, a.g)
		}
		s.Frameworks = append(s.Frameworks, f)
	}
	return s
}

func num(x *float64) string {
	if x == nil {
		return "—"
	}
	return fmt.Sprintf("%.1f", *x)
}

func pct(x *float64) string {
	if x == nil {
		return "—"
	}
	return fmt.Sprintf("%.0f%%", math.Round(100**x))
}

// Text renders the digest as plain lines (the terminal, and the preview).
func (s *Snapshot) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Maturity digest — %s — %s (scale %s)\n", s.Program, s.At.Format("2006-01-02"), s.Scale)
	for _, f := range s.Frameworks {
		fmt.Fprintf(&b, "\n%s\n  maturity %s / target %s · %d of %d rated · %s at or above target\n", f.Name, num(f.Mean), num(f.Target), f.Rated, f.Controls, pct(f.AtTarget))
		var dist []string
		for _, c := range f.Distribution {
			dist = append(dist, fmt.Sprintf("L%d:%d", c.Level, c.Controls))
		}
		fmt.Fprintf(&b, "  levels %s · since last digest: %d up, %d down, %d new\n", strings.Join(dist, " "), f.Up, f.Down, f.New)
		fmt.Fprintf(&b, "  check-ins open %d (overdue %d) · reviews pending %d · leads changed %d of %d drafts\n", f.Open, f.Overdue, f.Pending, f.Changed, f.Reviewed)
		for _, g := range f.Gaps {
			owner := g.Owner
			if owner == "" {
				owner = "no owner"
			}
			fmt.Fprintf(&b, "  gap: %s %s — level %d, target %d (%s)\n", g.Control, g.Title, g.Level, g.Target, owner)
		}
	}
	return b.String()
}
