package catalogs

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/assay-dev/assay/errs"
)

// Set is an immutable, indexed view over a group of catalogs: it resolves
// framework names and control refs as users type them, and follows
// crosswalk links in both directions.
type Set struct {
	order []FrameworkID
	fws   map[FrameworkID]*fwIndex
	adj   map[Key][]Mapping // direct mappings, both directions
	// Dangling counts links dropped because an end is not in the set.
	Dangling int
}

type fwIndex struct {
	cat    *Catalog
	byNorm map[string]int // normRef -> index in cat.Controls
	byRef  map[Ref]int
}

// Mapping is a control reached from another through crosswalk links.
type Mapping struct {
	To           Key
	Relationship Relationship // read from the starting control towards To
	Source       string       // the crosswalk; for a path, the sources joined with " + "
	Via          []Key        // intermediate controls when reached transitively
}

// MappingView is a crosswalk link as people read it (command output, the
// assistants' tools): the target with its title, the intermediates, and
// for a transitive link the whole path.
type MappingView struct {
	Framework    string   `json:"framework"`
	Ref          string   `json:"ref"`
	Title        string   `json:"title"`
	Relationship string   `json:"relationship"`
	Source       string   `json:"source"`
	Via          []string `json:"via,omitempty"`
	Path         string   `json:"path,omitempty"`
}

// View describes a mapping from the control from.
func (s *Set) View(from Key, m Mapping) MappingView {
	t, _ := s.Lookup(m.To)
	out := MappingView{Framework: string(m.To.Framework), Ref: string(m.To.Ref), Title: t.Title,
		Relationship: string(m.Relationship), Source: m.Source}
	if len(m.Via) > 0 {
		for _, v := range m.Via {
			out.Via = append(out.Via, v.String())
		}
		out.Path = from.String() + " → " + strings.Join(out.Via, " | ") + " → " + m.To.String()
	}
	return out
}

// NewSet indexes the catalogs. Links whose ends are missing are dropped and
// counted in Dangling; duplicate framework ids or refs are an error.
func NewSet(cats []Catalog) (*Set, error) {
	const op = "catalogs.NewSet"
	s := &Set{fws: map[FrameworkID]*fwIndex{}, adj: map[Key][]Mapping{}}
	for i := range cats {
		c := &cats[i]
		id := c.Framework.ID
		if _, dup := s.fws[id]; dup {
			return nil, errs.E(op, errs.Invalid, "framework %s appears twice", id)
		}
		ix := &fwIndex{cat: c, byNorm: map[string]int{}, byRef: map[Ref]int{}}
		for j, ctl := range c.Controls {
			if _, dup := ix.byRef[ctl.Ref]; dup {
				return nil, errs.E(op, errs.Invalid, "%s: ref %s appears twice", id, ctl.Ref)
			}
			ix.byRef[ctl.Ref] = j
			n := normRef(string(ctl.Ref))
			if _, dup := ix.byNorm[n]; !dup {
				ix.byNorm[n] = j
			}
		}
		if err := parentCycle(c, ix.byRef); err != nil {
			return nil, errs.E(op, errs.Invalid, "%s: %s", id, err)
		}
		s.fws[id] = ix
		s.order = append(s.order, id)
	}
	seen := map[[2]Key]bool{}
	for i := range cats {
		for _, l := range cats[i].Links {
			if !s.has(l.From) || !s.has(l.To) {
				s.Dangling++
				continue
			}
			if seen[[2]Key{l.From, l.To}] {
				continue
			}
			seen[[2]Key{l.From, l.To}] = true
			s.adj[l.From] = append(s.adj[l.From], Mapping{To: l.To, Relationship: l.Relationship, Source: l.Source})
			s.adj[l.To] = append(s.adj[l.To], Mapping{To: l.From, Relationship: l.Relationship.Inverse(), Source: l.Source})
		}
	}
	return s, nil
}

