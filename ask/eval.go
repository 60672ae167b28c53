package ask

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/jsonl"
)

// Labelled is a question with the controls a person expects an answer to
// name, asked of the given frameworks (all of them when none are given).
type Labelled struct {
	Question   string   `json:"question"`
	Frameworks []string `json:"frameworks,omitempty"`
	Controls   []string `json:"controls"` // FRAMEWORK:REF
}

// Item is a Labelled question resolved against the catalogs.
type Item struct {
	Labelled
	fws  []catalogs.FrameworkID
	want []catalogs.Key
}

// ReadLabelled reads a labelled question set, one JSON object a line, and
// resolves its frameworks and controls against the catalogs (aliases and
// ref spellings as the catalogs accept them). Errors: errs.Invalid naming
// the line, for a malformed line, an unknown framework or control, or a
// set with no questions.
func ReadLabelled(r io.Reader, set *catalogs.Set) ([]Item, error) {
	return jsonl.Read(r, "ask.ReadLabelled", "questions", func(l *Item) error {
		if strings.TrimSpace(l.Question) == "" || len(l.Controls) == 0 {
			return errors.New("needs a question and the controls it should name")
		}
		for _, f := range l.Frameworks {
			cat, err := set.Catalog(f)
			if err != nil {
				return err
			}
			l.fws = append(l.fws, cat.Framework.ID)
		}
		for _, c := range l.Controls {
			k, err := catalogs.ParseKey(c)
			if err != nil {
				return err
			}
			ctl, err := set.Resolve(string(k.Framework), string(k.Ref))
			if err != nil {
				return err
			}
			l.want = append(l.want, ctl.Key())
		}
		return nil
	})
}

// EvalItem is one question's expected controls against those named.
type EvalItem struct {
	Question string   `json:"question"`
	Named    int      `json:"named"`    // expected controls the answer names
	InFive   int      `json:"in_five"`  // ... among its first five
	Expected int      `json:"expected"` // expected controls
	Missing  []string `json:"missing,omitempty"`
}

// EvalReport is how well answers name the controls people expect.
type EvalReport struct {
	N int `json:"n"`
	// Recall is the mean share of a question's expected controls the
	// answer names (anywhere in its list); Recall5 among its first five.
	Recall  float64 `json:"recall"`
	Recall5 float64 `json:"recall_at_5"`
	// All is the share of questions whose every expected control is
	// named; Any the share with at least one.
	All   float64    `json:"all_named"`
	Any   float64    `json:"any_named"`
	Items []EvalItem `json:"items"`
}

// Evaluate asks every question and compares the controls named with the
// controls expected. Nothing is stored.
func Evaluate(ctx context.Context, a *Asker, items []Item) (*EvalReport, error) {
	rep := &EvalReport{N: len(items)}
	for _, it := range items {
		ans, err := a.Ask(ctx, it.Question, it.fws)
		if err != nil {
			return nil, fmt.Errorf("%q: %w", it.Question, err)
		}
		rank := map[catalogs.Key]int{}
		for i, c := range ans.Controls {
			k := catalogs.Key{Framework: catalogs.FrameworkID(c.Framework), Ref: catalogs.Ref(c.Ref)}
			if _, ok := rank[k]; !ok {
				rank[k] = i
			}
		}
		e := EvalItem{Question: it.Question, Expected: len(it.want)}
		for _, k := range it.want {
			i, ok := rank[k]
			switch {
			case !ok:
				e.Missing = append(e.Missing, k.String())
			case i < 5:
				e.InFive++
				e.Named++
			default:
				e.Named++
			}
		}
		share := float64(e.Named) / float64(e.Expected)
		rep.Recall += share
		rep.Recall5 += float64(e.InFive) / float64(e.Expected)
		if e.Named == e.Expected {
			rep.All++
		}
		if e.Named > 0 {
			rep.Any++
		}
		rep.Items = append(rep.Items, e)
	}
	n := float64(rep.N)
	rep.Recall, rep.Recall5, rep.All, rep.Any = rep.Recall/n, rep.Recall5/n, rep.All/n, rep.Any/n
	return rep, nil
}

// Text is the report for a terminal: the figures, then each question
// with an expected control not named.
func (r *EvalReport) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "questions %d · expected controls named %.3f (in the first five %.3f) · all named %.3f · any named %.3f\n",
		r.N, r.Recall, r.Recall5, r.All, r.Any)
	for _, it := range r.Items {
		if len(it.Missing) > 0 {
			fmt.Fprintf(&b, "  %d of %d named — %s; missing %s\n", it.Named, it.Expected, firstChars(it.Question, 90), strings.Join(it.Missing, ", "))
		}
	}
	return b.String()
}
