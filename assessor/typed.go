package assessor

import (
	"io/fs"
	"regexp"
	"strings"
	"sync"

	"github.com/assay-dev/assay/catalogs"
)

// Answers typed in a hurry drop apostrophes ("dont", "havent") and slip
// a letter ("aproved", "montly", "reveiwed"). The offline rules read
// words as written, so "we dont have metrics" read as having metrics and
// an "aproved" standard as no approval at all (held-out-394, v441).
// mendTyping reads them as the owner meant them, before anything else is
// read; the evidence then says the words were spelled out (see Draft).

// bareContraction is a contraction typed without its apostrophe. Only
// forms that are no other English word are read ("its", "were", "well",
// "ill", "wed", "lets", "hell" are words, and stay as typed).
var bareContraction = regexp.MustCompile(`(?i)\b(don|doesn|didn|isn|aren|wasn|weren|haven|hasn|hadn|couldn|shouldn|wouldn|won|can)t\b|\b(there|that|what|he|she)s\b|\b(we|they|you|i)ve\b|\b(they|you)re\b|\b(i)m\b`)

// thereOwn is "there" typed for "their" before "own" ("every team just
// does there own thing"): "there own" is no English.
var thereOwn = regexp.MustCompile(`(?i)\b(the)re own\b`)

// Words the rules read often enough that a slip in one changes a draft.
// No denial is among them: a slip read as "nothing" ("noting") would deny
// what the owner said was done.
// A typed word one slip away from exactly one of them (a letter missing,
// added, changed, or two swapped), at least five letters long and not a
// word of its own, is read as it. A word of its own is one the built-in
// catalogs use (NIST's and Assay's own text: "traced", "format",
// "approvals", "separated" stay as typed) or one of nearMisses.
var ruleWords = strings.Fields(`approved approval approve approves documented document documents
procedure procedures policy policies standard standards process processes
monthly weekly quarterly annually yearly every reviewed reviews review
management committee responsibilities responsibility separate separately
written because assessment assessments measured measure measures metrics
targets target tracked tracking recorded register schedule maintenance
signed updated improved received physical across habit incidents incident
security defined formal formally`)

// nearMisses are words one slip from a rule word that are words of
// their own but that the built-in catalogs do not use: they are read as
// typed.
var nearMisses = map[string]bool{
	"approver": true, "approvers": true, "tracker": true, "trackers": true, "recorder": true,
	"updater": true, "policed": true, "formula": true, "proceeds": true, "procured": true,
	"refined": true, "resigned": true, "acres": true, "incidence": true, "treasure": true,
	"pleasure": true, "habits": true, "habitat": true, "trucking": true, "deceived": true,
	"physics": true, "tricked": true, "noting": true, "scheduler": true, "separates": true,
}

// mendTyping spells out bare contractions and mends one-letter slips
// in the words the rules read.
func mendTyping(text string) string {
	text = bareContraction.ReplaceAllStringFunc(text, func(w string) string {
		cut := len(w) - 1 // before the t, s or m: "don't", "that's", "i'm"
		if lw := strings.ToLower(w); strings.HasSuffix(lw, "ve") || strings.HasSuffix(lw, "re") {
			cut = len(w) - 2 // "we've", "they're"
		}
		return w[:cut] + "'" + w[cut:]
	})
	text = thereOwn.ReplaceAllString(text, "${1}ir own")
	return typedWord.ReplaceAllStringFunc(text, func(w string) string {
		lw := strings.ToLower(w)
		if len(lw) < 5 || nearMisses[lw] || ruleWordSet[lw] || catalogWords()[lw] {
			return w
		}
		match := ""
		for _, k := range ruleWordsFrom[lw[0]] {
			if oneSlip(lw, k) {
				if match != "" && match != k {
					return w // two readings: leave it as typed
				}
				match = k
			}
		}
		if match == "" {
			return w
		}
		if w[0] >= 'A' && w[0] <= 'Z' {
			return strings.ToUpper(match[:1]) + match[1:]
		}
		return match
	})
}

