package bot

import (
	"context"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/oscal"
)

// OSCALInputs gathers the record the OSCAL exports write: the program's
// applicable controls (of one framework, or all) with their latest
// ratings and the answers they rated.
func (b *Bot) OSCALInputs(ctx context.Context, fw string) (oscal.Inputs, error) {
	p, err := b.program(ctx)
	if err != nil {
		return oscal.Inputs{}, err
	}
	var only catalogs.FrameworkID
	if fw != "" {
		cat, err := b.Catalogs().Catalog(fw)
		if err != nil {
			return oscal.Inputs{}, err
		}
		if only = cat.Framework.ID; !p.CoversFramework(only) {
			return oscal.Inputs{}, errs.E("bot", errs.Invalid, "%s is not in the program %q", only, p.Name)
		}
	}
	owners, err := b.Owners(ctx, p)
	if err != nil {
		return oscal.Inputs{}, err
	}
	in := oscal.Inputs{Program: p.Name, Scale: string(p.Scale.ID), At: b.now()}
	for _, id := range p.Frameworks() {
		if only != "" && id != only {
			continue
		}
		cat, err := b.Catalogs().Catalog(string(id))
		if err != nil {
			return oscal.Inputs{}, err
		}
		in.Frameworks = append(in.Frameworks, oscal.Framework{ID: id, Name: cat.Framework.Name})
	}
	for _, c := range p.Controls() {
		if only != "" && c.Framework != only {
			continue
		}
		oc := oscal.Control{Key: c.Key(), Title: c.Title}
		if t, ok := p.Target(c); ok {
			oc.Target = &t
		}
		if o, ok := owners(c.Key()); ok {
			oc.Owner = string(o)
		}
		d, ok, err := b.Assessor.LastRating(ctx, c.Key())
		if err != nil {
			return oscal.Inputs{}, err
		}
		if ok {
			oc.Rating = d
			if d.AnswerID != "" {
				if oc.Answer, err = b.Assessor.Answer(ctx, d.AnswerID); err != nil {
					return oscal.Inputs{}, err
				}
				oc.Permalink = b.answerLink(ctx, d.AnswerID)
			}
		}
		in.Controls = append(in.Controls, oc)
	}
	return in, nil
}

// answerLink links to the check-in message an answer was given under, or
// "" (no chat, no check-in, or the chat does not answer: the export is
// still whole without it).
func (b *Bot) answerLink(ctx context.Context, id assessor.AnswerID) string {
	if b.Chat == nil {
		return ""
	}
	ck, ok, err := b.Store.CheckinForAnswer(ctx, id)
	if err != nil || !ok || ck.TS == "" {
		return ""
	}
	link, err := b.Chat.Permalink(ctx, ck.Channel, ck.TS)
	if err != nil {
		b.log().Warn("no link to an answer's check-in", "answer", id, "err", err)
		return ""
	}
	return link
}
