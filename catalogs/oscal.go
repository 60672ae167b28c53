package catalogs

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/assay-dev/assay/errs"
)

// OSCAL catalog import (NIST's Open Security Controls Assessment Language,
// catalog model, JSON). Groups become group items, controls and nested
// controls (enhancements) become controls with their parent, withdrawn
// controls are left out, and parameter placeholders in statements are
// replaced by their labels ("[Assignment: organization-defined …]").

type oscalDoc struct {
	Catalog *oscalCatalog `json:"catalog"`
}

type oscalCatalog struct {
	UUID     string `json:"uuid"`
	Metadata *struct {
		Title   string `json:"title"`
		Version string `json:"version"`
	} `json:"metadata"`
	Params   []oscalParam   `json:"params"`
	Groups   []oscalGroup   `json:"groups"`
	Controls []oscalControl `json:"controls"`
}

type oscalGroup struct {
	ID       string         `json:"id"`
	Title    string         `json:"title"`
	Params   []oscalParam   `json:"params"`
	Props    []oscalProp    `json:"props"`
	Parts    []oscalPart    `json:"parts"`
	Groups   []oscalGroup   `json:"groups"`
	Controls []oscalControl `json:"controls"`
}

type oscalControl struct {
	ID       string         `json:"id"`
	Title    string         `json:"title"`
	Params   []oscalParam   `json:"params"`
	Props    []oscalProp    `json:"props"`
	Parts    []oscalPart    `json:"parts"`
	Controls []oscalControl `json:"controls"`
}

type oscalParam struct {
	ID     string `json:"id"`
	Label  string `json:"label"`
	Select *struct {
		HowMany string   `json:"how-many"`
		Choice  []string `json:"choice"`
	} `json:"select"`
}

type oscalProp struct {
	Name  string `json:"name"`
	Value string `json:"value"`
	Class string `json:"class"`
}

type oscalPart struct {
	ID    string      `json:"id"`
	Name  string      `json:"name"`
	Prose string      `json:"prose"`
	Props []oscalProp `json:"props"`
	Parts []oscalPart `json:"parts"`
}

// OSCALOptions names the framework an OSCAL catalog becomes.
type OSCALOptions struct {
	ID      FrameworkID // default: derived from the catalog title
	Name    string      // default: the catalog title
	Kind    FrameworkKind
	Aliases []string
	License string
}

var insertRE = regexp.MustCompile(`\{\{\s*insert:\s*param,\s*([^}\s]+)\s*\}\}`)

// ParseOSCAL reads an OSCAL catalog in JSON.
// Errors: errs.Invalid wrapping a *LoadError with the JSON path (and line).
func ParseOSCAL(file string, data []byte, opt OSCALOptions) (*Catalog, error) {
	if len(data) > MaxCatalogBytes {
		return nil, loadErr(file, 0, "file is %d bytes; the limit is %d", len(data), MaxCatalogBytes)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, loadErr(file, 0, "file is empty")
	}
	var doc oscalDoc
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, jsonErr(file, data, err)
	}
	p := &oscalParser{file: file, params: map[string]oscalParam{}}
	c := doc.Catalog
	if c == nil {
		return nil, p.err("$", "no \"catalog\" object: this is not an OSCAL catalog (profiles and SSPs are not catalogs)")
	}
	if c.Metadata == nil || strings.TrimSpace(c.Metadata.Title) == "" {
		return nil, p.err("$.catalog.metadata.title", "a catalog title is required")
	}
	if len(c.Groups) == 0 && len(c.Controls) == 0 {
		return nil, p.err("$.catalog", "the catalog has no groups and no controls")
	}
	id := opt.ID
	if id == "" {
		id = FrameworkID(slug(c.Metadata.Title))
	}
	if !frameworkIDPattern.MatchString(string(id)) {
		return nil, p.err("$.catalog.metadata.title", fmt.Sprintf("cannot make a framework id from %q; pass one with --id", c.Metadata.Title))
	}
	kind := opt.Kind
	if kind == "" {
		kind = Requirements
	}
	name := opt.Name
	if name == "" {
		name = c.Metadata.Title
	}
	p.cat = &Catalog{Framework: Framework{
		ID: id, Name: name, Version: c.Metadata.Version, Kind: kind,
		Aliases: opt.Aliases, License: opt.License, Origin: OriginImported,
	}}
	p.collectParams(c.Params)
	p.walkParams(c.Groups, c.Controls)
	for i, g := range c.Groups {
		if err := p.group(fmt.Sprintf("$.catalog.groups[%d]", i), g, ""); err != nil {
			return nil, err
		}
	}
	for i, ctl := range c.Controls {
		if err := p.control(fmt.Sprintf("$.catalog.controls[%d]", i), ctl, ""); err != nil {
			return nil, err
		}
	}
	if n, _ := p.cat.Count(); n == 0 {
		return nil, p.err("$.catalog", "the catalog has no controls that are not withdrawn")
	}
	return p.cat, nil
}

