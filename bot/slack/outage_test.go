package slack_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/bot/slack/slackfake"
	"github.com/assay-dev/assay/jobs"
	"github.com/assay-dev/assay/testenv"
)

// workChatJobs starts workers that also work the chat's jobs, as serve's do.
func (h *harness) workChatJobs() {
	h.t.Helper()
	w, err := h.env.Backend.Queue.Workers(h.env.Bot.Assessor, jobs.Options{PollInterval: 100 * time.Millisecond, Announce: h.env.Bot.Announce, Effect: h.env.Bot.Effect})
	if err != nil {
		h.t.Fatal(err)
	}
	if err := w.Start(h.env.Ctx); err != nil {
		h.t.Fatal(err)
	}
	h.t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		w.Stop(ctx)
	})
}

// A lead confirms while Slack refuses every call for a minute. The
// decision is stored with the job that announces it; the job retries until
// Slack answers, and within a minute of its return the review card shows
// the decision and the owner is told in their thread, exactly once.
func TestADecisionIsAnnouncedWhenSlackComesBack(t *testing.T) {
	t.Parallel()
	h := setup(t, testenv.Example(t))
	ckID, d := h.answered("A.6.2.4", "The ML team validates every model under the approved policy.")
	ck, err := h.env.Store.Checkin(h.env.Ctx, bot.CheckinID(ckID))
	if err != nil {
		t.Fatal(err)
	}
	h.workChatJobs()
	notices := func() int {
		n := 0
		for _, c := range h.slack.Calls("chat.postMessage") {
			if c.Param("thread_ts") == ck.TS && strings.Contains(c.Text(), "Confirmed at level") {
				n++
			}
		}
		return n
	}

	h.slack.SetDown(true)
	h.click(lead, bot.ActConfirm, d, "C0REVIEW01", "1")
	// The button is acknowledged at once and worked after.
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		got, err := h.env.Drafts.Draft(h.env.Ctx, assessor.DraftID(d))
		if err != nil {
			t.Fatal(err)
		}
		if got.Status == assessor.Confirmed {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the decision was not stored while Slack was down: %s", got.Status)
		}
	}
	time.Sleep(time.Minute)
	if h.slack.Refused() < 3 {
		t.Errorf("only %d calls tried Slack during its outage: nothing retried", h.slack.Refused())
	}
	if notices() != 0 {
		t.Fatal("the owner was told while Slack was down")
	}
	h.slack.SetDown(false)
	back := time.Now()
	for {
		card := false
		for _, c := range h.slack.Calls("chat.update") {
			card = card || (c.Param("channel") == "C0REVIEW01" && strings.Contains(c.Text(), "Confirmed at level"))
		}
		if card && notices() > 0 {
			break
		}
		if time.Since(back) > time.Minute {
			t.Fatalf("a minute after Slack came back: card updated %v, owner told %d times", card, notices())
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Logf("announced %.1f s after Slack came back", time.Since(back).Seconds())
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		if done, err := h.env.Store.Announced(h.env.Ctx, assessor.DraftID(d)); err != nil {
			t.Fatal(err)
		} else if done {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the announcement never finished")
		}
	}
	// Whatever runs it again (the job's retries, a replica) tells no one twice.
	if err := h.env.Bot.Announce(h.env.Ctx, assessor.DraftID(d)); err != nil {
		t.Fatal(err)
	}
	time.Sleep(2 * time.Second)
	if n := notices(); n != 1 {
		t.Errorf("the owner was told %d times", n)
	}
	if ck, err := h.env.Store.Checkin(h.env.Ctx, bot.CheckinID(ckID)); err != nil || ck.Status != bot.CheckinClosed {
		t.Errorf("the check-in after the announcement: %v %v", ck.Status, err)
	}
}

