package ask_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/assay-dev/assay/ask"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/retrieval"
)

func builtin(t *testing.T) *catalogs.Set {
	t.Helper()
	set, err := catalogs.BuiltinSet()
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func refs(cs []ask.Control) string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Framework+" "+c.Ref)
	}
	return strings.Join(out, ", ")
}

func has(cs []ask.Control, fw, ref string) bool {
	for _, c := range cs {
		if c.Framework == fw && c.Ref == ref {
			return true
		}
	}
	return false
}

// The controls are named from the catalogs' own words, so ISO controls
// (whose text is not shipped) are found; an enhancement brings its base.
func TestAnswersNameTheControls(t *testing.T) {
	t.Parallel()
	set := builtin(t)
	a := &ask.Asker{Set: func() *catalogs.Set { return set }}
	ctx := context.Background()
	got, err := a.Ask(ctx, "How do we assess the impact of our AI systems on people?", []catalogs.FrameworkID{catalogs.ISO42001, catalogs.AIRMF})
	if err != nil {
		t.Fatal(err)
	}
	for _, ref := range []string{"A.5.2", "A.5.3", "A.5.4", "A.5.5"} {
		if !has(got.Controls, "iso42001-2023", ref) {
			t.Errorf("impact question: %s missing from %s", ref, refs(got.Controls))
		}
	}
	if !got.Offline || !strings.Contains(got.Answer, "Controls that apply: iso42001-2023 A.5") {
		t.Errorf("offline answer %q", got.Answer)
	}
	got, err = a.Ask(ctx, "What do we do when someone leaves the company?", []catalogs.FrameworkID{catalogs.SP80053})
	if err != nil {
		t.Fatal(err)
	}
	if !has(got.Controls, "nist-sp800-53-r5", "PS-4") {
		t.Errorf("leaver question: PS-4 missing from %s", refs(got.Controls))
	}
	for _, c := range got.Controls {
		if c.Framework != "nist-sp800-53-r5" {
			t.Errorf("%s named outside the frameworks asked for", c.Ref)
		}
	}
	if _, err := a.Ask(ctx, "  ", nil); err == nil {
		t.Error("an empty question was answered")
	}
	if _, err := a.Ask(ctx, strings.Repeat("x", ask.MaxQuestion+1), nil); err == nil {
		t.Error("an oversized question was answered")
	}
}

// Passages found by search are kept once (the same text under two
// documents is one passage), each with its framework, ref, document and
// title; their controls are named, and an enhancement's base with them.
func TestPassagesAreDistinctAndNamed(t *testing.T) {
	t.Parallel()
	set := builtin(t)
	chunk := func(doc, fw, ref, heading, text string) retrieval.Result {
		return retrieval.Result{Chunk: retrieval.ChunkRecord{Doc: doc, Framework: catalogs.FrameworkID(fw), Ref: catalogs.Ref(ref), Heading: []string{heading}, Text: text}, Score: 0.5}
	}
	search := func(context.Context, retrieval.Query) ([]retrieval.Result, error) {
		return []retrieval.Result{
			chunk("ai-rmf-1.0", "nist-ai-rmf-1.0", "", "Executive summary", "The AI RMF is intended for voluntary use."),
			chunk("ai-rmf-playbook", "nist-ai-rmf-1.0", "", "Executive summary", "The AI RMF is intended  for voluntary use."),
			chunk("sp800-53", "nist-sp800-53-r5", "PS-4(1)", "PS-4(1)", "Notify individuals of applicable post-employment requirements."),
		}, nil
	}
	a := &ask.Asker{Set: func() *catalogs.Set { return set }, Search: search}
	got, err := a.Ask(context.Background(), "What do we tell people who leave about their duties?", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Passages) != 2 || got.Passages[1].Ref != "PS-4(1)" || got.Passages[1].Title == "PS-4(1)" || got.Passages[1].Doc != "sp800-53" {
		t.Errorf("passages %+v", got.Passages)
	}
	if !has(got.Controls, "nist-sp800-53-r5", "PS-4(1)") || !has(got.Controls, "nist-sp800-53-r5", "PS-4") {
		t.Errorf("controls %s", refs(got.Controls))
	}
}

