package assessor

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// The README's "What the runs say" paragraphs count the first runs in its
// drafter table in words. Those counts are copies of the table, kept by
// hand each round; this test derives them from the table so a round that
// adds a row but misses a count fails here, not in a reader's hands.

// firstRun is one "run once" row of the README's drafter table.
type firstRun struct {
	label                   string
	rules                   int
	exact, withinOne, kappa float64
	kappaBelow              bool // a footnoted kappa that rounds to the target but is below it
	above                   int
}

func (r firstRun) held() bool {
	return r.withinOne >= 0.95 && r.kappa >= 0.85 && !r.kappaBelow && r.above == 0
}

var (
	tableRow = regexp.MustCompile(`(?m)^  \| (.*run once.*?) \| v(\d+) \| (.*?) \| (.*?) \| (.*?) \| .*? \| (.*?) \|$`)
	decimal  = regexp.MustCompile(`\d\.\d+`)
	integer  = regexp.MustCompile(`\d+`)
)

func readmeFirstRuns(t *testing.T) (string, []firstRun) {
	t.Helper()
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	num := func(cell string) float64 {
		f, err := strconv.ParseFloat(decimal.FindString(cell), 64)
		if err != nil {
			t.Fatalf("cell %q: %v", cell, err)
		}
		return f
	}
	var rows []firstRun
	for _, m := range tableRow.FindAllStringSubmatch(text, -1) {
		v, _ := strconv.Atoi(m[2])
		above, _ := strconv.Atoi(integer.FindString(m[6]))
		rows = append(rows, firstRun{label: m[1], rules: v, exact: num(m[3]), withinOne: num(m[4]), kappa: num(m[5]),
			kappaBelow: strings.Contains(m[5], "†"), above: above})
	}
	if len(rows) < 100 {
		t.Fatalf("found %d first-run rows in the README's drafter table", len(rows))
	}
	return strings.Join(strings.Fields(text), " "), rows
}

var (
	smallNumbers = strings.Fields("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
	tensNumbers  = strings.Fields("_ _ twenty thirty forty fifty sixty seventy eighty ninety")
)

// wordsToInt reads a count written out ("a hundred and thirty-two",
// "hundred and eighty-one", "ninety-three", "two hundred and three").
func wordsToInt(s string) (int, bool) {
	s = strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(s), "a "), "the ")
	n, hundreds := 0, 1
	// "two hundred and three": the hundreds' count before "hundred".
	if head, rest, ok := strings.Cut(s, " hundred"); ok {
		for i, w := range smallNumbers {
			if w == head && i > 0 {
				hundreds, s = i, "hundred"+rest
			}
		}
	}
	if rest, ok := strings.CutPrefix(s, "hundred"); ok {
		n, s = 100*hundreds, strings.TrimPrefix(strings.TrimSpace(rest), "and ")
		if s == "" {
			return n, true
		}
	}
	tens, unit, _ := strings.Cut(s, "-")
	for i, w := range tensNumbers {
		if w == tens {
			n += 10 * i
			if unit == "" {
				return n, true
			}
			s = unit
		}
	}
	for i, w := range smallNumbers {
		if w == s {
			return n + i, true
		}
	}
	return 0, false
}

