package assessor

import (
	"context"
	"errors"
	"strings"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/prompts"
	"github.com/assay-dev/assay/retrieval"
)

// Request is everything a drafter sees for one control.
type Request struct {
	Control  catalogs.Control
	Answer   Answer
	Passages []retrieval.Result // best first
	Scale    *Scale
	Target   *int
	Last     *int // the last confirmed level, if any
}

// Result is a drafter's valid output with what it cost.
type Result struct {
	Output  *Output
	Tokens  Tokens
	Drafter string
	Prompt  string // prompt (or rule set) version
	Used    []retrieval.Result
	Flags   []string
}

// Drafter drafts a rating. An error of kind errs.Invalid means the drafter
// answered but no valid draft came of it (InvalidOutputError): the draft
// fails for good. Any other error (an endpoint down) may be retried.
type Drafter interface {
	Name() string
	Draft(ctx context.Context, r *Request) (*Result, error)
}

// InvalidOutputError is a drafter's reply that failed validation, after
// the repair attempt.
type InvalidOutputError struct {
	Reasons []string
	Tokens  Tokens
}

func (e *InvalidOutputError) Error() string {
	return "no valid draft: " + strings.Join(e.Reasons, "; then: ")
}

// Kind makes it an errs.Invalid error.
func (e *InvalidOutputError) Kind() errs.Kind { return errs.Invalid }

// passageIDs lists the chunk ids a draft may cite.
func passageIDs(rs []retrieval.Result) []string {
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = string(r.Chunk.ID)
	}
	return ids
}

// RenderPrompt fills the drafting prompt, dropping the lowest-ranked
// passages until it fits the token budget. It returns the passages kept.
func RenderPrompt(r *Request, budget int) (string, []retrieval.Result, error) {
	var in prompts.DraftInput
	in.Scale.Name = r.Scale.Name
	for _, l := range r.Scale.Levels {
		in.Scale.Levels = append(in.Scale.Levels, prompts.ScaleLevel{Value: l.Value, Name: l.Name, Criteria: l.Criteria})
	}
	in.Framework, in.Ref, in.Title = string(r.Control.Framework), string(r.Control.Ref), r.Control.Title
	if len(r.Control.Questions) > 0 {
		in.Question = r.Control.Questions[0]
	} else {
		in.Question = "How is this control implemented?"
	}
	in.Target, in.LastLevel = r.Target, r.Last
	in.Answer = r.Answer.Text
	if l := r.Answer.SelfLevel; l != nil {
		in.SelfLevel = l
		if lv, err := r.Scale.Level(*l); err == nil {
			in.SelfLevelName = lv.Name
		}
	}
	in.Evidence = append([]string(nil), r.Answer.Evidence...)
	kept := r.Passages
	for {
		in.Passages = in.Passages[:0]
		for _, p := range kept {
			in.Passages = append(in.Passages, prompts.Passage{Chunk: string(p.Chunk.ID), Framework: string(p.Chunk.Framework), Ref: string(p.Chunk.Ref), Text: p.Chunk.Text})
		}
		text, err := prompts.Render(prompts.DraftRating, in)
		if err != nil {
			return "", nil, err
		}
		if retrieval.EstimateTokens(text) <= budget || len(kept) == 0 {
			return text, kept, nil
		}
		kept = kept[:len(kept)-1]
	}
}

func asInvalid(err error, target **InvalidOutputError) bool { return errors.As(err, target) }
