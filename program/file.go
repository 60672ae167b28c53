package program

import (
	"fmt"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
	"gopkg.in/yaml.v3"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
)

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
}

var topKeys = []string{"name", "scale", "frameworks", "targets", "roles", "owners", "channels", "schedule", "allow_self_review", "visibility", "applicability", "context", "ai_systems", "impact_assessments", "rollout"}

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
	if err := noDuplicateKeys(name, root); err != nil {
		return nil, err
	}
	if err := checkKeys(name, root, topKeys); err != nil {
		return nil, err
	}
	f := &File{name: name, root: root}
	n := get(root, "name")
	if n == nil || strings.TrimSpace(n.Value) == "" {
		return nil, perr(name, root.Line, "the program needs a name")
	}
	f.Name = strings.TrimSpace(n.Value)
	if len([]rune(f.Name)) > MaxName {
		return nil, perr(name, n.Line, "the program's name is %d characters; at most %d", len([]rune(f.Name)), MaxName)
	}
	return f, nil
}

// MaxName bounds a program's name (and its scale's, and their levels').
const MaxName = 200

// noDuplicateKeys refuses a mapping, at any depth, that names a key
// twice: YAML would keep the last and silently drop the first (two owners
// sections would lose every owner of the first).
func noDuplicateKeys(file string, n *yaml.Node) error {
	if n.Kind == yaml.MappingNode {
		seen := map[string]int{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if first, ok := seen[k.Value]; ok {
				return perr(file, k.Line, "key %q appears twice (first on line %d): YAML would keep only this one and drop the first", k.Value, first)
			}
			seen[k.Value] = k.Line
		}
	}
	for _, c := range n.Content {
		if err := noDuplicateKeys(file, c); err != nil {
			return err
		}
	}
	return nil
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
	b := &binder{file: f.name, root: f.root, set: set,
		p: &Program{Name: f.Name, set: set, TimeZone: time.UTC, RemindAfter: 72 * time.Hour, EscalateAfter: 3,
			Rollout: Rollout{PerOwnerPerDay: DefaultPerOwnerPerDay, DueIn: DefaultDueIn, EvidenceLead: DefaultEvidenceLead}}}
	for _, step := range []func() error{b.scale, b.scopes, b.applicability, b.targets, b.roles, b.owners, b.channels, b.schedule, b.rollout, b.access, b.context, b.systems, b.impact} {
		if err := step(); err != nil {
			return nil, err
		}
	}
	return b.p.WithDecisions(nil), nil
}

// binder checks one program file's sections against the catalogs, in
// order, filling in the program; each step's error names the line.
type binder struct {
	file string
	root *yaml.Node
	set  *catalogs.Set
	p    *Program
}

// scale: a built-in scale id, or a custom scale (default maturity 0–5).
func (b *binder) scale() error {
	p, file := b.p, b.file
	p.Scale = assessor.BuiltinScales[0]
	n := get(b.root, "scale")
	if n == nil {
		return nil
	}
	switch n.Kind {
	case yaml.ScalarNode:
		s, err := assessor.ScaleByID(assessor.ScaleID(n.Value))
		if err != nil {
			return perr(file, n.Line, "%s", errs.Message(err))
		}
		p.Scale = s
	case yaml.MappingNode:
		s, err := customScale(file, n)
		if err != nil {
			return err
		}
		p.Scale = s
	default:
		return perr(file, n.Line, "scale: a built-in scale id or a mapping with id, name and levels")
	}
	return nil
}

