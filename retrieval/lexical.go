package retrieval

import (
	"strings"
	"sync"
	"unicode"

	"github.com/kljensen/snowball/english"
)

// AnalyzerVersion names the lexical analyser below. A store whose BM25
// postings were written by another analyser rebuilds them (see
// Store.EnsureAnalyzer), so queries and postings always agree.
const AnalyzerVersion = "snowball-english-3-fields"

// LexicalTerms is the BM25 analyser: words (runs of letters and digits),
// lower-cased, without the Snowball English stopwords, stemmed with the
// Snowball English (Porter2) stemmer, as PostgreSQL's 'english' text search
// configuration does. It runs in Go so that a bulk load costs the database
// only the rows it stores.
func LexicalTerms(text string) []string {
	var out []string
	add := func(w string) {
		if w != "" && !english.IsStopWord(w) {
			out = append(out, snowballStem(w))
		}
	}
	for _, f := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	}) {
		// A hyphenated word counts whole and by its parts, as PostgreSQL's
		// parser has it: "multi-factor" gives multi-factor, multi, factor.
		parts := strings.FieldsFunc(f, func(r rune) bool { return r == '-' })
		if len(parts) > 1 {
			out = append(out, strings.Join(parts, "-"))
		}
		for _, p := range parts {
			add(p)
		}
	}
	return out
}

// stems remembers the Snowball stems of words already seen: a bulk load
// stems the same few thousand words over and over, and the stemmer is
// most of the analyser's cost. It stops growing at maxStems words, so
// unusual input (numbers, identifiers) cannot make it grow without bound.
var stems struct {
	sync.RWMutex
	m map[string]string
}

const maxStems = 1 << 16

func snowballStem(w string) string {
	stems.RLock()
	s, ok := stems.m[w]
	stems.RUnlock()
	if ok {
		return s
	}
	s = english.Stem(w, true)
	stems.Lock()
	if stems.m == nil {
		stems.m = make(map[string]string, 4096)
	}
	if len(stems.m) < maxStems {
		stems.m[strings.Clone(w)] = s
	}
	stems.Unlock()
	return s
}

// ExpansionWeight is the weight of a vocabulary-expansion term against the
// query's own terms (1).
const ExpansionWeight = 0.4

// QueryTerms returns a query's distinct terms with their weights: 1 for the
// query's own words, ExpansionWeight for words only the expansion adds.
func QueryTerms(query, expansion string) ([]string, []float64) {
	w := map[string]float64{}
	var order []string
	add := func(text string, weight float64) {
		for _, t := range LexicalTerms(text) {
			old, seen := w[t]
			if !seen {
				order = append(order, t)
			}
			w[t] = max(old, weight)
		}
	}
	add(query, 1)
	add(expansion, ExpansionWeight)
	weights := make([]float64, len(order))
	for i, t := range order {
		weights[i] = w[t]
	}
	return order, weights
}
