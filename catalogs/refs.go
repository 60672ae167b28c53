package catalogs

import (
	"sort"
	"strings"
	"unicode"
)

// normRef reduces a reference to a comparison key so the usual spellings of
// one control meet: case is folded, any punctuation or space separates
// tokens, letters and digits split ("GOVERN1.1"), a parenthesised
// enhancement becomes a token, and numbers lose leading zeros. So "AC-2(1)",
// "ac-2.1" and "AC-02(01)" all become "AC.2.1", and "GV.OC-1" and "gv.oc-01"
// become "GV.OC.1".
func normRef(s string) string {
	var toks []string
	var cur strings.Builder
	curDigit := false
	flush := func() {
		if cur.Len() == 0 {
			return
		}
		t := cur.String()
		if curDigit {
			t = strings.TrimLeft(t, "0")
			if t == "" {
				t = "0"
			}
		}
		toks = append(toks, t)
		cur.Reset()
	}
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			if cur.Len() > 0 && !curDigit {
				flush()
			}
			curDigit = true
			cur.WriteRune(r)
		case unicode.IsLetter(r):
			if cur.Len() > 0 && curDigit {
				flush()
			}
			curDigit = false
			cur.WriteRune(unicode.ToUpper(r))
		default:
			flush()
		}
	}
	flush()
	return strings.Join(toks, ".")
}

// refCandidates lists the keys to try, in order, for what a user typed.
// Beyond the plain key: a leading "ANNEX" word is dropped, a bare ISO number
// is tried as an Annex A control when it is not a clause, ISO/IEC 42001's
// Annex B guidance numbers point at their Annex A controls, and framework
// aliases replace a leading token ("GV 1.1" for "GOVERN 1.1").
func refCandidates(fw *Framework, typed string) []string {
	k := normRef(typed)
	if k == "" {
		return nil
	}
	out := []string{k}
	add := func(s string) {
		for _, o := range out {
			if o == s {
				return
			}
		}
		out = append(out, s)
	}
	if rest, ok := strings.CutPrefix(k, "ANNEX."); ok {
		k = rest
		add(k)
	}
	if first, rest, ok := strings.Cut(k, "."); ok {
		if repl, ok := fw.RefAliases[first]; ok {
			add(normRef(repl) + "." + rest)
		}
		if first == "B" && fw.AnnexBMirrorsAnnexA {
			add("A." + rest)
		}
	} else if repl, ok := fw.RefAliases[k]; ok {
		add(normRef(repl))
	}
	if k != "" && k[0] >= '0' && k[0] <= '9' {
		add("A." + k)
	}
	return out
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// nearest returns up to n names closest to typed, best first: refs nested
// under what was typed, then by edit distance, then in catalog order.
func nearest(typed string, names []string, n int) []string {
	type scored struct {
		name  string
		score int
		pos   int
	}
	typedKey := normRef(typed)
	var cands []scored
	for i, name := range names {
		key := normRef(name)
		d := editDistance(typedKey, key)
		if typedKey != "" && strings.HasPrefix(key, typedKey+".") {
			d = 0 // a more specific ref than typed: "AC-2" for "AC"
		}
		limit := max(2, len(typedKey)/3)
		if d <= limit {
			cands = append(cands, scored{name, d, i})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].score != cands[j].score {
			return cands[i].score < cands[j].score
		}
		return cands[i].pos < cands[j].pos
	})
	var out []string
	for _, c := range cands {
		if len(out) == n {
			break
		}
		out = append(out, c.name)
	}
	return out
}
