package assessor

import (
	"context"
	"os"
	"testing"
)

// BenchmarkOfflineDraft drafts the eighty answers of two spent parts
// from scratch, the clause and stated-text memos emptied each time: the
// offline drafter's cost per answer, most of it in its expressions.
func BenchmarkOfflineDraft(b *testing.B) {
	var answers []string
	for _, f := range []string{"testdata/drafts-heldout264.jsonl", "testdata/drafts-heldout300.jsonl"} {
		raw, err := os.Open(f)
		if err != nil {
			b.Fatal(err)
		}
		items, err := ReadLabelled(raw)
		raw.Close()
		if err != nil {
			b.Fatal(err)
		}
		for _, it := range items {
			answers = append(answers, it.Answer)
		}
	}
	ctx := context.Background()
	// The first draft makes every pattern's alternatives: time it apart.
	clauseMemo.forget()
	statedMemo.forget()
	if _, err := (Offline{}).Draft(ctx, &Request{Scale: BuiltinScales[0], Answer: Answer{Text: answers[0]}}); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		clauseMemo.forget()
		statedMemo.forget()
		for _, a := range answers {
			if _, err := (Offline{}).Draft(ctx, &Request{Scale: BuiltinScales[0], Answer: Answer{Text: a}}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(answers))/1e6, "ms/answer")
}
