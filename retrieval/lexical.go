package retrieval

import (
	"strings"
	"unicode"

	"github.com/kljensen/snowball/english"
)

// AnalyzerVersion names the lexical analyser below. A store whose BM25
// postings were written by another analyser rebuilds them (see
// Store.EnsureAnalyzer), so queries and postings always agree.
const AnalyzerVersion = "snowball-english-2"

// LexicalTerms is the BM25 analyser: words (runs of letters and digits),
// lower-cased, without the Snowball English stopwords, stemmed with the
// Snowball English (Porter2) stemmer, as PostgreSQL's 'english' text search
// configuration does. It runs in Go so that a bulk load costs the database
// only the rows it stores.
func LexicalTerms(text string) []string {
	var out []string
	add := func(w string) {
		if w != "" && !english.IsStopWord(w) {
			out = append(out, english.Stem(w, true))
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

// ChunkTerms returns a chunk's term frequencies and its length in terms.
// The heading path is indexed with the text and the innermost heading (a
// control's ref and title) counted twice, a fielded boost: titles say what
// a passage is about.
func ChunkTerms(c *ChunkRecord) (map[string]int, int) {
	var b strings.Builder
	b.WriteString(strings.Join(c.Heading, " "))
	if n := len(c.Heading); n > 0 {
		b.WriteString(" ")
		b.WriteString(c.Heading[n-1])
	}
	b.WriteString(" ")
	b.WriteString(c.Text)
	terms := LexicalTerms(b.String())
	tf := make(map[string]int, len(terms)/2)
	for _, t := range terms {
		tf[t]++
	}
	return tf, len(terms)
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
