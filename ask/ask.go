// Package ask answers a question about the standards: it names the
// controls that apply across the frameworks in scope before it quotes
// passages. Controls are found three ways and fused by rank: by their own
// titles and questions in the catalogs (so ISO controls, whose text is
// not shipped, are found by Assay's own words for them), by the passages
// search finds, and through crosswalks from those to the other frameworks.
// An enhancement found (PS-4(1)) brings its base control (PS-4).
package ask

import (
	"context"
	"crypto/sha256"
	"math"
	"sort"
	"strings"
	"sync"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/retrieval"
)

// Control is a control an answer names.
type Control struct {
	Framework string  `json:"framework"`
	Ref       string  `json:"ref"`
	Title     string  `json:"title"`
	Score     float64 `json:"score"`
	// Via says how it was found when only through another control: a
	// crosswalk, or an enhancement of it.
	Via string `json:"via,omitempty"`
}

// Passage is a cited passage of standard text.
type Passage struct {
	Framework string  `json:"framework"`
	Ref       string  `json:"ref"`
	Doc       string  `json:"doc"`
	Title     string  `json:"title"`
	Text      string  `json:"text"`
	Score     float64 `json:"score"`
}

// Answer is what a question gets.
type Answer struct {
	Question string    `json:"question"`
	Answer   string    `json:"answer"`
	Controls []Control `json:"controls"`
	Passages []Passage `json:"passages"`
	// Offline says no model wrote the answer: it lists the controls and
	// quotes the passages.
	Offline bool `json:"offline"`
}

// Limits of an answer.
const (
	MaxControls    = 8
	MaxPassages    = 4
	MaxQuestion    = 1000
	searchPassages = 12
)

// Asker answers questions.
type Asker struct {
	Set    func() *catalogs.Set
	Search func(context.Context, retrieval.Query) ([]retrieval.Result, error)
	// Explain writes an answer from passages; nil answers offline.
	Explain func(ctx context.Context, question string, passages []retrieval.Result) (string, error)

	mu    sync.Mutex
	index *controlIndex
}

// Ask answers a question, naming controls of the given frameworks (all
// the catalogs' when none are given). Errors: errs.Invalid for an empty or
// oversized question.
func (a *Asker) Ask(ctx context.Context, question string, frameworks []catalogs.FrameworkID) (*Answer, error) {
	const op = "ask.Ask"
	q := strings.TrimSpace(question)
	switch {
	case q == "":
		return nil, errs.E(op, errs.Invalid, "ask a question, for example: how often should access be reviewed?")
	case len([]rune(q)) > MaxQuestion:
		return nil, errs.E(op, errs.Invalid, "the question has %d characters; at most %d", len([]rune(q)), MaxQuestion)
	}
	set := a.Set()
	allowed := map[catalogs.FrameworkID]bool{}
	for _, fw := range frameworks {
		allowed[fw] = true
	}
	in := func(fw catalogs.FrameworkID) bool { return len(allowed) == 0 || allowed[fw] }

	var res []retrieval.Result
	if a.Search != nil {
		var err error
		if res, err = a.Search(ctx, retrieval.Query{Text: q, K: searchPassages}); err != nil {
			return nil, err
		}
	}
	out := &Answer{Question: q, Controls: []Control{}, Passages: []Passage{}}
	out.Controls = a.controls(set, q, res, in)
	out.Passages, res = passages(set, res)
	if a.Explain != nil && len(res) > 0 {
		text, err := a.Explain(ctx, q, res)
		if err != nil {
			return nil, err
		}
		out.Answer = text
	} else {
		out.Offline = true
		out.Answer = offlineAnswer(out)
	}
	return out, nil
}

