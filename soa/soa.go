// Package soa builds the Statement of Applicability an ISO 27001 or ISO
// 42001 audit starts from (27001 6.1.3 d, 42001 6.1.3): every control in
// the program's scope, applicable or excluded with its reason, how far it
// is implemented, its confirmed maturity against target, evidence, owner,
// who confirmed it and when, and the AI systems it concerns. It renders
// the statement as XLSX, CSV, Markdown or JSON, and records a lead's
// approval of a version in the audit log.
package soa

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"time"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/program"
)

// Implementation statuses, derived from the confirmed level against the
// target (the rule is Status's).
const (
	NotApplicable  = "not applicable"
	NotAssessed    = "not assessed"
	NotImplemented = "not implemented"
	Partial        = "partially implemented"
	Implemented    = "implemented"
	NoTarget       = "assessed, no target"
)

// Status derives a control's implementation status: excluded controls are
// not applicable; an applicable one without a confirmed rating is not
// assessed; one at or above its target is implemented; one at the
// scale's lowest level is not implemented; one in between is partially
// implemented; a rated control without a target is assessed, no target.
func Status(applicable bool, level *int, target *int, scaleMin int) string {
	switch {
	case !applicable:
		return NotApplicable
	case level == nil:
		return NotAssessed
	case target == nil:
		return NoTarget
	case *level >= *target:
		return Implemented
	case *level <= scaleMin:
		return NotImplemented
	}
	return Partial
}

// Row is one control of the statement.
type Row struct {
	Framework     string     `json:"framework"`
	Ref           string     `json:"ref"`
	Title         string     `json:"title"`
	Applicable    bool       `json:"applicable"`
	Reason        string     `json:"reason,omitempty"`
	Justification string     `json:"justification,omitempty"`
	DecidedBy     string     `json:"applicability_approved_by,omitempty"`
	DecidedAt     *time.Time `json:"applicability_approved_at,omitempty"`
	Status        string     `json:"implementation_status"`
	Level         *int       `json:"maturity_level"`
	Target        *int       `json:"target_level"`
	Evidence      []string   `json:"evidence"`
	Owner         string     `json:"owner"`
	ConfirmedAt   *time.Time `json:"last_confirmed_at"`
	ConfirmedBy   string     `json:"last_confirmed_by"`
	Systems       []string   `json:"ai_systems"`
}

// Header is what the statement is about, and which version it is.
type Header struct {
	Organisation string    `json:"organisation"`
	Scope        string    `json:"scope"`
	Roles        []string  `json:"roles"`
	Program      string    `json:"program"`
	Frameworks   []string  `json:"frameworks"`
	Scale        string    `json:"scale"`
	GeneratedAt  time.Time `json:"generated_at"`
	// Version is the approved version the rows are (Approved true), or
	// the last approved one they have changed since (0: never approved).
	Version    int        `json:"version"`
	Approved   bool       `json:"approved"`
	ApprovedBy string     `json:"approved_by,omitempty"`
	ApprovedAt *time.Time `json:"approved_at,omitempty"`
	// Hash identifies the rows' content; an approval records it.
	Hash string `json:"content_hash"`
}

// Statement is a Statement of Applicability.
type Statement struct {
	Header Header `json:"header"`
	Rows   []Row  `json:"controls"`
	// Summary counts per framework.
	Summary []Count `json:"summary"`
}

// Count is a framework's controls in scope, applicable, rated and
// implemented.
type Count struct {
	Framework   string `json:"framework"`
	InScope     int    `json:"in_scope"`
	Applicable  int    `json:"applicable"`
	Rated       int    `json:"rated"`
	Implemented int    `json:"implemented"`
}

// Ratings is what the statement reads of the assessment record.
type Ratings interface {
	LastRating(ctx context.Context, k catalogs.Key) (*assessor.Draft, bool, error)
	Answer(ctx context.Context, id assessor.AnswerID) (*assessor.Answer, error)
}

