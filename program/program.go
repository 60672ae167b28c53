// Package program reads an assessment program: the one YAML file an admin
// writes to say which frameworks and controls are assessed, on which scale,
// to which targets, who owns, reviews and reads, where drafts and digests go,
// and when check-ins and digests are sent.
//
// Parse checks the file's shape and reports problems with their line; Bind
// checks it against the catalogs (every framework, pattern and target must
// name something that exists) and yields a Program the other packages use.
package program

import (
	"context"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
	"gopkg.in/yaml.v3"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
)

// UserID is a chat user id (Slack: U…/W…) or user-group id (S…).
type UserID = assessor.UserID

// IsGroup reports whether the id names a Slack user group.
func IsGroup(u UserID) bool { return strings.HasPrefix(string(u), "S") }

// ChannelID is a chat channel id.
type ChannelID string

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
}

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

	set     *catalogs.Set
	targets *assessor.Targets
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

// Controls lists the program's assessable controls (not clauses' groups),
// in catalog order.
func (p *Program) Controls() []catalogs.Control {
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

// Assessor returns the program as the assessor sees it.
func (p *Program) Assessor() *assessor.Program {
	return &assessor.Program{Name: p.Name, Frameworks: p.Frameworks(), Scale: p.Scale, Targets: p.targets}
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

// ParseError is a problem in a program file, with its line.
type ParseError struct {
	File string
	Line int
	Msg  string
}

func (e *ParseError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return e.File + ": " + e.Msg
}

func perr(file string, line int, format string, args ...any) error {
	return &errs.Error{Op: "program.Parse", Kind: errs.Invalid, Err: &ParseError{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}}
}

// File is a parsed, not yet bound, program file.
type File struct {
	name string
	root *yaml.Node
	Name string
	src  []byte
}

// Source returns the file's text.
func (f *File) Source() []byte { return f.src }

var topKeys = []string{"name", "scale", "frameworks", "targets", "roles", "owners", "channels", "schedule"}

// Parse reads a program file's YAML. Errors: errs.Invalid with a
// *ParseError naming the line.
func Parse(name string, src []byte) (*File, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, perr(name, catalogs.YAMLErrorLine(err), "not valid YAML: %s", catalogs.YAMLErrorText(err))
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, perr(name, 1, "a program file is a mapping with name, frameworks, roles, owners, channels…")
	}
	root := doc.Content[0]
	if err := checkKeys(name, root, topKeys); err != nil {
		return nil, err
	}
	f := &File{name: name, root: root, src: src}
	n := get(root, "name")
	if n == nil || strings.TrimSpace(n.Value) == "" {
		return nil, perr(name, root.Line, "the program needs a name")
	}
	f.Name = strings.TrimSpace(n.Value)
	return f, nil
}

func get(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func checkKeys(file string, m *yaml.Node, allowed []string) error {
	if m.Kind != yaml.MappingNode {
		return perr(file, m.Line, "expected a mapping with %s", strings.Join(allowed, ", "))
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if !slices.Contains(allowed, m.Content[i].Value) {
			return perr(file, m.Content[i].Line, "unknown key %q (expected one of %s)", m.Content[i].Value, strings.Join(allowed, ", "))
		}
	}
	return nil
}

func strs(file string, n *yaml.Node) ([]string, error) {
	if n == nil {
		return nil, nil
	}
	if n.Kind == yaml.ScalarNode {
		return []string{n.Value}, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, perr(file, n.Line, "expected a list")
	}
	var out []string
	for _, c := range n.Content {
		if c.Kind != yaml.ScalarNode || strings.TrimSpace(c.Value) == "" {
			return nil, perr(file, c.Line, "expected a non-empty text item")
		}
		out = append(out, strings.TrimSpace(c.Value))
	}
	return out, nil
}

var (
	userPattern    = regexp.MustCompile(`^[UWS][A-Z0-9]{2,}$`)
	channelPattern = regexp.MustCompile(`^[CGD][A-Z0-9]{2,}$`)
)

// Bind checks the file against the catalogs and returns the program.
// Errors: errs.Invalid naming the line of the first problem.
func (f *File) Bind(set *catalogs.Set) (*Program, error) {
	file := f.name
	p := &Program{Name: f.Name, set: set, TimeZone: time.UTC, RemindAfter: 72 * time.Hour, EscalateAfter: 3}
	// Scale: a built-in id, or a custom scale.
	p.Scale = assessor.BuiltinScales[0]
	if n := get(f.root, "scale"); n != nil {
		switch n.Kind {
		case yaml.ScalarNode:
			s, err := assessor.ScaleByID(assessor.ScaleID(n.Value))
			if err != nil {
				return nil, perr(file, n.Line, "%s", errs.Message(err))
			}
			p.Scale = s
		case yaml.MappingNode:
			s, err := customScale(file, n)
			if err != nil {
				return nil, err
			}
			p.Scale = s
		default:
			return nil, perr(file, n.Line, "scale: a built-in scale id or a mapping with id, name and levels")
		}
	}
	fws := get(f.root, "frameworks")
	if fws == nil || fws.Kind != yaml.SequenceNode || len(fws.Content) == 0 {
		line := f.root.Line
		if fws != nil {
			line = fws.Line
		}
		return nil, perr(file, line, "frameworks: list at least one framework in scope")
	}
	for _, item := range fws.Content {
		var id string
		var pats []string
		switch item.Kind {
		case yaml.ScalarNode:
			id = item.Value
		case yaml.MappingNode:
			if err := checkKeys(file, item, []string{"id", "controls"}); err != nil {
				return nil, err
			}
			if n := get(item, "id"); n != nil {
				id = n.Value
			}
			var err error
			if pats, err = strs(file, get(item, "controls")); err != nil {
				return nil, err
			}
		default:
			return nil, perr(file, item.Line, "a framework is an id or a mapping with id and controls")
		}
		cat, err := set.Catalog(id)
		if err != nil {
			return nil, perr(file, item.Line, "%s", errs.Message(err))
		}
		for _, pat := range pats {
			if _, err := path.Match(pat, ""); err != nil {
				return nil, perr(file, item.Line, "control pattern %q is malformed", pat)
			}
			if !anyMatch(set, cat.Framework.ID, pat) {
				return nil, perr(file, item.Line, "control pattern %q matches no control of %s", pat, cat.Framework.ID)
			}
		}
		p.Scopes = append(p.Scopes, Scope{Framework: cat.Framework.ID, Patterns: pats})
	}
	if n := get(f.root, "targets"); n != nil {
		if n.Kind != yaml.SequenceNode {
			return nil, perr(file, n.Line, "targets: a list of {framework, ref, level}")
		}
		for _, item := range n.Content {
			if err := checkKeys(file, item, []string{"framework", "ref", "level"}); err != nil {
				return nil, err
			}
			var t struct {
				Framework string `yaml:"framework"`
				Ref       string `yaml:"ref"`
				Level     *int   `yaml:"level"`
			}
			if err := item.Decode(&t); err != nil || t.Level == nil {
				return nil, perr(file, item.Line, "a target needs framework and level (and optionally ref)")
			}
			cat, err := set.Catalog(t.Framework)
			if err != nil {
				return nil, perr(file, item.Line, "%s", errs.Message(err))
			}
			tg := assessor.Target{Framework: cat.Framework.ID, Level: *t.Level}
			if t.Ref != "" {
				c, err := set.Resolve(string(cat.Framework.ID), t.Ref)
				if err != nil {
					return nil, perr(file, item.Line, "%s", errs.Message(err))
				}
				tg.Ref = c.Ref
			}
			if _, err := p.Scale.Level(tg.Level); err != nil {
				return nil, perr(file, item.Line, "target level %d is not on the %s scale (%d to %d)", tg.Level, p.Scale.ID, p.Scale.Min(), p.Scale.Max())
			}
			p.Targets = append(p.Targets, tg)
		}
	}
	var err error
	if p.targets, err = assessor.NewTargets(p.Scale, p.Targets); err != nil {
		return nil, perr(file, 0, "%v", err)
	}
	if n := get(f.root, "roles"); n != nil {
		if err := checkKeys(file, n, []string{"leads", "execs", "admins"}); err != nil {
			return nil, err
		}
		for key, dst := range map[string]*[]UserID{"leads": &p.Leads, "execs": &p.Execs, "admins": &p.Admins} {
			v := get(n, key)
			ids, err := strs(file, v)
			if err != nil {
				return nil, err
			}
			for _, id := range ids {
				if !userPattern.MatchString(id) {
					return nil, perr(file, v.Line, "%s: %q is not a Slack user id (U…/W…) or user-group id (S…)", key, id)
				}
				*dst = append(*dst, UserID(id))
			}
		}
	}
	if len(p.Leads) == 0 {
		return nil, perr(file, f.root.Line, "roles: name at least one lead, or nobody can confirm a rating")
	}
	if n := get(f.root, "owners"); n != nil {
		if n.Kind != yaml.MappingNode {
			return nil, perr(file, n.Line, `owners: a mapping of "framework:pattern": user id`)
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			fwName, pat, ok := strings.Cut(k.Value, ":")
			if !ok || pat == "" {
				return nil, perr(file, k.Line, `owner pattern %q: write "framework:ref-pattern", e.g. "iso42001:A.6.2.*"`, k.Value)
			}
			cat, err := set.Catalog(fwName)
			if err != nil {
				return nil, perr(file, k.Line, "%s", errs.Message(err))
			}
			if !anyMatch(set, cat.Framework.ID, pat) {
				return nil, perr(file, k.Line, "owner pattern %q matches no control of %s", pat, cat.Framework.ID)
			}
			if !userPattern.MatchString(v.Value) || IsGroup(UserID(v.Value)) {
				return nil, perr(file, v.Line, "owner %q is not a Slack user id (U…/W…)", v.Value)
			}
			p.Owners = append(p.Owners, OwnerRule{Framework: cat.Framework.ID, Pattern: pat, Owner: UserID(v.Value)})
		}
	}
	if n := get(f.root, "channels"); n != nil {
		if err := checkKeys(file, n, []string{"review", "digest"}); err != nil {
			return nil, err
		}
		for key, dst := range map[string]*ChannelID{"review": &p.Review, "digest": &p.Digest} {
			if v := get(n, key); v != nil {
				if !channelPattern.MatchString(v.Value) {
					return nil, perr(file, v.Line, "channels.%s: %q is not a Slack channel id (C…)", key, v.Value)
				}
				*dst = ChannelID(v.Value)
			}
		}
	}
	if p.Review == "" {
		return nil, perr(file, f.root.Line, "channels.review: drafts need a channel where leads review them")
	}
	if n := get(f.root, "schedule"); n != nil {
		if err := p.bindSchedule(file, set, n); err != nil {
			return nil, err
		}
	}
	return p, nil
}

var cronParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// ParseCron parses a schedule the way program files write them.
func ParseCron(spec string) (cron.Schedule, error) { return cronParser.Parse(spec) }

func (p *Program) bindSchedule(file string, set *catalogs.Set, n *yaml.Node) error {
	if err := checkKeys(file, n, []string{"timezone", "checkins", "digest", "reminders"}); err != nil {
		return err
	}
	if r := get(n, "reminders"); r != nil {
		if err := checkKeys(file, r, []string{"after", "escalate_after"}); err != nil {
			return err
		}
		if a := get(r, "after"); a != nil {
			d, err := time.ParseDuration(a.Value)
			if err != nil || d < time.Minute {
				return perr(file, a.Line, "reminders.after %q: a duration of at least a minute, such as 72h", a.Value)
			}
			p.RemindAfter = d
		}
		if e := get(r, "escalate_after"); e != nil {
			var k int
			if _, err := fmt.Sscan(e.Value, &k); err != nil || k < 1 {
				return perr(file, e.Line, "reminders.escalate_after %q: a number of reminders, at least 1", e.Value)
			}
			p.EscalateAfter = k
		}
	}
	if tz := get(n, "timezone"); tz != nil {
		loc, err := time.LoadLocation(tz.Value)
		if err != nil {
			return perr(file, tz.Line, "unknown time zone %q (use an IANA name such as Europe/London)", tz.Value)
		}
		p.TimeZone = loc
	}
	if d := get(n, "digest"); d != nil {
		if _, err := ParseCron(d.Value); err != nil {
			return perr(file, d.Line, "digest schedule %q: %v", d.Value, err)
		}
		p.DigestAt = d.Value
	}
	if c := get(n, "checkins"); c != nil {
		if c.Kind != yaml.SequenceNode {
			return perr(file, c.Line, "schedule.checkins: a list of {match, cron}")
		}
		for _, item := range c.Content {
			if err := checkKeys(file, item, []string{"match", "cron"}); err != nil {
				return err
			}
			m, cr := get(item, "match"), get(item, "cron")
			if m == nil || cr == nil {
				return perr(file, item.Line, "a check-in cadence needs match and cron")
			}
			fwName, pat, ok := strings.Cut(m.Value, ":")
			if !ok {
				fwName, pat = m.Value, "*"
			}
			cat, err := set.Catalog(fwName)
			if err != nil {
				return perr(file, m.Line, "%s", errs.Message(err))
			}
			if !anyMatch(set, cat.Framework.ID, pat) {
				return perr(file, m.Line, "pattern %q matches no control of %s", pat, cat.Framework.ID)
			}
			if _, err := ParseCron(cr.Value); err != nil {
				return perr(file, cr.Line, "cron %q: %v", cr.Value, err)
			}
			p.Checkins = append(p.Checkins, Cadence{Framework: cat.Framework.ID, Pattern: pat, Cron: cr.Value})
		}
	}
	return nil
}

func anyMatch(set *catalogs.Set, fw catalogs.FrameworkID, pat string) bool {
	cat, err := set.Catalog(string(fw))
	if err != nil {
		return false
	}
	for _, c := range cat.Controls {
		if refMatch(pat, string(c.Ref)) {
			return true
		}
	}
	return false
}

func customScale(file string, n *yaml.Node) (*assessor.Scale, error) {
	if err := checkKeys(file, n, []string{"id", "name", "levels"}); err != nil {
		return nil, err
	}
	var raw struct {
		ID     string `yaml:"id"`
		Name   string `yaml:"name"`
		Levels []struct {
			Value     int    `yaml:"value"`
			Name      string `yaml:"name"`
			Criteria  string `yaml:"criteria"`
			Reference *int   `yaml:"reference"`
		} `yaml:"levels"`
	}
	if err := n.Decode(&raw); err != nil {
		return nil, perr(file, n.Line, "scale: %v", err)
	}
	s := &assessor.Scale{ID: assessor.ScaleID(raw.ID), Name: raw.Name}
	for _, l := range raw.Levels {
		ref := l.Value
		if l.Reference != nil {
			ref = *l.Reference
		}
		s.Levels = append(s.Levels, assessor.Level{Value: l.Value, Name: l.Name, Criteria: l.Criteria, Reference: ref})
	}
	if err := s.Validate(); err != nil {
		return nil, perr(file, n.Line, "scale: %s", errs.Message(err))
	}
	return s, nil
}