// controls fuses the three ways of finding controls by rank.
func (a *Asker) controls(set *catalogs.Set, q string, res []retrieval.Result, in func(catalogs.FrameworkID) bool) []Control {
	score := map[catalogs.Key]float64{}
	via := map[catalogs.Key]string{}
	add := func(k catalogs.Key, s float64, how string) {
		if !in(k.Framework) {
			return
		}
		if _, ok := set.Lookup(k); !ok {
			return
		}
		if s > score[k] {
			if score[k] == 0 {
				via[k] = how
			} else if how == "" {
				via[k] = ""
			}
		}
		score[k] += s
	}
	// By the catalogs' own words (titles and questions), ranked within
	// each framework, so every framework in scope has its best named: a
	// framework whose items are long sentences (the AI RMF) does not
	// crowd out one known by short titles (ISO).
	perFW := map[catalogs.FrameworkID][]catalogs.Key{}
	for _, k := range a.controlIndex(set).search(q, 200) {
		if !in(k.Framework) || len(perFW[k.Framework]) >= 10 {
			continue
		}
		add(k, 1/float64(60+len(perFW[k.Framework])), "")
		perFW[k.Framework] = append(perFW[k.Framework], k)
	}
	// A question about a theme names the theme: when two of a framework's
	// four best share a group, the group's controls come first.
	for _, ks := range perFW {
		groups := map[catalogs.Ref]int{}
		for _, k := range ks[:min(4, len(ks))] {
			if c, ok := set.Lookup(k); ok && c.Parent != "" {
				groups[c.Parent]++
			}
		}
		for g, n := range groups {
			if n < 2 {
				continue
			}
			for _, c := range children(set, catalogs.Key{Framework: ks[0].Framework, Ref: g}) {
				add(c, 1/float64(60+3), "")
			}
		}
	}
	// By the passages search finds.
	seen := map[catalogs.Key]bool{}
	rank := 0
	for _, r := range res {
		k := catalogs.Key{Framework: r.Chunk.Framework, Ref: r.Chunk.Ref}
		if k.Ref == "" || seen[k] {
			continue
		}
		seen[k] = true
		add(k, 2/float64(60+rank), "") // the text itself speaks of it
		rank++
	}
	// Through crosswalks (to controls the words did not find) and to base
	// controls, from the best so far.
	type kv struct {
		k catalogs.Key
		s float64
	}
	var top []kv
	for k, s := range score {
		top = append(top, kv{k, s})
	}
	sort.Slice(top, func(i, j int) bool {
		return top[i].s > top[j].s || (top[i].s == top[j].s && top[i].k.String() < top[j].k.String())
	})
	for i, t := range top {
		if i == 5 {
			break
		}
		for _, m := range set.Mappings(t.k) {
			if m.To.Framework == t.k.Framework || score[m.To] > 0 {
				continue
			}
			w := 0.5
			switch m.Relationship {
			case catalogs.Equal:
				w = 0.9
			case catalogs.Subset, catalogs.Superset:
				w = 0.7
			}
			add(m.To, t.s*w*0.5, "crosswalk from "+t.k.String())
		}
		if c, ok := set.Lookup(t.k); ok && c.Parent != "" {
			if p, ok := set.Lookup(catalogs.Key{Framework: c.Framework, Ref: c.Parent}); ok && p.Kind.Assessable() {
				add(p.Key(), t.s*0.95, "the base control of "+string(t.k.Ref))
			}
		}
	}
	var out []Control
	for k, s := range score {
		c, _ := set.Lookup(k)
		out = append(out, Control{Framework: string(k.Framework), Ref: string(k.Ref), Title: c.Title, Score: math.Round(s*1e5) / 1e5, Via: via[k]})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].Framework+out[i].Ref < out[j].Framework+out[j].Ref
	})
	return out[:min(len(out), MaxControls)]
}

// passages keeps the best passages, each once: the same text under two
// documents (an executive summary shipped twice) is one passage.
func passages(set *catalogs.Set, res []retrieval.Result) ([]Passage, []retrieval.Result) {
	seen := map[[32]byte]bool{}
	var out []Passage
	var kept []retrieval.Result
	for _, r := range res {
		norm := strings.Join(strings.Fields(strings.ToLower(r.Chunk.Text)), " ")
		h := sha256.Sum256([]byte(norm))
		if seen[h] {
			continue
		}
		seen[h] = true
		title := ""
		if n := len(r.Chunk.Heading); n > 0 {
			title = r.Chunk.Heading[n-1]
		}
		if c, ok := set.Lookup(catalogs.Key{Framework: r.Chunk.Framework, Ref: r.Chunk.Ref}); ok && (title == "" || title == string(c.Ref)) {
			title = c.Title
		}
		out = append(out, Passage{Framework: string(r.Chunk.Framework), Ref: string(r.Chunk.Ref), Doc: r.Chunk.Doc, Title: title,
			Text: r.Chunk.Text, Score: math.Round(r.Score*1e5) / 1e5})
		kept = append(kept, r)
		if len(out) == MaxPassages {
			break
		}
	}
	return out, kept
}

