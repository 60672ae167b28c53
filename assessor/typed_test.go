package assessor

import "testing"

// Typed in a hurry, read as meant: bare contractions and one-letter slips
// in the words the rules read, but never a word of its own.
func TestMendTyping(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"we dont have metrics, theres no owner":          "we don't have metrics, there's no owner",
		"Havent looked; thats it; weve tried; theyre ok": "Haven't looked; that's it; we've tried; they're ok",
		"the aproved proceedure is reveiwed montly":      "the approved procedure is reviewed monthly",
		"Aproved by the comittee":                        "Approved by the committee",
		"every team does there own thing":                "every team does their own thing",
		// Words of their own stay as typed: the catalogs use them, or
		// nearMisses names them.
		"the cause was traced, noting the format and the approvals": "the cause was traced, noting the format and the approvals",
		"its scheduler separates the reviewer from the approver":    "its scheduler separates the reviewer from the approver",
		// "its", "were", "well", "cant" stay or mend as English reads them.
		"its logs were kept well":    "its logs were kept well",
		"we cant say, it wont start": "we can't say, it won't start",
		// A slip near two rule words is left alone; short words too.
		"evry adn": "evry adn",
	} {
		rewritesAs(t, "mendTyping", mendTyping, in, want)
	}
}

// Spoken, read as said: hesitation sounds and "you know" or "I mean" set
// off by commas go, but never words of their own.
func TestDropFillers(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"Um so the power, yeah.":                             " so the power, yeah.",
		"and uh nobody's ever looked, uh, at it":             "and nobody's ever looked, at it",
		"Uh threat intel, I mean, no.":                       " threat intel, no.",
		"no reception, you know, anyone can walk in":         "no reception, anyone can walk in",
		"and, you know, findings fell by half":               "and findings fell by half",
		"the perimeter, I mean honestly there isn't one":     "the perimeter, honestly there isn't one",
		"It works, you know. I mean, it's fine":              "It works. it's fine",
		"Erm, hmm, the team patches":                         " the team patches",
		"You know the policy. What I mean is we patch.":      "You know the policy. What I mean is we patch.",
		"Summit umbrella: uhlan humming, Ermine and Hummers": "Summit umbrella: uhlan humming, Ermine and Hummers",
	} {
		rewritesAs(t, "dropFillers", dropFillers, in, want)
	}
}

// rewritesAs checks that a rewrite read ahead of the rules (mendTyping,
// dropFillers) turns in into want.
func rewritesAs(t *testing.T, name string, rewrite func(string) string, in, want string) {
	t.Helper()
	if got := rewrite(in); got != want {
		t.Errorf("%s(%q) = %q, want %q", name, in, got, want)
	}
}
