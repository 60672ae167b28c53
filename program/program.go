// Package program reads an assessment program: the one YAML file an admin
// writes to say which frameworks and controls are assessed, on which scale,
// to which targets, who owns, reviews and reads, where drafts and digests go,
// and when check-ins and digests are sent.
//
// Parse checks the file's shape and reports problems with their line; Bind
// checks it against the catalogs (every framework, pattern and target must
// name something that exists) and yields a Program the other packages use.
// Applied files are kept by a Store (postgres.BotStore, sqlite.BotStore).
package program

import (
	"context"
	"path"
	"strings"
	"time"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/catalogs"
)

// UserID is a chat user id (Slack: U…/W…) or user-group id (S…).
type UserID = assessor.UserID

// IsGroup reports whether the id names a Slack user group.
func IsGroup(u UserID) bool { return strings.HasPrefix(string(u), "S") }

// ChannelID is a chat channel id.
type ChannelID string

// Visibility says who sees maturity figures (/assay status, App Home):
// the people the program names, or everyone in the workspace. Anyone may
// ask what the standards say (/assay ask).
type Visibility string

// Visibilities.
const (
	VisibleToProgram   Visibility = "program"
	VisibleToWorkspace Visibility = "workspace"
)

// Role is what a person may do.
type Role string

// Roles.
const (
	Lead  Role = "lead"  // confirms, adjusts and rejects drafts
	Exec  Role = "exec"  // reads status and digests
	Admin Role = "admin" // applies programs, sends check-ins, assigns owners
)

// Scope is one framework in the program, with all its controls or those
// whose refs match Patterns (path.Match syntax: "A.6.*", "GOVERN *").
type Scope struct {
	Framework catalogs.FrameworkID
	Patterns  []string
}

// OwnerRule gives the controls matching Pattern ("iso42001-2023:A.6.2.*")
// to Owner. The first matching rule wins.
type OwnerRule struct {
	Framework catalogs.FrameworkID
	Pattern   string
	Owner     UserID
}

// Cadence sends check-ins for matching controls on a cron schedule.
type Cadence struct {
	Framework catalogs.FrameworkID
	Pattern   string
	Cron      string
	// DueIn is how long an owner has to answer (0: the rollout's).
	DueIn time.Duration
}

// Rollout paces check-ins: each owner gets at most one message of new
// check-ins a day, listing at most PerOwnerPerDay of them (the rest wait
// in order for the next days), each due DueIn after it is sent unless its
// cadence says otherwise.
type Rollout struct {
	PerOwnerPerDay int
	DueIn          time.Duration
	// EvidenceLead is how long before a rating's evidence expires its
	// owner is asked to refresh it.
	EvidenceLead time.Duration
}

// Rollout defaults, and the most check-ins one message lists.
const (
	DefaultPerOwnerPerDay = 5
	DefaultDueIn          = 14 * 24 * time.Hour
	DefaultEvidenceLead   = 14 * 24 * time.Hour
	MaxPerOwnerPerDay     = 20
)

// Program is a bound, validated assessment program.
type Program struct {
	Name     string
	Scale    *assessor.Scale
	Scopes   []Scope
	Targets  []assessor.Target
	Leads    []UserID
	Execs    []UserID
	Admins   []UserID
	Owners   []OwnerRule
	Review   ChannelID
	Digest   ChannelID
	TimeZone *time.Location
	Checkins []Cadence
	DigestAt string // cron
	// RemindAfter is how long an unanswered check-in waits before a
	// reminder; EscalateAfter reminders later the leads are told.
	RemindAfter   time.Duration
	EscalateAfter int
	Rollout       Rollout
	// AllowSelfReview lets a lead decide a draft of their own answer.
	AllowSelfReview bool
	// Visibility says who sees maturity figures and App Home status.
	Visibility Visibility
	// Context is the organisation, its scope and its ISO 42001 roles;
	// Systems is its AI system register.
	Context Context
	Systems []AISystem
	// ImpactRisks are the risk tiers whose AI systems are assessed one by
	// one on the impact-assessment controls (default: high).
	ImpactRisks []RiskTier

	// AppliedBy and AppliedAt say who put the file in force, and when:
	// the file's applicability decisions are theirs, made then.
	AppliedBy string
	AppliedAt time.Time

	set           *catalogs.Set
	targets       *assessor.Targets
	fileDecisions []Decision
	decisions     map[catalogs.Key]Decision // in force: see WithDecisions
}

// Frameworks lists the program's frameworks in file order.
func (p *Program) Frameworks() []catalogs.FrameworkID {
	out := make([]catalogs.FrameworkID, len(p.Scopes))
	for i, s := range p.Scopes {
		out[i] = s.Framework
	}
	return out
}

// Covers reports whether a control is in the program.
func (p *Program) Covers(k catalogs.Key) bool {
	for _, s := range p.Scopes {
		if s.Framework != k.Framework {
			continue
		}
		if len(s.Patterns) == 0 {
			return true
		}
		for _, pat := range s.Patterns {
			if refMatch(pat, string(k.Ref)) {
				return true
			}
		}
	}
	return false
}