// scopes: the frameworks in scope, each whole or limited to patterns.
func (b *binder) scopes() error {
	file, set := b.file, b.set
	fws := get(b.root, "frameworks")
	if fws == nil || fws.Kind != yaml.SequenceNode || len(fws.Content) == 0 {
		line := b.root.Line
		if fws != nil {
			line = fws.Line
		}
		return perr(file, line, "frameworks: list at least one framework in scope")
	}
	for _, item := range fws.Content {
		var id string
		var pats []string
		switch item.Kind {
		case yaml.ScalarNode:
			id = item.Value
		case yaml.MappingNode:
			if err := checkKeys(file, item, []string{"id", "controls"}); err != nil {
				return err
			}
			if n := get(item, "id"); n != nil {
				id = n.Value
			}
			var err error
			if pats, err = strs(file, get(item, "controls")); err != nil {
				return err
			}
		default:
			return perr(file, item.Line, "a framework is an id or a mapping with id and controls")
		}
		cat, err := set.Catalog(id)
		if err != nil {
			return perr(file, item.Line, "%s", errs.Message(err))
		}
		for _, pat := range pats {
			if _, err := path.Match(pat, ""); err != nil {
				return perr(file, item.Line, "control pattern %q is malformed", pat)
			}
			if !anyMatch(set, cat.Framework.ID, pat) {
				return perr(file, item.Line, "control pattern %q matches no control of %s", pat, cat.Framework.ID)
			}
		}
		b.p.Scopes = append(b.p.Scopes, Scope{Framework: cat.Framework.ID, Patterns: pats})
	}
	return nil
}

// targets: levels to reach per framework or control, on the scale.
func (b *binder) targets() error {
	p, file, set := b.p, b.file, b.set
	if n := get(b.root, "targets"); n != nil {
		if n.Kind != yaml.SequenceNode {
			return perr(file, n.Line, "targets: a list of {framework, ref, level}")
		}
		seen := map[string]int{}
		for _, item := range n.Content {
			if err := checkKeys(file, item, []string{"framework", "ref", "level"}); err != nil {
				return err
			}
			if l := get(item, "level"); l != nil && (l.Kind != yaml.ScalarNode || l.Tag != "!!int") {
				return perr(file, l.Line, "target level %q: a whole number on the scale", l.Value)
			}
			var t struct {
				Framework string `yaml:"framework"`
				Ref       string `yaml:"ref"`
				Level     *int   `yaml:"level"`
			}
			if err := item.Decode(&t); err != nil || t.Level == nil {
				return perr(file, item.Line, "a target needs framework and level (and optionally ref)")
			}
			cat, err := set.Catalog(t.Framework)
			if err != nil {
				return perr(file, item.Line, "%s", errs.Message(err))
			}
			tg := assessor.Target{Framework: cat.Framework.ID, Level: *t.Level}
			if t.Ref != "" {
				c, err := set.Resolve(string(cat.Framework.ID), t.Ref)
				if err != nil {
					return perr(file, item.Line, "%s", errs.Message(err))
				}
				tg.Ref = c.Ref
			}
			if _, err := p.Scale.Level(tg.Level); err != nil {
				return perr(file, item.Line, "target level %d is not on the %s scale (%d to %d)", tg.Level, p.Scale.ID, p.Scale.Min(), p.Scale.Max())
			}
			where := string(tg.Framework)
			if tg.Ref != "" {
				where += " " + string(tg.Ref)
			}
			if line, ok := seen[where]; ok {
				return perr(file, item.Line, "a second target for %s (the first is on line %d): give each framework or control one target", where, line)
			}
			seen[where] = item.Line
			p.Targets = append(p.Targets, tg)
		}
	}
	var err error
	if p.targets, err = assessor.NewTargets(p.Scale, p.Targets); err != nil {
		return perr(file, 0, "%v", err)
	}
	return nil
}

// roles: leads (at least one), execs and admins, as Slack ids.
func (b *binder) roles() error {
	p, file := b.p, b.file
	if n := get(b.root, "roles"); n != nil {
		if err := checkKeys(file, n, []string{"leads", "execs", "admins"}); err != nil {
			return err
		}
		for key, dst := range map[string]*[]UserID{"leads": &p.Leads, "execs": &p.Execs, "admins": &p.Admins} {
			v := get(n, key)
			ids, err := strs(file, v)
			if err != nil {
				return err
			}
			for _, id := range ids {
				if !userPattern.MatchString(id) {
					return perr(file, v.Line, "%s: %q is not a Slack user id (U…/W…) or user-group id (S…)", key, id)
				}
				if !slices.Contains(*dst, UserID(id)) { // listed twice, counted once
					*dst = append(*dst, UserID(id))
				}
			}
		}
	}
	if len(p.Leads) == 0 {
		return perr(file, b.root.Line, "roles: name at least one lead, or nobody can confirm a rating")
	}
	return nil
}

