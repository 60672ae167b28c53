package program

import (
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/assay-dev/assay/catalogs"
	"gopkg.in/yaml.v3"
)

// OrgRole is a role an organisation plays for AI systems, as ISO/IEC 42001
// scopes an AI management system by them (the roles come from ISO/IEC
// 22989; the descriptions are ours).
type OrgRole string

// Organisation roles.
const (
	RoleProvider OrgRole = "provider" // offers AI products or services to others
	RoleProducer OrgRole = "producer" // designs, builds, trains or tests AI systems
	RoleCustomer OrgRole = "customer" // uses AI systems others provide
	RolePartner  OrgRole = "partner"  // integrates systems, supplies data or tools, evaluates
)

// OrgRoles lists the roles with what each means, in order.
var OrgRoles = []struct {
	Code OrgRole
	Text string
}{
	{RoleProvider, "offers AI products or services to others"},
	{RoleProducer, "designs, builds, trains or tests AI systems"},
	{RoleCustomer, "uses AI systems that others provide"},
	{RolePartner, "integrates AI systems, supplies data or tools, or evaluates them"},
}

// Risk tiers of an AI system; impact assessments are asked per system of
// the tiers the program names (by default, high).
type RiskTier string

// Risk tiers.
const (
	RiskHigh    RiskTier = "high"
	RiskLimited RiskTier = "limited"
	RiskMinimal RiskTier = "minimal"
)

// Stages of an AI system's life cycle.
var Stages = []string{"inception", "design", "verification", "deployment", "operation", "retirement"}

// EUAIActCategories are the EU AI Act's categories, where known.
var EUAIActCategories = []string{"prohibited", "high-risk", "limited-risk", "minimal-risk", "general-purpose"}

// Context is the organisation an assessment program is for: what its
// Statement of Applicability's header says.
type Context struct {
	Organisation string    `json:"organisation"`
	Scope        string    `json:"scope"`
	Roles        []OrgRole `json:"roles"`
}

// AISystem is one entry of the AI system register.
type AISystem struct {
	ID          string     `json:"id"`
	Name        string     `json:"name"`
	Purpose     string     `json:"purpose"`
	Owner       UserID     `json:"owner"`
	Role        OrgRole    `json:"role"`
	Stage       string     `json:"stage"`
	Risk        RiskTier   `json:"risk"`
	EUAIAct     string     `json:"eu_ai_act,omitempty"`
	Affected    []string   `json:"affected_parties"`
	DataSources []string   `json:"data_sources"`
	NextReview  *time.Time `json:"next_review,omitempty"`
}

// System returns a registered AI system by id.
func (p *Program) System(id string) (AISystem, bool) {
	for _, s := range p.Systems {
		if strings.EqualFold(s.ID, id) {
			return s, true
		}
	}
	return AISystem{}, false
}