// parentCycle finds controls whose parents lead back to themselves (A's
// parent B, B's parent A): a catalog is a tree.
func parentCycle(c *Catalog, byRef map[Ref]int) error {
	done := map[Ref]bool{} // known to reach the top
	for _, ctl := range c.Controls {
		path := []Ref{ctl.Ref}
		on := map[Ref]bool{ctl.Ref: true}
		for p := ctl.Parent; p != "" && !done[p]; {
			if on[p] {
				chain := append(path[slices.Index(path, p):], p)
				parts := make([]string, len(chain))
				for i, r := range chain {
					parts[i] = string(r)
				}
				return fmt.Errorf("the parents of %s form a cycle (%s): a control cannot enclose itself", p, strings.Join(parts, " → "))
			}
			j, ok := byRef[p]
			if !ok {
				break
			}
			on[p] = true
			path = append(path, p)
			p = c.Controls[j].Parent
		}
		for _, r := range path {
			done[r] = true
		}
	}
	return nil
}

func (s *Set) has(k Key) bool {
	ix, ok := s.fws[k.Framework]
	if !ok {
		return false
	}
	_, ok = ix.byRef[k.Ref]
	return ok
}

// Frameworks returns the frameworks in the order they were given.
func (s *Set) Frameworks() []Framework {
	out := make([]Framework, 0, len(s.order))
	for _, id := range s.order {
		out = append(out, s.fws[id].cat.Framework)
	}
	return out
}

// Catalog returns the catalog of a framework given by id or alias.
// Errors: errs.NotFound naming the nearest frameworks.
func (s *Set) Catalog(name string) (*Catalog, error) {
	ix, err := s.framework(name)
	if err != nil {
		return nil, err
	}
	return ix.cat, nil
}

func (s *Set) framework(name string) (*fwIndex, error) {
	want := strings.ToLower(strings.TrimSpace(name))
	if ix, ok := s.fws[FrameworkID(want)]; ok {
		return ix, nil
	}
	squash := func(x string) string { return strings.ReplaceAll(normRef(x), ".", "") }
	var names []string
	for _, id := range s.order {
		ix := s.fws[id]
		for _, a := range ix.cat.Framework.Aliases {
			if strings.EqualFold(a, want) || squash(a) == squash(want) {
				return ix, nil
			}
		}
		if squash(string(id)) == squash(want) {
			return ix, nil
		}
		names = append(names, string(id))
	}
	msg := fmt.Sprintf("unknown framework %q", name)
	if near := s.nearestFrameworks(want, 3); len(near) > 0 {
		msg += "; did you mean " + orList(near) + "?"
	} else {
		msg += "; known frameworks: " + strings.Join(names, ", ")
	}
	return nil, errs.E("catalogs.Framework", errs.NotFound, "%s", msg)
}

// nearestFrameworks ranks framework ids by how close want is to the id or
// any of its aliases.
func (s *Set) nearestFrameworks(want string, n int) []string {
	squash := func(x string) string { return strings.ReplaceAll(normRef(x), ".", "") }
	w := squash(want)
	type cand struct {
		id   string
		dist int
	}
	var cands []cand
	for _, id := range s.order {
		best := editDistance(w, squash(string(id)))
		for _, a := range s.fws[id].cat.Framework.Aliases {
			best = min(best, editDistance(w, squash(a)))
		}
		if best <= max(2, len(w)/3) {
			cands = append(cands, cand{string(id), best})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].dist < cands[j].dist })
	var out []string
	for i := 0; i < len(cands) && i < n; i++ {
		out = append(out, cands[i].id)
	}
	return out
}

// Resolve finds a control by framework (id or alias) and ref in any usual
// spelling. Errors: errs.NotFound with the nearest refs suggested.
func (s *Set) Resolve(framework, ref string) (Control, error) {
	ix, err := s.framework(framework)
	if err != nil {
		return Control{}, err
	}
	if i, ok := ix.byRef[Ref(ref)]; ok {
		return ix.cat.Controls[i], nil
	}
	for _, cand := range refCandidates(&ix.cat.Framework, ref) {
		if i, ok := ix.byNorm[cand]; ok {
			return ix.cat.Controls[i], nil
		}
	}
	names := make([]string, len(ix.cat.Controls))
	for i, c := range ix.cat.Controls {
		names[i] = string(c.Ref)
	}
	msg := fmt.Sprintf("no control %q in %s", ref, ix.cat.Framework.ID)
	if near := nearest(ref, names, 3); len(near) > 0 {
		msg += "; did you mean " + orList(near) + "?"
	}
	return Control{}, errs.E("catalogs.Resolve", errs.NotFound, "%s", msg)
}

// Lookup returns the control with exactly this key, if present.
func (s *Set) Lookup(k Key) (Control, bool) {
	ix, ok := s.fws[k.Framework]
	if !ok {
		return Control{}, false
	}
	i, ok := ix.byRef[k.Ref]
	if !ok {
		return Control{}, false
	}
	return ix.cat.Controls[i], true
}

