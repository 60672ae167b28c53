// Package digest computes the weekly executive digest: per framework, where
// maturity stands against target, what moved since the last digest, the
// largest gaps and who owns them, what is overdue or waiting for review,
// and how often leads changed the drafted level. Every digest is kept as a
// snapshot, so change is computed from stored data and an old digest can be
// shown again. Maturity is averaged by assessor.Score, as everywhere else.
//
// Store is implemented by postgres.BotStore and sqlite.BotStore, held to
// one contract by digest/storetest.
package digest

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/program"
)

// Snapshot is one digest.
type Snapshot struct {
	Program    string         `json:"program"`
	At         time.Time      `json:"at"`
	Scale      string         `json:"scale"`
	ScaleName  string         `json:"scale_name"` // as people read it: "Maturity 0–5"
	Frameworks []Framework    `json:"frameworks"`
	Levels     map[string]int `json:"levels"` // FRAMEWORK:REF → level, for the next digest's change
	// Systems is each AI system's impact assessment, for the systems
	// assessed one by one.
	Systems []System `json:"ai_systems,omitempty"`
	// Trend is each framework's maturity at each kept digest up to this
	// one, oldest first: carried from digest to digest (MaxTrend).
	Trend []Point `json:"trend,omitempty"`
	// Kickoff, set while nothing is rated, is what executives get instead
	// of a digest of empty figures.
	Kickoff *Kickoff `json:"kickoff,omitempty"`
}

// Kickoff is how far the assessment has got before its first rating.
type Kickoff struct {
	Sent     int        `json:"sent"`    // check-ins sent and unfinished
	Owners   int        `json:"owners"`  // people they went to
	Waiting  int        `json:"waiting"` // check-ins waiting for the rollout's next days
	DueBy    *time.Time `json:"due_by"`  // the latest due date of those sent
	TimeZone string     `json:"time_zone,omitempty"`
}

// AnyRated reports whether anything in the digest is rated, for the
// organisation or for an AI system.
func (s *Snapshot) AnyRated() bool {
	for _, f := range s.Frameworks {
		if f.Rated > 0 {
			return true
		}
	}
	for _, sys := range s.Systems {
		if sys.Rated > 0 {
			return true
		}
	}
	return false
}

// KickoffText says how far the assessment has got before its first
// rating, in one paragraph.
func (s *Snapshot) KickoffText() string {
	k := s.Kickoff
	if k == nil {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "The maturity assessment of %s is under way: no figures until a lead confirms the first rating. ", s.Program)
	switch {
	case k.Sent == 0 && k.Waiting == 0:
		b.WriteString("No check-in has gone out yet: the program's schedule sends them, or a lead with /assay checkin.")
	case k.Sent == 0:
		fmt.Fprintf(&b, "%s wait to go out, a few per owner a day.", bot.Plural(k.Waiting, "check-in"))
	default:
		fmt.Fprintf(&b, "%s went out to %s", bot.Plural(k.Sent, "check-in"), bot.Plural(k.Owners, "owner"))
		if k.DueBy != nil {
			loc, err := time.LoadLocation(k.TimeZone)
			if err != nil {
				loc = time.UTC
			}
			fmt.Fprintf(&b, ", due by %s", k.DueBy.In(loc).Format("Monday 2 January"))
		}
		b.WriteString(".")
		if k.Waiting > 0 {
			fmt.Fprintf(&b, " %d more wait to go out over the next days.", k.Waiting)
		}
	}
	return b.String()
}

// System is one AI system's impact assessment (bot.SystemStatus).
type System = bot.SystemStatus

// Framework is one framework's part of the digest.
type Framework struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Controls and Applicable count the applicable controls in scope
	// (Applicable is the Statement of Applicability's word for it);
	// Excluded ones are counted nowhere else.
	Controls   int      `json:"controls"`
	Applicable int      `json:"applicable"`
	Excluded   int      `json:"excluded"`
	Rated      int      `json:"rated"`
	Mean       *float64 `json:"mean"`   // of rated controls; nil when none
	Target     *float64 `json:"target"` // mean target of controls with one
	// AtTarget is the share of rated controls with a target that meet it;
	// WithTarget counts those rated controls with a target.
	AtTarget     *float64 `json:"at_target"`
	WithTarget   int      `json:"with_target"`
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
	// SystemRatings are the ratings given per AI system.
	SystemRatings map[bot.SystemKey]bot.Rating
}