// Inputs is what a statement is built from.
type Inputs struct {
	Program *program.Program
	// Framework limits the statement to one framework ("": all of the
	// program's).
	Framework catalogs.FrameworkID
	Ratings   Ratings
	// Owner names a control's owner, if it has one.
	Owner func(catalogs.Key) (program.UserID, bool)
	// Approvals are the recorded approvals (Approvals reads them).
	Approvals []Approval
	At        time.Time
}

// Build assembles the statement.
func Build(ctx context.Context, in Inputs) (*Statement, error) {
	p := in.Program
	s := &Statement{Header: Header{Organisation: p.Context.Organisation, Scope: p.Context.Scope, Program: p.Name, Scale: string(p.Scale.ID),
		GeneratedAt: in.At.UTC(), Roles: []string{}}}
	for _, r := range p.Context.Roles {
		s.Header.Roles = append(s.Header.Roles, string(r))
	}
	for _, fw := range p.Frameworks() {
		if in.Framework == "" || fw == in.Framework {
			s.Header.Frameworks = append(s.Header.Frameworks, string(fw))
			s.Summary = append(s.Summary, Count{Framework: string(fw)})
		}
	}
	for _, c := range p.InScope() {
		if in.Framework != "" && c.Framework != in.Framework {
			continue
		}
		r := Row{Framework: string(c.Framework), Ref: string(c.Ref), Title: c.Title, Applicable: p.Applicable(c.Key()), Evidence: []string{}, Systems: []string{}}
		if d, ok := p.DecisionFor(c.Key()); ok {
			at := d.DecidedAt
			r.Reason, r.Justification, r.DecidedBy, r.DecidedAt = string(d.Reason), d.Justification, string(d.DecidedBy), &at
		}
		if t, ok := p.Target(c); ok {
			r.Target = &t
		}
		if in.Owner != nil {
			if o, ok := in.Owner(c.Key()); ok {
				r.Owner = string(o)
			}
		}
		if r.Applicable {
			last, ok, err := in.Ratings.LastRating(ctx, c.Key())
			if err != nil {
				return nil, err
			}
			if ok && last.FinalLevel != nil {
				lvl := *last.FinalLevel
				r.Level, r.ConfirmedBy, r.ConfirmedAt = &lvl, string(last.DecidedBy), last.DecidedAt
				if last.AnswerID != "" {
					ans, err := in.Ratings.Answer(ctx, last.AnswerID)
					if err != nil {
						return nil, err
					}
					r.Evidence = append(r.Evidence, ans.Evidence...)
				}
			}
			r.Systems = systemsFor(p, c)
		}
		r.Status = Status(r.Applicable, r.Level, r.Target, p.Scale.Min())
		s.Rows = append(s.Rows, r)
		for i := range s.Summary {
			if s.Summary[i].Framework != r.Framework {
				continue
			}
			s.Summary[i].InScope++
			if r.Applicable {
				s.Summary[i].Applicable++
			}
			if r.Level != nil {
				s.Summary[i].Rated++
			}
			if r.Status == Implemented {
				s.Summary[i].Implemented++
			}
		}
	}
	s.Header.Hash = hash(s.Rows)
	s.Header.Version, s.Header.Approved = 0, false
	for _, a := range in.Approvals {
		if a.Scope != scopeOf(in.Framework) {
			continue
		}
		at := a.At
		s.Header.Version, s.Header.ApprovedBy, s.Header.ApprovedAt, s.Header.Approved = a.Version, a.By, &at, a.Hash == s.Header.Hash
	}
	return s, nil
}

// systemsFor lists the AI systems a control concerns: the AI frameworks'
// controls concern every registered system; the impact-assessment
// controls, the systems assessed one by one (of the program's impact
// risk tiers).
func systemsFor(p *program.Program, c catalogs.Control) []string {
	out := []string{}
	if p.IsImpactControl(c.Key()) {
		for _, s := range p.AssessedSystems() {
			out = append(out, s.ID)
		}
		return out
	}
	if c.Framework != catalogs.ISO42001 && c.Framework != catalogs.AIRMF {
		return out
	}
	for _, s := range p.Systems {
		out = append(out, s.ID)
	}
	return out
}

// hash identifies rows' content.
func hash(rows []Row) string {
	b, _ := json.Marshal(rows)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