// Ancestors returns the items enclosing c, nearest first: for SP 800-53
// AC-2(1), AC-2 then the AC family. It stops at a parent the set lacks.
func (s *Set) Ancestors(c Control) []Control {
	var out []Control
	for p := c.Parent; p != "" && len(out) <= len(s.order)+64; {
		pc, ok := s.Lookup(Key{c.Framework, p})
		if !ok {
			break
		}
		out = append(out, pc)
		p = pc.Parent
	}
	return out
}

// TopGroup names the top-level group a control sits in ("A.5
// Organizational controls"), or the control's own ref when it sits in
// none: the unit maturity is shown by within a framework.
func (s *Set) TopGroup(c Control) string {
	if anc := s.Ancestors(c); len(anc) > 0 {
		top := anc[len(anc)-1]
		return string(top.Ref) + " " + top.Title
	}
	return string(c.Ref)
}

// Mappings returns the controls directly linked to k, in either direction,
// with the relationship read from k's side.
func (s *Set) Mappings(k Key) []Mapping {
	out := append([]Mapping(nil), s.adj[k]...)
	s.sortMappings(out)
	return out
}

// Map returns the controls of framework `to` linked to k directly or through
// one intermediate control of a third framework (27032 → 27001 → CSF). A
// target reached directly is reported once, without a path; one reached
// only through intermediates lists every intermediate in Via, with the
// strongest composed relationship.
func (s *Set) Map(k Key, to FrameworkID) []Mapping {
	direct := map[Key]Mapping{}
	for _, m := range s.adj[k] {
		if m.To.Framework == to {
			direct[m.To] = m
		}
	}
	trans := map[Key]*Mapping{}
	for _, m1 := range s.adj[k] {
		if m1.To.Framework == to || m1.To.Framework == k.Framework {
			continue
		}
		for _, m2 := range s.adj[m1.To] {
			if m2.To.Framework != to || m2.To == k {
				continue
			}
			if _, ok := direct[m2.To]; ok {
				continue
			}
			rel := m1.Relationship.Then(m2.Relationship)
			src := joinSources(m1.Source, m2.Source)
			t, ok := trans[m2.To]
			if !ok {
				trans[m2.To] = &Mapping{To: m2.To, Relationship: rel, Source: src, Via: []Key{m1.To}}
				continue
			}
			t.Via = append(t.Via, m1.To)
			if strength(rel) > strength(t.Relationship) {
				t.Relationship = rel
			}
			t.Source = joinSources(t.Source, src)
		}
	}
	out := make([]Mapping, 0, len(direct)+len(trans))
	for _, m := range direct {
		out = append(out, m)
	}
	for _, m := range trans {
		s.sortKeys(m.Via)
		out = append(out, *m)
	}
	s.sortMappings(out)
	return out
}

func strength(r Relationship) int {
	switch r {
	case Equal:
		return 3
	case Subset, Superset:
		return 2
	}
	return 1
}

func joinSources(a, b string) string {
	parts := strings.Split(a, " + ")
	for _, p := range strings.Split(b, " + ") {
		found := false
		for _, q := range parts {
			found = found || q == p
		}
		if !found {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " + ")
}

// position orders keys by framework order, then catalog order.
func (s *Set) position(k Key) (int, int) {
	fwPos := len(s.order)
	for i, id := range s.order {
		if id == k.Framework {
			fwPos = i
		}
	}
	ctl, _ := s.Lookup(k)
	return fwPos, ctl.Order
}

func (s *Set) less(a, b Key) bool {
	af, ao := s.position(a)
	bf, bo := s.position(b)
	if af != bf {
		return af < bf
	}
	return ao < bo
}

func (s *Set) sortKeys(ks []Key) {
	sort.Slice(ks, func(i, j int) bool { return s.less(ks[i], ks[j]) })
}

func (s *Set) sortMappings(ms []Mapping) {
	sort.SliceStable(ms, func(i, j int) bool {
		if (len(ms[i].Via) == 0) != (len(ms[j].Via) == 0) {
			return len(ms[i].Via) == 0
		}
		return s.less(ms[i].To, ms[j].To)
	})
}

func orList(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " or " + xs[len(xs)-1]
}