// owners: who answers for the controls a pattern matches.
func (b *binder) owners() error {
	file, set := b.file, b.set
	n := get(b.root, "owners")
	if n == nil {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		return perr(file, n.Line, `owners: a mapping of "framework:pattern": user id`)
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		fwName, pat, ok := strings.Cut(k.Value, ":")
		if !ok || pat == "" {
			return perr(file, k.Line, `owner pattern %q: write "framework:ref-pattern", e.g. "iso42001:A.6.2.*"`, k.Value)
		}
		cat, err := set.Catalog(fwName)
		if err != nil {
			return perr(file, k.Line, "%s", errs.Message(err))
		}
		if !anyMatch(set, cat.Framework.ID, pat) {
			return perr(file, k.Line, "owner pattern %q matches no control of %s", pat, cat.Framework.ID)
		}
		if !userPattern.MatchString(v.Value) || IsGroup(UserID(v.Value)) {
			return perr(file, v.Line, "owner %q is not a Slack user id (U…/W…)", v.Value)
		}
		b.p.Owners = append(b.p.Owners, OwnerRule{Framework: cat.Framework.ID, Pattern: pat, Owner: UserID(v.Value)})
	}
	return nil
}

// channels: where drafts are reviewed (required) and the digest posted.
func (b *binder) channels() error {
	p, file := b.p, b.file
	if n := get(b.root, "channels"); n != nil {
		if err := checkKeys(file, n, []string{"review", "digest"}); err != nil {
			return err
		}
		for key, dst := range map[string]*ChannelID{"review": &p.Review, "digest": &p.Digest} {
			if v := get(n, key); v != nil {
				if !channelPattern.MatchString(v.Value) {
					return perr(file, v.Line, "channels.%s: %q is not a Slack channel id (C…)", key, v.Value)
				}
				*dst = ChannelID(v.Value)
			}
		}
	}
	if p.Review == "" {
		return perr(file, b.root.Line, "channels.review: drafts need a channel where leads review them")
	}
	return nil
}

// access: whether a lead may decide a draft of their own answer
// (allow_self_review, default false), and who sees maturity figures
// (visibility: program, the default, or workspace).
func (b *binder) access() error {
	if n := get(b.root, "allow_self_review"); n != nil {
		if n.Kind != yaml.ScalarNode || (n.Value != "true" && n.Value != "false") {
			return perr(b.file, n.Line, "allow_self_review: true or false")
		}
		b.p.AllowSelfReview = n.Value == "true"
	}
	b.p.Visibility = VisibleToProgram
	if n := get(b.root, "visibility"); n != nil {
		switch v := Visibility(n.Value); v {
		case VisibleToProgram, VisibleToWorkspace:
			b.p.Visibility = v
		default:
			return perr(b.file, n.Line, "visibility %q: program (only people the program names see maturity figures) or workspace (everyone does)", n.Value)
		}
	}
	return nil
}

// schedule: cadences, reminders and the digest's time.
func (b *binder) schedule() error {
	if n := get(b.root, "schedule"); n != nil {
		return b.p.bindSchedule(b.file, b.set, n)
	}
	return nil
}

// rollout: how many check-ins an owner gets a day, and how long they have.
func (b *binder) rollout() error {
	n := get(b.root, "rollout")
	if n == nil {
		return nil
	}
	if err := checkKeys(b.file, n, []string{"per_owner_per_day", "due_in", "refresh_evidence_before"}); err != nil {
		return err
	}
	if d := get(n, "refresh_evidence_before"); d != nil {
		v, err := ParseDays(d.Value)
		if err != nil {
			return perr(b.file, d.Line, "rollout.refresh_evidence_before %q: %v", d.Value, err)
		}
		b.p.Rollout.EvidenceLead = v
	}
	if c := get(n, "per_owner_per_day"); c != nil {
		var k int
		if _, err := fmt.Sscan(c.Value, &k); err != nil || k < 1 || k > MaxPerOwnerPerDay {
			return perr(b.file, c.Line, "rollout.per_owner_per_day %q: a number of check-ins from 1 to %d (they arrive in one message)", c.Value, MaxPerOwnerPerDay)
		}
		b.p.Rollout.PerOwnerPerDay = k
	}
	if d := get(n, "due_in"); d != nil {
		v, err := ParseDays(d.Value)
		if err != nil {
			return perr(b.file, d.Line, "rollout.due_in %q: %v", d.Value, err)
		}
		b.p.Rollout.DueIn = v
	}
	return nil
}

