package program

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/assay-dev/assay/catalogs"
)

// roleDefaults is Assay's editorial table of which ISO 42001 Annex A
// controls matter for which organisation role (source: assay).
//
//go:embed roledefaults.yaml
var roleDefaults []byte

type roleTable struct {
	Source    string               `yaml:"source"`
	Framework catalogs.FrameworkID `yaml:"framework"`
	Controls  map[string][]OrgRole `yaml:"controls"`
}

var table = func() roleTable {
	var t roleTable
	if err := yaml.Unmarshal(roleDefaults, &t); err != nil {
		panic("program: roledefaults.yaml: " + err.Error())
	}
	return t
}()

// RolesFor returns the roles a control matters for by Assay's table, and
// whether the table lists it (a control not listed matters for every role).
func RolesFor(k catalogs.Key) ([]OrgRole, bool) {
	if k.Framework != table.Framework {
		return nil, false
	}
	rs, ok := table.Controls[string(k.Ref)]
	return rs, ok
}

// Proposal is an exclusion Assay proposes for a lead to approve or reject.
type Proposal struct {
	Key           catalogs.Key
	Reason        Reason
	Justification string
	Source        string
}

// Proposals lists the exclusions Assay's role table proposes for the
// organisation's roles (context.roles): in-scope controls that matter
// only for roles the organisation does not play, on which no decision was
// made yet, in catalog order. None without context.roles.
func (p *Program) Proposals() []Proposal {
	if len(p.Context.Roles) == 0 {
		return nil
	}
	var out []Proposal
	for _, c := range p.InScope() {
		if _, decided := p.decisions[c.Key()]; decided {
			continue
		}
		roles, listed := RolesFor(c.Key())
		if !listed || slices.ContainsFunc(roles, func(r OrgRole) bool { return slices.Contains(p.Context.Roles, r) }) {
			continue
		}
		out = append(out, Proposal{Key: c.Key(), Reason: ReasonRole, Source: table.Source,
			Justification: fmt.Sprintf("Assay's role table ties this control to the %s role(s); the organisation plays %s.", join(roles), join(p.Context.Roles))})
	}
	return out
}

// ProposalFor returns the proposal for one control, if any.
func (p *Program) ProposalFor(k catalogs.Key) (Proposal, bool) {
	for _, x := range p.Proposals() {
		if x.Key == k {
			return x, true
		}
	}
	return Proposal{}, false
}

func join(rs []OrgRole) string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = string(r)
	}
	return strings.Join(out, ", ")
}
