package retrieval

import (
	"context"
	"fmt"
	"math"
	"strings"
	"sync"
	"unicode"
)

// Space identifies an embedding space: vectors from different models or
// dimensions are never compared, so each space is stored apart.
type Space struct {
	Model string
	Dims  int
}

func (s Space) String() string { return fmt.Sprintf("%s/%d", s.Model, s.Dims) }

// Embedder turns texts into vectors of one space.
type Embedder interface {
	Space() Space
	// Embed returns one vector per text, in order. Errors: errs.Unavailable
	// when the endpoint fails, errs.Invalid when its answer is malformed.
	Embed(ctx context.Context, texts []string) ([][]float32, error)
}

// OfflineModel names the offline embedder's space.
const OfflineModel = "assay-offline-v2"

// Offline is a deterministic embedder that needs no network: hashed word
// unigrams and bigrams and character 4-grams, weighted by IDF over the
// built-in corpus, with the security vocabulary expanded, L2-normalised.
// Changing its features changes its vectors: bump OfflineModel then, so
// old and new vectors live in different spaces.
// It is what runs when no API key is set, and is labelled as such.
type Offline struct {
	dims int
	idf  func(term string) float64
}

// NewOffline returns the offline embedder with the given dimensions. idf
// weights terms; nil means BuiltinIDF.
func NewOffline(dims int, idf func(string) float64) *Offline {
	if idf == nil {
		idf = BuiltinIDF
	}
	return &Offline{dims: dims, idf: idf}
}

// Space implements Embedder. The model name carries a hash of the
// vocabulary, which the embedder expands into passages too: a changed
// vocabulary is a new space, re-embedded by Reindex, never mixed with the old.
func (o *Offline) Space() Space { return Space{OfflineModel + "+" + VocabularyVersion(), o.dims} }

// Embed implements Embedder; it never fails.
func (o *Offline) Embed(_ context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	for i, t := range texts {
		out[i] = o.vector(t)
	}
	return out, nil
}

func (o *Offline) vector(text string) []float32 {
	v := make([]float64, o.dims)
	words := Terms(text + " " + Expand(text))
	// Each feature is a kind prefix and its text, hashed with FNV-1a
	// (64-bit) piece by piece rather than concatenated first: the hash is
	// the same, without a string built per feature.
	add := func(x uint64, w float64) {
		idx := int(x % uint64(o.dims))
		if x&(1<<63) != 0 {
			w = -w
		}
		v[idx] += w
	}
	// Weights measured on retrieval/testdata (see the retrieval issue's
	// notes): square-rooted IDF, bigrams at half and character 4-grams at
	// 0.6 of a word's weight. Sub-word features carry most of what the
	// offline vectors add over BM25 (misspellings, compounds, inflections).
	var starts []int
	for i, w := range words {
		idf := math.Sqrt(o.idf(w))
		add(fnv64a(fnvWord, w), idf)
		if i+1 < len(words) {
			add(fnv64a(fnv64a(fnv64a(fnvBigram, w), "_"), words[i+1]), 0.5*(idf+math.Sqrt(o.idf(words[i+1])))/2)
		}
		// Character 4-grams of "^word$", counted in runes.
		marked := "^" + w + "$"
		starts = starts[:0]
		for j := range marked {
			starts = append(starts, j)
		}
		if len(starts) > 5 {
			starts = append(starts, len(marked))
			for j := 0; j+4 < len(starts); j++ {
				add(fnv64a(fnvGram, marked[starts[j]:starts[j+4]]), 0.6*idf)
			}
		}
	}
	var norm float64
	for _, x := range v {
		norm += x * x
	}
	out := make([]float32, o.dims)
	if norm == 0 {
		return out
	}
	norm = math.Sqrt(norm)
	for i, x := range v {
		out[i] = float32(x / norm)
	}
	return out
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// The hash states after each feature kind's prefix: a word "w:", a
// bigram "b:", a character 4-gram "c:".
var fnvWord, fnvBigram, fnvGram = fnv64a(fnvOffset, "w:"), fnv64a(fnvOffset, "b:"), fnv64a(fnvOffset, "c:")

// fnv64a continues an FNV-1a hash h over s (hash/fnv's New64a, without
// the allocation).
func fnv64a(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// stopwords are dropped by Terms: they carry no meaning for retrieval.
var stopwords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an and are as at be been being but by can could did do does doing for from
		had has have having he her here hers him his how i if in into is it its itself just me more most my no nor
		not of off on once only or other our ours out over own same she should so some such than that the their
		theirs them then there these they this those through to too under until up very was we were what when
		where which while who whom why will with would you your yours also any each all both few may must shall
		use used using via within without per e.g i.e etc`) {
		stopwords[w] = true
	}
}

// Terms splits text into lower-cased, lightly stemmed words, without
// stopwords. It is the offline embedder's analyser.
func Terms(text string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if stopwords[f] || len(f) < 2 {
			continue
		}
		out = append(out, stem(f))
	}
	return out
}

// stem strips common English suffixes so "policies", "policy" and
// "controls", "controlled" meet. It is deliberately light: consistent for
// queries and documents is what matters.
func stem(w string) string {
	if len(w) <= 4 {
		return w
	}
	for _, s := range []struct{ suf, repl string }{
		{"ational", "ate"}, {"ization", "ize"}, {"isation", "ize"}, {"ations", "ate"}, {"ation", "ate"},
		{"ments", ""}, {"ment", ""}, {"ities", "ity"}, {"ies", "y"}, {"ings", ""}, {"ing", ""},
		{"ness", ""}, {"ers", ""}, {"ed", ""}, {"es", ""}, {"s", ""},
	} {
		if strings.HasSuffix(w, s.suf) && len(w)-len(s.suf) >= 3 {
			if s.suf == "s" && strings.HasSuffix(w, "ss") {
				return w
			}
			return w[:len(w)-len(s.suf)] + s.repl
		}
	}
	return w
}

var (
	idfOnce  sync.Once
	idfTable map[string]float64
	idfMax   float64
)

// BuiltinIDF is the inverse document frequency of a term over the built-in
// corpus's chunks; a term the corpus never uses gets the highest weight.
// The table is computed once, from data in the binary, so it is the same on
// every machine.
func BuiltinIDF(term string) float64 {
	idfOnce.Do(func() {
		docs, err := BuiltinDocuments()
		df := map[string]int{}
		n := 0
		if err == nil {
			for _, d := range docs {
				for _, c := range Chunk(d, DefaultChunking) {
					n++
					seen := map[string]bool{}
					for _, t := range Terms(c.Text) {
						if !seen[t] {
							seen[t] = true
							df[t]++
						}
					}
				}
			}
		}
		idfTable = make(map[string]float64, len(df))
		idfMax = math.Log(1 + (float64(n)+0.5)/0.5)
		for t, d := range df {
			idfTable[t] = math.Log(1 + (float64(n)-float64(d)+0.5)/(float64(d)+0.5))
		}
	})
	if w, ok := idfTable[term]; ok {
		return w
	}
	return idfMax
}