type oscalParser struct {
	file   string
	cat    *Catalog
	params map[string]oscalParam
	seen   map[string]string // normRef -> path
}

func (p *oscalParser) err(path, msg string) error {
	return &errs.Error{Op: "catalogs.ParseOSCAL", Kind: errs.Invalid, Err: &LoadError{File: p.file, Path: path, Msg: msg}}
}

func (p *oscalParser) collectParams(ps []oscalParam) {
	for _, prm := range ps {
		p.params[prm.ID] = prm
	}
}

func (p *oscalParser) walkParams(groups []oscalGroup, ctls []oscalControl) {
	for _, g := range groups {
		p.collectParams(g.Params)
		p.walkParams(g.Groups, g.Controls)
	}
	for _, c := range ctls {
		p.collectParams(c.Params)
		p.walkParams(nil, c.Controls)
	}
}

func (p *oscalParser) add(path string, ctl Control) error {
	if p.seen == nil {
		p.seen = map[string]string{}
	}
	n := normRef(string(ctl.Ref))
	if prev, dup := p.seen[n]; dup {
		return p.err(path, fmt.Sprintf("ref %s duplicates %s", ctl.Ref, prev))
	}
	p.seen[n] = path
	ctl.Framework = p.cat.Framework.ID
	ctl.Order = len(p.cat.Controls)
	p.cat.Controls = append(p.cat.Controls, ctl)
	return nil
}

func (p *oscalParser) group(path string, g oscalGroup, parent Ref) error {
	if strings.TrimSpace(g.Title) == "" {
		return p.err(path+".title", "a group title is required")
	}
	ref := label(g.Props)
	if ref == "" {
		ref = strings.ToUpper(g.ID)
	}
	if ref == "" {
		ref = fmt.Sprintf("GROUP-%d", len(p.cat.Controls)+1)
	}
	if err := p.add(path, Control{Ref: Ref(ref), Kind: KindGroup, Title: g.Title, Parent: parent}); err != nil {
		return err
	}
	for i, sub := range g.Groups {
		if err := p.group(fmt.Sprintf("%s.groups[%d]", path, i), sub, Ref(ref)); err != nil {
			return err
		}
	}
	for i, c := range g.Controls {
		if err := p.control(fmt.Sprintf("%s.controls[%d]", path, i), c, Ref(ref)); err != nil {
			return err
		}
	}
	return nil
}

