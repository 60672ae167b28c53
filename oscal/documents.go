package oscal

import (
	"fmt"
	"sort"
	"strings"

	"github.com/assay-dev/assay/errs"
)

type link struct {
	Href string `json:"href"`
	Rel  string `json:"rel,omitempty"`
	Text string `json:"text,omitempty"`
}

type evidence struct {
	Href        string `json:"href"`
	Description string `json:"description"`
}

type observation struct {
	UUID        string     `json:"uuid"`
	Title       string     `json:"title"`
	Description string     `json:"description"`
	Props       []prop     `json:"props"`
	Methods     []string   `json:"methods"`
	Types       []string   `json:"types"`
	Origins     []origin   `json:"origins,omitempty"`
	Links       []link     `json:"links,omitempty"`
	Evidence    []evidence `json:"relevant-evidence,omitempty"`
	Collected   string     `json:"collected"`
}

type status struct {
	State string `json:"state"`
}

type target struct {
	Type     string `json:"type"`
	TargetID string `json:"target-id"`
	Status   status `json:"status"`
}

type related struct {
	Observation string `json:"observation-uuid"`
}

type finding struct {
	UUID        string    `json:"uuid"`
	Title       string    `json:"title"`
	Description string    `json:"description"`
	Props       []prop    `json:"props"`
	Origins     []origin  `json:"origins,omitempty"`
	Target      target    `json:"target"`
	Related     []related `json:"related-observations,omitempty"`
}

type include struct {
	ControlID string `json:"control-id"`
}

type selection struct {
	Description string    `json:"description"`
	Include     []include `json:"include-controls"`
}

type component struct {
	UUID        string `json:"uuid"`
	Type        string `json:"type"`
	Title       string `json:"title"`
	Description string `json:"description"`
	Status      status `json:"status"`
}

type localDefs struct {
	Components []component `json:"components,omitempty"`
}

type result struct {
	UUID        string     `json:"uuid"`
	Title       string     `json:"title"`
	Description string     `json:"description"`
	Start       string     `json:"start"`
	Props       []prop     `json:"props"`
	Local       *localDefs `json:"local-definitions,omitempty"`
	Reviewed    struct {
		Selections []selection `json:"control-selections"`
	} `json:"reviewed-controls"`
	Observations []observation `json:"observations,omitempty"`
	Findings     []finding     `json:"findings,omitempty"`
}

// AssessmentResults writes OSCAL assessment results: one result per
// framework, the owners' answers as observations (interview, and examine
// when they link evidence), one finding per applicable control.
func AssessmentResults(in Inputs) ([]byte, error) {
	r := newRecord(in)
	var doc struct {
		AR struct {
			UUID     string   `json:"uuid"`
			Metadata metadata `json:"metadata"`
			ImportAP struct {
				Href    string `json:"href"`
				Remarks string `json:"remarks"`
			} `json:"import-ap"`
			Results []result `json:"results"`
		} `json:"assessment-results"`
	}
	ar := &doc.AR
	ar.UUID = id("assessment-results", in.Program, ts(in.At))
	ar.Metadata = r.metadata("Maturity assessment results — " + in.Program)
	ar.ImportAP.Href = "#" + id("assessment-plan", in.Program)
	ar.ImportAP.Remarks = "Assay keeps no separate assessment plan: the assessment program (frameworks, scale, targets, owners, schedule) is the plan."
	for _, fw := range in.Frameworks {
		res := result{UUID: id("result", in.Program, string(fw.ID), ts(in.At)), Title: fw.Name,
			Description: fmt.Sprintf("Maturity of the applicable %s controls in the program %q, each rated by a drafter and decided by a compliance lead.", fw.Name, in.Program),
			Start:       ts(in.At), Props: []prop{assay("framework", string(fw.ID))}}
		sel := selection{Description: "The applicable controls of " + string(fw.ID) + " in the program's scope."}
		tools := map[string]bool{}
		for _, c := range r.in.Controls {
			if c.Key.Framework != fw.ID {
				continue
			}
			cid := ControlID(c.Key.Ref)
			sel.Include = append(sel.Include, include{ControlID: cid})
			f := finding{UUID: id("finding", c.Key.String(), ts(in.At)), Title: string(c.Key.Ref) + " " + c.Title, Props: controlProps(c),
				Target: target{Type: "objective-id", TargetID: cid + "_obj", Status: status{State: "not-satisfied"}}}
			if satisfied(c) {
				f.Target.Status.State = "satisfied"
			}
			f.Description = describe(c)
			if d := c.Rating; d != nil {
				var actors []actor
				if t := r.tool(d.Drafter); t != "" {
					actors, tools[d.Drafter] = append(actors, actor{Type: "tool", Actor: t}), true
				}
				if p := r.party(string(d.DecidedBy)); p != "" {
					actors = append(actors, actor{Type: "party", Actor: p})
				}
				if len(actors) > 0 {
					f.Origins = []origin{{Actors: actors}}
				}
				if a := c.Answer; a != nil {
					o := observation{UUID: id("observation", string(a.ID)), Title: "Owner's answer on " + string(c.Key.Ref), Description: a.Text,
						Props:   []prop{assay("framework", string(c.Key.Framework)), assay("control-ref", string(c.Key.Ref))},
						Methods: []string{"INTERVIEW"}, Types: []string{"control-objective"}, Collected: ts(a.CreatedAt)}
					if p := r.party(string(a.Author)); p != "" {
						o.Origins = []origin{{Actors: []actor{{Type: "party", Actor: p}}}}
					}
					for _, e := range a.Evidence {
						o.Evidence = append(o.Evidence, evidence{Href: e, Description: "Evidence the owner linked to their answer."})
					}
					if len(a.Evidence) > 0 {
						o.Methods = append(o.Methods, "EXAMINE")
					}
					if c.Permalink != "" {
						o.Links = []link{{Href: c.Permalink, Rel: "reference", Text: "The check-in the owner answered, in Slack"}}
					}
					res.Observations = append(res.Observations, o)
					f.Related = []related{{Observation: o.UUID}}
				}
			}
			res.Findings = append(res.Findings, f)
		}
		if len(sel.Include) == 0 {
			continue // a framework whose controls are all excluded
		}
		res.Reviewed.Selections = []selection{sel}
		if len(tools) > 0 {
			names := make([]string, 0, len(tools))
			for t := range tools {
				names = append(names, t)
			}
			sort.Strings(names)
			res.Local = &localDefs{}
			for _, t := range names {
				res.Local.Components = append(res.Local.Components, component{UUID: r.tool(t), Type: "software", Title: t,
					Description: "The drafter that proposed maturity levels for a lead to decide: " + t + ".", Status: status{State: "operational"}})
			}
		}
		ar.Results = append(ar.Results, res)
	}
	return marshal(doc)
}