// Controls lists the program's applicable assessable controls (not
// clauses' groups), in catalog order: what is asked, rated and counted.
// Excluded controls leave it (see InScope, Applicable).
func (p *Program) Controls() []catalogs.Control {
	var out []catalogs.Control
	for _, c := range p.InScope() {
		if p.Applicable(c.Key()) {
			out = append(out, c)
		}
	}
	return out
}

// InScope lists every assessable control in the program's scope,
// applicable or excluded, in catalog order: the Statement of
// Applicability's rows.
func (p *Program) InScope() []catalogs.Control {
	var out []catalogs.Control
	for _, s := range p.Scopes {
		cat, err := p.set.Catalog(string(s.Framework))
		if err != nil {
			continue
		}
		for _, c := range cat.Controls {
			if !c.Kind.Assessable() {
				continue
			}
			if p.Covers(c.Key()) {
				out = append(out, c)
			}
		}
	}
	return out
}

// OwnerOf returns the owner of a control, if a rule names one.
func (p *Program) OwnerOf(k catalogs.Key) (UserID, bool) {
	for _, r := range p.Owners {
		if r.Framework == k.Framework && refMatch(r.Pattern, string(k.Ref)) {
			return r.Owner, true
		}
	}
	return "", false
}

// OwnerRuleFor returns the owner rule that makes someone a control's
// owner ("iso42001-2023:A.*"), when one does.
func (p *Program) OwnerRuleFor(k catalogs.Key) (string, bool) {
	for _, r := range p.Owners {
		if r.Framework == k.Framework && refMatch(r.Pattern, string(k.Ref)) {
			return string(r.Framework) + ":" + r.Pattern, true
		}
	}
	return "", false
}

// DueIn is how long the owner has to answer a control's check-in: its
// cadence's due_in, else the rollout's.
func (p *Program) DueIn(k catalogs.Key) time.Duration {
	for _, c := range p.Checkins {
		if c.Framework == k.Framework && refMatch(c.Pattern, string(k.Ref)) {
			if c.DueIn > 0 {
				return c.DueIn
			}
			break
		}
	}
	if p.Rollout.DueIn > 0 {
		return p.Rollout.DueIn
	}
	return DefaultDueIn
}

// HasRole reports whether a user holds a role. Group ids in the role lists
// are expanded by the caller (memberOf), since only the chat side knows them.
func (p *Program) HasRole(u UserID, r Role, memberOf func(group UserID) bool) bool {
	var list []UserID
	switch r {
	case Lead:
		list = p.Leads
	case Exec:
		list = p.Execs
	case Admin:
		list = p.Admins
	}
	for _, x := range list {
		if x == u || (IsGroup(x) && memberOf != nil && memberOf(x)) {
			return true
		}
	}
	return false
}

// Names reports whether the program names u: in a role (expanding user
// groups with memberOf) or as the owner in an owner rule.
func (p *Program) Names(u UserID, memberOf func(group UserID) bool) bool {
	for _, r := range []Role{Lead, Exec, Admin} {
		if p.HasRole(u, r, memberOf) {
			return true
		}
	}
	for _, o := range p.Owners {
		if o.Owner == u {
			return true
		}
	}
	return false
}

// Assessor returns the program as the assessor sees it.
func (p *Program) Assessor() *assessor.Program {
	ap := &assessor.Program{Name: p.Name, Frameworks: p.Frameworks(), Scale: p.Scale, Targets: p.targets, AllowSelfReview: p.AllowSelfReview,
		PerSystem: p.IsImpactControl}
	for _, s := range p.AssessedSystems() {
		ap.Systems = append(ap.Systems, s.ID)
	}
	return ap
}

// Target returns a control's target level, if one is set.
func (p *Program) Target(c catalogs.Control) (int, bool) { return p.targets.For(p.set, c) }

// refMatch matches a ref against a pattern: path.Match, case-insensitive,
// and a pattern "A.6.*" also matching "A.6" itself is not assumed.
func refMatch(pattern, ref string) bool {
	ok, err := path.Match(strings.ToUpper(pattern), strings.ToUpper(ref))
	return err == nil && ok
}

// Stored is an applied program file, as a store keeps it.
type Stored struct {
	Name, Source, AppliedBy string
	AppliedAt               time.Time
}

// Store keeps the program files applied, newest in force.
// Implementations: postgres.BotStore, sqlite.BotStore.
type Store interface {
	// ApplyProgram stores a checked program file as the one in force.
	ApplyProgram(ctx context.Context, name, source, by string) error
	// CurrentProgram returns the program in force, if any.
	CurrentProgram(ctx context.Context) (*Stored, bool, error)
}

// IsUser reports whether an id names a Slack user (U…/W…), not a group or
// a word such as "cli".
func IsUser(u UserID) bool { return userPattern.MatchString(string(u)) && !IsGroup(u) }