func TestReadmeRunCountsMatchItsTable(t *testing.T) {
	text, rows := readmeFirstRuns(t)
	count := func(rs []firstRun, keep func(firstRun) bool) int {
		n := 0
		for _, r := range rs {
			if keep(r) {
				n++
			}
		}
		return n
	}
	held := func(r firstRun) bool { return r.held() }
	from := func(v int) []firstRun {
		var out []firstRun
		for _, r := range rows {
			if r.rules >= v {
				out = append(out, r)
			}
		}
		return out
	}
	latest := rows[len(rows)-1].rules
	words := func(name, w string, want int) {
		t.Helper()
		got, ok := wordsToInt(w)
		if !ok {
			t.Errorf("%s: cannot read %q as a number", name, w)
		} else if got != want {
			t.Errorf("%s: the README says %q (%d), its table gives %d", name, w, got, want)
		}
	}

	// A count in words: letters, hyphens and spaces only.
	const w = `([a-z][a-z -]*?)`
	all := regexp.MustCompile(`held together on ` + w + ` of the ` + w + ` first runs from v6 on, and on ` + w + ` of the last ` + w + ` \(v17–v(\d+);`).FindStringSubmatch(text)
	if all == nil {
		t.Fatal(`the README's "What the runs say" sentence on first runs is missing`)
	}
	words("held from v6", all[1], count(from(6), held))
	words("first runs from v6", all[2], len(from(6)))
	words("held from v17", all[3], count(from(17), held))
	words("first runs from v17", all[4], len(from(17)))
	if v, _ := strconv.Atoi(all[5]); v != latest {
		t.Errorf("first runs counted up to v%d, the table's last row is v%d", v, latest)
	}

	var mixed []firstRun
	for _, r := range rows {
		if strings.Contains(r.label, "longer mixed answers") {
			mixed = append(mixed, r)
		}
	}
	m := regexp.MustCompile(`Over the ` + w + ` parts in that register \(([\d,]+) answers, each run once, v100–v(\d+);[^()]*\)[^()]*\(at least 0\.95 on ` + w + `\) and ` + w + ` answers two above: the targets held on ` + w + ` of ` + w + ` \(on ` + w + ` of the last ` + w + `\), and exact agreement stays between 0\.70 and 0\.90 but for ((?:[a-z]+(?:-[a-z]+)? )?(?:0\.9\d\d|1\.000)s?(?:(?:,| and) (?:[a-z]+(?:-[a-z]+)? )?(?:0\.9\d\d|1\.000)s?)*)`).FindStringSubmatch(text)
	if m == nil {
		t.Fatal(`the README's sentence on the mixed-register parts is missing`)
	}
	words("mixed parts", m[1], len(mixed))
	if got, want := strings.ReplaceAll(m[2], ",", ""), strconv.Itoa(40*len(mixed)); got != want {
		t.Errorf("mixed answers: the README says %s, its table gives %s", m[2], want)
	}
	if v, _ := strconv.Atoi(m[3]); v != mixed[len(mixed)-1].rules {
		t.Errorf("mixed parts counted up to v%d, the table's last such row is v%d", v, mixed[len(mixed)-1].rules)
	}
	words("within one at least 0.95", m[4], count(mixed, func(r firstRun) bool { return r.withinOne >= 0.95 }))
	above := 0
	for _, r := range mixed {
		above += r.above
	}
	words("answers two above", m[5], above)
	words("mixed held", m[6], count(mixed, held))
	words("mixed parts (held of)", m[7], len(mixed))
	last, ok := wordsToInt(m[9])
	if !ok || last > len(mixed) {
		t.Fatalf("cannot read the last %q mixed parts", m[9])
	}
	words("mixed held of the last", m[8], count(mixed[len(mixed)-last:], held))

	// "one 1.000, two 0.975s, four 0.950s and twenty-one 0.925s": every exact
	// agreement above 0.90, by value (the count in words, hyphenated
	// above twenty); "…, and one 0.650 below": every one under 0.70 (with
	// none, the sentence names none).
	byValue := func(keep func(float64) bool) map[string]int {
		out := map[string]int{}
		for _, r := range mixed {
			if keep(r.exact) {
				out[strconv.FormatFloat(r.exact, 'f', 3, 64)]++
			}
		}
		return out
	}
	checkListed := func(name, list string, value *regexp.Regexp, want map[string]int) {
		t.Helper()
		stated := value.FindAllStringSubmatch(list, -1)
		if len(stated) != len(want) {
			t.Errorf("exact agreements %s: the README lists %q, its table has %v", name, list, want)
		}
		for _, s := range stated {
			n := 1
			if s[1] != "" {
				n, _ = wordsToInt(s[1])
			}
			if n != want[s[2]] {
				t.Errorf("exact agreement %s: the README says %d, its table has %d", s[2], n, want[s[2]])
			}
		}
	}
	checkListed("above 0.90", m[10], regexp.MustCompile(`(?:([\w-]+) )?(0\.9\d\d|1\.000)s?`), byValue(func(x float64) bool { return x > 0.90 }))
	below := ""
	if b := regexp.MustCompile(`\ds? above, and ((?:[a-z]+(?:-[a-z]+)? )?0\.[0-6]\d\ds?(?:(?:,| and) (?:[a-z]+(?:-[a-z]+)? )?0\.[0-6]\d\ds?)*) below`).FindStringSubmatch(text); b != nil {
		below = b[1]
	}
	checkListed("below 0.70", below, regexp.MustCompile(`(?:([\w-]+) )?(0\.[0-6]\d\d)s?`), byValue(func(x float64) bool { return x < 0.70 }))
}

func TestWordsToInt(t *testing.T) {
	for s, want := range map[string]int{"seven": 7, "twenty": 20, "ninety-three": 93, "a hundred and thirty-two": 132,
		"hundred and eighty-one": 181, "hundred and seventy": 170, "the hundred and twelve": 112, "a hundred": 100,
		"two hundred": 200, "the two hundred and three": 203, "two hundred and forty-one": 241} {
		if got, ok := wordsToInt(s); !ok || got != want {
			t.Errorf("wordsToInt(%q) = %d, %v; want %d", s, got, ok, want)
		}
	}
	if _, ok := wordsToInt("many"); ok {
		t.Error(`wordsToInt("many") read a number`)
	}
}