// describe says in a sentence where a control stands.
func describe(c Control) string {
	d := c.Rating
	if d == nil || d.FinalLevel == nil {
		return "Not assessed yet: no confirmed maturity level."
	}
	s := fmt.Sprintf("Maturity level %d", *d.FinalLevel)
	if c.Target != nil {
		s += fmt.Sprintf(" against a target of %d", *c.Target)
	}
	s += fmt.Sprintf(", %s by %s", d.Status, d.DecidedBy)
	if d.DecidedAt != nil {
		s += " on " + d.DecidedAt.UTC().Format("2006-01-02")
	}
	if d.Reason != "" {
		s += ": " + d.Reason
	}
	return s + "."
}

type poamItem struct {
	UUID        string   `json:"uuid"`
	Title       string   `json:"title"`
	Description string   `json:"description"`
	Props       []prop   `json:"props"`
	Origins     []origin `json:"origins,omitempty"`
	Remarks     string   `json:"remarks,omitempty"`
}

// POAM writes an OSCAL plan of action and milestones: an item for each
// applicable control below its target (or not yet rated against one),
// with the last draft's gaps and next steps.
func POAM(in Inputs) ([]byte, error) {
	r := newRecord(in)
	var doc struct {
		P struct {
			UUID     string     `json:"uuid"`
			Metadata metadata   `json:"metadata"`
			Items    []poamItem `json:"poam-items"`
		} `json:"plan-of-action-and-milestones"`
	}
	p := &doc.P
	p.UUID = id("poam", in.Program, ts(in.At))
	p.Items = []poamItem{}
	for _, c := range r.in.Controls {
		if c.Target == nil || satisfied(c) {
			continue
		}
		it := poamItem{UUID: id("poam-item", c.Key.String(), ts(in.At)), Title: string(c.Key.Framework) + " " + string(c.Key.Ref) + " " + c.Title,
			Props: append(controlProps(c), prop{Name: "control-id", Value: ControlID(c.Key.Ref), NS: NS})}
		var b strings.Builder
		b.WriteString(describe(c))
		if d := c.Rating; d != nil {
			if len(d.Gaps) > 0 {
				b.WriteString("\n\nGaps:\n- " + strings.Join(d.Gaps, "\n- "))
			}
			if len(d.NextSteps) > 0 {
				b.WriteString("\n\nNext steps:\n- " + strings.Join(d.NextSteps, "\n- "))
			}
			if who := r.party(string(d.DecidedBy)); who != "" {
				it.Origins = []origin{{Actors: []actor{{Type: "party", Actor: who}}}}
			}
		} else {
			b.WriteString(" Next step: ask its owner and rate it.")
		}
		if c.Owner != "" {
			it.Remarks = "Owner: " + c.Owner
		}
		it.Description = b.String()
		p.Items = append(p.Items, it)
	}
	if len(p.Items) == 0 {
		// OSCAL wants at least one item; an empty plan is not written.
		return nil, errs.E("oscal.POAM", errs.Invalid, "no applicable control in scope is below a target (the program file's targets): there is no plan of action to write")
	}
	p.Metadata = r.metadata("Plan of action and milestones — " + in.Program)
	return marshal(doc)
}
