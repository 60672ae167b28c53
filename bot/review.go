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

// fileLines describe evidence files as a lead or auditor reads them:
// name (linked), size, the start of the SHA-256, and whether it holds.
func fileLines(fs []assessor.EvidenceFile, now time.Time) []string {
	var out []string
	for _, f := range fs {
		name := f.Name
		if f.Permalink != "" {
			name = "<" + f.Permalink + "|" + strings.NewReplacer("|", "/", ">", ")", "<", "(").Replace(f.Name) + ">"
		}
		line := fmt.Sprintf(":paperclip: %s (%s, SHA-256 %s…)", name, sizeWords(f.Size), f.SHA256[:min(12, len(f.SHA256))])
		switch {
		case f.Stale(now):
			line += fmt.Sprintf(" :warning: *stale*: held until %s", f.ValidUntil.UTC().Format("2006-01-02"))
		case f.ValidUntil != nil:
			line += " holds until " + f.ValidUntil.UTC().Format("2006-01-02")
		}
		out = append(out, line)
	}
	return out
}

// sizeWords is a file size as people read it.
func sizeWords(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// reviewButtons are a waiting draft's decisions (Confirm, Adjust,
// Reject, each that cannot be taken back behind a confirmation), its full
// answer and its history, then extra.
func reviewButtons(d *assessor.Draft, extra []Button) []Button {
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
	return append(buttons, extra...)
}

// reviewFacts is the card's line of what a lead decides against: the
// target, the last confirmed level, the owner's own rating.
func (b *Bot) reviewFacts(ctx context.Context, d *assessor.Draft, c catalogs.Control, self *int, levelName func(int) string) (string, error) {
	var facts []string
	p, err := b.program(ctx)
	if err != nil {
		return "", err
	}
	if t, ok := p.Target(c); ok && c.Title != "" {
		facts = append(facts, "Target *"+levelName(t)+"*")
	} else {
		facts = append(facts, "No target set")
	}
	var last *assessor.Draft
	if d.System == "" {
		if l, ok, err := b.Assessor.LastRating(ctx, d.Key()); err != nil {
			return "", err
		} else if ok && l.ID != d.ID {
			last = l
		}
	} else if rs, err := b.Store.SystemRatings(ctx); err != nil {
		return "", err
	} else if r, ok := rs[SystemKey{Key: d.Key(), System: d.System}]; ok {
		facts = append(facts, fmt.Sprintf("last confirmed for this system *%s* (%s)", levelName(r.Level), r.At.UTC().Format("2006-01-02")))
	} else {
		facts = append(facts, "never rated for this system")
	}
	if d.System == "" {
		if last != nil && last.FinalLevel != nil && last.DecidedAt != nil {
			facts = append(facts, fmt.Sprintf("last confirmed *%s* (%s)", levelName(*last.FinalLevel), last.DecidedAt.UTC().Format("2006-01-02")))
		} else {
			facts = append(facts, "never rated before")
		}
	}
	if self != nil {
		facts = append(facts, "the owner's own rating *"+levelName(*self)+"*")
	} else if d.AnswerID != "" {
		facts = append(facts, "no own rating from the owner")
	}
	return strings.Join(facts, "  ·  "), nil
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
	scaleName := string(d.Scale)
	var scale *assessor.Scale
	if sc, err := assessor.ScaleByID(d.Scale); err == nil {
		scale, scaleName = sc, sc.Name
	}
	levelName := func(v int) string {
		if scale != nil {
			if l, err := scale.Level(v); err == nil {
				return fmt.Sprintf("%d (%s)", v, l.Name)
			}
		}
		return strconv.Itoa(v)
	}
	var self *int
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
		if len(ans.Files) > 0 {
			m.Blocks = append(m.Blocks, Context{Text: Trim("Evidence files: "+strings.Join(fileLines(ans.Files, b.now()), " · "), 1900)})
		}
		self = ans.SelfLevel
	} else {
		m.Blocks = append(m.Blocks, Section{Text: "*" + title(c) + "*"})
	}
	// What a lead decides against: the target, the last confirmed level
	// and the owner's own rating, beside the draft.
	facts, err := b.reviewFacts(ctx, d, c, self, levelName)
	if err != nil {
		return Message{}, err
	}
	m.Blocks = append(m.Blocks, Context{Text: facts})
	if self != nil && d.Level != nil && *self != *d.Level {
		m.Blocks = append(m.Blocks, Section{Text: fmt.Sprintf(":warning: *The owner rates it %s; the draft says %s.* Read the answer before you decide.", levelName(*self), levelName(*d.Level))})
	}
	if d.Status == assessor.Failed {
		m.Blocks = append(m.Blocks, Section{Text: ":warning: *No valid draft could be made — a human rating is needed.*\n" + Trim(d.Error, 500)})
	} else if d.Level != nil {
		m.Blocks = append(m.Blocks, Section{
			Text:   Trim(strings.TrimPrefix(d.Rationale, assessor.OfflineRationalePrefix), 1500),
			Fields: []string{fmt.Sprintf("*Drafted level*\n%s on %s", levelName(*d.Level), scaleName), fmt.Sprintf("*Confidence*\n%.0f%%", 100*d.Confidence)},
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
			if h := ch.Heading[len(ch.Heading)-1]; h == string(ct.Ref) {
				line = fmt.Sprintf("%s %s", ct.Framework, ct.Ref) // the heading is the ref itself
			}
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
		meta = "Rule-based, no model · prompt " + d.Prompt // the header says it is an offline draft
	}
	if d.System != "" {
		meta = "Impact assessment for the AI system `" + d.System + "` · " + meta
	}
	if len(flags) > 0 {
		meta += " · " + strings.Join(flags, " · ")
	}
	m.Blocks = append(m.Blocks, Context{Text: meta})
	if d.Status == assessor.Pending || d.Status == assessor.Failed {
		m.Blocks = append(m.Blocks, Actions{Buttons: reviewButtons(d, show)})
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
		q := Input{ID: "question", Label: "Follow-up question for the owner", Multiline: true, MaxLen: 1000}
		if d.FollowUp != nil {
			// The drafter's own question, to send as it is or rewrite.
			q.Initial, q.Hint = Trim(*d.FollowUp, 1000), "The drafter's suggestion: edit it or write your own."
		}
		return b.Chat.OpenModal(ctx, a.TriggerID, Modal{CallbackID: FormReject, Title: "Reject draft", Submit: "Ask the owner", Private: string(d.ID),
			Blocks: []Block{Section{Text: "*" + title(c) + "*\nYour question goes back to the owner and reopens the check-in."}},
			Inputs: []Input{q}})
	}
	scale, err := assessor.ScaleByID(d.Scale)
	if err != nil {
		scale = p.Scale
	}
	var opts []Option
	for _, l := range scale.Levels {
		opts = append(opts, Option{Value: strconv.Itoa(l.Value), Text: fmt.Sprintf("%d %s", l.Value, l.Name)})
	}
	drafted := "No level was drafted."
	level := Input{ID: "level", Label: "Level", Options: opts}
	if d.Level != nil {
		// Preselected: the drafted level, to move from.
		level.Initial = strconv.Itoa(*d.Level)
		drafted = fmt.Sprintf("Drafted: level %d on %s.", *d.Level, scale.Name)
	}
	return b.Chat.OpenModal(ctx, a.TriggerID, Modal{CallbackID: FormAdjust, Title: "Adjust rating", Submit: "Adjust", Private: string(d.ID),
		Blocks: []Block{Section{Text: "*" + title(c) + "*\n" + drafted}},
		Inputs: []Input{level, {ID: "reason", Label: "Reason (kept in the audit log)", Multiline: true, MaxLen: 1000}}})
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
		notice, err := b.ownerNotice(ctx, d)
		if err != nil {
			return nil, err
		}
		if err := b.postOnce(ctx, NoticeKey(d.ID), ck.Channel, ck.TS, notice); err != nil {
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

// ownerNotice tells the owner a lead's decision on their answer: the
// level, the target, and what the next level needs; after a Reject, the
// lead's question and where to answer it.
func (b *Bot) ownerNotice(ctx context.Context, d *assessor.Draft) (Message, error) {
	m := Message{Text: decisionLine(d), Blocks: []Block{Section{Text: decisionLine(d)}}}
	if d.Status == assessor.Rejected {
		line := fmt.Sprintf(":leftwards_arrow_with_hook: %s sent your answer back and asks you: %s", mention(d.DecidedBy), Trim(d.Question, 500))
		m = Message{Text: line, Blocks: []Block{Section{Text: line},
			Context{Text: "Answer again with the Answer button above: your previous answer is kept in the form."}}}
		return m, nil
	}
	if d.FinalLevel == nil {
		return m, nil
	}
	p, err := b.program(ctx)
	if err != nil {
		return Message{}, err
	}
	scale, err := assessor.ScaleByID(d.Scale)
	if err != nil {
		scale = p.Scale
	}
	var facts []string
	if c, ok := b.Catalogs().Lookup(d.Key()); ok {
		if t, ok := p.Target(c); ok {
			if *d.FinalLevel >= t {
				facts = append(facts, fmt.Sprintf("At or above its target of %d.", t))
			} else {
				facts = append(facts, fmt.Sprintf("Target: %d, %d below.", t, t-*d.FinalLevel))
			}
		}
	}
	if next, err := scale.Level(*d.FinalLevel + 1); err == nil {
		facts = append(facts, fmt.Sprintf("The next level, %d %s, needs: %s", next.Value, next.Name, next.Criteria))
	} else {
		facts = append(facts, "That is the top of the scale.")
	}
	m.Blocks = append(m.Blocks, Context{Text: Trim(strings.Join(facts, " "), 1900)})
	m.Text += " " + strings.Join(facts, " ")
	return m, nil
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
