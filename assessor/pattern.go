package assessor

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// pattern is a regular expression of many alternatives (the drafter's
// readings run to tens of thousands of instructions) that reads a text
// only with the alternatives it could match: each alternative knows
// words it cannot match without (one of "approved", "signed off", …),
// and is tried only on a text holding one of them. Go's regexp runs a
// program that large on its slowest engine, over every alternative at
// every position; most texts hold the words of few alternatives.
//
// Its methods answer exactly as the whole expression's: MatchString
// (any alternative matches) and FindStringIndex (the leftmost-first match
// of the alternatives) read the alternatives, the rest read the whole
// expression once an alternative matches. TestPatternReadsAsItsWholeExpression
// and TestPatternsReadAsTheirWholeExpression hold them to it.
type pattern struct {
	*regexp.Regexp
	split sync.Once // alts are made at first use: a command that drafts nothing does not wait for them
	alts  []alternative
}

// alternative is one top-level alternative of a pattern.
type alternative struct {
	re *regexp.Regexp
	// needs holds words (lower-case ASCII) of which any text the
	// alternative matches holds at least one, as folded; nil when none
	// can be named (the alternative is always tried).
	needs []string
	// spread, for a large alternative, matches what it matches, spread
	// over the alternatives inside it ("\b(improv\w*|lessons learned|…)"
	// as "\bimprov\w*", "\blessons learned", …), each with its own
	// needs: it says whether re matches and, when ordered, where (what
	// comes before the alternation matches one way only, so the parts
	// are tried in the order re tries them); otherwise re says where.
	spread  *pattern
	ordered bool
}

// matches reports whether a, a candidate for s, matches it.
func (a *alternative) matches(s string) bool {
	if a.spread != nil {
		return a.spread.MatchString(s)
	}
	return a.re.MatchString(s)
}

// patterns are every pattern compiled, for their tests.
var patterns []*pattern

// mustPattern compiles expr as regexp.MustCompile does, and splits it
// into its top-level alternatives. Call it only while the package
// initialises.
func mustPattern(expr string) *pattern {
	p := newPattern(expr)
	patterns = append(patterns, p)
	return p
}

// newPattern is mustPattern's pattern, not registered.
func newPattern(expr string) *pattern { return &pattern{Regexp: regexp.MustCompile(expr)} }

// alternatives are p's alternatives, made at first use.
func (p *pattern) alternatives() []alternative {
	p.split.Do(func() {
		re, err := syntax.Parse(p.String(), syntax.Perl)
		if err != nil {
			panic(err) // it compiled
		}
		subs := []*syntax.Regexp{re}
		if re.Op == syntax.OpAlternate {
			subs = re.Sub
		}
		var whole *regexp.Regexp
		if len(subs) == 1 {
			whole = p.Regexp // one alternative: the whole expression, compiled once
		}
		for _, sub := range subs {
			p.alts = append(p.alts, newAlternative(sub, 0, whole))
		}
	})
	return p.alts
}

// Spreading: an alternative of more instructions than Go's regexp runs on
// its faster engines (a backtracker up to 500) is spread over the
// alternation inside it, to a depth of three, when what surrounds that
// alternation is short enough to repeat in every part.
const (
	spreadAbove = 500
	spreadDepth = 3
	spreadRest  = 300 // characters of expression around the alternation
)

// newAlternative reads re as an alternative; compiled, if not nil, is re
// compiled already.
func newAlternative(re *syntax.Regexp, depth int, compiled *regexp.Regexp) alternative {
	a := alternative{needs: needed(re)}
	if depth < spreadDepth && instructions(re) > spreadAbove {
		if parts, ordered := spread(re); len(parts) > 1 {
			// A spread pattern is read only through MatchString and
			// FindStringIndex, which read its parts: it has no whole
			// expression of its own.
			a.spread, a.ordered = &pattern{}, ordered
			a.spread.split.Do(func() {
				for _, part := range parts {
					a.spread.alts = append(a.spread.alts, newAlternative(part, depth+1, nil))
				}
			})
		}
	}
	switch {
	case a.spread != nil && a.ordered: // an ordered spread says where itself
	case compiled != nil:
		a.re = compiled
	default:
		a.re = regexp.MustCompile(exprOf(re))
	}
	return a
}

// instructions is the size of re's program.
func instructions(re *syntax.Regexp) int {
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return 0
	}
	return len(prog.Inst)
}

