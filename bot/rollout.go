package bot

import (
	"cmp"
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
)

// DeliverBatch sends an owner's claimed check-ins, each group sharing a
// batch in one DM message listing them in natural order, with when each
// is due, who asks and why the owner: a calm rollout rather than one
// message per control. A batch whose earlier sender died after posting is
// found by its ref and not posted again.
func (b *Bot) DeliverBatch(ctx context.Context, cks []*Checkin) error {
	var order []string
	groups := map[string][]*Checkin{}
	for _, ck := range cks {
		k := batchOf(ck)
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], ck)
	}
	for _, k := range order {
		if _, err := b.deliver(ctx, groups[k]); err != nil {
			return err
		}
	}
	return nil
}

// batchOf names the message a check-in goes out in (a check-in stored
// before batches existed is its own).
func batchOf(ck *Checkin) string { return cmp.Or(ck.Batch, string(ck.ID)) }

// deliver posts one batch's message and records, on each check-in, where
// it went, when and when it is due.
func (b *Bot) deliver(ctx context.Context, cks []*Checkin) ([]*Checkin, error) {
	p, err := b.program(ctx)
	if err != nil {
		return nil, err
	}
	owner := cks[0].Owner
	for _, ck := range cks {
		if ck.Owner != owner {
			return nil, errs.E("bot.Deliver", errs.Internal, "one message for check-ins of two owners")
		}
	}
	dm, err := b.Chat.OpenDM(ctx, owner)
	if err != nil {
		return nil, err
	}
	ref := "checkin:" + batchOf(cks[0])
	now := b.now()
	for _, ck := range cks {
		d := dueAt(p, ck, now)
		ck.DueAt = &d
	}
	record := func(ts string) ([]*Checkin, error) {
		var out []*Checkin
		for _, ck := range cks {
			due := ck.DueAt
			x, err := b.Store.UpdateCheckin(ctx, ck.ID, func(x *Checkin) error {
				x.Channel, x.TS, x.SentAt, x.DueAt = dm, ts, &now, due
				return nil
			})
			if err != nil {
				return nil, err
			}
			out = append(out, x)
		}
		return out, nil
	}
	for _, ck := range cks {
		if ck.Claims > 1 {
			// An earlier sender died mid-send: it may have posted already.
			ts, found, err := b.Chat.Posted(ctx, dm, ref)
			if err != nil {
				return nil, err
			}
			if found {
				return record(ts)
			}
			break
		}
	}
	msg, err := b.batchMessage(ctx, p, cks)
	if err != nil {
		return nil, err
	}
	msg.Ref = ref
	ts, err := b.Chat.Post(ctx, dm, "", msg)
	if err != nil {
		return nil, err
	}
	return record(ts)
}

// dueAt is when a check-in sent at now is due: the end of the day, in the
// program's time zone, its cadence's (or the rollout's) time after now.
func dueAt(p *program.Program, ck *Checkin, now time.Time) time.Time {
	tz := cmp.Or(p.TimeZone, time.UTC)
	d := now.Add(p.DueIn(ck.Key)).In(tz)
	return time.Date(d.Year(), d.Month(), d.Day(), 23, 59, 59, 0, tz)
}

// dueWords says a due date as people read it: "Mon 14 Dec".
func dueWords(p *program.Program, t time.Time) string {
	return t.In(cmp.Or(p.TimeZone, time.UTC)).Format("Mon 2 Jan")
}

// batchMessage renders a batch: one check-in as its card, several as one
// list.
func (b *Bot) batchMessage(ctx context.Context, p *program.Program, cks []*Checkin) (Message, error) {
	if len(cks) == 1 {
		return b.checkinMessage(ctx, p, cks[0])
	}
	return b.listMessage(ctx, p, cks)
}

// asker is who asks owners to answer: the program's first lead named as
// a person.
func asker(p *program.Program) string {
	for _, l := range p.Leads {
		if !program.IsGroup(l) {
			return mention(l)
		}
	}
	return "The compliance leads"
}

// whyYou says why a check-in is the owner's to answer.
func (b *Bot) whyYou(ctx context.Context, p *program.Program, ck *Checkin) (string, error) {
	if ck.System != "" {
		name := ck.System
		if s, ok := p.System(ck.System); ok {
			name = s.Name
		}
		return "you own the AI system " + name, nil
	}
	if u, ok, err := b.Store.Assigned(ctx, ck.Key); err != nil {
		return "", err
	} else if ok && u == ck.Owner {
		return "a lead assigned this control to you", nil
	}
	if rule, ok := p.OwnerRuleFor(ck.Key); ok {
		if u, _ := p.OwnerOf(ck.Key); u == ck.Owner {
			return "the program's owner rule `" + rule + "` names you", nil
		}
	}
	return "a lead asked you directly", nil
}