// Compute builds the digest.
func Compute(in Inputs) *Snapshot {
	p := in.Program
	s := &Snapshot{Program: p.Name, At: in.At.UTC(), Scale: string(p.Scale.ID), ScaleName: p.Scale.Name, Levels: map[string]int{}}
	byFW := map[catalogs.FrameworkID][]catalogs.Control{}
	for _, c := range p.Controls() {
		byFW[c.Framework] = append(byFW[c.Framework], c)
	}
	for _, fwID := range p.Frameworks() {
		cat, err := in.Set.Catalog(string(fwID))
		if err != nil {
			continue
		}
		f := Framework{ID: string(fwID), Name: cat.Framework.Name, Open: in.Open[fwID], Overdue: in.Overdue[fwID], Pending: in.Pending[fwID],
			Reviewed: in.Reviewed[fwID], Changed: in.Changed[fwID], Gaps: []Gap{}}
		var whole, groups []assessor.Scored
		for _, c := range byFW[fwID] {
			lvl, rated := in.Ratings[c.Key()]
			target, hasTarget := p.Target(c)
			sc := assessor.Scored{Group: string(fwID), Level: lvl, Rated: rated, Target: target, HasTarget: hasTarget}
			whole = append(whole, sc)
			sc.Group = in.Set.TopGroup(c)
			groups = append(groups, sc)
			if !rated {
				continue
			}
			key := c.Key().String()
			s.Levels[key] = lvl
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
		}
		var m assessor.Maturity // a framework without controls in scope scores nothing
		if ms := assessor.Score(whole); len(ms) == 1 {
			m = ms[0]
		}
		f.Controls, f.Rated, f.Mean, f.Target, f.AtTarget, f.WithTarget = m.Controls, m.Rated, m.Mean, m.Target, m.AtTargetShare(), m.WithTarget
		inScope, applicable := p.Summary(fwID)
		f.Applicable, f.Excluded = applicable, inScope-applicable
		for _, l := range p.Scale.Levels {
			f.Distribution = append(f.Distribution, Count{Level: l.Value, Controls: m.Levels[l.Value]})
		}
		f.Gaps = Gaps(p, in.Ratings, in.Owner, fwID)
		f.Gaps = f.Gaps[:min(len(f.Gaps), 5)]
		for _, g := range assessor.Score(groups) {
			f.Groups = append(f.Groups, Group{Name: g.Name, Controls: g.Controls, Rated: g.Rated, Mean: g.Mean, Target: g.Target})
		}
		s.Frameworks = append(s.Frameworks, f)
	}
	s.Systems = bot.SystemStatuses(p, in.SystemRatings, in.At)
	s.Trend = trend(in.Previous, s)
	return s
}

