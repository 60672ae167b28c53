package retrieval

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/kljensen/snowball/english"
)

func proximityFixture(texts ...string) ([]Hit, map[ChunkID]ChunkRecord) {
	var lex []Hit
	chunks := map[ChunkID]ChunkRecord{}
	for i, t := range texts {
		id := ChunkID(fmt.Sprintf("c%02d", i))
		lex = append(lex, Hit{Chunk: id, Score: 10 - float64(i)*0.01})
		chunks[id] = ChunkRecord{ID: id, Text: t}
	}
	return lex, chunks
}

func order(hs []Hit) []ChunkID {
	out := make([]ChunkID, len(hs))
	for i, h := range hs {
		out[i] = h.Chunk
	}
	return out
}

func TestProximityPrefersThePhrase(t *testing.T) {
	lex, chunks := proximityFixture(
		"An error in the notice was found; the consumer gave notice of a new address.",
		"The consumer's notice of error must be investigated within ten business days.",
	)
	got := proximityRerank("notice of error", lex, chunks)
	if want := []ChunkID{"c01", "c00"}; !slices.Equal(order(got), want) {
		t.Fatalf("order = %v, want %v: the passage holding the phrase comes first", order(got), want)
	}
	if got[0].Score <= lex[1].Score {
		t.Errorf("the phrase's score %v did not rise above its BM25 score %v", got[0].Score, lex[1].Score)
	}
	// The pair counts in order only, within the window (stopwords left out).
	for _, q := range []string{"error notice", "notice error"} {
		lex, chunks := proximityFixture(
			"The consumer's notice of error must be investigated within ten business days.",
			"Notice, then a long gap of several unrelated words, and only then the error.",
		)
		got := proximityRerank(q, lex, chunks)
		if q == "error notice" && got[0].Score != lex[0].Score {
			t.Errorf("%q: the reversed pair counted (%v ≠ %v)", q, got[0].Score, lex[0].Score)
		}
		if q == "notice error" && got[1].Score != lex[1].Score {
			t.Errorf("%q: words %d apart counted as a pair", q, ProximityWindow+5)
		}
	}
}

func TestProximityNormalisesLength(t *testing.T) {
	filler := strings.Repeat("unrelated words about something else entirely ", 40)
	lex, chunks := proximityFixture(
		filler+"the notice of error arrived. "+filler,
		"A notice of error arrived.",
	)
	got := proximityRerank("notice of error", lex, chunks)
	if got[0].Chunk != "c01" {
		t.Fatalf("order = %v: the short passage holding the phrase once should pass the long one holding it once", order(got))
	}
}

func TestProximityLeavesTheRestAlone(t *testing.T) {
	texts := make([]string, ProximityDepth+3)
	for i := range texts {
		texts[i] = fmt.Sprintf("passage %d mentions errors and notices apart", i)
	}
	texts[len(texts)-1] = "the notice of error in one phrase"
	lex, chunks := proximityFixture(texts...)
	got := proximityRerank("notice of error", lex, chunks)
	if !slices.Equal(order(got), order(lex)) {
		t.Errorf("a passage past the first %d moved: %v", ProximityDepth, order(got))
	}
	// One word: no pair, nothing moves; the input is never modified.
	lex, chunks = proximityFixture("error error", "notice of error")
	before := slices.Clone(lex)
	if got := proximityRerank("error", lex, chunks); !slices.Equal(got, lex) {
		t.Errorf("a one-word query re-ranked: %v", got)
	}
	proximityRerank("notice of error", lex, chunks)
	if !slices.Equal(lex, before) {
		t.Errorf("the lexical list was modified in place: %v", lex)
	}
}

func TestCachedStemIsSnowball(t *testing.T) {
	for _, w := range []string{"policies", "controlled", "dying", "skies", "escrowed", "servicers", "notice"} {
		for range 2 { // the second read comes from the cache
			if got, want := cachedStem(w), english.Stem(w, true); got != want {
				t.Errorf("cachedStem(%q) = %q, want %q", w, got, want)
			}
		}
	}
	if got := proximityTerms("The notice-of-error rules"); !slices.Equal(got, []string{"notic", "error", "rule"}) {
		t.Errorf("proximityTerms = %v", got)
	}
}

func BenchmarkProximityRerank(b *testing.B) {
	docs, err := BuiltinDocuments()
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	for _, d := range docs[:1] {
		for _, c := range Chunk(d, DefaultChunking)[:ProximityDepth] {
			texts = append(texts, c.Text)
		}
	}
	lex, chunks := proximityFixture(texts...)
	b.ResetTimer()
	for b.Loop() {
		proximityRerank("how do we manage accounts that are no longer needed by the organization", lex, chunks)
	}
}
