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
		if got := mendTyping(in); got != want {
			t.Errorf("mendTyping(%q) = %q, want %q", in, got, want)
		}
	}
}