// A question asked of several frameworks names each of them: a framework
// whose passages search finds (the AI RMF) takes no more than its share
// of the list while another (ISO 42001, known only by its titles) has
// candidates left.
func TestSeveralFrameworksEachGetTheirShare(t *testing.T) {
	t.Parallel()
	set := builtin(t)
	a := finding(set, passages("AI impact", catalogs.AIRMF, "GOVERN 1.1", "GOVERN 1.2", "GOVERN 1.3", "GOVERN 1.4", "GOVERN 1.5", "GOVERN 2.1", "GOVERN 2.2", "GOVERN 3.1", "MAP 1.1", "MAP 1.5", "MAP 5.1", "MEASURE 1.1"))
	q := "How do we assess the impact of our AI systems on people?"
	count := func(cs []ask.Control) map[string]int {
		n := map[string]int{}
		for _, c := range cs {
			n[c.Framework]++
		}
		return n
	}
	both, err := a.Ask(context.Background(), q, []catalogs.FrameworkID{catalogs.ISO42001, catalogs.AIRMF})
	if err != nil {
		t.Fatal(err)
	}
	if n := count(both.Controls); len(both.Controls) != ask.MaxControls || n[string(catalogs.ISO42001)] != ask.MaxControls/2 || n[string(catalogs.AIRMF)] != ask.MaxControls/2 {
		t.Errorf("asked of ISO 42001 and the AI RMF: %s", refs(both.Controls))
	}
	for i := 1; i < len(both.Controls); i++ {
		if both.Controls[i].Score > both.Controls[i-1].Score {
			t.Errorf("not best first: %s", refs(both.Controls))
		}
	}
}

// Asked of every framework, one framework whose passages search finds
// (SP 800-53, with its enhancements) takes at most half the list while
// others have candidates, and an enhancement whose base is named gives
// its slot to another control.
func TestAllFrameworksNoneTakesTheList(t *testing.T) {
	t.Parallel()
	set := builtin(t)
	a := finding(set, passages("audit logs", catalogs.SP80053, "AU-6", "AU-6(1)", "AU-6(3)", "AU-6(4)", "AU-2", "AU-3", "AU-11", "AU-12", "AU-4", "AU-4(1)", "AU-5", "AU-5(5)"))
	got, err := a.Ask(context.Background(), "What logs should we keep and who looks at them?", nil)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range got.Controls {
		if c.Framework == string(catalogs.SP80053) {
			n++
			if strings.Contains(c.Ref, "(") && has(got.Controls, c.Framework, strings.SplitN(c.Ref, "(", 2)[0]) {
				t.Errorf("%s named with its base while other controls wait: %s", c.Ref, refs(got.Controls))
			}
		}
	}
	if len(got.Controls) != ask.MaxControls || n > ask.MaxControls/2 || !has(got.Controls, "iso27001-2022", "A.8.15") {
		t.Errorf("%d of %d from SP 800-53, A.8.15 named %v: %s", n, len(got.Controls), has(got.Controls, "iso27001-2022", "A.8.15"), refs(got.Controls))
	}
}

// A control known only by Assay's words (ISO) competes with controls
// that search also finds by their passages: asked of every framework
// while NIST passages fill the results, the ISO control the question is
// about is still named.
func TestWordsOnlyControlsCompeteWithPassages(t *testing.T) {
	t.Parallel()
	set := builtin(t)
	a := finding(set, slices.Concat(passages("passwords", catalogs.SP80053, "IA-5", "IA-5(1)", "IA-5(18)", "IA-2"),
		passages("passwords", catalogs.CSF2, "PR.AA-01", "PR.AA-03", "PR.AA-05"), passages("passwords", catalogs.AIRMF, "MEASURE 2.7")))
	got, err := a.Ask(context.Background(), "How do we stop people reusing weak passwords?", nil)
	if err != nil {
		t.Fatal(err)
	}
	if !has(got.Controls, "iso27001-2022", "A.5.17") || !has(got.Controls, "nist-sp800-53-r5", "IA-5") {
		t.Errorf("A.5.17 and IA-5 should both be named: %s", refs(got.Controls))
	}
}

// passages are search results: a passage of each ref of fw, in order,
// each the topic and its ref.
func passages(topic string, fw catalogs.FrameworkID, refs ...string) []retrieval.Result {
	var res []retrieval.Result
	for _, ref := range refs {
		res = append(res, retrieval.Result{Chunk: retrieval.ChunkRecord{Doc: string(fw), Framework: fw, Ref: catalogs.Ref(ref), Heading: []string{ref}, Text: topic + " " + ref}, Score: 1})
	}
	return res
}

// finding is an Asker whose search finds res, whatever the question.
func finding(set *catalogs.Set, res []retrieval.Result) *ask.Asker {
	return &ask.Asker{Set: func() *catalogs.Set { return set }, Search: func(context.Context, retrieval.Query) ([]retrieval.Result, error) { return res, nil }}
}
