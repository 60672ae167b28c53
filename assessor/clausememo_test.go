package assessor

import (
	"context"
	"os"
	"reflect"
	"sync"
	"testing"

	"github.com/assay-dev/assay/testenv/norace"
)

// memoTexts are the texts the memo tests read: each answer of two spent
// parts (eighty answers between them, in different registers), and each
// put the other ways given.
func memoTexts(t *testing.T, ways ...func(string) string) []string {
	t.Helper()
	var texts []string
	for _, a := range memoAnswers(t) {
		texts = append(texts, a)
		for _, way := range ways {
			texts = append(texts, way(a))
		}
	}
	return texts
}

// memoAnswers are the answers of the two parts memoTexts reads.
func memoAnswers(t testing.TB) []string {
	t.Helper()
	var answers []string
	for _, f := range []string{"testdata/drafts-heldout264.jsonl", "testdata/drafts-heldout300.jsonl"} {
		raw, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		items, err := ReadLabelled(raw)
		raw.Close()
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, it := range items {
			answers = append(answers, it.Answer)
		}
	}
	return answers
}

// readsAgainAsBefore reads every text once, filling the memos, then
// again last first, so that most entries come from a text read before,
// and reports each reading that differs from want, read from scratch.
func readsAgainAsBefore[T any](t *testing.T, texts []string, read func(string) T, want []T, how string) {
	t.Helper()
	for _, text := range texts {
		read(text)
	}
	for i := len(texts) - 1; i >= 0; i-- {
		if got := read(texts[i]); !reflect.DeepEqual(got, want[i]) {
			t.Errorf("%q %s as\n%+v\nbut from scratch as\n%+v", texts[i], how, got, want[i])
		}
	}
}

// A clause read from clauseMemo reads as it would from scratch, wherever
// the memo's entry came from: the same words first or later in an
// answer, after a question or not, ending at a colon or a full stop, in
// another answer or in the same one with a sentence added.
func TestClauseMemoReadsAsFromScratch(t *testing.T) {
	norace.Skip(t, "reads four hundred answers five ways, twice, in one goroutine (pure functions)")
	texts := memoTexts(t,
		func(a string) string { return a + " There is no documented or approved procedure and no metrics." },
		func(a string) string { return "Is it done? " + a },
		func(a string) string { return "Monitoring: " + a },
		func(a string) string { return a + " Really? Not really." })
	fromScratch := func(text string) []clause {
		clauseMemo.forget()
		return clauses(text)
	}
	want := make([][]clause, len(texts))
	for i, text := range texts {
		want[i] = fromScratch(text)
	}
	// Warm the memo with every text, then read them all again, last
	// first, so most entries come from a text read before.
	clauseMemo.forget()
	readsAgainAsBefore(t, texts, clauses, want, "reads from the memo")
	// The memo is bounded.
	if n := len(clauseMemo.entries()); n > clauseMemoSize {
		t.Errorf("memo holds %d clauses, more than %d", n, clauseMemoSize)
	}
}

// A draft whose ladder is read from statedMemo (and its clauses from
// clauseMemo) is the draft made from scratch, level, rationale, evidence
// and all: the same stated text met first in another answer, in the same
// answer with a denial, plan or hedge added, or in an answer that states
// it after a question or a label.
func TestStatedMemoDraftsAsFromScratch(t *testing.T) {
	norace.Skip(t, "drafts four hundred answers twice in one goroutine (pure functions)")
	texts := memoTexts(t,
		func(a string) string { return a + " There is no documented or approved procedure and no metrics." },
		func(a string) string {
			return a + " We plan to measure it against a target and improve it next quarter."
		},
		func(a string) string { return a + " I think it is approved and measured on a dashboard." },
		func(a string) string { return "Monitoring: " + a })
	draft := func(text string) *Output {
		res, err := Offline{}.Draft(context.Background(), &Request{Scale: BuiltinScales[0], Answer: Answer{Text: text}})
		if err != nil {
			t.Fatal(err)
		}
		return res.Output
	}
	forget := func() {
		clauseMemo.forget()
		statedMemo.forget()
	}
	want := make([]*Output, len(texts))
	for i, text := range texts {
		forget()
		want[i] = draft(text)
	}
	forget()
	readsAgainAsBefore(t, texts, draft, want, "drafts from the memos")
	// Every remembered reading is the reading itself, of its own text.
	remembered := statedMemo.entries()
	if n := len(remembered); n > statedMemoSize || n == 0 {
		t.Errorf("memo holds %d readings, want 1 to %d", n, statedMemoSize)
	}
	for k, got := range remembered {
		var want statedRead
		if k.reading == adHocRead {
			want.matched = adHoc.MatchString(k.text) && adHoc.MatchString(notAdHoc.ReplaceAllString(k.text, ""))
		} else {
			read := signals[k.reading].read(k.text)
			if loc := signals[k.reading].re.FindStringIndex(read); loc != nil {
				want = statedRead{true, read[loc[0]:loc[1]]}
			}
		}
		if got != want {
			t.Errorf("reading %d of %q remembered as %+v, is %+v", k.reading, k.text, got, want)
		}
	}
}

// Drafts made at once from several goroutines, sharing the memo, draft as
// one goroutine does: under the detector this is the memo's race test
// (the reading test above runs without it).
func TestClauseMemoSharedByConcurrentDrafts(t *testing.T) {
	t.Parallel()
	raw, err := os.Open("testdata/drafts-heldout300.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	items, err := ReadLabelled(raw)
	raw.Close()
	if err != nil {
		t.Fatal(err)
	}
	items = items[:12] // a drafted answer takes some 70 ms under the detector
	draft := func(a string) int {
		res, err := Offline{}.Draft(context.Background(), &Request{Scale: BuiltinScales[0], Answer: Answer{Text: a}})
		if err != nil {
			t.Error(err)
			return -1
		}
		return res.Output.Level
	}
	want := make([]int, len(items))
	for i, it := range items {
		want[i] = draft(it.Answer)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range items {
				j := (i + g*len(items)/4) % len(items) // each starts elsewhere
				if got := draft(items[j].Answer); got != want[j] {
					t.Errorf("%q drafts %d beside other drafts, %d alone", items[j].Answer, got, want[j])
				}
			}
		}()
	}
	wg.Wait()
}
