package assessor

import (
	"context"
	"os"
	"reflect"
	"sync"
	"testing"

	"github.com/assay-dev/assay/testenv/norace"
)

// A clause read from clauseMemo reads as it would from scratch, wherever
// the memo's entry came from: the same words first or later in an
// answer, after a question or not, ending at a colon or a full stop, in
// another answer or in the same one with a sentence added.
func TestClauseMemoReadsAsFromScratch(t *testing.T) {
	norace.Skip(t, "reads four hundred answers five ways, twice, in one goroutine (pure functions)")
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
	var texts []string
	for _, a := range answers {
		texts = append(texts, a,
			a+" There is no documented or approved procedure and no metrics.",
			"Is it done? "+a,
			"Monitoring: "+a,
			a+" Really? Not really.")
	}
	fromScratch := func(text string) []clause {
		clauseMemo.Lock()
		clear(clauseMemo.m)
		clauseMemo.Unlock()
		return clauses(text)
	}
	want := make([][]clause, len(texts))
	for i, text := range texts {
		want[i] = fromScratch(text)
	}
	// Warm the memo with every text, then read them all again, last
	// first, so most entries come from a text read before.
	clauseMemo.Lock()
	clear(clauseMemo.m)
	clauseMemo.Unlock()
	for _, text := range texts {
		clauses(text)
	}
	for i := len(texts) - 1; i >= 0; i-- {
		if got := clauses(texts[i]); !reflect.DeepEqual(got, want[i]) {
			t.Errorf("%q reads from the memo as\n%+v\nbut from scratch as\n%+v", texts[i], got, want[i])
		}
	}
	// The memo is bounded.
	clauseMemo.Lock()
	defer clauseMemo.Unlock()
	if len(clauseMemo.m) > clauseMemoSize {
		t.Errorf("memo holds %d clauses, more than %d", len(clauseMemo.m), clauseMemoSize)
	}
}

// A draft whose ladder is read from statedMemo (and its clauses from
// clauseMemo) is the draft made from scratch, level, rationale, evidence
// and all: the same stated text met first in another answer, in the same
// answer with a denial, plan or hedge added, or in an answer that states
// it after a question or a label.
func TestStatedMemoDraftsAsFromScratch(t *testing.T) {
	norace.Skip(t, "drafts four hundred answers twice in one goroutine (pure functions)")
	var texts []string
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
			a := it.Answer
			texts = append(texts, a,
				a+" There is no documented or approved procedure and no metrics.",
				a+" We plan to measure it against a target and improve it next quarter.",
				a+" I think it is approved and measured on a dashboard.",
				"Monitoring: "+a)
		}
	}
	draft := func(text string) *Output {
		res, err := Offline{}.Draft(context.Background(), &Request{Scale: BuiltinScales[0], Answer: Answer{Text: text}})
		if err != nil {
			t.Fatal(err)
		}
		return res.Output
	}
	forget := func() {
		clauseMemo.Lock()
		clear(clauseMemo.m)
		clauseMemo.Unlock()
		statedMemo.Lock()
		clear(statedMemo.m)
		statedMemo.Unlock()
	}
	want := make([]*Output, len(texts))
	for i, text := range texts {
		forget()
		want[i] = draft(text)
	}
	forget()
	for _, text := range texts {
		draft(text)
	}
	for i := len(texts) - 1; i >= 0; i-- {
		if got := draft(texts[i]); !reflect.DeepEqual(got, want[i]) {
			t.Errorf("%q drafts from the memos as\n%+v\nbut from scratch as\n%+v", texts[i], got, want[i])
		}
	}
	// Every remembered reading is the reading itself, of its own text.
	statedMemo.Lock()
	defer statedMemo.Unlock()
	if n := len(statedMemo.m); n > statedMemoSize || n == 0 {
		t.Errorf("memo holds %d readings, want 1 to %d", n, statedMemoSize)
	}
	for k, got := range statedMemo.m {
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