// spread is expressions whose languages together are re's: the branches
// of the alternation re is, or is made of with other parts around it
// (a concatenation's widest alternation, each branch in its place), or
// nil; ordered when what comes before the alternation can match only one
// way, so that the parts' leftmost-first match, tried in order, is re's.
func spread(re *syntax.Regexp) (parts []*syntax.Regexp, ordered bool) {
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	switch re.Op {
	case syntax.OpAlternate:
		return re.Sub, true
	case syntax.OpConcat:
		subs := flatConcat(re)
		at, widest := -1, 1
		for i, sub := range subs {
			for sub.Op == syntax.OpCapture {
				sub = sub.Sub[0]
			}
			if sub.Op == syntax.OpAlternate && len(sub.Sub) > widest {
				at, widest = i, len(sub.Sub)
			}
		}
		if at < 0 {
			return nil, false
		}
		rest := 0
		for i, sub := range subs {
			if i != at {
				rest += len(exprOf(sub))
			}
		}
		if rest > spreadRest {
			return nil, false
		}
		alt := subs[at]
		for alt.Op == syntax.OpCapture {
			alt = alt.Sub[0]
		}
		parts = make([]*syntax.Regexp, len(alt.Sub))
		for j, branch := range alt.Sub {
			in := slices.Clone(subs)
			in[at] = branch
			parts[j] = &syntax.Regexp{Op: syntax.OpConcat, Flags: re.Flags, Sub: in}
		}
		return parts, !slices.ContainsFunc(subs[:at], ambiguous)
	}
	return nil, false
}

// ambiguous reports whether re could match at one place in more than one
// way: anything but literals, single characters and assertions.
func ambiguous(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpLiteral, syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL, syntax.OpEmptyMatch,
		syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return false
	case syntax.OpCapture:
		return ambiguous(re.Sub[0])
	}
	return true
}

// flatConcat is a concatenation's parts with the concatenations inside
// it (a group's "word(?:0x|1x)", as the parser factors "word0x|word1x")
// spliced in: their groups only capture, which matching does not need.
func flatConcat(re *syntax.Regexp) []*syntax.Regexp {
	var out []*syntax.Regexp
	for _, sub := range re.Sub {
		inner := sub
		for inner.Op == syntax.OpCapture {
			inner = inner.Sub[0]
		}
		if inner.Op == syntax.OpConcat {
			out = append(out, flatConcat(inner)...)
			continue
		}
		out = append(out, sub)
	}
	return out
}

// maxNeeds bounds the words an alternative names: past it, checking
// them would cost more than they save.
const maxNeeds = 64

// needed names words of which any text re matches holds one (nil: it
// cannot say). Literals are read folded (lower-case, ASCII only): a
// word with a letter outside ASCII names nothing, so no folding of
// Unicode can hide a match.
func needed(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if w := literalWord(re.Rune); w != "" {
			return []string{w}
		}
	case syntax.OpCapture:
		return needed(re.Sub[0])
	case syntax.OpPlus:
		return needed(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return needed(re.Sub[0])
		}
	case syntax.OpConcat:
		// Adjacent literals make one word: ("sign" "ed off").
		var best []string
		var run []rune
		flush := func() {
			if w := literalWord(run); w != "" && better([]string{w}, best) {
				best = []string{w}
			}
			run = run[:0]
		}
		for _, sub := range re.Sub {
			if sub.Op == syntax.OpLiteral {
				run = append(run, sub.Rune...)
				continue
			}
			flush()
			if n := needed(sub); n != nil && better(n, best) {
				best = n
			}
		}
		flush()
		return best
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			n := needed(sub)
			if n == nil {
				return nil
			}
			all = append(all, n...)
		}
		if len(all) <= maxNeeds {
			return all
		}
	}
	return nil
}