func (p *oscalParser) control(path string, c oscalControl, parent Ref) error {
	if strings.TrimSpace(c.ID) == "" {
		return p.err(path+".id", "a control id is required")
	}
	if strings.TrimSpace(c.Title) == "" {
		return p.err(path+".title", fmt.Sprintf("control %s has no title", c.ID))
	}
	for _, pr := range c.Props {
		if pr.Name == "status" && strings.EqualFold(pr.Value, "withdrawn") {
			return nil // withdrawn controls, and anything under them, are left out
		}
	}
	ref := label(c.Props)
	if ref == "" {
		ref = strings.ToUpper(c.ID)
	}
	ctl := Control{Ref: Ref(ref), Kind: KindControl, Title: strings.TrimSpace(c.Title), Parent: parent}
	for i, part := range c.Parts {
		switch part.Name {
		case "statement":
			ctl.Statement = p.render(part, 0)
		case "guidance":
			ctl.Guidance = p.render(part, 0)
		default:
			continue
		}
		if strings.Contains(ctl.Statement+ctl.Guidance, "{{") {
			return p.err(fmt.Sprintf("%s.parts[%d]", path, i), "unresolved parameter placeholder in control "+ref)
		}
	}
	ctl.Questions = requirementQuestions(ctl.Title, ctl.Statement)
	if err := p.add(path, ctl); err != nil {
		return err
	}
	for i, sub := range c.Controls {
		if err := p.control(fmt.Sprintf("%s.controls[%d]", path, i), sub, Ref(ref)); err != nil {
			return err
		}
	}
	return nil
}

// render flattens a part tree into labelled, indented lines.
func (p *oscalParser) render(part oscalPart, depth int) string {
	var lines []string
	prose := strings.TrimSpace(p.substitute(part.Prose, 0))
	if prose != "" {
		if l := label(part.Props); l != "" {
			prose = l + " " + prose
		}
		lines = append(lines, strings.Repeat("  ", max(depth-1, 0))+prose)
	}
	for _, sub := range part.Parts {
		if s := p.render(sub, depth+1); s != "" {
			lines = append(lines, s)
		}
	}
	return strings.Join(lines, "\n")
}

func (p *oscalParser) substitute(s string, depth int) string {
	return insertRE.ReplaceAllStringFunc(s, func(m string) string {
		id := insertRE.FindStringSubmatch(m)[1]
		prm, ok := p.params[id]
		switch {
		case !ok || depth > 3:
			return "[Assignment: " + id + "]"
		case prm.Select != nil:
			how := "one"
			if prm.Select.HowMany == "one-or-more" {
				how = "one or more"
			}
			choices := make([]string, len(prm.Select.Choice))
			for i, ch := range prm.Select.Choice {
				choices[i] = p.substitute(ch, depth+1)
			}
			return "[Selection (" + how + "): " + strings.Join(choices, "; ") + "]"
		case prm.Label != "":
			return "[Assignment: " + prm.Label + "]"
		}
		return "[Assignment: " + id + "]"
	})
}

// label returns a "label" prop, preferring the one without a class (OSCAL
// 1.1 catalogs add a zero-padded variant).
func label(props []oscalProp) string {
	var alt string
	for _, pr := range props {
		if pr.Name != "label" {
			continue
		}
		if pr.Class == "" {
			return strings.TrimSpace(pr.Value)
		}
		alt = strings.TrimSpace(pr.Value)
	}
	return alt
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	out := strings.Trim(b.String(), "-")
	if len(out) > 64 {
		out = strings.Trim(out[:64], "-")
	}
	return out
}

// jsonErr turns encoding/json's errors into a located LoadError.
func jsonErr(file string, data []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	le := &LoadError{File: file}
	switch {
	case errors.As(err, &syn):
		le.Line, le.Msg = lineAt(data, syn.Offset), "not valid JSON: "+syn.Error()
	case errors.As(err, &typ):
		le.Line = lineAt(data, typ.Offset)
		le.Path = "$." + typ.Field
		le.Msg = fmt.Sprintf("expected %s, found a JSON %s", typ.Type, typ.Value)
	default:
		le.Msg = "not valid JSON: " + err.Error()
		if strings.Contains(err.Error(), "unexpected end") {
			le.Line = lineAt(data, int64(len(data)))
		}
	}
	return &errs.Error{Op: "catalogs.ParseOSCAL", Kind: errs.Invalid, Err: le}
}

func lineAt(data []byte, off int64) int {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}
