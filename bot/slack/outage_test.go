package slack_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/jobs"
	"github.com/assay-dev/assay/testenv"
)

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
	w, err := h.env.Backend.Queue.Workers(h.env.Bot.Assessor, jobs.Options{PollInterval: 100 * time.Millisecond, Announce: h.env.Bot.Announce})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Start(h.env.Ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		w.Stop(ctx)
	})
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