var typedWord = regexp.MustCompile(`[A-Za-z]+`)

// ruleWordSet and ruleWordsFrom (by first letter: a slip keeps the
// first letter) are ruleWords indexed, so each typed word is compared
// with a handful of rule words, not all of them.
var ruleWordSet, ruleWordsFrom = func() (map[string]bool, map[byte][]string) {
	set, from := map[string]bool{}, map[byte][]string{}
	for _, w := range ruleWords {
		set[w] = true
		from[w[0]] = append(from[w[0]], w)
	}
	return set, from
}()

// oneSlip reports whether a and b differ by one letter missing, added
// or changed, or two neighbours swapped.
func oneSlip(a, b string) bool {
	la, lb := len(a), len(b)
	switch {
	case la == lb:
		diff := -1
		for i := 0; i < la; i++ {
			if a[i] != b[i] {
				if diff >= 0 {
					// two differences: a swap of neighbours only
					return i == diff+1 && a[diff] == b[i] && a[i] == b[diff] && a[i+1:] == b[i+1:]
				}
				diff = i
			}
		}
		return diff >= 0
	case la == lb+1:
		return oneMissing(b, a)
	case lb == la+1:
		return oneMissing(a, b)
	}
	return false
}

// oneMissing reports whether long is short with one letter added.
func oneMissing(short, long string) bool {
	for i := 0; i < len(short); i++ {
		if short[i] != long[i] {
			return short[i:] == long[i+1:]
		}
	}
	return true
}

// catalogWords is every word of the built-in catalogs, lower-cased,
// read once on first use.
var catalogWords = sync.OnceValue(func() map[string]bool {
	words := map[string]bool{}
	_ = fs.WalkDir(catalogs.BuiltinFS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(catalogs.BuiltinFS, path)
		if err != nil {
			return err
		}
		for _, w := range typedWord.FindAllString(strings.ToLower(string(b)), -1) {
			words[w] = true
		}
		return nil
	})
	return words
})

// Answers dictated as voice notes keep the speaker's fillers ("Um so the
// power, yeah", "people grab whatever data they can find, I mean,
// nobody's decided", "and, you know, findings fell by half"). A filler
// says nothing, but told alone between commas it was read as a clause
// of its own, something done (held-out-414, v461). dropFillers takes
// them out before anything else is read; the evidence then says the
// words were spelled out, as for mendTyping.

// fillerSound is a hesitation sound: "um", "uh", "erm", "hmm".
var fillerSound = regexp.MustCompile(`(?i)\s*\b(?:u+m+|u+h+|uhm+|erm+|hmm+)\b,?`)

// fillerPhrase is "you know" or "I mean" set off by commas from what it
// stands in, or last before a stop: "and, you know, findings fell",
// "no reception, you know, anyone can walk in", "I mean, nobody's
// decided", "the perimeter, I mean honestly there isn't one", "it works,
// you know." ("You know the policy" and "what I mean is" are words of
// their own.) Each is replaced by what it keeps of its commas and stop.
var fillerPhrase = []struct {
	re   *regexp.Regexp
	keep string
}{
	{regexp.MustCompile(`(?i)\b(and|but|so|or),\s*(?:you know|i mean)\s*,`), "$1"},
	{regexp.MustCompile(`(?i),\s*(?:you know|i mean)\s*,`), ","},
	{regexp.MustCompile(`(?i)(^|[.;:!?])\s*(?:you know|i mean)\s*,`), "$1"},
	{regexp.MustCompile(`(?i),\s*(?:you know|i mean)\s*([.;:!?]|$)`), "$1"},
	{regexp.MustCompile(`(?i),\s*(?:you know|i mean)\s+`), ", "},
}

// dropFillers takes the fillers of speech out of an answer.
func dropFillers(text string) string {
	text = fillerSound.ReplaceAllString(text, "")
	for _, f := range fillerPhrase {
		text = f.re.ReplaceAllString(text, f.keep)
	}
	return text
}
