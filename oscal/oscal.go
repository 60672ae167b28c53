// Package oscal writes Assay's record as NIST OSCAL 1.1.3 JSON: assessment
// results (owners' answers as observations, one finding per applicable
// control, satisfied when the confirmed level meets the target) and a plan
// of action and milestones (an item per applicable control below target,
// with its last draft's gaps and next steps). Assay's own detail (maturity
// level, target, drafted level, decision, drafter, prompt version) travels
// as props in Assay's namespace. Output is deterministic: the same record
// and time give the same bytes.
package oscal

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/google/uuid"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/catalogs"
)

// Version is the OSCAL version written.
const Version = "1.1.3"

// NS is the namespace of Assay's props.
const NS = "https://assay-dev.github.io/ns/oscal"

// namespace seeds the name-based UUIDs (version 5) of everything written.
var namespace = uuid.MustParse("6f1d3a52-9c1e-4c3b-8a7e-2b5e0f4d9a11")

func id(parts ...string) string {
	return uuid.NewSHA1(namespace, []byte(strings.Join(parts, "\x00"))).String()
}

// Control is one applicable control with its latest rating.
type Control struct {
	Key    catalogs.Key
	Title  string
	Target *int
	Owner  string
	// Rating is the latest confirmed or adjusted draft (nil: unrated);
	// Answer is the owner's answer it rated (nil for a crosswalk proposal).
	Rating *assessor.Draft
	Answer *assessor.Answer
	// Permalink links to the chat message the answer was given under
	// (its check-in), when there is one.
	Permalink string
}

// Framework names one framework of the record.
type Framework struct {
	ID   catalogs.FrameworkID
	Name string
}

// Inputs is the record to write.
type Inputs struct {
	Program    string
	Scale      string
	Frameworks []Framework
	Controls   []Control
	At         time.Time
}

// ControlID turns a control's ref into an OSCAL control id (a token):
// lower case, enhancements as OSCAL writes them ("AC-2(1)" → "ac-2.1"),
// spaces as hyphens, and a leading digit prefixed ("6.1.4" → "c-6.1.4").
func ControlID(ref catalogs.Ref) string {
	s := strings.ToLower(strings.TrimSpace(string(ref)))
	s = strings.NewReplacer("(", ".", ")", "", " ", "-", "/", "-").Replace(s)
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-' || r == '_' {
			b.WriteRune(r)
		}
	}
	s = b.String()
	if s == "" || !unicode.IsLetter([]rune(s)[0]) {
		s = "c-" + s
	}
	return s
}

type prop struct {
	Name  string `json:"name"`
	Value string `json:"value"`
	NS    string `json:"ns,omitempty"`
}

func assay(name, value string) prop { return prop{Name: name, Value: value, NS: NS} }

type party struct {
	UUID string `json:"uuid"`
	Type string `json:"type"`
	Name string `json:"name"`
}

type metadata struct {
	Title        string  `json:"title"`
	LastModified string  `json:"last-modified"`
	Version      string  `json:"version"`
	OSCALVersion string  `json:"oscal-version"`
	Parties      []party `json:"parties,omitempty"`
	Props        []prop  `json:"props,omitempty"`
}

type actor struct {
	Type  string `json:"type"`
	Actor string `json:"actor-uuid"`
}

type origin struct {
	Actors []actor `json:"actors"`
}

func ts(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// record collects what both documents share: people as parties, models
// as tools, controls in order.
type record struct {
	in      Inputs
	parties map[string]string // person → party uuid
	tools   map[string]string // drafter → component uuid
}

func newRecord(in Inputs) *record {
	// Controls come in the program's order (its frameworks, each in
	// catalog order): the documents keep it.
	r := &record{in: in, parties: map[string]string{}, tools: map[string]string{}}
	for _, c := range r.in.Controls {
		if c.Rating == nil {
			continue
		}
		r.party(string(c.Rating.DecidedBy))
		if c.Answer != nil {
			r.party(string(c.Answer.Author))
		}
		r.tool(c.Rating.Drafter)
	}
	return r
}

func (r *record) party(who string) string {
	if who == "" {
		return ""
	}
	if _, ok := r.parties[who]; !ok {
		r.parties[who] = id("party", who)
	}
	return r.parties[who]
}

func (r *record) tool(drafter string) string {
	if drafter == "" {
		return ""
	}
	if _, ok := r.tools[drafter]; !ok {
		r.tools[drafter] = id("tool", drafter)
	}
	return r.tools[drafter]
}

func (r *record) metadata(title string) metadata {
	m := metadata{Title: title, LastModified: ts(r.in.At), Version: r.in.At.UTC().Format("2006-01-02T15:04:05Z"), OSCALVersion: Version,
		Props: []prop{assay("program", r.in.Program), assay("maturity-scale", r.in.Scale)}}
	names := make([]string, 0, len(r.parties))
	for n := range r.parties {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		m.Parties = append(m.Parties, party{UUID: r.parties[n], Type: "person", Name: n})
	}
	return m
}

// controlProps are Assay's detail of a control's rating.
func controlProps(c Control) []prop {
	ps := []prop{assay("framework", string(c.Key.Framework)), assay("control-ref", string(c.Key.Ref))}
	if c.Target != nil {
		ps = append(ps, assay("target-level", strconv.Itoa(*c.Target)))
	}
	d := c.Rating
	if d == nil {
		return append(ps, assay("review-decision", "not-assessed"))
	}
	if d.FinalLevel != nil {
		ps = append(ps, assay("maturity-level", strconv.Itoa(*d.FinalLevel)))
	}
	if d.Level != nil {
		ps = append(ps, assay("drafted-level", strconv.Itoa(*d.Level)))
	}
	ps = append(ps, assay("review-decision", string(d.Status)))
	if d.Drafter != "" {
		ps = append(ps, assay("drafter", d.Drafter))
	}
	if d.Prompt != "" {
		ps = append(ps, assay("prompt-version", d.Prompt))
	}
	return ps
}

// satisfied reports whether a control's confirmed level meets its target.
func satisfied(c Control) bool {
	return c.Rating != nil && c.Rating.FinalLevel != nil && c.Target != nil && *c.Rating.FinalLevel >= *c.Target
}

func marshal(v any) ([]byte, error) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("oscal: %w", err)
	}
	return append(b, '\n'), nil
}