// offlineAnswer is the answer without a model: which controls apply, and
// that the passages below are quoted as they are.
func offlineAnswer(a *Answer) string {
	if len(a.Controls) == 0 && len(a.Passages) == 0 {
		return "Nothing in the catalogs or the standards' text matched that question."
	}
	var b strings.Builder
	if len(a.Controls) > 0 {
		b.WriteString("Controls that apply: ")
		var names []string
		for _, c := range a.Controls[:min(len(a.Controls), 5)] {
			names = append(names, c.Framework+" "+c.Ref+" ("+c.Title+")")
		}
		b.WriteString(strings.Join(names, "; ") + ". ")
	}
	b.WriteString("No model is configured, so the passages are quoted as they are.")
	return b.String()
}

// controlIndex is BM25 over each assessable control's own words: its title
// (weighted twice, BM25F-style) and its questions, and its statement where
// the catalog ships one.
type controlIndex struct {
	set   *catalogs.Set
	keys  []catalogs.Key
	tfs   []map[string]float64
	lens  []float64
	df    map[string]int
	avgdl float64
}

func (a *Asker) controlIndex(set *catalogs.Set) *controlIndex {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.index != nil && a.index.set == set {
		return a.index
	}
	ix := &controlIndex{set: set, df: map[string]int{}}
	var total float64
	for _, fw := range set.Frameworks() {
		cat, err := set.Catalog(string(fw.ID))
		if err != nil {
			continue
		}
		for _, c := range cat.Controls {
			if !c.Kind.Assessable() {
				continue
			}
			tf := map[string]float64{}
			n := 0.0
			field := func(text string, w float64) {
				for _, t := range retrieval.LexicalTerms(text) {
					tf[t] += w
					n += w
				}
			}
			field(c.Title, 2)
			field(strings.Join(c.Questions, " "), 1)
			field(firstChars(c.Statement, 600), 1)
			for t := range tf {
				ix.df[t]++
			}
			ix.keys = append(ix.keys, c.Key())
			ix.tfs = append(ix.tfs, tf)
			ix.lens = append(ix.lens, n)
			total += n
		}
	}
	if len(ix.keys) > 0 {
		ix.avgdl = total / float64(len(ix.keys))
	}
	a.index = ix
	return ix
}

// search ranks controls for a query (the security vocabulary expanding
// it, at half weight), best first.
func (ix *controlIndex) search(q string, k int) []catalogs.Key {
	const k1, b = 1.2, 0.75
	weights := map[string]float64{}
	for _, t := range retrieval.LexicalTerms(q) {
		weights[t] = 1
	}
	for _, t := range retrieval.LexicalTerms(retrieval.Expand(q)) {
		if _, ok := weights[t]; !ok {
			weights[t] = 0.5
		}
	}
	n := float64(len(ix.keys))
	type hit struct {
		i int
		s float64
	}
	var hits []hit
	for i, tf := range ix.tfs {
		s := 0.0
		for t, w := range weights {
			f := tf[t]
			if f == 0 {
				continue
			}
			df := float64(ix.df[t])
			idf := math.Log(1 + (n-df+0.5)/(df+0.5))
			s += w * idf * f * (k1 + 1) / (f + k1*(1-b+b*ix.lens[i]/ix.avgdl))
		}
		if s > 0 {
			hits = append(hits, hit{i, s})
		}
	}
	sort.Slice(hits, func(a, c int) bool { return hits[a].s > hits[c].s || (hits[a].s == hits[c].s && hits[a].i < hits[c].i) })
	var out []catalogs.Key
	for _, h := range hits[:min(len(hits), k)] {
		out = append(out, ix.keys[h.i])
	}
	return out
}

// children lists the assessable controls directly under a group.
func children(set *catalogs.Set, group catalogs.Key) []catalogs.Key {
	cat, err := set.Catalog(string(group.Framework))
	if err != nil {
		return nil
	}
	var out []catalogs.Key
	for _, c := range cat.Controls {
		if c.Parent == group.Ref && c.Kind.Assessable() {
			out = append(out, c.Key())
		}
	}
	return out
}

func firstChars(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n])
	}
	return s
}
