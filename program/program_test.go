package program_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
)

func builtinSet(t *testing.T) *catalogs.Set {
	t.Helper()
	set, err := catalogs.BuiltinSet()
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// bindFile parses and binds a program file, failing the test on error.
func bindFile(t *testing.T, set *catalogs.Set, path string) *program.Program {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := program.Parse(filepath.Base(path), src)
	if err != nil {
		t.Fatal(err)
	}
	p, err := f.Bind(set)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// The ISO 27032 program binds: 27032 with 27001, the collaboration items
// in scope with their own target, each mapped to 27001 Annex A.
func TestISO27032Program(t *testing.T) {
	t.Parallel()
	set := builtinSet(t)
	p := bindFile(t, set, "../deploy/program.iso27032.yaml")
	items := map[catalogs.Ref][]string{}
	for _, c := range p.Controls() {
		if c.Framework == catalogs.ISO27032 && strings.HasPrefix(string(c.Ref), "C.") {
			if lvl, _ := p.Target(c); lvl != 2 {
				t.Errorf("%s target %d, want the collaboration group's 2", c.Ref, lvl)
			}
			for _, m := range set.Map(c.Key(), catalogs.ISO27001) {
				items[c.Ref] = append(items[c.Ref], string(m.To.Ref))
			}
		}
	}
	want := map[catalogs.Ref][]string{"C.1": {"A.5.5", "A.5.6"}, "C.2": {"A.5.5", "A.5.24", "A.5.25", "A.5.26", "A.5.27", "A.5.28"}, "C.3": {"A.5.6", "A.5.7"}}
	for ref, to := range want {
		got := items[ref]
		slices.Sort(got)
		slices.Sort(to)
		if !slices.Equal(got, to) {
			t.Errorf("%s maps to %v, want %v", ref, got, to)
		}
	}
	if len(p.Checkins) != 2 {
		t.Errorf("cadences %+v", p.Checkins)
	}
}

func TestExampleProgram(t *testing.T) {
	t.Parallel()
	set := builtinSet(t)
	p := bindFile(t, set, "../deploy/program.example.yaml")
	var iso, rmf int
	for _, c := range p.Controls() {
		switch c.Framework {
		case catalogs.ISO42001:
			iso++
		case catalogs.AIRMF:
			rmf++
		}
	}
	if iso != 65 || rmf != 72 {
		t.Errorf("%d ISO 42001 and %d AI RMF controls in scope, want 65 (clauses 4–10 and Annex A) and 72", iso, rmf)
	}
	if o, ok := p.OwnerOf(catalogs.Key{Framework: catalogs.ISO42001, Ref: "A.6.2.4"}); !ok || o != "U0MLENG001" {
		t.Errorf("owner of A.6.2.4 = %q", o)
	}
	if o, _ := p.OwnerOf(catalogs.Key{Framework: catalogs.ISO42001, Ref: "A.2.2"}); o != "U0GRC00001" {
		t.Errorf("owner of A.2.2 = %q (the catch-all rule)", o)
	}
	c, _ := set.Resolve("iso42001", "A.6.2.4")
	if lvl, ok := p.Target(c); !ok || lvl != 4 {
		t.Errorf("target of A.6.2.4 = %d (the A.6 group's)", lvl)
	}
	c, _ = set.Resolve("iso42001", "A.2.2")
	if lvl, _ := p.Target(c); lvl != 3 {
		t.Errorf("target of A.2.2 = %d (the framework's)", lvl)
	}
	if !p.Covers(catalogs.Key{Framework: catalogs.ISO42001, Ref: "6.1.4"}) {
		t.Error("the example does not cover ISO 42001's clauses")
	}
	if o, _ := p.OwnerOf(catalogs.Key{Framework: catalogs.ISO42001, Ref: "8.4"}); o != "U0GRC00001" {
		t.Errorf("owner of clause 8.4 = %q", o)
	}
	if !p.HasRole("U0EXEC0002", program.Exec, func(g program.UserID) bool { return g == "S0EXECS01" }) || p.HasRole("U0EXEC0002", program.Lead, nil) {
		t.Error("roles through user groups")
	}
	if p.TimeZone.String() != "Europe/London" || len(p.Checkins) != 2 || p.DigestAt != "0 8 * * MON" || p.Review != "C0REVIEW01" {
		t.Errorf("schedule/channels: %v %v %q %q", p.TimeZone, p.Checkins, p.DigestAt, p.Review)
	}
	if ap := p.Assessor(); len(ap.Frameworks) != 2 || ap.Scale.ID != "maturity-0-5" {
		t.Errorf("assessor program %+v", ap)
	}
	if p.Context.Organisation != "Example Ltd" || len(p.Context.Roles) != 3 || p.Context.Roles[0] != program.RoleProvider {
		t.Errorf("context %+v", p.Context)
	}
	s, ok := p.System("support-assistant")
	if !ok || len(p.Systems) != 3 || s.Risk != program.RiskHigh || s.Role != program.RoleProvider || s.Owner != "U0MLENG001" ||
		s.Stage != "operation" || s.EUAIAct != "limited-risk" || len(s.Affected) != 2 || s.NextReview == nil || s.NextReview.Format("2006-01-02") != "2027-03-01" {
		t.Errorf("AI system register %+v (%d systems)", s, len(p.Systems))
	}
}

const minimal = `name: p
frameworks: [iso27001]
roles: {leads: [U0LEAD]}
channels: {review: C0REVIEW}
`

func TestProgramErrorsNameTheLine(t *testing.T) {
	t.Parallel()
	set := builtinSet(t)
	for _, c := range []struct {
		name, src string
		line      int
		want      string
	}{
		{"yaml", "name: p\nframeworks: [iso27001\n", 2, "not valid YAML"},
		{"unknown key", minimal + "titel: x\n", 5, `unknown key "titel"`},
		{"no name", "frameworks: [iso27001]\n", 1, "needs a name"},
		{"framework", strings.Replace(minimal, "[iso27001]", "\n  - iso2700", 1), 3, `unknown framework "iso2700"`},
		{"pattern", strings.Replace(minimal, "[iso27001]", "\n  - {id: iso27001, controls: [Z.*]}", 1), 3, `"Z.*" matches no control`},
		{"target level", minimal + "targets:\n  - {framework: iso27001, level: 9}\n", 6, "target level 9 is not on the maturity-0-5 scale"},
		{"target ref", minimal + "targets:\n  - {framework: iso27001, ref: A.99, level: 2}\n", 6, "A.99"},
		{"lead id", strings.Replace(minimal, "U0LEAD", "alice", 1), 3, `"alice" is not a Slack user id`},
		{"no leads", strings.Replace(minimal, "roles: {leads: [U0LEAD]}", "roles: {execs: [U0EXEC]}", 1), 1, "at least one lead"},
		{"owner", minimal + "owners:\n  \"iso27001:A.5.*\": bob\n", 6, `owner "bob"`},
		{"owner pattern", minimal + "owners:\n  \"A.5.*\": U0BOB\n", 6, `write "framework:ref-pattern"`},
		{"channel", strings.Replace(minimal, "C0REVIEW", `"#review"`, 1), 4, `"#review" is not a Slack channel id`},
		{"cron", minimal + "schedule:\n  checkins:\n    - {match: \"iso27001:A.*\", cron: \"every monday\"}\n", 7, `cron "every monday"`},
		{"tz", minimal + "schedule:\n  timezone: Mars/Olympus\n", 6, "unknown time zone"},
		{"scale", minimal + "scale: five-stars\n", 5, "unknown scale"},
		{"duplicate top key", minimal + "owners:\n  \"iso27001:A.5.*\": U0A\nowners:\n  \"iso27001:A.8.*\": U0B\n", 7, `key "owners" appears twice (first on line 5)`},
		{"duplicate inner key", minimal + "owners:\n  \"iso27001:A.5.*\": U0A\n  \"iso27001:A.5.*\": U0B\n", 7, `key "iso27001:A.5.*" appears twice (first on line 6)`},
		{"fractional target", minimal + "targets:\n  - {framework: iso27001, level: 2.5}\n", 6, `target level "2.5": a whole number`},
		{"text target", minimal + "targets:\n  - {framework: iso27001, level: high}\n", 6, `target level "high"`},
		{"conflicting targets", minimal + "targets:\n  - {framework: iso27001, ref: A.8.8, level: 2}\n  - {framework: iso27001, ref: a.8.8, level: 4}\n", 7, "a second target for iso27001-2022 A.8.8 (the first is on line 6)"},
		{"never fires", minimal + "schedule:\n  checkins:\n    - {match: \"iso27001:A.*\", cron: \"0 9 30 2 *\"}\n", 7, "never fires"},
		{"every second", minimal + "schedule:\n  checkins:\n    - {match: \"iso27001:A.*\", cron: \"@every 1s\"}\n", 7, "fires every 1s; at most once an hour"},
		{"every half hour", minimal + "schedule:\n  checkins:\n    - {match: \"iso27001:A.*\", cron: \"0,30 9 * * MON\"}\n", 7, "fires every 30m0s"},
		{"digest every minute", minimal + "schedule:\n  digest: \"* * * * *\"\n", 6, "fires every 1m0s"},
		{"long name", strings.Replace(minimal, "name: p", "name: "+strings.Repeat("n", 201), 1), 1, "201 characters; at most 200"},
		{"applicability reason", minimal + "applicability:\n  - {control: \"iso27001:A.8.8\", applicable: false, reason: whim, justification: x}\n", 6, `reason "whim"`},
		{"applicability justification", minimal + "applicability:\n  - {control: \"iso27001:A.8.8\", applicable: false, reason: legal}\n", 6, "needs a justification"},
		{"applicability control", minimal + "applicability:\n  - {control: \"iso27001:A.99\", applicable: false, reason: legal, justification: x}\n", 6, "A.99"},
		{"applicability scope", minimal + "applicability:\n  - {control: \"nist-csf-2.0:GV.OC-01\", applicable: false, reason: legal, justification: x}\n", 6, "not in the program's scope"},
		{"applicability twice", minimal + "applicability:\n  - {control: \"iso27001:A.8.8\", applicable: true}\n  - {control: \"iso27001:a.8.8\", applicable: false, reason: legal, justification: x}\n", 7, "a second decision for iso27001-2022:A.8.8 (the first is on line 6)"},
		{"context role", minimal + "context: {roles: [vendor]}\n", 5, `role "vendor": one of provider, producer, customer, partner`},
		{"system role", strings.Replace(minimal+"context: {roles: [customer]}\nai_systems:\n  - {id: bot, name: Bot, owner: U0ML, role: customer, stage: operation, risk: high}\n", "role: customer, stage", "role: provider, stage", 1), 7, `role "provider" is not among the organisation's roles`},
		{"system id", strings.Replace(minimal+"context: {roles: [customer]}\nai_systems:\n  - {id: bot, name: Bot, owner: U0ML, role: customer, stage: operation, risk: high}\n", "id: bot", "id: Bot One", 1), 7, `AI system id "Bot One"`},
		{"system twice", minimal + "context: {roles: [customer]}\nai_systems:\n  - {id: bot, name: Bot, owner: U0ML, role: customer, stage: operation, risk: high}\n" + "  - {id: bot, name: Bot 2, owner: U0ML, role: customer, stage: operation, risk: high}\n", 8, `a second AI system "bot" (the first is on line 7)`},
		{"system owner", strings.Replace(minimal+"context: {roles: [customer]}\nai_systems:\n  - {id: bot, name: Bot, owner: U0ML, role: customer, stage: operation, risk: high}\n", "owner: U0ML", "owner: S0GROUP", 1), 7, `owner "S0GROUP" is not a Slack user id`},
		{"system risk", strings.Replace(minimal+"context: {roles: [customer]}\nai_systems:\n  - {id: bot, name: Bot, owner: U0ML, role: customer, stage: operation, risk: high}\n", "risk: high", "risk: extreme", 1), 7, `risk "extreme": high, limited or minimal`},
		{"system stage", strings.Replace(minimal+"context: {roles: [customer]}\nai_systems:\n  - {id: bot, name: Bot, owner: U0ML, role: customer, stage: operation, risk: high}\n", "stage: operation", "stage: live", 1), 7, `stage "live": one of inception`},
		{"system review", strings.Replace(minimal+"context: {roles: [customer]}\nai_systems:\n  - {id: bot, name: Bot, owner: U0ML, role: customer, stage: operation, risk: high}\n", "risk: high}", "risk: high, next_review: next spring}", 1), 7, `next_review "next spring": a date`},
		{"system name", strings.Replace(minimal+"context: {roles: [customer]}\nai_systems:\n  - {id: bot, name: Bot, owner: U0ML, role: customer, stage: operation, risk: high}\n", "name: Bot, ", "", 1), 7, "an AI system needs name"},
		{"system key", strings.Replace(minimal+"context: {roles: [customer]}\nai_systems:\n  - {id: bot, name: Bot, owner: U0ML, role: customer, stage: operation, risk: high}\n", "risk: high}", "risk: high, colour: red}", 1), 7, `unknown key "colour"`},
		{"rollout cap", minimal + "rollout: {per_owner_per_day: 50}\n", 5, "a number of check-ins from 1 to 20"},
		{"rollout due", minimal + "rollout:\n  due_in: soon\n", 6, `rollout.due_in "soon": a number of days (14d)`},
		{"cadence due", minimal + "schedule:\n  checkins:\n    - {match: \"iso27001:A.*\", cron: \"0 9 * * MON\", due_in: 0d}\n", 7, `due_in "0d": between an hour and a year`},
		{"rollout key", minimal + "rollout: {per_day: 3}\n", 5, `unknown key "per_day"`},
		{"applicability yes", minimal + "applicability:\n  - {control: \"iso27001:A.8.8\", applicable: yes}\n", 6, "applicable: true or false"},
	} {
		f, err := program.Parse("p.yaml", []byte(c.src))
		if err == nil {
			_, err = f.Bind(set)
		}
		var pe *program.ParseError
		if err == nil || errs.KindOf(err) != errs.Invalid || !asParse(err, &pe) || pe.Line != c.line || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v (want line %d, %q)", c.name, err, c.line, c.want)
		}
	}
	f, err := program.Parse("p.yaml", []byte(minimal+"scale:\n  id: ours\n  name: Ours\n  levels:\n    - {value: 1, name: Low, criteria: Little.}\n    - {value: 2, name: High, criteria: Much., reference: 4}\n"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := f.Bind(set)
	if err != nil || p.Scale.ID != "ours" || p.Scale.Max() != 2 {
		t.Errorf("custom scale: %+v, %v", p, err)
	}
	// A person listed twice in a role is one person; a name of 200
	// characters and an hourly cadence are fine.
	f, err = program.Parse("p.yaml", []byte(strings.Replace(strings.Replace(minimal, "[U0LEAD]", "[U0LEAD, U0LEAD, U0TWO]", 1), "name: p", "name: "+strings.Repeat("n", 200), 1)+
		"schedule:\n  checkins:\n    - {match: \"iso27001:A.*\", cron: \"0 * * * *\"}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if p, err = f.Bind(set); err != nil || len(p.Leads) != 2 {
		t.Errorf("leads listed twice: %v %v", p, err)
	}
	// The rollout's defaults, and a cadence's own time to answer.
	k := catalogs.Key{Framework: catalogs.ISO27001, Ref: "A.8.8"}
	if p.Rollout.PerOwnerPerDay != 5 || p.DueIn(k) != 14*24*time.Hour {
		t.Errorf("defaults: %+v, due in %v", p.Rollout, p.DueIn(k))
	}
	f, err = program.Parse("p.yaml", []byte(minimal+"rollout: {per_owner_per_day: 3, due_in: 3w}\nschedule:\n  checkins:\n    - {match: \"iso27001:A.8.*\", cron: \"0 9 * * MON\", due_in: 10d}\n    - {match: \"iso27001:A.*\", cron: \"0 9 * * MON\"}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if p, err = f.Bind(set); err != nil || p.Rollout.PerOwnerPerDay != 3 || p.DueIn(k) != 10*24*time.Hour ||
		p.DueIn(catalogs.Key{Framework: catalogs.ISO27001, Ref: "A.5.1"}) != 21*24*time.Hour {
		t.Errorf("rollout %+v, %v", p, err)
	}
}

// The program file's applicability decisions are the applier's, made when
// the file was applied; a stored decision made later overrides one, and
// one made earlier does not.
func TestProgramFileApplicability(t *testing.T) {
	t.Parallel()
	set := builtinSet(t)
	f, err := program.Parse("p.yaml", []byte(minimal+"applicability:\n  - {control: \"iso27001:A.8.8\", applicable: false, reason: contractual, justification: The host patches.}\n"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := f.Bind(set)
	if err != nil {
		t.Fatal(err)
	}
	a88 := catalogs.Key{Framework: catalogs.ISO27001, Ref: "A.8.8"}
	applied := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	p.AppliedBy, p.AppliedAt = "U0ADMIN", applied
	q := p.WithDecisions(nil)
	if d, ok := q.DecisionFor(a88); !ok || d.Applicable || d.Reason != program.ReasonContractual || d.DecidedBy != "U0ADMIN" || !d.DecidedAt.Equal(applied) || d.Door != "program" {
		t.Fatalf("the file's decision: %+v %v", d, ok)
	}
	if len(q.Controls()) != len(q.InScope())-1 || len(q.Excluded()) != 1 || q.Applicable(a88) {
		t.Errorf("%d applicable of %d in scope; excluded %v", len(q.Controls()), len(q.InScope()), q.Excluded())
	}
	for _, c := range []struct {
		at   time.Time
		want bool
	}{{applied.Add(time.Hour), true}, {applied.Add(-time.Hour), false}} {
		q := p.WithDecisions(map[catalogs.Key]program.Decision{a88: {Key: a88, Applicable: true, DecidedBy: "U0LEAD", DecidedAt: c.at}})
		if q.Applicable(a88) != c.want {
			t.Errorf("a stored inclusion at %s: applicable %v, want %v", c.at, q.Applicable(a88), c.want)
		}
	}
}

func asParse(err error, target **program.ParseError) bool { return errorsAs(err, target) }

// Assay's role table names real controls, and proposes exclusions only
// for controls that matter solely for roles the organisation does not
// play, until a lead decides.
func TestRoleTableProposals(t *testing.T) {
	t.Parallel()
	set := builtinSet(t)
	cat, err := set.Catalog("iso42001")
	if err != nil {
		t.Fatal(err)
	}
	listed := 0
	for _, c := range cat.Controls {
		if rs, ok := program.RolesFor(c.Key()); ok {
			listed++
			if len(rs) == 0 || !c.Kind.Assessable() {
				t.Errorf("the role table lists %s with roles %v", c.Ref, rs)
			}
		}
	}
	if listed != 20 {
		t.Errorf("the role table lists %d controls of the catalog, want all 20 it names", listed)
	}
	src := `name: p
frameworks: [{id: iso42001, controls: ["A.*"]}]
roles: {leads: [U0LEAD]}
channels: {review: C0REVIEW}
context: {roles: [customer]}
`
	f, err := program.Parse("p.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	p, err := f.Bind(set)
	if err != nil {
		t.Fatal(err)
	}
	props := p.Proposals()
	var refs []string
	for _, x := range props {
		refs = append(refs, string(x.Key.Ref))
		if x.Reason != program.ReasonRole || x.Source != "assay" || !strings.Contains(x.Justification, "the organisation plays customer") {
			t.Errorf("proposal %+v", x)
		}
	}
	if got := strings.Join(refs, " "); got != "A.6.1.2 A.6.1.3 A.6.2.2 A.6.2.3 A.6.2.4 A.6.2.7 A.7.2 A.7.3 A.7.4 A.7.5 A.7.6 A.8.2 A.8.4 A.10.4" {
		t.Errorf("a customer is proposed to exclude %s", got)
	}
	// A decision on a control, either way, ends its proposal.
	k := catalogs.Key{Framework: catalogs.ISO42001, Ref: "A.7.2"}
	q := p.WithDecisions(map[catalogs.Key]program.Decision{k: {Key: k, Applicable: true, DecidedBy: "U0LEAD", DecidedAt: time.Now()}})
	if _, ok := q.ProposalFor(k); ok || len(q.Proposals()) != len(props)-1 {
		t.Errorf("after a decision: %d proposals", len(q.Proposals()))
	}
	// Without context.roles nothing is proposed.
	f, _ = program.Parse("p.yaml", []byte(strings.Replace(src, "context: {roles: [customer]}\n", "", 1)))
	if p, _ := f.Bind(set); len(p.Proposals()) != 0 {
		t.Errorf("proposals without roles: %d", len(p.Proposals()))
	}
}
