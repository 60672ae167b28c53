package assessor

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/assay-dev/assay/testenv/norace"
)

// readsAsWhole reports each way p reads text otherwise than the whole
// expression it was compiled from.
func readsAsWhole(t *testing.T, name string, p *pattern, text string, all bool) {
	t.Helper()
	whole := p.Regexp
	if got, want := p.MatchString(text), whole.MatchString(text); got != want {
		t.Errorf("%s: MatchString(%q) = %v, the whole expression %v", name, text, got, want)
	}
	if got, want := p.FindStringIndex(text), whole.FindStringIndex(text); !slices.Equal(got, want) {
		t.Errorf("%s: FindStringIndex(%q) = %v, the whole expression %v", name, text, got, want)
	}
	if !all {
		return // the rest only read the whole expression where MatchString finds a match
	}
	if got, want := p.ReplaceAllString(text, "<$0>"), whole.ReplaceAllString(text, "<$0>"); got != want {
		t.Errorf("%s: ReplaceAllString(%q) = %q, the whole expression %q", name, text, got, want)
	}
	if got, want := p.ReplaceAllStringFunc(text, strings.ToUpper), whole.ReplaceAllStringFunc(text, strings.ToUpper); got != want {
		t.Errorf("%s: ReplaceAllStringFunc(%q) = %q, the whole expression %q", name, text, got, want)
	}
	if got, want := fmt.Sprint(p.FindAllStringIndex(text, -1)), fmt.Sprint(whole.FindAllStringIndex(text, -1)); got != want {
		t.Errorf("%s: FindAllStringIndex(%q) = %s, the whole expression %s", name, text, got, want)
	}
	if got, want := fmt.Sprint(p.FindAllStringSubmatchIndex(text, -1)), fmt.Sprint(whole.FindAllStringSubmatchIndex(text, -1)); got != want {
		t.Errorf("%s: FindAllStringSubmatchIndex(%q) = %s, the whole expression %s", name, text, got, want)
	}
}

// A pattern answers as its whole expression: which alternative matches
// first where two start together, the leftmost of two, case folded
// (the Kelvin sign and the long s fold to ASCII letters), anchors, an
// alternation spread inside a group, and texts no alternative's words
// are in.
func TestPatternReadsAsItsWholeExpression(t *testing.T) {
	// Alternatives long enough to be spread (more than spreadAbove
	// instructions), and short ones.
	var many []string
	for i := range 120 {
		many = append(many, fmt.Sprintf("%c%c%cing", 'a'+i%26, 'a'+i/26, 'z'-i%26))
	}
	exprs := []string{
		`a|ab`, `ab|a`, `b|a`, `(?i)kit|\bsign(ed)? off\b`, `(?i)^\W*(never|not yet)\b`,
		`(?i)\b(approved|signed off) by (the )?(board|ceo)\b|\bowned\b|x*`,
		`(?i)\b(` + strings.Join(many, "|") + `)\b( (now|then))?`,
		`(?i)(\b(` + strings.Join(many, "|") + `)s?\b|\bzz)[^.]{0,20}\bend\b`,
		`(?i)(?:a|b)c|\d+ (days|weeks)|$`,
		// Before the alternation, a literal (one way to match) and a
		// repetition (many): branches that overlap end where the first
		// that matches ends.
		`(?i)\bthe (ab|` + strings.Join(many, "|") + `|abzing)(s|x)?`,
		`(?i)t\w* (ab|` + strings.Join(many, "|") + `|abzing)(s|x)?`,
	}
	texts := []string{"", "ab", "ba", "KIT", "\u212ait", "\u017figned off", "Signed off", "  never again", "NOT YET",
		"approved by the Board, owned", "xx owned", "BAZING now", "xeving then aazing", "zz and then END", "bayings ... end",
		"bc 12 days", "14 WEEKS", "no words of theirs at all", "the abzings", "THE ABZING x", "then abzing", "tt abzings the ab"}
	for _, expr := range exprs {
		p := newPattern(expr)
		for _, text := range texts {
			readsAsWhole(t, expr[:min(len(expr), 40)], p, text, true)
		}
	}
	// The long alternation was spread, and each part names its word.
	p := newPattern(`(?i)\b(` + strings.Join(many, "|") + `)\b( (now|then))?`)
	alts := p.alternatives()
	if len(alts) != 1 || alts[0].spread == nil || len(alts[0].spread.alts) < 100 {
		t.Fatalf("the long alternation was not spread: %d alternatives", len(alts))
	}
	for _, a := range alts[0].spread.alts {
		if len(a.needs) == 0 {
			t.Errorf("%s names no word", a.re)
		}
	}
}

// Every pattern the drafter reads answers as its whole expression over
// the texts it reads: the answers of two spent parts, each clause of
// them and their stated text, and each in capitals.
func TestPatternsReadAsTheirWholeExpression(t *testing.T) {
	norace.Skip(t, "reads every pattern whole, on Go's slowest engine, over three hundred texts")
	if len(patterns) < 50 {
		t.Fatalf("%d patterns registered", len(patterns))
	}
	var texts []string
	for _, a := range memoAnswers(t)[:40] {
		var stated []string
		texts = append(texts, a, strings.ToUpper(a))
		for _, c := range clauses(afterCorrection(detailOf(expandShorthand(a)))) {
			texts = append(texts, c.text)
			stated = append(stated, c.text)
		}
		texts = append(texts, strings.Join(stated, ". "))
	}
	for i, p := range patterns {
		for _, text := range texts {
			readsAsWhole(t, fmt.Sprintf("pattern %d (%.60s)", i, p.String()), p, text, false)
		}
	}
}