// Gaps lists a framework's rated controls below their target, the largest
// gap first (then by control), each with its owner: the one rule the
// digest and an assistant's list_gaps both show.
func Gaps(p *program.Program, ratings map[catalogs.Key]int, owner func(catalogs.Key) string, fw catalogs.FrameworkID) []Gap {
	out := []Gap{}
	for _, c := range p.Controls() {
		if c.Framework != fw {
			continue
		}
		lvl, rated := ratings[c.Key()]
		target, hasTarget := p.Target(c)
		if !rated || !hasTarget || lvl >= target {
			continue
		}
		g := Gap{Control: c.Key().String(), Title: c.Title, Level: lvl, Target: target}
		if owner != nil {
			g.Owner = owner(c.Key())
		}
		out = append(out, g)
	}
	sort.SliceStable(out, func(i, j int) bool {
		gi, gj := out[i].Target-out[i].Level, out[j].Target-out[j].Level
		if gi != gj {
			return gi > gj
		}
		return out[i].Control < out[j].Control
	})
	return out
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

// Text renders the digest as plain lines (the terminal, the preview and
// the fallback a screen reader reads).
func (s *Snapshot) Text() string {
	var b strings.Builder
	if s.Kickoff != nil {
		fmt.Fprintf(&b, "Kickoff — %s — %s\n%s\n", s.Program, s.At.Format("2006-01-02"), s.KickoffText())
		return b.String()
	}
	fmt.Fprintf(&b, "Maturity digest — %s — %s (scale %s)\n", s.Program, s.At.Format("2006-01-02"), s.ScaleLabel())
	for _, f := range s.Frameworks {
		fmt.Fprintf(&b, "\n%s\n  %s · %s\n", f.Name, MaturityText(f), AtTargetText(f))
		var dist []string
		for _, c := range f.Distribution {
			dist = append(dist, fmt.Sprintf("L%d:%d", c.Level, c.Controls))
		}
		fmt.Fprintf(&b, "  rated controls per level %s · since last digest: %d up, %d down, %d new\n", strings.Join(dist, " "), f.Up, f.Down, f.New)
		fmt.Fprintf(&b, "  check-ins open %d (%d past their due date) · reviews pending %d · %s\n", f.Open, f.Overdue, f.Pending, ChangedText(f))
		for _, g := range f.Groups {
			fmt.Fprintf(&b, "  %s\n", GroupText(g))
		}
		for _, g := range f.Gaps {
			owner := g.Owner
			if owner == "" {
				owner = "no owner"
			}
			fmt.Fprintf(&b, "  gap: %s %s — level %d, target %d (%s)\n", g.Control, g.Title, g.Level, g.Target, owner)
		}
	}
	if len(s.Systems) > 0 {
		b.WriteString("\nAI system impact assessments\n")
		for _, sys := range s.Systems {
			b.WriteString("  " + sys.Line() + "\n")
		}
	}
	return b.String()
}

// AtTargetText says how many rated controls meet their target, out of
// how many, and how many are in scope: a share of two rated controls is
// not a share of the program.
func AtTargetText(f Framework) string {
	scope := fmt.Sprintf("%d in scope", f.Controls)
	if f.Excluded > 0 {
		scope = fmt.Sprintf("%d applicable of %d in scope, %d excluded", f.Controls, f.Controls+f.Excluded, f.Excluded)
	}
	switch {
	case f.Rated == 0:
		return fmt.Sprintf("at or above target: none rated yet (%s)", scope)
	case f.AtTarget == nil:
		return fmt.Sprintf("at or above target: no target set for the %s (%s)", bot.Plural(f.Rated, "rated control"), scope)
	}
	return fmt.Sprintf("at or above target: %s of %s (%s)", pct(f.AtTarget), bot.Plural(f.WithTarget, "rated control"), scope)
}

// MaturityText is a framework's mean level against its target, or that
// nothing is rated yet (never a mean of nothing).
func MaturityText(f Framework) string {
	if f.Mean == nil {
		return "maturity not rated yet (target " + num(f.Target) + ")"
	}
	return fmt.Sprintf("maturity %s against target %s", num(f.Mean), num(f.Target))
}

// ChangedText says how often leads changed the drafted level.
func ChangedText(f Framework) string {
	if f.Reviewed == 0 {
		return "no draft reviewed yet"
	}
	return fmt.Sprintf("leads changed the AI's level on %d of %s", f.Changed, bot.Plural(f.Reviewed, "draft"))
}

// GroupText is one group's line: its name, how many of its controls are
// rated, and its mean against target, or "unrated" (never level 0).
func GroupText(g Group) string {
	if g.Rated == 0 {
		return fmt.Sprintf("%s: unrated (0/%d rated)", g.Name, g.Controls)
	}
	return fmt.Sprintf("%s: %s against target %s (%d/%d rated)", g.Name, num(g.Mean), num(g.Target), g.Rated, g.Controls)
}

// ScaleLabel is the scale's name as people read it ("Maturity 0–5"); a
// digest kept before names were stored shows its id.
func (s *Snapshot) ScaleLabel() string {
	if s.ScaleName != "" {
		return s.ScaleName
	}
	return s.Scale
}
