package retrieval

import (
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/kljensen/snowball/english"
)

// AnalyzerVersion names the lexical analyser below. A store whose BM25
// postings were written by another analyser rebuilds them (see
// Store.EnsureAnalyzer), so queries and postings always agree.
const AnalyzerVersion = "snowball-english-3"

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

// DefaultDepth is how many postings, in impact order, a store's BM25 reads
// per query term unless told otherwise.
const DefaultDepth = 300

// Okapi BM25 parameters: Lucene's defaults.
const (
	BM25K1 = 1.2
	BM25B  = 0.75
)

// BM25AvgLength is the chunk length, in analysed terms, that BM25's length
// normalisation compares against: the built-in corpus's average under
// DefaultChunking (98.9). It is a constant, not the corpus's running
// average, so a posting's impact does not depend on what was ingested
// before it or in which order, and one corpus always ranks the same way.
// (With a running average the first document of an empty corpus was
// normalised against itself, and concurrent loads made rankings differ
// from one ingest to the next.)
const BM25AvgLength = 100

// Impact is a posting's BM25 weight before IDF,
// tf(k1+1) / (tf + k1(1 - b + b·len/BM25AvgLength)), fixed when it is
// written so a query reads postings in impact order.
func Impact(tf, length int) float32 {
	norm := BM25K1 * (1 - BM25B + BM25B*float64(length)/BM25AvgLength)
	return float32(float64(tf) * (BM25K1 + 1) / (float64(tf) + norm))
}

// IDF is Lucene's BM25 inverse document frequency.
func IDF(chunks, df int) float64 {
	n := float64(max(chunks, 1))
	return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
}

// DocFreqs sums chunks' terms into document frequencies (terms sorted, so
// writers lock rows in one order) and their total length.
func DocFreqs(tfs []map[string]int, lens []int) (terms []string, counts []int32, total int64) {
	df := map[string]int32{}
	for i, tf := range tfs {
		for t := range tf {
			df[t]++
		}
		total += int64(lens[i])
	}
	terms = make([]string, 0, len(df))
	for t := range df {
		terms = append(terms, t)
	}
	sort.Strings(terms)
	counts = make([]int32, len(terms))
	for i, t := range terms {
		counts[i] = df[t]
	}
	return terms, counts, total
}
