package retrieval

// Lexical ranking: BM25F over two fields of a chunk, its title (the
// heading path) and its body (the text), each length-normalised against
// its collection's own average, with k1, b and the title's weight set per
// collection (Robertson and Zaragoza, "The Probabilistic Relevance
// Framework: BM25 and Beyond", 2009, section 3.4).

import (
	"math"
	"sort"
	"strings"

	"github.com/assay-dev/assay/errs"
)

// Fields is a chunk's analysed text: term frequencies and lengths of its
// title (the heading path) and its body (the text).
type Fields struct {
	Body, Title       map[string]int
	BodyLen, TitleLen int
}

// ChunkFields analyses a chunk into its two fields; how people ask about
// it (Asked) counts with its title.
func ChunkFields(c *ChunkRecord) Fields {
	var f Fields
	f.Body, f.BodyLen = termFreqs(LexicalTerms(c.Text))
	title := strings.Join(c.Heading, "\n")
	if c.Asked != "" {
		title += "\n" + c.Asked
	}
	f.Title, f.TitleLen = termFreqs(LexicalTerms(title))
	return f
}

func termFreqs(terms []string) (map[string]int, int) {
	tf := make(map[string]int, len(terms)/2+1)
	for _, t := range terms {
		tf[t]++
	}
	return tf, len(terms)
}

// AnalyseChunks splits chunks into their fields, for a store to write.
func AnalyseChunks(chunks []ChunkRecord) []Fields {
	out := make([]Fields, len(chunks))
	for i := range chunks {
		out[i] = ChunkFields(&chunks[i])
	}
	return out
}

// PostingRows are the chunks' postings as a store writes them: term,
// chunk id, frequency in the body, frequency in the title.
func PostingRows(chunks []ChunkRecord, fields []Fields) [][]any {
	size := 0
	for _, f := range fields {
		size += len(f.Body) + len(f.Title)
	}
	rows := make([][]any, 0, size)
	for i, c := range chunks {
		f := fields[i]
		for _, t := range f.Terms() {
			rows = append(rows, []any{t, c.ID, f.Body[t], f.Title[t]})
		}
	}
	return rows
}

// Terms lists the chunk's distinct terms over both fields, sorted.
func (f Fields) Terms() []string {
	out := make([]string, 0, len(f.Body)+len(f.Title))
	for t := range f.Body {
		out = append(out, t)
	}
	for t := range f.Title {
		if _, ok := f.Body[t]; !ok {
			out = append(out, t)
		}
	}
	sort.Strings(out)
	return out
}

// LexicalParams shape one collection's BM25F: k1 (term-frequency
// saturation), b (length normalisation, both fields) and the title's
// weight against the body's (1).
type LexicalParams struct {
	K1          float64 `json:"k1"`
	B           float64 `json:"b"`
	TitleWeight float64 `json:"title_weight"`
}

// DefaultLexicalParams are a collection's parameters until it is given
// its own; chosen by measurement on retrieval/testdata (README, "Search
// quality").
var DefaultLexicalParams = LexicalParams{K1: 2, B: 0.75, TitleWeight: 1}

// Validate reports parameters outside the ranges BM25F is defined for.
func (p LexicalParams) Validate() error {
	if !(p.K1 > 0 && p.K1 <= 10) || !(p.B >= 0 && p.B <= 1) || !(p.TitleWeight >= 0 && p.TitleWeight <= 10) {
		return errs.E("retrieval.LexicalParams", errs.Invalid, "k1 must be in (0, 10], b in [0, 1] and the title weight in [0, 10]; got k1 %g, b %g, title weight %g", p.K1, p.B, p.TitleWeight)
	}
	return nil
}

// ParamsFor returns a collection's parameters from those set per
// collection (Store.CollectionParams), or the defaults.
func ParamsFor(set map[string]LexicalParams, collection string) LexicalParams {
	if p, ok := set[collection]; ok {
		return p
	}
	return DefaultLexicalParams
}

// saturate is BM25's term-frequency saturation of a pseudo-frequency y.
func saturate(y, k1 float64) float64 { return y * (k1 + 1) / (y + k1) }

// IDF is Lucene's BM25 inverse document frequency.
func IDF(chunks, df int64) float64 {
	n := float64(max(chunks, 1))
	return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
}

// RoundScore rounds a lexical score to nine decimals, so two chunks with
// the same text tie however their terms' scores were summed.
func RoundScore(s float64) float64 { return math.Round(s*1e9) / 1e9 }
