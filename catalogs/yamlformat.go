package catalogs

import (
	"bytes"
	"fmt"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/assay-dev/assay/errs"
)

// The Assay catalog format (YAML):
//
//	assay_catalog: 1
//	framework: {id, name, version, kind: requirements|guidance, license,
//	            aliases: [...], description}
//	controls:
//	  - ref: A.5.1          # required, unique
//	    title: ...          # required
//	    kind: control       # control (default) | clause | topic | group
//	    parent: A.5         # optional, another item's ref
//	    statement: ...      # optional normative text (if your license allows)
//	    questions: [...]    # optional; derived from title/statement if absent
//	    levels: {0: ..., 5: ...}   # optional level hints
//	mappings:
//	  - {from: A.5.1, to: "other-framework:REF",
//	     relationship: equal|subset|superset|intersects, source: ...}

// LoadError reports where in a catalog file a problem is: a line for YAML,
// a JSON path (and line) for OSCAL.
type LoadError struct {
	File string
	Line int    // 1-based, 0 when unknown
	Path string // JSON path such as $.catalog.groups[2].controls[0].id
	Msg  string
}

func (e *LoadError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.Path != "" {
		b.WriteString(": " + e.Path)
	}
	b.WriteString(": " + e.Msg)
	return b.String()
}

func loadErr(file string, line int, format string, args ...any) error {
	return &errs.Error{Op: "catalogs.Load", Kind: errs.Invalid, Err: &LoadError{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}}
}

// MaxCatalogBytes is the default bound on a catalog file (`catalog import
// --max-bytes` raises it); the SP 800-53 OSCAL catalog with assessment
// objectives is about 10 MB.
const MaxCatalogBytes = 100 << 20

var frameworkIDPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{1,63}$`)

// Resolver canonicalises the far end of a mapping: given a framework name
// and a ref as written, it returns the key of an existing control.
type Resolver func(framework, ref string) (Key, error)

// The format's one declaration: ParseYAML reads it (refusing keys not
// declared here) and ExportYAML writes it.
type yamlDoc struct {
	AssayCatalog int           `yaml:"assay_catalog"`
	Framework    yamlFramework `yaml:"framework"`
	Controls     []yamlControl `yaml:"controls"`
	Mappings     []yamlMapping `yaml:"mappings,omitempty"`
}

type yamlFramework struct {
	ID                  string            `yaml:"id"`
	Name                string            `yaml:"name"`
	Version             string            `yaml:"version,omitempty"`
	Kind                string            `yaml:"kind"`
	License             string            `yaml:"license,omitempty"`
	Aliases             []string          `yaml:"aliases,omitempty"`
	Description         string            `yaml:"description,omitempty"`
	AnnexBMirrorsAnnexA bool              `yaml:"annex_b_mirrors_annex_a,omitempty"`
	RefAliases          map[string]string `yaml:"ref_aliases,omitempty"`
}

type yamlControl struct {
	Ref       string         `yaml:"ref"`
	Title     string         `yaml:"title"`
	Kind      string         `yaml:"kind,omitempty"`
	Parent    string         `yaml:"parent,omitempty"`
	Statement string         `yaml:"statement,omitempty"`
	Questions []string       `yaml:"questions,omitempty"`
	Levels    map[int]string `yaml:"levels,omitempty"`
}

type yamlMapping struct {
	From         string `yaml:"from"`
	To           string `yaml:"to"`
	Relationship string `yaml:"relationship"`
	Source       string `yaml:"source"`
}

// The keys each mapping of the format may hold, read from the declaration.
var (
	topKeys       = yamlKeys(yamlDoc{})
	frameworkKeys = yamlKeys(yamlFramework{})
	controlKeys   = yamlKeys(yamlControl{})
	mappingKeys   = yamlKeys(yamlMapping{})
)

// yamlKeys lists a struct's YAML keys, in field order.
func yamlKeys(v any) []string {
	t := reflect.TypeOf(v)
	keys := make([]string, t.NumField())
	for i := range keys {
		keys[i], _, _ = strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
	}
	return keys
}

// ExportYAML writes a catalog in the Assay format, so it can be edited and
// imported again. Guidance text is not part of the format and is left out.
func ExportYAML(c *Catalog) ([]byte, error) {
	fw := c.Framework
	doc := yamlDoc{AssayCatalog: 1, Framework: yamlFramework{
		ID: string(fw.ID), Name: fw.Name, Version: fw.Version, Kind: string(fw.Kind), License: fw.License,
		Aliases: fw.Aliases, Description: fw.Description, AnnexBMirrorsAnnexA: fw.AnnexBMirrorsAnnexA, RefAliases: fw.RefAliases,
	}}
	for _, ctl := range c.Controls {
		yc := yamlControl{Ref: string(ctl.Ref), Title: ctl.Title, Parent: string(ctl.Parent),
			Statement: ctl.Statement, Questions: ctl.Questions, Levels: ctl.LevelHints}
		if ctl.Kind != KindControl {
			yc.Kind = string(ctl.Kind)
		}
		doc.Controls = append(doc.Controls, yc)
	}
	for _, l := range c.Links {
		if l.From.Framework != fw.ID {
			continue // only links that start in this catalog are expressible
		}
		doc.Mappings = append(doc.Mappings, yamlMapping{From: string(l.From.Ref), To: l.To.String(),
			Relationship: string(l.Relationship), Source: l.Source})
	}
	var b strings.Builder
	b.WriteString("# Exported by assay catalog export; import with: assay catalog import FILE\n")
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return []byte(b.String()), enc.Close()
}

// ParseYAML reads a catalog in the Assay format. file names the source in
// errors. resolve canonicalises mapping targets in other frameworks; with a
// nil resolve, mappings to other frameworks are an error.
// Errors: errs.Invalid wrapping a *LoadError with the line and the problem.
func ParseYAML(file string, data []byte, resolve Resolver) (*Catalog, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, loadErr(file, 0, "file is empty")
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, loadErr(file, YAMLErrorLine(err), "not valid YAML: %s", YAMLErrorText(err))
	}
	if root.Kind != yaml.DocumentNode || len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return nil, loadErr(file, 1, "expected a mapping with assay_catalog, framework and controls")
	}
	top := root.Content[0]
	if err := checkKeys(file, top, topKeys); err != nil {
		return nil, err
	}
	ver := field(top, "assay_catalog")
	if ver == nil {
		return nil, loadErr(file, top.Line, "missing \"assay_catalog: 1\" (is this an Assay catalog? OSCAL catalogs are JSON)")
	}
	if ver.Value != "1" {
		return nil, loadErr(file, ver.Line, "assay_catalog version %q is not supported (want 1)", ver.Value)
	}

	fwNode := field(top, "framework")
	if fwNode == nil || fwNode.Kind != yaml.MappingNode {
		return nil, loadErr(file, top.Line, "missing framework: {id, name, kind}")
	}
	if err := checkKeys(file, fwNode, frameworkKeys); err != nil {
		return nil, err
	}
	var yf yamlFramework
	if err := fwNode.Decode(&yf); err != nil {
		return nil, loadErr(file, YAMLErrorLine(err), "framework: %s", YAMLErrorText(err))
	}
	if !frameworkIDPattern.MatchString(yf.ID) {
		return nil, loadErr(file, lineOf(fwNode, "id"), "framework id %q must be 2-64 characters of a-z, 0-9, '.', '_' or '-'", yf.ID)
	}
	if strings.TrimSpace(yf.Name) == "" {
		return nil, loadErr(file, fwNode.Line, "framework name is required")
	}
	kind := FrameworkKind(yf.Kind)
	if kind == "" {
		kind = Requirements
	}
	if kind != Requirements && kind != Guidance {
		return nil, loadErr(file, lineOf(fwNode, "kind"), "framework kind %q: want requirements or guidance", yf.Kind)
	}
	cat := &Catalog{Framework: Framework{
		ID: FrameworkID(yf.ID), Name: yf.Name, Version: yf.Version, Kind: kind, License: yf.License,
		Aliases: yf.Aliases, Description: yf.Description, Origin: OriginImported,
		AnnexBMirrorsAnnexA: yf.AnnexBMirrorsAnnexA, RefAliases: yf.RefAliases,
	}}

	ctlSeq := field(top, "controls")
	if ctlSeq == nil || ctlSeq.Kind != yaml.SequenceNode || len(ctlSeq.Content) == 0 {
		return nil, loadErr(file, top.Line, "controls: a non-empty list is required")
	}
	seenNorm := map[string]int{} // normRef -> line
	lines := map[Ref]int{}
	for i, n := range ctlSeq.Content {
		if n.Kind != yaml.MappingNode {
			return nil, loadErr(file, n.Line, "controls[%d]: expected a mapping with ref and title", i)
		}
		if err := checkKeys(file, n, controlKeys); err != nil {
			return nil, err
		}
		var yc yamlControl
		if err := n.Decode(&yc); err != nil {
			return nil, loadErr(file, YAMLErrorLine(err), "controls[%d]: %s", i, YAMLErrorText(err))
		}
		ref := strings.TrimSpace(yc.Ref)
		if ref == "" {
			return nil, loadErr(file, n.Line, "controls[%d]: ref is required", i)
		}
		if prev, dup := seenNorm[normRef(ref)]; dup {
			return nil, loadErr(file, lineOf(n, "ref"), "ref %q duplicates the control on line %d", ref, prev)
		}
		seenNorm[normRef(ref)] = lineOf(n, "ref")
		if strings.TrimSpace(yc.Title) == "" {
			return nil, loadErr(file, n.Line, "control %s: title is required", ref)
		}
		k := ItemKind(yc.Kind)
		if k == "" {
			k = KindControl
		}
		if !k.valid() {
			return nil, loadErr(file, lineOf(n, "kind"), "control %s: kind %q: want control, clause, topic or group", ref, yc.Kind)
		}
		for lvl := range yc.Levels {
			if lvl < 0 || lvl > 5 {
				return nil, loadErr(file, lineOf(n, "levels"), "control %s: level hint %d is outside 0-5", ref, lvl)
			}
		}
		ctl := Control{
			Framework: cat.Framework.ID, Ref: Ref(ref), Kind: k, Title: strings.TrimSpace(yc.Title),
			Parent: Ref(strings.TrimSpace(yc.Parent)), Statement: strings.TrimSpace(yc.Statement),
			LevelHints: yc.Levels, Order: i,
		}
		for _, q := range yc.Questions {
			if q = strings.TrimSpace(q); q != "" {
				ctl.Questions = append(ctl.Questions, q)
			}
		}
		if len(ctl.Questions) == 0 && k.Assessable() {
			if ctl.Statement != "" {
				ctl.Questions = requirementQuestions(ctl.Title, ctl.Statement)
			} else {
				ctl.Questions = []string{titleQuestion(ctl.Title)}
			}
		}
		lines[ctl.Ref] = n.Line
		cat.Controls = append(cat.Controls, ctl)
	}
	for _, c := range cat.Controls {
		if c.Parent == "" {
			continue
		}
		if _, ok := seenNorm[normRef(string(c.Parent))]; !ok {
			return nil, loadErr(file, lines[c.Ref], "control %s: parent %q is not in this catalog", c.Ref, c.Parent)
		}
	}
	// Canonicalise parents to the spelling used in this file.
	own, err := NewSet([]Catalog{*cat})
	if err != nil {
		return nil, loadErr(file, 0, "%s", errs.Message(err))
	}
	for i, c := range cat.Controls {
		if c.Parent != "" {
			p, _ := own.Resolve(string(cat.Framework.ID), string(c.Parent))
			cat.Controls[i].Parent = p.Ref
		}
	}

	if mapSeq := field(top, "mappings"); mapSeq != nil {
		if mapSeq.Kind != yaml.SequenceNode {
			return nil, loadErr(file, mapSeq.Line, "mappings: expected a list")
		}
		defSource := filepath.Base(file)
		for i, n := range mapSeq.Content {
			if n.Kind != yaml.MappingNode {
				return nil, loadErr(file, n.Line, "mappings[%d]: expected a mapping with from, to and relationship", i)
			}
			if err := checkKeys(file, n, mappingKeys); err != nil {
				return nil, err
			}
			var ym yamlMapping
			if err := n.Decode(&ym); err != nil {
				return nil, loadErr(file, YAMLErrorLine(err), "mappings[%d]: %s", i, YAMLErrorText(err))
			}
			from, err := own.Resolve(string(cat.Framework.ID), ym.From)
			if err != nil {
				return nil, loadErr(file, lineOf(n, "from"), "mapping from: %s", errs.Message(err))
			}
			to, err := ParseKey(ym.To)
			if err != nil {
				return nil, loadErr(file, lineOf(n, "to"), "mapping to: %v", err)
			}
			var toKey Key
			if strings.EqualFold(string(to.Framework), string(cat.Framework.ID)) {
				c, err := own.Resolve(string(to.Framework), string(to.Ref))
				if err != nil {
					return nil, loadErr(file, lineOf(n, "to"), "mapping to: %s", errs.Message(err))
				}
				toKey = c.Key()
			} else if resolve == nil {
				return nil, loadErr(file, lineOf(n, "to"), "mapping to %s: no other frameworks are loaded", ym.To)
			} else if toKey, err = resolve(string(to.Framework), string(to.Ref)); err != nil {
				return nil, loadErr(file, lineOf(n, "to"), "mapping to: %s", errs.Message(err))
			}
			rel := Relationship(ym.Relationship)
			if !rel.valid() {
				return nil, loadErr(file, lineOf(n, "relationship"), "mapping relationship %q: want equal, subset, superset or intersects", ym.Relationship)
			}
			src := strings.TrimSpace(ym.Source)
			if src == "" {
				src = defSource
			}
			cat.Links = append(cat.Links, Link{From: from.Key(), To: toKey, Relationship: rel, Source: src})
		}
	}
	return cat, nil
}

func field(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func lineOf(m *yaml.Node, key string) int {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i].Line
		}
	}
	return m.Line
}

// checkKeys rejects unknown keys, so a misspelt "titel" is reported rather
// than silently ignored.
func checkKeys(file string, m *yaml.Node, allowed []string) error {
	for i := 0; i+1 < len(m.Content); i += 2 {
		k := m.Content[i]
		ok := false
		for _, a := range allowed {
			ok = ok || a == k.Value
		}
		if !ok {
			return loadErr(file, k.Line, "unknown field %q (allowed: %s)", k.Value, strings.Join(allowed, ", "))
		}
	}
	return nil
}

var yamlLineRE = regexp.MustCompile(`line (\d+)`)

// YAMLErrorLine extracts the line of a yaml.v3 error. yaml.v3 counts lines
// from 1 for scanner errors but from 0 for parser errors ("did not find
// expected …", "found duplicate …"), so the latter are shifted by one.
func YAMLErrorLine(err error) int {
	msg := err.Error()
	m := yamlLineRE.FindStringSubmatch(msg)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	for _, p := range []string{"did not find expected", "found undefined tag", "found duplicate", "found incompatible"} {
		if strings.Contains(msg, p) {
			return n + 1
		}
	}
	return n
}

// YAMLErrorText is a yaml.v3 error's message without its "yaml:" prefix
// and line numbers, which the caller reports in its own way.
func YAMLErrorText(err error) string {
	s := strings.TrimPrefix(err.Error(), "yaml: ")
	s = strings.TrimPrefix(s, "unmarshal errors:\n")
	s = yamlLineRE.ReplaceAllString(s, "")
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimLeft(s, ": ")
}