// ParseDays reads a time to answer: days ("14d"), weeks ("2w") or a Go
// duration ("36h"); at least an hour, at most a year.
func ParseDays(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	var d time.Duration
	var err error
	switch {
	case strings.HasSuffix(s, "d") || strings.HasSuffix(s, "w"):
		unit := 24 * time.Hour
		if strings.HasSuffix(s, "w") {
			unit *= 7
		}
		var k int
		if _, e := fmt.Sscan(strings.TrimRight(s, "dw"), &k); e != nil || strconv.Itoa(k) != strings.TrimRight(s, "dw") {
			return 0, fmt.Errorf("a number of days (14d), weeks (2w) or hours (36h)")
		}
		d = time.Duration(k) * unit
	default:
		if d, err = time.ParseDuration(s); err != nil {
			return 0, fmt.Errorf("a number of days (14d), weeks (2w) or hours (36h)")
		}
	}
	if d < time.Hour || d > 366*24*time.Hour {
		return 0, fmt.Errorf("between an hour and a year")
	}
	return d, nil
}

var cronParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// ParseCron parses a schedule the way program files write them.
func ParseCron(spec string) (cron.Schedule, error) { return cronParser.Parse(spec) }

// MinCadence is the shortest time a schedule may leave between two runs:
// people are asked, and digests posted, at most hourly.
const MinCadence = time.Hour

// checkCron parses a schedule and refuses one that never fires (30
// February) or fires more often than MinCadence, over its next year.
func checkCron(spec string) error {
	sched, err := ParseCron(spec)
	if err != nil {
		return err
	}
	from := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	prev := sched.Next(from)
	if prev.IsZero() {
		return fmt.Errorf("it never fires (no such date)")
	}
	for range 400 {
		next := sched.Next(prev)
		if next.IsZero() || next.Sub(from) > 366*24*time.Hour {
			break
		}
		if gap := next.Sub(prev); gap < MinCadence {
			return fmt.Errorf("it fires every %s; at most once an hour", gap)
		}
		prev = next
	}
	return nil
}

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
		if err := checkCron(d.Value); err != nil {
			return perr(file, d.Line, "digest schedule %q: %v", d.Value, err)
		}
		p.DigestAt = d.Value
	}
	if c := get(n, "checkins"); c != nil {
		if c.Kind != yaml.SequenceNode {
			return perr(file, c.Line, "schedule.checkins: a list of {match, cron}")
		}
		for _, item := range c.Content {
			if err := checkKeys(file, item, []string{"match", "cron", "due_in"}); err != nil {
				return err
			}
			var dueIn time.Duration
			if d := get(item, "due_in"); d != nil {
				v, err := ParseDays(d.Value)
				if err != nil {
					return perr(file, d.Line, "due_in %q: %v", d.Value, err)
				}
				dueIn = v
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
			if err := checkCron(cr.Value); err != nil {
				return perr(file, cr.Line, "cron %q: %v", cr.Value, err)
			}
			p.Checkins = append(p.Checkins, Cadence{Framework: cat.Framework.ID, Pattern: pat, Cron: cr.Value, DueIn: dueIn})
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
	if len([]rune(raw.Name)) > MaxName {
		return nil, perr(file, n.Line, "scale: its name is %d characters; at most %d", len([]rune(raw.Name)), MaxName)
	}
	s := &assessor.Scale{ID: assessor.ScaleID(raw.ID), Name: raw.Name}
	for _, l := range raw.Levels {
		if len([]rune(l.Name)) > MaxName {
			return nil, perr(file, n.Line, "scale: level %d's name is %d characters; at most %d", l.Value, len([]rune(l.Name)), MaxName)
		}
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