// literalWord is a literal's runes folded to lower-case ASCII, or "" if
// one is not ASCII.
func literalWord(rs []rune) string {
	var b strings.Builder
	for _, r := range rs {
		if r >= utf8.RuneSelf {
			return ""
		}
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// better reports whether words a narrow a text down more than b: fewer
// of them, and longer.
func better(a, b []string) bool {
	if b == nil {
		return true
	}
	return score(a) > score(b)
}

func score(ws []string) int {
	shortest := len(ws[0])
	for _, w := range ws {
		shortest = min(shortest, len(w))
	}
	return shortest*4 - len(ws)
}

// folded is s with ASCII letters in lower case and the two letters
// outside ASCII that fold to ASCII ones (the Kelvin sign, long s) as
// those: a text holds a needed word, folded, wherever a case-folding
// expression could match it.
func folded(s string) string {
	return folder.Replace(strings.ToLower(s))
}

var folder = strings.NewReplacer("\u212a", "k", "\u017f", "s")

// candidates calls f with each alternative the text could match, in
// order, until f returns false.
func (p *pattern) candidates(s string, f func(a *alternative) bool) {
	var low string
	alts := p.alternatives()
	for i := range alts {
		a := &alts[i]
		if a.needs != nil {
			if low == "" {
				low = folded(s)
			}
			if !holdsAny(low, a.needs) {
				continue
			}
		}
		if !f(a) {
			return
		}
	}
}

func holdsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// MatchString reports whether s holds a match, as the whole expression.
func (p *pattern) MatchString(s string) bool {
	found := false
	p.candidates(s, func(a *alternative) bool {
		found = a.matches(s)
		return !found
	})
	return found
}

// FindStringIndex is the whole expression's leftmost-first match: the
// earliest start of any alternative's match, and at one start the
// first alternative's.
func (p *pattern) FindStringIndex(s string) []int {
	var best []int
	p.candidates(s, func(a *alternative) bool {
		var loc []int
		switch {
		case a.spread != nil && a.ordered:
			loc = a.spread.FindStringIndex(s)
		case a.spread != nil && !a.spread.MatchString(s):
		default:
			loc = a.re.FindStringIndex(s)
		}
		if loc != nil && (best == nil || loc[0] < best[0]) {
			best = loc
		}
		return best == nil || best[0] > 0
	})
	return best
}

// ReplaceAllString, ReplaceAllStringFunc, FindAllStringIndex and
// FindAllStringSubmatchIndex are the whole expression's, read only when
// some alternative matches.

func (p *pattern) ReplaceAllString(src, repl string) string {
	if !p.MatchString(src) {
		return src
	}
	return p.Regexp.ReplaceAllString(src, repl)
}

func (p *pattern) ReplaceAllStringFunc(src string, repl func(string) string) string {
	if !p.MatchString(src) {
		return src
	}
	return p.Regexp.ReplaceAllStringFunc(src, repl)
}

func (p *pattern) FindAllStringIndex(s string, n int) [][]int {
	if !p.MatchString(s) {
		return nil
	}
	return p.Regexp.FindAllStringIndex(s, n)
}

func (p *pattern) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !p.MatchString(s) {
		return nil
	}
	return p.Regexp.FindAllStringSubmatchIndex(s, n)
}

// exprOf writes re as an expression that compiles to its language, in
// time linear in its size (syntax.Regexp.String works out the flags of
// each character class, which under (?i) takes seconds on the drafter's
// expressions). Character classes are written range by range, folded as
// the parser already folded them; a literal that folds case is put in
// (?i:…); groups do not capture.
func exprOf(re *syntax.Regexp) string {
	var b strings.Builder
	writeExpr(&b, re)
	return b.String()
}

func writeExpr(b *strings.Builder, re *syntax.Regexp) {
	switch re.Op {
	case syntax.OpNoMatch:
		b.WriteString(`[^\x{0}-\x{10FFFF}]`)
	case syntax.OpEmptyMatch:
		b.WriteString(`(?:)`)
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			b.WriteString(`(?i:`)
		} else {
			b.WriteString(`(?:`)
		}
		for _, r := range re.Rune {
			writeRune(b, r)
		}
		b.WriteString(`)`)
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			b.WriteString(`[^\x{0}-\x{10FFFF}]`)
			return
		}
		b.WriteString(`[`)
		for i := 0; i+1 < len(re.Rune); i += 2 {
			writeRune(b, re.Rune[i])
			if re.Rune[i+1] > re.Rune[i] {
				b.WriteString(`-`)
				writeRune(b, re.Rune[i+1])
			}
		}
		b.WriteString(`]`)
	case syntax.OpAnyCharNotNL:
		b.WriteString(`(?-s:.)`)
	case syntax.OpAnyChar:
		b.WriteString(`(?s:.)`)
	case syntax.OpBeginLine:
		b.WriteString(`(?m:^)`)
	case syntax.OpEndLine:
		b.WriteString(`(?m:$)`)
	case syntax.OpBeginText:
		b.WriteString(`\A`)
	case syntax.OpEndText:
		b.WriteString(`\z`)
	case syntax.OpWordBoundary:
		b.WriteString(`\b`)
	case syntax.OpNoWordBoundary:
		b.WriteString(`\B`)
	case syntax.OpCapture:
		writeExpr(b, re.Sub[0])
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
		b.WriteString(`(?:`)
		writeExpr(b, re.Sub[0])
		b.WriteString(`)`)
		switch re.Op {
		case syntax.OpStar:
			b.WriteString(`*`)
		case syntax.OpPlus:
			b.WriteString(`+`)
		case syntax.OpQuest:
			b.WriteString(`?`)
		default:
			b.WriteString(`{` + strconv.Itoa(re.Min))
			if re.Max != re.Min {
				b.WriteString(`,`)
				if re.Max >= 0 {
					b.WriteString(strconv.Itoa(re.Max))
				}
			}
			b.WriteString(`}`)
		}
		if re.Flags&syntax.NonGreedy != 0 {
			b.WriteString(`?`)
		}
	case syntax.OpConcat:
		b.WriteString(`(?:`)
		for _, sub := range re.Sub {
			writeExpr(b, sub)
		}
		b.WriteString(`)`)
	case syntax.OpAlternate:
		b.WriteString(`(?:`)
		for i, sub := range re.Sub {
			if i > 0 {
				b.WriteString(`|`)
			}
			writeExpr(b, sub)
		}
		b.WriteString(`)`)
	default:
		panic("exprOf: unknown operator " + re.Op.String())
	}
}

// writeRune writes r to match itself alone.
func writeRune(b *strings.Builder, r rune) {
	b.WriteString(`\x{`)
	b.WriteString(strconv.FormatInt(int64(r), 16))
	b.WriteString(`}`)
}
