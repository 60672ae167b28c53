package assessor

import (
	"context"
	"testing"
)

// BenchmarkOfflineDraft drafts the eighty answers of two spent parts
// (memoAnswers) from scratch, the clause and stated-text memos emptied
// each time: the offline drafter's cost per answer, most of it in its
// expressions.
func BenchmarkOfflineDraft(b *testing.B) {
	answers := memoAnswers(b)
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
