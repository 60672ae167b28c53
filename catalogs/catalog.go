package catalogs

import (
	"fmt"
	"strings"
)

// FrameworkID names a framework, e.g. "iso27001-2022".
type FrameworkID string

// Ref is a control's canonical reference within its framework, e.g. "A.5.15",
// "AC-2(1)", "GV.OC-01", "GOVERN 1.1".
type Ref string

// Key identifies one control across all frameworks.
type Key struct {
	Framework FrameworkID
	Ref       Ref
}

func (k Key) String() string { return string(k.Framework) + ":" + string(k.Ref) }

// ParseKey reads "FRAMEWORK:REF". The ref is returned as written; resolve it
// against a Set to get the canonical spelling.
func ParseKey(s string) (Key, error) {
	fw, ref, ok := strings.Cut(s, ":")
	fw, ref = strings.TrimSpace(fw), strings.TrimSpace(ref)
	if !ok || fw == "" || ref == "" {
		return Key{}, fmt.Errorf("%q is not FRAMEWORK:REF", s)
	}
	return Key{FrameworkID(fw), Ref(ref)}, nil
}

// FrameworkKind separates standards an organisation can be certified or
// audited against from guidance.
type FrameworkKind string

const (
	Requirements FrameworkKind = "requirements"
	Guidance     FrameworkKind = "guidance"
)

// Origin says where a catalog came from.
type Origin string

const (
	OriginBuiltin  Origin = "builtin"
	OriginImported Origin = "import"
)

// Framework describes a standard or framework.
type Framework struct {
	ID          FrameworkID
	Name        string
	Version     string
	Kind        FrameworkKind
	License     string   // what may be done with the text; ISO: identifiers only
	Aliases     []string // other names users type: "27001", "csf"
	Description string
	Origin      Origin
	// AnnexBMirrorsAnnexA: refs "B.x.y" name the guidance for control "A.x.y"
	// (ISO/IEC 42001), so they resolve to the control.
	AnnexBMirrorsAnnexA bool
	// RefAliases replace a leading ref token: {"GV": "GOVERN"} lets
	// "GV 1.1" find "GOVERN 1.1".
	RefAliases map[string]string
}

// ItemKind is what a catalog entry is.
type ItemKind string

const (
	// KindControl is an assessable control (Annex A control, CSF subcategory,
	// SP 800-53 control or enhancement, AI RMF subcategory, 27032 area).
	KindControl ItemKind = "control"
	// KindClause is an assessable management-system clause (ISO clauses 4–10).
	KindClause ItemKind = "clause"
	// KindTopic is an assessable guidance topic that is neither.
	KindTopic ItemKind = "topic"
	// KindGroup organises other items (a CSF function, an Annex A theme).
	KindGroup ItemKind = "group"
)

// Assessable reports whether check-ins are sent for items of this kind.
func (k ItemKind) Assessable() bool { return k != KindGroup }

func (k ItemKind) valid() bool {
	switch k {
	case KindControl, KindClause, KindTopic, KindGroup:
		return true
	}
	return false
}

// Control is one catalog entry: a control, clause, topic or group.
type Control struct {
	Framework FrameworkID
	Ref       Ref
	Kind      ItemKind
	Title     string
	Parent    Ref    // the enclosing item's ref, "" at the top
	Statement string // the normative text where its license allows (NIST)
	Guidance  string // discussion or implementation examples, where shipped
	Questions []string
	// LevelHints optionally say what a maturity level looks like for this
	// control, keyed by level.
	LevelHints map[int]string
	Order      int // position in the catalog, for stable listing
}

// Key returns the control's key.
func (c Control) Key() Key { return Key{c.Framework, c.Ref} }

// Relationship between two controls, as in NIST OLIR: how the "from"
// control's scope relates to the "to" control's.
type Relationship string

const (
	Equal      Relationship = "equal"
	Subset     Relationship = "subset"   // from is narrower than to
	Superset   Relationship = "superset" // from is broader than to
	Intersects Relationship = "intersects"
)

func (r Relationship) valid() bool {
	switch r {
	case Equal, Subset, Superset, Intersects:
		return true
	}
	return false
}

// Inverse is the relationship read from the other end.
func (r Relationship) Inverse() Relationship {
	switch r {
	case Subset:
		return Superset
	case Superset:
		return Subset
	}
	return r
}

// Then composes two relationships along a path a→b→c. Only what is certain
// survives: equal is transparent, a chain of subsets is a subset, and
// anything else is at most an intersection.
func (r Relationship) Then(next Relationship) Relationship {
	switch {
	case r == Equal:
		return next
	case next == Equal:
		return r
	case r == next && (r == Subset || r == Superset):
		return r
	}
	return Intersects
}

// SourceAssay marks a mapping that is the Assay authors' own editorial work.
const SourceAssay = "assay"

// Link maps one control to another, with where the mapping was published.
type Link struct {
	From         Key
	To           Key
	Relationship Relationship
	Source       string // the published crosswalk, or "assay"
}

// Catalog is a framework with its items and the crosswalk links it brings.
type Catalog struct {
	Framework Framework
	Controls  []Control
	Links     []Link
}

// Count returns how many assessable controls and clause items the catalog has.
func (c *Catalog) Count() (controls, clauses int) {
	for _, ctl := range c.Controls {
		switch ctl.Kind {
		case KindControl:
			controls++
		case KindClause:
			clauses++
		}
	}
	return controls, clauses
}