// Owners snooze, delegate and ask for "not applicable", and a lead
// decides such a request, while Slack refuses every call. Each change is
// stored with the job that shows it; once Slack is back the cards are
// rewritten, the leads asked, the delegate and the owner told, each post
// exactly once.
func TestCheckinChangesReachSlackWhenItComesBack(t *testing.T) {
	t.Parallel()
	h := setup(t, testenv.Example(t))
	h.workChatJobs()
	send := func(ref string) *bot.Checkin {
		h.command(lead, "checkin iso42001 "+ref)
		id := h.saw("chat.postMessage", "Check-in: "+ref+" ").ActionValue(bot.ActAnswer)
		for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
			ck, err := h.env.Store.Checkin(h.env.Ctx, bot.CheckinID(id))
			if err == nil && ck.TS != "" {
				return ck
			}
			if time.Now().After(deadline) {
				t.Fatalf("check-in %s was not delivered: %v", ref, err)
			}
		}
	}
	count := func(method string, match func(slackfake.Call) bool) int {
		n := 0
		for _, c := range h.slack.Calls(method) {
			if match(c) {
				n++
			}
		}
		return n
	}
	snoozed, decided, delegated, requested := send("A.6.2.2"), send("A.6.2.3"), send("A.6.2.5"), send("A.6.2.7")
	// A request made while Slack is up, for a lead to decide while it is down.
	if out := h.submit(owner, bot.FormNotApplicable, string(decided.ID), map[string]string{"reason": "No models are retrained here.", "reason_code": "business"}); out != nil {
		t.Fatalf("not applicable: %v", out)
	}
	card := h.saw("chat.postMessage", "No models are retrained here.")

	h.slack.SetDown(true)
	h.click(owner, bot.ActSnoozeWeek, string(snoozed.ID), string(snoozed.Channel), snoozed.TS)
	if out := h.submit(owner, bot.FormDelegate, string(delegated.ID), map[string]string{"user": "U0DELEGATE"}); out != nil {
		t.Fatalf("delegate: %v", out)
	}
	if out := h.submit(owner, bot.FormNotApplicable, string(requested.ID), map[string]string{"reason": "Third-party models are never deployed.", "reason_code": "role"}); out != nil {
		t.Fatalf("not applicable: %v", out)
	}
	h.click(lead, bot.ActNAConfirm, card.ActionValue(bot.ActNAConfirm), "C0REVIEW01", card.TS)
	want := map[bot.CheckinID]bot.CheckinStatus{snoozed.ID: bot.CheckinSnoozed, delegated.ID: bot.CheckinOpen, requested.ID: bot.CheckinNAPending, decided.ID: bot.CheckinNA}
	for id, status := range want {
		for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
			ck, err := h.env.Store.Checkin(h.env.Ctx, id)
			if err == nil && ck.Status == status && (id != delegated.ID || ck.Delegate == "U0DELEGATE") {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("the change to %s was not stored while Slack was down: %+v %v", id, ck, err)
			}
		}
	}
	// Past the jobs' first try.
	time.Sleep(jobs.AnnounceDelay + 5*time.Second)
	if ds, err := h.env.Store.Decisions(h.env.Ctx); err != nil || ds[decided.Key].Applicable || ds[decided.Key].DecidedBy != lead {
		t.Errorf("the lead's confirmation did not exclude the control while Slack was down: %+v %v", ds[decided.Key], err)
	}
	refused := h.slack.Refused()
	h.slack.SetDown(false)
	back := time.Now()

	cardSays := func(ck *bot.Checkin, text string) func(slackfake.Call) bool {
		return func(c slackfake.Call) bool {
			return c.Param("channel") == string(ck.Channel) && c.Param("ts") == ck.TS && strings.Contains(c.Text(), text)
		}
	}
	asked := func(c slackfake.Call) bool {
		return c.Param("channel") == "C0REVIEW01" && strings.Contains(c.Text(), "Third-party models are never deployed.")
	}
	delegateAsked := func(c slackfake.Call) bool { return strings.Contains(c.Text(), "asked you to answer this check-in") }
	ownerTold := func(c slackfake.Call) bool {
		return c.Param("thread_ts") == decided.TS && strings.Contains(c.Text(), "excluded from the assessment by <@"+lead+">")
	}
	requestDecided := func(c slackfake.Call) bool {
		return c.Param("ts") == card.TS && strings.Contains(c.Text(), "excluded from the assessment by <@"+lead+">")
	}
	for {
		got := map[string]bool{
			"snoozed card":            count("chat.update", cardSays(snoozed, "Snoozed until")) > 0,
			"delegated card":          count("chat.update", cardSays(delegated, "Delegated to <@U0DELEGATE>")) > 0,
			"delegate asked":          count("chat.postMessage", delegateAsked) > 0,
			"leads asked":             count("chat.postMessage", asked) > 0,
			"requesting owner's card": count("chat.update", cardSays(requested, "waiting for a lead")) > 0,
			"lead's request card":     count("chat.update", requestDecided) > 0,
			"owner told":              count("chat.postMessage", ownerTold) > 0,
			"decided owner's card":    count("chat.update", cardSays(decided, "Not applicable, confirmed by a lead")) > 0,
		}
		var missing []string
		for what, ok := range got {
			if !ok {
				missing = append(missing, what)
			}
		}
		if len(missing) == 0 {
			break
		}
		if time.Since(back) > time.Minute {
			t.Fatalf("a minute after Slack came back (%d calls refused while down), not shown: %v", refused, missing)
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Logf("shown %.1f s after Slack came back", time.Since(back).Seconds())
	// The jobs finish; a post made once is never made again.
	time.Sleep(3 * time.Second)
	for what, n := range map[string]int{
		"delegate asked": count("chat.postMessage", delegateAsked),
		"leads asked":    count("chat.postMessage", asked),
		"owner told":     count("chat.postMessage", ownerTold),
	} {
		if n != 1 {
			t.Errorf("%s %d times", what, n)
		}
	}
}
