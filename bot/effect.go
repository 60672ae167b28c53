package bot

import (
	"cmp"
	"context"
	"fmt"

	"github.com/google/uuid"

	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
)

// newEffect starts an effect of a change to check-in id, under a key of
// its own.
func (b *Bot) newEffect(kind EffectKind, id CheckinID, by UserID) Effect {
	return Effect{Key: uuid.NewString(), Kind: kind, Checkin: id, By: by, At: b.now()}
}

// update stores a check-in change with the chat effect it implies, then
// shows the effect at once; the store queued it with the change, so what
// the chat refuses now is shown when it answers again.
func (b *Bot) update(ctx context.Context, id CheckinID, fn func(*Checkin) error, e Effect, what string) (*Checkin, error) {
	ck, err := b.Store.UpdateCheckin(ctx, id, fn, e)
	if err != nil {
		return nil, err
	}
	return ck, b.after(ctx, what, func(ctx context.Context) error { return b.Effect(ctx, e) })
}

// Effect shows in the chat a check-in change the store queued it with:
// it makes the effect's post (once: the post is claimed in the store and
// recorded when made) and rewrites the check-in's card from what is
// stored now. Safe to call again and again, as the job that follows the
// change does until the chat answers.
func (b *Bot) Effect(ctx context.Context, e Effect) error {
	if done, err := b.Store.EffectDone(ctx, e.Key); err != nil || done {
		return err
	}
	ck, err := b.Store.Checkin(ctx, e.Checkin)
	if errs.KindOf(err) == errs.NotFound {
		return b.Store.SetEffectDone(ctx, e.Key)
	}
	if err != nil {
		return err
	}
	c, _ := b.Catalogs().Lookup(ck.Key)
	switch e.Kind {
	case EffectRefresh:
	case EffectNARequest:
		p, err := b.program(ctx)
		if err != nil {
			return err
		}
		if err := b.postOnce(ctx, e.Key, p.Review, "", Message{Text: "Not applicable? " + title(c), Blocks: []Block{
			Section{Text: fmt.Sprintf("%s says *%s* does not apply:\n>%s", mention(e.By), title(c), e.Text)},
			Context{Text: proposedReason(e.Code)},
			Actions{Buttons: []Button{
				{ActionID: ActNAConfirm, Value: string(ck.ID) + "|" + e.Code, Text: "Confirm not applicable", Style: Primary,
					Confirm: &Confirm{Title: "Exclude this control?", Text: "The control leaves the assessment and the Statement of Applicability shows it as excluded, with the owner's reason, approved by you.",
						Yes: "Exclude it", No: "Cancel"}},
				{ActionID: ActNADecline, Value: string(ck.ID) + "|" + e.Code, Text: "Decline"},
			}},
		}}); err != nil {
			return err
		}
	case EffectNADecision:
		if e.TS != "" {
			if err := b.Chat.Update(ctx, e.Channel, e.TS, Message{Text: title(c) + ": " + e.Text, Blocks: []Block{
				Section{Text: fmt.Sprintf("*%s* — not applicable? %s by %s at %s.\n>%s", title(c), e.Text, mention(e.By), when(e.At), ck.Reason)},
			}}); err != nil {
				return err
			}
		}
		if ck.TS != "" {
			line := fmt.Sprintf("%s: %s by %s.", title(c), e.Text, mention(e.By))
			if e.Text == naKept {
				// A request, not a deadline: the owner is asked to answer.
				line = fmt.Sprintf("%s applies after all, %s says: would you answer the check-in with what is in place today, even if it is little?", title(c), mention(e.By))
			}
			if err := b.postOnce(ctx, e.Key, ck.Channel, ck.TS, Message{Text: line}); err != nil {
				return err
			}
		}
	case EffectDelegated:
		p, err := b.program(ctx)
		if err != nil {
			return err
		}
		dm, err := b.Chat.OpenDM(ctx, e.To)
		if err != nil {
			return err
		}
		m, err := b.checkinMessage(ctx, p, ck)
		if err != nil {
			return err
		}
		m.Blocks = append([]Block{Context{Text: mention(e.By) + " asked you to answer this check-in."}}, m.Blocks...)
		if err := b.postOnce(ctx, e.Key, dm, "", m); err != nil {
			return err
		}
	default:
		return errs.E("bot.Effect", errs.Invalid, "unknown chat effect %q", e.Kind)
	}
	if err := b.refresh(ctx, ck); err != nil {
		return err
	}
	return b.Store.SetEffectDone(ctx, e.Key)
}

// postOnce makes the post of the effect with key key, unless it was made:
// the post is claimed first, so two processes never both make it, and a
// process that died mid-post loses the claim after noticeLease.
func (b *Bot) postOnce(ctx context.Context, key string, ch ChannelID, thread string, m Message) error {
	claimed, posted, err := b.Store.ClaimEffect(ctx, key, noticeLease)
	if err != nil || posted {
		return err
	}
	if !claimed {
		return errs.E("bot", errs.Unavailable, "another process is posting chat effect %s", key)
	}
	ts, err := b.Chat.Post(ctx, ch, thread, m)
	if err != nil {
		if rerr := b.Store.ReleaseEffect(context.WithoutCancel(ctx), key); rerr != nil {
			b.log().Error("could not release a post claim", "effect", key, "err", rerr)
		}
		return err
	}
	return b.Store.SetEffectPosted(ctx, key, cmp.Or(ts, "sent"))
}

// proposedReason says what confirming a "not applicable" request does.
func proposedReason(code string) string {
	if code == "" {
		return "Confirming closes the check-in; exclude the control with assay applicability set."
	}
	return "Proposed reason: " + program.ReasonText(program.Reason(code)) + ". Confirming excludes the control from the assessment."
}