// askLine is a check-in's small print: who asks, why you, by when.
func (b *Bot) askLine(ctx context.Context, p *program.Program, ck *Checkin) (string, error) {
	why, err := b.whyYou(ctx, p, ck)
	if err != nil {
		return "", err
	}
	line := fmt.Sprintf("%s asks you, because %s", asker(p), why)
	if ck.DueAt != nil {
		line += " · due *" + dueWords(p, *ck.DueAt) + "*"
		if ck.Overdue(b.now()) {
			line += " (overdue)"
		}
	}
	return line, nil
}

// listMessage renders several check-ins of one owner as one message: an
// introduction saying who asks, why and by when, then each control with
// its question and its buttons (or where it stands).
func (b *Bot) listMessage(ctx context.Context, p *program.Program, cks []*Checkin) (Message, error) {
	whys := map[string]bool{}
	reasons := make([]string, len(cks))
	var latest time.Time
	for i, ck := range cks {
		why, err := b.whyYou(ctx, p, ck)
		if err != nil {
			return Message{}, err
		}
		reasons[i], whys[why] = why, true
		if ck.DueAt != nil && ck.DueAt.After(latest) {
			latest = *ck.DueAt
		}
	}
	head := fmt.Sprintf("%d controls for you to answer", len(cks))
	if !latest.IsZero() {
		head += ", due by " + dueWords(p, latest)
	}
	m := Message{Text: head + " — " + p.Name}
	intro := fmt.Sprintf("%s asks you about these controls of *%s*", asker(p), p.Name)
	if len(whys) == 1 {
		intro += ", because " + reasons[0]
	}
	intro += ". For each, say in a few sentences what is in place today; Assay drafts a maturity rating from it and a lead confirms it."
	m.Blocks = append(m.Blocks, Header{Text: Trim(head, 150)}, Section{Text: intro})
	for i, ck := range cks {
		c, ok := b.Catalogs().Lookup(ck.Key)
		if !ok {
			return Message{}, errs.E("bot", errs.NotFound, "control %s is no longer in the catalogs", ck.Key)
		}
		var small []string
		if ck.DueAt != nil {
			d := "due " + dueWords(p, *ck.DueAt)
			if ck.Overdue(b.now()) {
				d += " (overdue)"
			}
			small = append(small, d)
		}
		if t, ok := p.Target(c); ok {
			small = append(small, fmt.Sprintf("target %d", t))
		}
		if ck.System != "" {
			small = append(small, "for the AI system "+ck.System)
		}
		if len(whys) > 1 {
			small = append(small, reasons[i])
		}
		text := fmt.Sprintf("*%s %s*\n%s", c.Ref, Trim(c.Title, 150), Trim(question(c), 600))
		if ck.Question != "" {
			text += "\n:speech_balloon: The lead asks you: " + Trim(ck.Question, 500)
		}
		if ck.Note != "" {
			text += "\n:calendar: " + Trim(ck.Note, 500)
		}
		if len(small) > 0 {
			text += "\n_" + strings.Join(small, " · ") + "_"
		}
		m.Blocks = append(m.Blocks, Section{Text: Trim(text, 2900)})
		m.Blocks = append(m.Blocks, standing(ck, false)...)
	}
	return m, nil
}

// standing is where a check-in stands, under its question: a snooze or a
// delegate and the owner's buttons while it waits for them (a list item
// offers one snooze, to stay short), else what became of it.
func standing(ck *Checkin, card bool) []Block {
	if ck.Status != CheckinOpen && ck.Status != CheckinSnoozed {
		return []Block{Context{Text: statusLine(ck)}}
	}
	var out []Block
	if ck.Status == CheckinSnoozed && ck.SnoozedUntil != nil {
		out = append(out, Context{Text: "Snoozed until " + when(*ck.SnoozedUntil)})
	}
	if ck.Delegate != "" {
		out = append(out, Context{Text: "Delegated to " + mention(ck.Delegate)})
	}
	buttons := []Button{{ActionID: ActAnswer, Value: string(ck.ID), Text: "Answer", Style: Primary}}
	if card {
		buttons = append(buttons, Button{ActionID: ActSnoozeDay, Value: string(ck.ID), Text: "Snooze 1 day"})
	}
	buttons = append(buttons, Button{ActionID: ActSnoozeWeek, Value: string(ck.ID), Text: "Snooze 1 week"},
		Button{ActionID: ActNotApplicable, Value: string(ck.ID), Text: "Not applicable"},
		Button{ActionID: ActDelegate, Value: string(ck.ID), Text: "Delegate"})
	return append(out, Actions{Buttons: buttons})
}

// statusLine is where a check-in no longer waiting for its owner stands.
func statusLine(ck *Checkin) string {
	switch ck.Status {
	case CheckinAnswered:
		return ":white_check_mark: Answered — a draft rating is in progress and goes to the leads."
	case CheckinNAPending:
		return ":hourglass: You marked it not applicable (" + Trim(ck.Reason, 200) + "); waiting for a lead to confirm."
	case CheckinNA:
		return ":heavy_minus_sign: Not applicable, confirmed by a lead."
	case CheckinClosed:
		return ":white_check_mark: Rated. Thank you."
	}
	return statusWords(ck.Status)
}
