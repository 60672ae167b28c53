package catalogs

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Check-in questions for NIST catalogs are derived from the control text,
// which is public domain; ISO questions are written by hand in builtin/.

// outcomeQuestion turns an outcome statement ("Roles and responsibilities are
// established …") into a question an owner can answer in a few sentences.
func outcomeQuestion(statement string) string {
	s := firstSentence(statement)
	if s == "" {
		return ""
	}
	return "How do you make sure that " + lowerFirst(s) + "? Say what is in place, who owns it, and what shows it works."
}

// requirementQuestions asks how a requirement-style control (SP 800-53, an
// imported OSCAL catalog) is met, and asks after its first requirement.
func requirementQuestions(title, statement string) []string {
	qs := []string{"How do you implement " + strings.TrimSpace(title) + "? Say what is in place, who owns it, and what evidence shows it works."}
	first := firstRequirement(statement)
	if first != "" {
		qs = append(qs, "In particular, how do you "+lowerFirst(first)+"?")
	}
	return qs
}

// titleQuestion is the fallback for an imported control with only a title.
func titleQuestion(title string) string {
	return "How does your organisation address " + quoteTitle(title) + "? Say what is in place, who owns it, and what evidence shows it works."
}

func quoteTitle(t string) string { return "“" + strings.TrimSpace(t) + "”" }

// firstRequirement returns the first requirement item of a rendered
// statement, without its label and trailing punctuation, bounded in length.
func firstRequirement(statement string) string {
	for _, line := range strings.Split(statement, "\n") {
		line = strings.TrimSpace(line)
		// drop an item label such as "a." or "1." or "(a)"
		if i := strings.IndexByte(line, ' '); i > 0 && i <= 4 && strings.ContainsAny(line[:i], ".)") {
			line = strings.TrimSpace(line[i+1:])
		}
		line = strings.TrimRight(line, ";:.,")
		// "Specify:" introduces sub-items; an introduction alone is no question.
		if line == "" || !strings.Contains(line, " ") {
			continue
		}
		if utf8.RuneCountInString(line) > 200 {
			r := []rune(line)
			cut := string(r[:200])
			if i := strings.LastIndexByte(cut, ' '); i > 120 {
				cut = cut[:i]
			}
			line = cut + "…"
		}
		return line
	}
	return ""
}

// lowerFirst lower-cases the first letter unless the first word is an
// acronym ("AI", "ICT", "OT").
func lowerFirst(s string) string {
	word, _, _ := strings.Cut(s, " ")
	upper := 0
	for _, r := range word {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	if upper > 1 {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// firstSentence returns the first sentence, without its full stop.
func firstSentence(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, ". "); i > 0 {
		s = s[:i]
	}
	return strings.TrimRight(s, ". ")
}
