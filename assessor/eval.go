package assessor

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/jsonl"
	"github.com/assay-dev/assay/retrieval"
)

// Labelled is one owner answer with the level a person gave it, on the
// built-in maturity-0-5 scale.
type Labelled struct {
	Framework string   `json:"framework"`
	Ref       string   `json:"ref"`
	Answer    string   `json:"answer"`
	Evidence  []string `json:"evidence,omitempty"`
	Level     int      `json:"level"`
}

// ReadLabelled reads a labelled set, one JSON object a line; blank lines
// are skipped. Errors: errs.Invalid naming the line.
func ReadLabelled(r io.Reader) ([]Labelled, error) {
	return jsonl.Read(r, "assessor.ReadLabelled", "answers", func(l *Labelled) error {
		switch {
		case l.Framework == "" || l.Ref == "":
			return errors.New("needs framework and ref")
		case strings.TrimSpace(l.Answer) == "":
			return errors.New("needs an answer")
		case l.Level < 0 || l.Level > 5:
			return fmt.Errorf("level %d is not on the 0–5 scale", l.Level)
		}
		return nil
	})
}

// EvalItem is one answer's drafted level against its label.
type EvalItem struct {
	Framework string `json:"framework"`
	Ref       string `json:"ref"`
	Answer    string `json:"answer"`
	Label     int    `json:"label"`
	Drafted   int    `json:"drafted"`
	Failed    string `json:"failed,omitempty"` // the drafter gave no valid draft
}

// EvalReport is how a drafter's levels agree with people's: the same
// figures as calibration (Agreement: exact, within one, quadratic-weighted
// kappa, mean signed difference, drafted minus labelled), the drafts two
// or more levels above the label (the costly error: maturity reported
// that is not there), and the confusion matrix.
type EvalReport struct {
	Drafter string `json:"drafter"`
	Prompt  string `json:"prompt"`
	Agreement
	// Failed counts answers with no valid draft (compared at level 0).
	Failed    int `json:"failed"`
	OverByTwo int `json:"over_by_two_or_more"`
	// Confusion[label][drafted] counts answers.
	Confusion [6][6]int  `json:"confusion"`
	Items     []EvalItem `json:"items"`
}

// Evaluate drafts each labelled answer with the drafter, as the service
// would (passages from search when given), and compares the levels.
// Errors: errs.NotFound naming every answer whose control the catalogs do
// not know, before anything is drafted (a model's calls are not spent on
// a set that cannot finish); a drafter that cannot be reached stops the
// run.
func Evaluate(ctx context.Context, d Drafter, set *catalogs.Set, search func(context.Context, retrieval.Query) ([]retrieval.Result, error), items []Labelled) (*EvalReport, error) {
	scale := BuiltinScales[0]
	rep := &EvalReport{Drafter: d.Name()}
	controls := make([]catalogs.Control, len(items))
	var unknown []string
	for i, l := range items {
		c, err := set.Resolve(l.Framework, l.Ref)
		if err != nil {
			unknown = append(unknown, fmt.Sprintf("answer %d: %s", i+1, errs.Message(err)))
		}
		controls[i] = c
	}
	if len(unknown) > 0 {
		return nil, errs.E("assessor.Evaluate", errs.NotFound, "%s", jsonl.Summary(unknown))
	}
	for i, l := range items {
		c := controls[i]
		var err error
		req := &Request{Control: c, Answer: Answer{Framework: c.Framework, Ref: c.Ref, Text: l.Answer, Evidence: l.Evidence}, Scale: scale}
		if search != nil {
			k := c.Key()
			if req.Passages, err = search(ctx, retrieval.Query{Text: l.Answer, Control: &k, K: 6}); err != nil {
				return nil, err
			}
		}
		it := EvalItem{Framework: string(c.Framework), Ref: string(c.Ref), Answer: l.Answer, Label: l.Level}
		res, err := d.Draft(ctx, req)
		switch {
		case err != nil && errs.KindOf(err) == errs.Invalid:
			it.Failed = errs.Message(err)
			rep.Failed++
		case err != nil:
			return nil, err
		default:
			it.Drafted = res.Output.Level
			rep.Prompt = res.Prompt
		}
		rep.Items = append(rep.Items, it)
	}
	rep.score()
	return rep, nil
}

// score computes the agreement figures from the items.
func (r *EvalReport) score() {
	var pairs []Pair
	for _, it := range r.Items {
		lab, dr := min(max(it.Label, 0), 5), min(max(it.Drafted, 0), 5)
		r.Confusion[lab][dr]++
		if dr-lab >= 2 {
			r.OverByTwo++
		}
		pairs = append(pairs, Pair{Framework: catalogs.FrameworkID(it.Framework), Scale: Maturity05, Drafted: dr, Final: lab})
	}
	r.Agreement = agreement(pairs)
}

// Text is the report for a terminal: the figures, the confusion matrix,
// and each disagreement.
func (r *EvalReport) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "drafter %s (%s), %d answers", r.Drafter, r.Prompt, r.N)
	if r.Failed > 0 {
		fmt.Fprintf(&b, ", %d without a valid draft", r.Failed)
	}
	kappa := "undefined"
	if r.Kappa != nil {
		kappa = fmt.Sprintf("%.3f", *r.Kappa)
	}
	fmt.Fprintf(&b, "\nexact %.3f · within one %.3f · quadratic-weighted kappa %s · mean signed difference %+.3f · two or more levels above the label: %d\n",
		r.Exact, r.WithinOne, kappa, r.MeanSignedDiff, r.OverByTwo)
	b.WriteString("\nlabel \\ drafted   0   1   2   3   4   5\n")
	for i := range 6 {
		fmt.Fprintf(&b, "%13d    ", i)
		for j := range 6 {
			fmt.Fprintf(&b, "%3d ", r.Confusion[i][j])
		}
		b.WriteString("\n")
	}
	var off []string
	for _, it := range r.Items {
		if it.Drafted != it.Label || it.Failed != "" {
			line := fmt.Sprintf("  %+d  %s %s: drafted %d, labelled %d — %s", it.Drafted-it.Label, it.Framework, it.Ref, it.Drafted, it.Label, trimTo(it.Answer, 120))
			if it.Failed != "" {
				line += " (no valid draft: " + trimTo(it.Failed, 80) + ")"
			}
			off = append(off, line)
		}
	}
	if len(off) > 0 {
		b.WriteString("\ndisagreements:\n" + strings.Join(off, "\n") + "\n")
	}
	return b.String()
}
