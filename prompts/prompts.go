// Package prompts holds Assay's prompt templates, versioned and embedded in
// the binary. Every draft stores the version of the prompt that made it, so
// a changed prompt never silently changes what old drafts meant: a new
// wording is a new file (draft-rating.v2.tmpl), not an edit of the old one.
package prompts

import (
	"bytes"
	"embed"
	"fmt"
	"strings"
	"text/template"

	"github.com/assay-dev/assay/errs"
)

//go:embed templates/*.tmpl
var templatesFS embed.FS

// DraftRating is the current version of the drafting prompt.
const DraftRating = "draft-rating.v2"

// Ask is the current version of the prompt that answers /assay ask.
const Ask = "ask.v1"

// AskInput is what the ask prompt shows the model.
type AskInput struct {
	Question string
	Passages []Passage
}

// RenderAsk fills the ask prompt, defusing data blocks as Render does.
func RenderAsk(version string, in AskInput) (string, error) {
	src, err := templatesFS.ReadFile("templates/" + version + ".tmpl")
	if err != nil {
		return "", errs.E("prompts.RenderAsk", errs.NotFound, "no prompt version %q", version)
	}
	in.Question = defuse(in.Question)
	for i := range in.Passages {
		in.Passages[i].Text = defuse(in.Passages[i].Text)
	}
	t, err := template.New(version).Funcs(template.FuncMap{"inc": func(i int) int { return i + 1 }}).Option("missingkey=error").Parse(string(src))
	if err != nil {
		return "", errs.Wrap("prompts.RenderAsk", errs.Internal, err, "parsing "+version)
	}
	var b bytes.Buffer
	if err := t.Execute(&b, in); err != nil {
		return "", errs.Wrap("prompts.RenderAsk", errs.Internal, err, "rendering "+version)
	}
	return b.String(), nil
}

// ScaleLevel and Passage are the template's view of the scale and the
// retrieved text; callers fill them from assessor and retrieval types.
type ScaleLevel struct {
	Value    int
	Name     string
	Criteria string
}

// Passage is one retrieved chunk the model may cite.
type Passage struct {
	Chunk, Framework, Ref, Text string
}

// DraftInput is what the drafting prompt shows the model.
type DraftInput struct {
	Scale struct {
		Name   string
		Levels []ScaleLevel
	}
	Framework, Ref, Title, Question string
	Target, LastLevel               *int
	// SelfLevel is the owner's own rating, given beside the answer (never
	// inside it); SelfLevelName names it on the scale.
	SelfLevel     *int
	SelfLevelName string
	Answer        string
	Evidence      []string
	Passages      []Passage
}

// Render fills the named template version. Data cannot close its own
// <data> block: a "</data" inside user text is neutralised first.
// Errors: errs.NotFound for an unknown version.
func Render(version string, in DraftInput) (string, error) {
	src, err := templatesFS.ReadFile("templates/" + version + ".tmpl")
	if err != nil {
		return "", errs.E("prompts.Render", errs.NotFound, "no prompt version %q", version)
	}
	in.Answer = defuse(in.Answer)
	for i := range in.Evidence {
		in.Evidence[i] = defuse(in.Evidence[i])
	}
	for i := range in.Passages {
		in.Passages[i].Text = defuse(in.Passages[i].Text)
	}
	t, err := template.New(version).Option("missingkey=error").Parse(string(src))
	if err != nil {
		return "", errs.Wrap("prompts.Render", errs.Internal, err, "parsing "+version)
	}
	var b bytes.Buffer
	if err := t.Execute(&b, in); err != nil {
		return "", errs.Wrap("prompts.Render", errs.Internal, err, fmt.Sprintf("rendering %s", version))
	}
	return b.String(), nil
}

// defuse stops user text from closing or opening a data block.
func defuse(s string) string {
	r := strings.NewReplacer("</data", "</ data", "<data", "< data")
	return r.Replace(s)
}
