package bot

import (
	"cmp"
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
	"github.com/assay-dev/assay/retrieval"
)

// PostReview puts a draft in front of the leads, once: a draft already
// posted (or being posted by another replica) is left alone.
func (b *Bot) PostReview(ctx context.Context, d *assessor.Draft) error {
	p, err := b.program(ctx)
	if err != nil {
		return err
	}
	ok, err := b.Store.ClaimReviewPost(ctx, d.ID, p.Review)
	if err != nil || !ok {
		return err
	}
	m, err := b.reviewMessage(ctx, d)
	if err == nil {
		var ts string
		if ts, err = b.Chat.Post(ctx, p.Review, "", m); err == nil {
			return b.Store.SetReviewPost(ctx, d.ID, ts)
		}
	}
	// Give the claim back so the next sweep tries again.
	if rerr := b.Store.ReleaseReviewPost(context.WithoutCancel(ctx), d.ID); rerr != nil {
		b.log().Error("could not release a review post claim", "draft", d.ID, "err", rerr)
	}
	return err
}

// PostPendingReviews posts every pending or failed draft that has no
// review message yet; it returns how many it posted.
func (b *Bot) PostPendingReviews(ctx context.Context) (int, error) {
	ds, err := b.Assessor.Waiting(ctx, maxWaiting)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, d := range ds {
		if _, _, posted, err := b.Store.ReviewPost(ctx, d.ID); err != nil {
			return n, err
		} else if posted {
			continue
		}
		if err := b.PostReview(ctx, d); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// reviewMessage renders a draft for the leads.
func (b *Bot) reviewMessage(ctx context.Context, d *assessor.Draft) (Message, error) {
	c, ok := b.Catalogs().Lookup(d.Key())
	if !ok {
		c = catalogs.Control{Framework: d.Framework, Ref: d.Ref, Title: "(no longer in the catalogs)"}
	}
	kind := "Draft rating"
	switch d.Drafter {
	case assessor.OfflineDrafter:
		kind = "Offline draft"
	case assessor.CrosswalkDrafter:
		kind = "Proposed rating"
	}
	m := Message{Text: kind + ": " + title(c)}
	m.Blocks = append(m.Blocks, Header{Text: kind + ": " + string(c.Ref) + " " + c.Title})
	if d.AnswerID != "" {
		ans, err := b.Assessor.Answer(ctx, d.AnswerID)
		if err != nil {
			return Message{}, err
		}
		m.Blocks = append(m.Blocks, Section{Text: fmt.Sprintf("*%s*\n%s answered:\n>%s", title(c), mention(ans.Author),
			strings.ReplaceAll(Trim(ans.Text, 600), "\n", "\n>"))})
		if len(ans.Evidence) > 0 {
			m.Blocks = append(m.Blocks, Context{Text: "Evidence: " + Trim(strings.Join(ans.Evidence, "  "), 500)})
		}
		if ans.SelfLevel != nil {
			m.Blocks = append(m.Blocks, Context{Text: fmt.Sprintf("The owner's own rating: %d", *ans.SelfLevel)})
		}
	} else {
		m.Blocks = append(m.Blocks, Section{Text: "*" + title(c) + "*"})
	}
	if d.Status == assessor.Failed {
		m.Blocks = append(m.Blocks, Section{Text: ":warning: *No valid draft could be made — a human rating is needed.*\n" + Trim(d.Error, 500)})
	} else if d.Level != nil {
		m.Blocks = append(m.Blocks, Section{
			Text:   Trim(d.Rationale, 1500),
			Fields: []string{fmt.Sprintf("*Level*\n%d on %s", *d.Level, d.Scale), fmt.Sprintf("*Confidence*\n%.0f%%", 100*d.Confidence)},
		})
	}
	if len(d.Gaps) > 0 {
		m.Blocks = append(m.Blocks, Section{Text: "*Gaps*\n• " + Trim(strings.Join(d.Gaps, "\n• "), 1200)})
	}
	if len(d.NextSteps) > 0 {
		m.Blocks = append(m.Blocks, Section{Text: "*Next level needs*\n• " + Trim(strings.Join(d.NextSteps, "\n• "), 1200)})
	}
	var cites []string
	var show []Button
	for i, ct := range d.Citations {
		if i >= 5 {
			break
		}
		line := fmt.Sprintf("%s %s (%s)", ct.Framework, ct.Ref, ct.Doc)
		if ch, err := b.chunk(ctx, ct.Chunk); err == nil && len(ch.Heading) > 0 {
			line = fmt.Sprintf("%s %s — %s", ct.Framework, ct.Ref, ch.Heading[len(ch.Heading)-1])
		}
		cites = append(cites, line)
		show = append(show, Button{ActionID: ActShowPassage, Value: string(ct.Chunk), Text: "Passage " + strconv.Itoa(i+1)})
	}
	if len(cites) > 0 {
		m.Blocks = append(m.Blocks, Context{Text: "Cites: " + Trim(strings.Join(cites, "  ·  "), 1500)})
	}
	var flags []string
	for _, f := range d.Flags {
		switch f {
		case assessor.FlagInstructionsInAnswer:
			flags = append(flags, ":warning: the answer contains text addressed to the model; judge it yourself")
		case assessor.FlagNoPassages:
			flags = append(flags, "no standard text was found for this control")
		case assessor.FlagPassagesTrimmed:
			flags = append(flags, "some passages were left out to fit the prompt")
		}
	}
	meta := fmt.Sprintf("Drafted by %s · prompt %s", d.Drafter, orNone(d.Prompt))
	if d.Drafter == assessor.OfflineDrafter {
		meta = "Offline draft (rule-based, no model) · " + d.Prompt
	}
	if d.System != "" {
		meta = "Impact assessment for the AI system `" + d.System + "` · " + meta
	}
	if len(flags) > 0 {
		meta += " · " + strings.Join(flags, " · ")
	}
	m.Blocks = append(m.Blocks, Context{Text: meta})
	if d.Status == assessor.Pending || d.Status == assessor.Failed {
		buttons := []Button{}
		if d.Status == assessor.Pending {
			buttons = append(buttons, Button{ActionID: ActConfirm, Value: string(d.ID), Text: "Confirm", Style: Primary,
				Confirm: &Confirm{Title: "Confirm this rating?", Text: fmt.Sprintf("*%s* at level *%d*, recorded as your decision in the audit log. It cannot be undone.", d.Key(), levelOf(d)),
					Yes: "Confirm", No: "Not yet"}})
		}
		buttons = append(buttons, Button{ActionID: ActAdjust, Value: string(d.ID), Text: "Adjust"}, Button{ActionID: ActReject, Value: string(d.ID), Text: "Reject", Style: Danger,
			Confirm: &Confirm{Title: "Reject this draft?", Text: "You will ask the owner a follow-up question; the draft will not become a rating.", Yes: "Write the question", No: "Cancel"}})
		if d.AnswerID != "" {
			buttons = append(buttons, Button{ActionID: ActShowAnswer, Value: string(d.AnswerID), Text: "Full answer"})
		}
		buttons = append(buttons, Button{ActionID: ActHistory, Value: d.Key().String(), Text: "History"})
		m.Blocks = append(m.Blocks, Actions{Buttons: append(buttons, show...)})
	} else {
		m.Blocks = append(m.Blocks, Section{Text: decisionLine(d)},
			Actions{Buttons: append([]Button{{ActionID: ActHistory, Value: d.Key().String(), Text: "History"}}, show...)})
	}
	return m, nil
}

func decisionLine(d *assessor.Draft) string {
	at := ""
	if d.DecidedAt != nil {
		at = " at " + when(*d.DecidedAt)
	}
	switch d.Status {
	case assessor.Confirmed:
		return fmt.Sprintf(":white_check_mark: Confirmed at level %d by %s%s.", *d.FinalLevel, mention(d.DecidedBy), at)
	case assessor.Adjusted:
		return fmt.Sprintf(":pencil2: Adjusted to level %d by %s%s: %s", *d.FinalLevel, mention(d.DecidedBy), at, Trim(d.Reason, 500))
	case assessor.Rejected:
		return fmt.Sprintf(":leftwards_arrow_with_hook: Rejected by %s%s; the owner is asked: %s", mention(d.DecidedBy), at, Trim(d.Question, 500))
	}
	return string(d.Status)
}

func (b *Bot) lead(ctx context.Context, u UserID) (*program.Program, error) {
	p, err := b.program(ctx)
	if err != nil {
		return nil, err
	}
	if !b.has(ctx, p, u, program.Lead) {
		return nil, errs.E("bot", errs.Unauthorized, "only a compliance lead can confirm, adjust or reject a rating")
	}
	return p, nil
}

func (b *Bot) confirm(ctx context.Context, a Action) error {
	if _, err := b.lead(ctx, a.User); err != nil {
		return err
	}
	return b.decide(ctx, assessor.DraftID(a.Value), assessor.Action{Kind: assessor.Confirmed, Actor: a.User})
}

func (b *Bot) openDecision(ctx context.Context, a Action) error {
	p, err := b.lead(ctx, a.User)
	if err != nil {
		return err
	}
	d, err := b.Assessor.Draft(ctx, assessor.DraftID(a.Value))
	if err != nil {
		return err
	}
	if d.Status != assessor.Pending && d.Status != assessor.Failed {
		at := ""
		if d.DecidedAt != nil {
			at = " at " + when(*d.DecidedAt)
		}
		return errs.E("bot", errs.Conflict, "%s was already %s by %s%s; nothing changed", d.Key(), d.Status, mention(d.DecidedBy), at)
	}
	c, _ := b.Catalogs().Lookup(d.Key())
	if a.ActionID == ActReject {
		return b.Chat.OpenModal(ctx, a.TriggerID, Modal{CallbackID: FormReject, Title: "Reject draft", Submit: "Ask the owner", Private: string(d.ID),
			Blocks: []Block{Section{Text: "*" + title(c) + "*\nYour question goes back to the owner and reopens the check-in."}},
			Inputs: []Input{{ID: "question", Label: "Follow-up question for the owner", Multiline: true, MaxLen: 1000}}})
	}
	scale, err := assessor.ScaleByID(d.Scale)
	if err != nil {
		scale = p.Scale
	}
	var opts []Option
	for _, l := range scale.Levels {
		opts = append(opts, Option{Value: strconv.Itoa(l.Value), Text: fmt.Sprintf("%d %s", l.Value, l.Name)})
	}
	return b.Chat.OpenModal(ctx, a.TriggerID, Modal{CallbackID: FormAdjust, Title: "Adjust rating", Submit: "Adjust", Private: string(d.ID),
		Blocks: []Block{Section{Text: "*" + title(c) + "*"}},
		Inputs: []Input{{ID: "level", Label: "Level", Options: opts}, {ID: "reason", Label: "Reason (kept in the audit log)", Multiline: true, MaxLen: 1000}}})
}

func (b *Bot) submitDecision(ctx context.Context, s Submission) (map[string]string, error) {
	if _, err := b.lead(ctx, s.User); err != nil {
		return nil, err
	}
	act := assessor.Action{Actor: s.User}
	if s.CallbackID == FormReject {
		q := strings.TrimSpace(s.Values["question"])
		if q == "" {
			return map[string]string{"question": "The owner needs a question to answer."}, nil
		}
		act.Kind, act.Question = assessor.Rejected, q
	} else {
		lvl, err := strconv.Atoi(s.Values["level"])
		if err != nil {
			return map[string]string{"level": "Pick a level."}, nil
		}
		if strings.TrimSpace(s.Values["reason"]) == "" {
			return map[string]string{"reason": "Say why: it is kept in the audit log."}, nil
		}
		act.Kind, act.Level, act.Reason = assessor.Adjusted, lvl, s.Values["reason"]
	}
	err := b.decide(ctx, assessor.DraftID(s.Private), act)
	if errs.KindOf(err) == errs.Invalid {
		field := "reason"
		if act.Kind == assessor.Rejected {
			field = "question"
		} else if strings.Contains(errs.Message(err), "level") {
			field = "level"
		}
		return map[string]string{field: errs.Message(err)}, nil
	}
	return nil, err
}

// decide applies a lead's decision and announces it at once; the store
// queued the announcement with the decision (jobs.AnnounceArgs), so what
// the chat refuses now is announced when it answers again. Crosswalk
// proposals are posted for review (the sweep posts any left over).
func (b *Bot) decide(ctx context.Context, draftID assessor.DraftID, act assessor.Action) error {
	act.Door = cmp.Or(b.Door, "chat")
	d, proposed, err := b.Assessor.Review(ctx, draftID, act)
	if errs.KindOf(err) == errs.Conflict {
		if done, derr := b.Assessor.Draft(ctx, draftID); derr == nil && done.DecidedAt != nil {
			return errs.E("bot", errs.Conflict, "%s was already %s by %s at %s; nothing changed", done.Key(), done.Status, mention(done.DecidedBy), when(*done.DecidedAt))
		}
	}
	if err != nil {
		return err
	}
	return b.after(ctx, "decision announced", func(ctx context.Context) error {
		if err := b.Announce(ctx, d.ID); err != nil {
			return err
		}
		for _, p := range proposed {
			if err := b.PostReview(ctx, p); err != nil {
				return err
			}
		}
		return nil
	})
}

// NoticeKey is the key the owner's notice of a decision is posted under
// (ClaimEffect).
func NoticeKey(id assessor.DraftID) string { return "notice:" + string(id) }

// noticeLease is how long a claim on an owner's notice keeps others from
// sending it: a process that died mid-post loses it after this.
const noticeLease = time.Minute

// Announce tells the chat about the decision on a draft: the review card
// is rewritten in place, the owner is told in their check-in thread, the
// check-in moves on (closed, or reopened with a rejection's question) and
// the home tabs of owner and decider are refreshed. Every step is safe to
// repeat, so the announcement job retries it until the chat answers: the
// owner's notice is claimed in the store and recorded once posted, and is
// never sent twice.
func (b *Bot) Announce(ctx context.Context, id assessor.DraftID) error {
	d, err := b.Assessor.Draft(ctx, id)
	if err != nil {
		return err
	}
	if !d.Status.IsDecision() {
		return nil
	}
	if done, err := b.Store.Announced(ctx, d.ID); err != nil || done {
		return err
	}
	if ch, ts, ok, err := b.Store.ReviewPost(ctx, d.ID); err != nil {
		return err
	} else if ok && ts != "" {
		m, err := b.reviewMessage(ctx, d)
		if err != nil {
			return err
		}
		if err := b.Chat.Update(ctx, ch, ts, m); err != nil {
			return err
		}
	}
	var owners []UserID
	if d.AnswerID != "" {
		if owners, err = b.tellOwner(ctx, d); err != nil {
			return err
		}
	}
	for _, u := range append(owners, d.DecidedBy) {
		if u != "" {
			if err := b.HandleHome(ctx, u); err != nil {
				return err
			}
		}
	}
	return b.Store.SetAnnounced(ctx, d.ID)
}

// tellOwner reports the outcome in the owner's check-in thread, once,
// then moves the check-in on: closed, or reopened with a rejection's
// question. The card is rewritten before the check-in is stored, so a
// retry finds the check-in still tied to the answer. It returns the
// people the check-in is for.
func (b *Bot) tellOwner(ctx context.Context, d *assessor.Draft) ([]UserID, error) {
	ck, ok, err := b.Store.CheckinForAnswer(ctx, d.AnswerID)
	if err != nil || !ok {
		return nil, err
	}
	if ck.TS != "" {
		// Posted once, under the decision's own key, like every other
		// chat effect's post.
		if err := b.postOnce(ctx, NoticeKey(d.ID), ck.Channel, ck.TS, Message{Text: decisionLine(d), Blocks: []Block{Section{Text: decisionLine(d)}}}); err != nil {
			return nil, err
		}
	}
	moveOn := func(x *Checkin) error {
		if d.Status == assessor.Rejected {
			x.Status, x.Question, x.AnswerID = CheckinOpen, d.Question, ""
		} else {
			x.Status = CheckinClosed
		}
		return nil
	}
	next := *ck
	_ = moveOn(&next)
	if err := b.refresh(ctx, &next); err != nil {
		return nil, err
	}
	if _, err := b.Store.UpdateCheckin(ctx, ck.ID, moveOn); err != nil {
		return nil, err
	}
	return []UserID{ck.Owner, ck.Delegate}, nil
}

func (b *Bot) showPassage(ctx context.Context, a Action) error {
	ch, err := b.chunk(ctx, retrieval.ChunkID(a.Value))
	if err != nil {
		return err
	}
	blocks := []Block{Context{Text: fmt.Sprintf("%s %s · %s · %s", ch.Framework, ch.Ref, ch.Doc, Trim(strings.Join(ch.Heading, " › "), 300))}}
	return b.Chat.OpenModal(ctx, a.TriggerID, Modal{CallbackID: FormInfo, Title: "Standard text", Blocks: append(blocks, paragraphs(ch.Text)...)})
}

// levelOf is a draft's drafted level (0 for a failed draft, which has none).
func levelOf(d *assessor.Draft) int {
	if d.Level == nil {
		return 0
	}
	return *d.Level
}