var systemID = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,62}$`)

// maxText bounds a register's free text.
const maxText = 2000

// context: the organisation, its scope and the ISO 42001 roles it plays.
func (b *binder) context() error {
	n := get(b.root, "context")
	if n == nil {
		return nil
	}
	file := b.file
	if err := checkKeys(file, n, []string{"organisation", "scope", "roles"}); err != nil {
		return err
	}
	c := &b.p.Context
	var err error
	if c.Organisation, err = text(file, get(n, "organisation"), MaxName); err != nil {
		return err
	}
	if c.Scope, err = text(file, get(n, "scope"), maxText); err != nil {
		return err
	}
	roles, err := strs(file, get(n, "roles"))
	if err != nil {
		return err
	}
	for _, r := range roles {
		if !knownRole(OrgRole(r)) {
			return perr(file, get(n, "roles").Line, "role %q: one of %s", r, roleCodes())
		}
		if !slices.Contains(c.Roles, OrgRole(r)) {
			c.Roles = append(c.Roles, OrgRole(r))
		}
	}
	return nil
}

func knownRole(r OrgRole) bool {
	for _, x := range OrgRoles {
		if x.Code == r {
			return true
		}
	}
	return false
}

func roleCodes() string {
	var out []string
	for _, r := range OrgRoles {
		out = append(out, string(r.Code))
	}
	return strings.Join(out, ", ")
}

// text reads an optional scalar of at most max characters.
func text(file string, n *yaml.Node, max int) (string, error) {
	if n == nil {
		return "", nil
	}
	if n.Kind != yaml.ScalarNode {
		return "", perr(file, n.Line, "expected text")
	}
	v := strings.TrimSpace(n.Value)
	if l := len([]rune(v)); l > max {
		return "", perr(file, n.Line, "%d characters; at most %d", l, max)
	}
	return v, nil
}

// systems: the AI system register.
func (b *binder) systems() error {
	n := get(b.root, "ai_systems")
	if n == nil {
		return nil
	}
	file := b.file
	if n.Kind != yaml.SequenceNode {
		return perr(file, n.Line, "ai_systems: a list of systems, each with id, name, owner, role, stage and risk")
	}
	seen := map[string]int{}
	for _, item := range n.Content {
		if err := checkKeys(file, item, []string{"id", "name", "purpose", "owner", "role", "stage", "risk", "eu_ai_act", "affected_parties", "data_sources", "next_review"}); err != nil {
			return err
		}
		var s AISystem
		field := func(key string, max int, required bool) (string, error) {
			v, err := text(file, get(item, key), max)
			if err == nil && required && v == "" {
				err = perr(file, item.Line, "an AI system needs %s", key)
			}
			return v, err
		}
		var err error
		if s.ID, err = field("id", 63, true); err != nil {
			return err
		}
		if !systemID.MatchString(s.ID) {
			return perr(file, get(item, "id").Line, "AI system id %q: lower-case letters, digits and hyphens", s.ID)
		}
		if first, ok := seen[s.ID]; ok {
			return perr(file, item.Line, "a second AI system %q (the first is on line %d)", s.ID, first)
		}
		seen[s.ID] = item.Line
		if s.Name, err = field("name", MaxName, true); err != nil {
			return err
		}
		if s.Purpose, err = field("purpose", maxText, false); err != nil {
			return err
		}
		owner, err := field("owner", 40, true)
		if err != nil {
			return err
		}
		if !userPattern.MatchString(owner) || IsGroup(UserID(owner)) {
			return perr(file, get(item, "owner").Line, "owner %q is not a Slack user id (U…/W…)", owner)
		}
		s.Owner = UserID(owner)
		role, err := field("role", 20, true)
		if err != nil {
			return err
		}
		s.Role = OrgRole(role)
		switch {
		case !knownRole(s.Role):
			return perr(file, get(item, "role").Line, "role %q: one of %s", role, roleCodes())
		case len(b.p.Context.Roles) > 0 && !slices.Contains(b.p.Context.Roles, s.Role):
			return perr(file, get(item, "role").Line, "role %q is not among the organisation's roles in context.roles", role)
		}
		if s.Stage, err = field("stage", 20, true); err != nil {
			return err
		}
		if !slices.Contains(Stages, s.Stage) {
			return perr(file, get(item, "stage").Line, "stage %q: one of %s", s.Stage, strings.Join(Stages, ", "))
		}
		risk, err := field("risk", 20, true)
		if err != nil {
			return err
		}
		if s.Risk = RiskTier(risk); s.Risk != RiskHigh && s.Risk != RiskLimited && s.Risk != RiskMinimal {
			return perr(file, get(item, "risk").Line, "risk %q: high, limited or minimal", risk)
		}
		if s.EUAIAct, err = field("eu_ai_act", 20, false); err != nil {
			return err
		}
		if s.EUAIAct != "" && !slices.Contains(EUAIActCategories, s.EUAIAct) {
			return perr(file, get(item, "eu_ai_act").Line, "eu_ai_act %q: one of %s", s.EUAIAct, strings.Join(EUAIActCategories, ", "))
		}
		if s.Affected, err = strs(file, get(item, "affected_parties")); err != nil {
			return err
		}
		if s.DataSources, err = strs(file, get(item, "data_sources")); err != nil {
			return err
		}
		if nr := get(item, "next_review"); nr != nil {
			t, err := time.ParseInLocation("2006-01-02", strings.TrimSpace(nr.Value), time.UTC)
			if err != nil {
				return perr(file, nr.Line, "next_review %q: a date, YYYY-MM-DD", nr.Value)
			}
			s.NextReview = &t
		}
		b.p.Systems = append(b.p.Systems, s)
	}
	return nil
}

// impactRefs are the ISO 42001 controls on AI system impact assessment:
// Annex A's A.5.2-A.5.5 and clauses 6.1.4 and 8.4.
var impactRefs = []catalogs.Ref{"A.5.2", "A.5.3", "A.5.4", "A.5.5", "6.1.4", "8.4"}

// impact: which risk tiers' systems are assessed one by one
// (impact_assessments: {risk: [high, limited]} or {risk: all}).
func (b *binder) impact() error {
	b.p.ImpactRisks = []RiskTier{RiskHigh}
	n := get(b.root, "impact_assessments")
	if n == nil {
		return nil
	}
	if err := checkKeys(b.file, n, []string{"risk"}); err != nil {
		return err
	}
	r := get(n, "risk")
	if r == nil {
		return perr(b.file, n.Line, "impact_assessments: say which risk tiers are assessed per system, e.g. risk: [high] or risk: all")
	}
	if r.Kind == yaml.ScalarNode && r.Value == "all" {
		b.p.ImpactRisks = []RiskTier{RiskHigh, RiskLimited, RiskMinimal}
		return nil
	}
	tiers, err := strs(b.file, r)
	if err != nil {
		return err
	}
	b.p.ImpactRisks = nil
	for _, t := range tiers {
		switch RiskTier(t) {
		case RiskHigh, RiskLimited, RiskMinimal:
			if !slices.Contains(b.p.ImpactRisks, RiskTier(t)) {
				b.p.ImpactRisks = append(b.p.ImpactRisks, RiskTier(t))
			}
		default:
			return perr(b.file, r.Line, "risk %q: high, limited, minimal, or all", t)
		}
	}
	return nil
}

// AssessedSystems are the AI systems whose impact is assessed one by one:
// those of the tiers in ImpactRisks, not retired.
func (p *Program) AssessedSystems() []AISystem {
	var out []AISystem
	for _, s := range p.Systems {
		if slices.Contains(p.ImpactRisks, s.Risk) && s.Stage != "retirement" {
			out = append(out, s)
		}
	}
	return out
}

// IsImpactControl reports whether a control is about AI system impact
// assessment: ISO 42001 A.5.2-A.5.5, 6.1.4 and 8.4, and the controls of
// other frameworks (the AI RMF's subcategories) the crosswalks map to them.
func (p *Program) IsImpactControl(k catalogs.Key) bool {
	if k.Framework == catalogs.ISO42001 {
		return slices.Contains(impactRefs, k.Ref)
	}
	if p.set == nil {
		return false
	}
	for _, m := range p.set.Mappings(k) {
		if m.To.Framework == catalogs.ISO42001 && slices.Contains(impactRefs, m.To.Ref) {
			return true
		}
	}
	return false
}

// ImpactControls lists the program's applicable impact-assessment
// controls, in catalog order: what is asked per assessed AI system.
func (p *Program) ImpactControls() []catalogs.Control {
	var out []catalogs.Control
	for _, c := range p.Controls() {
		if p.IsImpactControl(c.Key()) {
			out = append(out, c)
		}
	}
	return out
}
