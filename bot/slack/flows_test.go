package slack_test

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
	"github.com/assay-dev/assay/testenv"
)

// answered sends a check-in for ref, answers it as the owner and drafts
// it; it returns the check-in id and the review message's draft id.
func (h *harness) answered(ref, answer string) (ckID, draftID string) {
	h.t.Helper()
	h.command(lead, "checkin iso42001 "+ref)
	// Other posts (a decision told in a thread) may arrive meanwhile: find
	// the check-in by what it says.
	dm := h.saw("chat.postMessage", "Check-in: "+ref+" ")
	ckID = dm.ActionValue(bot.ActAnswer)
	if out := h.submit(owner, bot.FormAnswer, ckID, map[string]string{"answer": answer}); out != nil {
		h.t.Fatalf("answer: %v", out)
	}
	ds := h.env.DraftAll(h.t)
	if len(ds) != 1 {
		h.t.Fatalf("%d drafts", len(ds))
	}
	return ckID, string(ds[0].ID)
}

func TestAdjustAndReject(t *testing.T) {
	t.Parallel()
	h := setup(t, testenv.Example(t))
	_, d1 := h.answered("A.6.2.4", "The ML team validates models before release every time.")
	// Deciding cannot be undone: Confirm and Reject ask first.
	card := h.saw("chat.postMessage", "Confirm this rating?")
	if !strings.Contains(card.Text(), "Reject this draft?") || !strings.Contains(card.Text(), "cannot be undone") {
		t.Errorf("the review card's buttons do not ask to confirm:\n%s", card.Text())
	}
	// Adjust: level and a reason are required; the form says so.
	h.click(lead, bot.ActAdjust, d1, "C0REVIEW01", "1")
	form := h.saw("views.open", "Adjust rating")
	if form.View["callback_id"] != bot.FormAdjust {
		t.Fatalf("adjust form %v", form.View)
	}
	if out := h.submit(lead, bot.FormAdjust, d1, map[string]string{"level": "3", "reason": " "}); out["response_action"] != "errors" {
		t.Errorf("adjust without a reason: %v", out)
	}
	if out := h.submit(exec, bot.FormAdjust, d1, map[string]string{"level": "3", "reason": "x"}); out != nil {
		t.Errorf("exec adjusting: %v", out)
	}
	h.saw("chat.postEphemeral", "only a compliance lead")
	if out := h.submit(lead, bot.FormAdjust, d1, map[string]string{"level": "3", "reason": "The checklist is approved and used for every release."}); out != nil {
		t.Errorf("adjust: %v", out)
	}
	h.saw("chat.update", "Adjusted to level 3")
	// The card's History button shows what happened to the control.
	card = h.saw("chat.update", "Adjusted to level 3")
	if v := card.ActionValue(bot.ActHistory); v != "iso42001-2023:A.6.2.4" {
		t.Errorf("the decided card's History button: %q", v)
	}
	h.click(lead, bot.ActHistory, "iso42001-2023:A.6.2.4", "C0REVIEW01", "1")
	if hist := h.saw("views.open", "adjusted by <@"+lead+">"); !strings.Contains(hist.Text(), "answered by <@"+owner+">") || !strings.Contains(hist.Text(), "drafted by") {
		t.Errorf("history:\n%s", hist.Text())
	}
	h.click(other, bot.ActHistory, "iso42001-2023:A.6.2.4", "D0OTHER", "1")
	h.saw("chat.postEphemeral", "history is for the people in the program")
	// The OSCAL export links the answer to its check-in in Slack.
	in, err := h.env.Bot.OSCALInputs(h.env.Ctx, "iso42001")
	if err != nil {
		t.Fatal(err)
	}
	linked := false
	for _, c := range in.Controls {
		if c.Key.Ref == "A.6.2.4" {
			linked = strings.HasPrefix(c.Permalink, "https://assay-test.slack.com/archives/D")
		}
	}
	if !linked {
		t.Error("the rated control's answer has no Slack permalink")
	}
	if d, _ := h.env.Drafts.Draft(h.env.Ctx, assessor.DraftID(d1)); d.Status != assessor.Adjusted || *d.FinalLevel != 3 || d.DecidedBy != lead {
		t.Errorf("adjusted draft %+v", d)
	}

	// Reject: the question goes to the owner's thread and reopens the check-in.
	ck2, d2 := h.answered("A.6.2.6", "We have some monitoring.")
	h.click(lead, bot.ActReject, d2, "C0REVIEW01", "2")
	h.saw("views.open", "Reject draft")
	if out := h.submit(lead, bot.FormReject, d2, map[string]string{"question": "Which data sets, and who approved their use?"}); out != nil {
		t.Errorf("reject: %v", out)
	}
	thread := h.saw("chat.postMessage", "sent your answer back and asks you: Which data sets")
	if thread.Param("thread_ts") == "" {
		t.Error("the question was not posted in the check-in's thread")
	}
	h.saw("chat.update", "The lead asks you: Which data sets")
	// The check-in is stored reopened once its card shows it.
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		ck, err := h.env.Store.Checkin(h.env.Ctx, bot.CheckinID(ck2))
		if err == nil && ck.Status == bot.CheckinOpen && ck.Question != "" && ck.AnswerID == "" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("check-in after rejection %+v, %v", ck, err)
		}
	}
	// The answer form shows the lead's question and keeps the previous
	// answer to build on.
	h.click(owner, bot.ActAnswer, ck2, "D0MLENG001", "1")
	reform := h.saw("views.open", "The lead asks you: Which data sets")
	if raw, _ := json.Marshal(reform.JSON["view"]); !strings.Contains(string(raw), `"initial_value":"We have some monitoring."`) {
		t.Errorf("the answer form does not keep the previous answer: %s", raw)
	}
	// The owner can answer again.
	if out := h.submit(owner, bot.FormAnswer, ck2, map[string]string{"answer": "The customer data set, approved by the DPO in March."}); out != nil {
		t.Errorf("second answer: %v", out)
	}
}

func TestSnoozeNotApplicableDelegate(t *testing.T) {
	t.Parallel()
	h := setup(t, testenv.Example(t))
	h.command(lead, "checkin iso42001 A.6.2.4")
	dm := h.slack.WaitFor("chat.postMessage", 1)[0]
	ckID := dm.ActionValue(bot.ActAnswer)

	h.click(owner, bot.ActSnoozeWeek, ckID, "D0MLENG001", "1")
	h.saw("chat.update", "Snoozed until")
	if ck, _ := h.env.Store.Checkin(h.env.Ctx, bot.CheckinID(ckID)); ck.Status != bot.CheckinSnoozed || ck.SnoozedUntil.Before(time.Now().Add(6*24*time.Hour)) {
		t.Errorf("snoozed check-in %+v", ck)
	}

	// Delegate: only the owner; the delegate gets the check-in and may answer.
	h.click(other, bot.ActDelegate, ckID, "D0MLENG001", "1")
	h.saw("chat.postEphemeral", "only <@"+owner+">")
	h.click(owner, bot.ActDelegate, ckID, "D0MLENG001", "1")
	h.saw("views.open", "Delegate")
	if out := h.submit(owner, bot.FormDelegate, ckID, map[string]string{"user": "U0DELEGATE"}); out != nil {
		t.Errorf("delegate: %v", out)
	}
	h.saw("chat.postMessage", "asked you to answer this check-in")

	// Not applicable: a reason, then a lead's confirmation.
	h.click("U0DELEGATE", bot.ActNotApplicable, ckID, "D0DELEGATE", "2")
	h.saw("views.open", "Not applicable")
	if out := h.submit("U0DELEGATE", bot.FormNotApplicable, ckID, map[string]string{"reason": ""}); out["response_action"] != "errors" {
		t.Errorf("no reason: %v", out)
	}
	if out := h.submit("U0DELEGATE", bot.FormNotApplicable, ckID, map[string]string{"reason": "We build no AI systems in-house."}); out["response_action"] != "errors" {
		t.Errorf("no reason code: %v", out)
	}
	if out := h.submit("U0DELEGATE", bot.FormNotApplicable, ckID, map[string]string{"reason": "We build no AI systems in-house.", "reason_code": "role"}); out != nil {
		t.Errorf("not applicable: %v", out)
	}
	req := h.saw("chat.postMessage", "does not apply")
	if req.Param("channel") != "C0REVIEW01" || !strings.Contains(req.Text(), "Proposed reason: not in the organisation's role") {
		t.Errorf("the request went to %s: %s", req.Param("channel"), req.Text())
	}
	confirm := req.ActionValue(bot.ActNAConfirm)
	h.click(owner, bot.ActNAConfirm, confirm, "C0REVIEW01", req.TS)
	h.saw("chat.postEphemeral", "only a lead can confirm")
	if ds, err := h.env.Store.Decisions(h.env.Ctx); err != nil || len(ds) != 0 {
		t.Fatalf("an owner's click decided applicability: %v %v", ds, err)
	}
	h.click(lead, bot.ActNAConfirm, confirm, "C0REVIEW01", req.TS)
	h.saw("chat.update", "excluded from the assessment by <@"+lead+">")
	if ck, _ := h.env.Store.Checkin(h.env.Ctx, bot.CheckinID(ckID)); ck.Status != bot.CheckinNA {
		t.Errorf("check-in status %s", ck.Status)
	}
	// The lead's confirmation is the exclusion the owner proposed, with
	// their reason, in the Statement of Applicability (the card may be
	// rewritten before the decision is stored: wait for it).
	a624 := catalogs.Key{Framework: catalogs.ISO42001, Ref: "A.6.2.4"}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		ds, err := h.env.Store.Decisions(h.env.Ctx)
		d, ok := ds[a624]
		if err == nil && ok {
			if d.Applicable || d.Reason != program.ReasonRole || d.Justification != "We build no AI systems in-house." || d.DecidedBy != lead {
				t.Errorf("the exclusion: %+v", d)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the lead's confirmation excluded nothing: %v", err)
		}
	}
	h.click(lead, bot.ActNADecline, ckID, "C0REVIEW01", "3")
	h.saw("chat.postEphemeral", "already decided")
}

func TestHomeStatusAskAndEventDeduplication(t *testing.T) {
	t.Parallel()
	h := setup(t, testenv.Example(t))
	_, d := h.answered("A.6.2.4", "The ML team validates every model under the approved policy.")
	h.click(lead, bot.ActConfirm, d, "C0REVIEW01", "1")
	h.saw("chat.update", "Confirmed at level")
	// The announcement refreshes the owner's and the lead's home tabs.
	before := len(h.slack.WaitFor("views.publish", 2))

	ev := []byte(`{"type":"event_callback","event_id":"Ev123","team_id":"T1","api_app_id":"A1","event":{"type":"app_home_opened","user":"` + lead + `","channel":"D1","tab":"home"}}`)
	for range 3 { // Slack's retries
		if code, _ := h.post("/slack/events", "application/json", ev, "good", time.Now()); code != 200 {
			t.Fatalf("event: HTTP %d", code)
		}
	}
	home := h.slack.WaitFor("views.publish", before+1)[before]
	time.Sleep(200 * time.Millisecond)
	if n := len(h.slack.Calls("views.publish")) - before; n != 1 {
		t.Errorf("%d home publishes for one event delivered three times", n)
	}
	if home.Param("user_id") != lead || !strings.Contains(home.Text(), "Maturity by framework") || !strings.Contains(home.Text(), "*iso42001-2023*: 3.0 / target 3.1 (1 of 65 rated)") {
		t.Errorf("home: %s", home.Text())
	}

	if out := h.command(exec, "status iso42001"); !strings.Contains(out, "*A.6 AI system lifecycle*: 3.0 / target 4.0 (1 of 9 rated)") {
		t.Errorf("status: %s", out)
	}
	if out := h.command(exec, "status csf"); !strings.Contains(out, "is not in the program") {
		t.Errorf("status outside the program: %s", out)
	}
	if out := h.command(exec, "ask how do we measure AI system performance before deployment?"); !strings.Contains(out, "MEASURE 2.3") || !strings.Contains(out, "No model is configured") ||
		!strings.Contains(out, "*Controls that apply*") {
		t.Errorf("ask: %s", out)
	}
	// The controls come first, ISO ones included, found by their own words.
	if out := h.command(exec, "ask how do we assess the impact of our AI systems on people?"); !strings.Contains(out, "iso42001-2023 A.5.2") || !strings.Contains(out, "iso42001-2023 A.5.4") {
		t.Errorf("ask about impact: %s", out)
	}
	if out := h.command(exec, "ask"); !strings.Contains(out, "usage: /assay ask") {
		t.Errorf("ask without a question: %s", out)
	}
	if out := h.command(exec, "assign iso42001 A.6.2.4 <@U0NEW|new>"); !strings.Contains(out, "only admins") {
		t.Errorf("assign by an exec: %s", out)
	}
	if out := h.command("U0ADMIN001", "assign iso42001 A.6.2.5 <@U0NEW|new>"); !strings.Contains(out, "<@U0NEW> now owns") {
		t.Errorf("assign: %s", out)
	}
	if out := h.command(lead, "checkin iso42001 A.6.2.5"); !strings.Contains(out, "sent to <@U0NEW>") {
		t.Errorf("checkin after assign: %s", out)
	}
}

func TestSlackRateLimitLosesNothing(t *testing.T) {
	t.Parallel()
	h := setup(t, testenv.Example(t))
	h.slack.RateLimit = func(method string, n int) (bool, int) { return method == "chat.postMessage" && n == 0, 1 }
	start := time.Now()
	if out := h.command(lead, "checkin iso42001 A.6.2.4"); !strings.Contains(out, "sent to") && !strings.Contains(out, "Working on it") {
		t.Fatalf("checkin: %s", out)
	}
	h.slack.WaitFor("chat.postMessage", 1)
	if time.Since(start) < time.Second {
		t.Errorf("the Retry-After of 1 s was not honoured")
	}
}

// bigProgram has 1,000+ controls in scope and one with a very long title.
func bigProgram() []byte {
	return []byte(`name: "` + strings.Repeat("A very long program name ", 8) + `"
frameworks: [nist-sp800-53-r5, iso27001, iso42001]
roles: {leads: [` + lead + `], execs: [` + exec + `]}
owners:
  "nist-sp800-53-r5:*": ` + owner + `
  "iso42001-2023:*": ` + owner + `
channels: {review: C0REVIEW01}
`)
}

func TestOversizedContentStaysWithinSlackLimits(t *testing.T) {
	t.Parallel()
	h := setup(t, bigProgram())
	if n := len(h.env.Program.Controls()); n < 1000 {
		t.Fatalf("%d controls in the big program", n)
	}
	for i := range 30 {
		h.command(lead, fmt.Sprintf("checkin 800-53 AC-%d", i+1))
	}
	h.slack.WaitFor("chat.postMessage", 20)
	for _, out := range []string{h.command(exec, "status"), h.command(exec, "status 800-53")} {
		if !strings.Contains(out, "Maturity") {
			t.Errorf("status: %s", out)
		}
	}
	ev := []byte(`{"type":"event_callback","event_id":"EvBig","event":{"type":"app_home_opened","user":"` + owner + `","tab":"home"}}`)
	h.post("/slack/events", "application/json", ev, "good", time.Now())
	home := h.slack.WaitFor("views.publish", 1)[0]
	if !strings.Contains(home.Text(), "1–10 of ") {
		t.Fatalf("a long list of check-ins is not paged: %s", home.Text())
	}
	next := home.ActionValue(bot.ActHomePage)
	h.click(owner, bot.ActHomePage, next, "", "")
	page2 := h.slack.WaitFor("views.publish", 2)[1]
	if !strings.Contains(page2.Text(), "11–") || !strings.Contains(page2.Text(), "Previous") {
		t.Errorf("page two: %s", page2.Text())
	}
	// The violations check in setup's cleanup covers every payload here.
}

// An impact assessment for one AI system: the system owner is asked in a
// DM that names the system, answers it, the draft says which system it
// rates, a lead confirms, and the rating is the system's alone.
func TestAnImpactAssessmentPerAISystem(t *testing.T) {
	t.Parallel()
	h := setup(t, testenv.Example(t))
	ctx := h.env.Ctx
	a52 := catalogs.Key{Framework: catalogs.ISO42001, Ref: "A.5.2"}
	ck := &bot.Checkin{Key: a52, Owner: "U0MLENG001", Status: bot.CheckinOpen, System: "support-assistant"}
	if err := h.env.Store.CreateCheckin(ctx, ck); err != nil {
		t.Fatal(err)
	}
	if _, err := h.env.Bot.Deliver(ctx, ck); err != nil {
		t.Fatal(err)
	}
	h.saw("chat.postMessage", "An impact assessment for the AI system *Customer support assistant (`support-assistant`, high risk)*")
	// The control's owner for the organisation is not the system's.
	stranger := &assessor.Answer{Framework: catalogs.ISO42001, Ref: "A.5.2", Text: "We assess it.", Author: "U0GRC00001", System: "support-assistant"}
	if err := h.env.Bot.Assessor.Submit(ctx, stranger, assessor.SubmitOptions{}); errs.KindOf(err) != errs.Unauthorized {
		t.Errorf("the organisation's owner answered for the system: %v", err)
	}
	notImpact := &assessor.Answer{Framework: catalogs.ISO42001, Ref: "A.2.2", Text: "We have a policy.", Author: "U0MLENG001", System: "support-assistant"}
	if err := h.env.Bot.Assessor.Submit(ctx, notImpact, assessor.SubmitOptions{}); errs.KindOf(err) != errs.Invalid {
		t.Errorf("a control that is not about impact, answered per system: %v", err)
	}
	if out := h.submit("U0MLENG001", bot.FormAnswer, string(ck.ID), map[string]string{"answer": "Before release the team assesses the assistant's impact on customers; the DPO signs it off."}); out != nil {
		t.Fatalf("answer: %v", out)
	}
	ds := h.env.DraftAll(t)
	if len(ds) != 1 || ds[0].System != "support-assistant" {
		t.Fatalf("drafts %+v", ds)
	}
	h.saw("chat.postMessage", "Impact assessment for the AI system `support-assistant`")
	h.click(lead, bot.ActConfirm, string(ds[0].ID), "C0REVIEW01", "1")
	h.saw("chat.update", "Confirmed at level")
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		rs, err := h.env.Store.SystemRatings(ctx)
		if err == nil && len(rs) == 1 {
			if _, ok := rs[bot.SystemKey{Key: a52, System: "support-assistant"}]; !ok {
				t.Errorf("system ratings %+v", rs)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the system's rating was not stored: %v", err)
		}
	}
	if r, err := h.env.Store.LatestRatings(ctx); err != nil || len(r) != 0 {
		t.Errorf("a system's rating counted for the organisation: %v %v", r, err)
	}
	if err := h.env.Bot.HandleHome(ctx, lead); err != nil {
		t.Fatal(err)
	}
	h.saw("views.publish", "Customer support assistant (high risk): 1 of ")
}

// A command slower than Slack's three seconds is acknowledged at once
// ("Working on it…") and its answer is not lost: it comes to the person
// who asked as an ephemeral message in the same channel.
func TestASlowCommandIsAnsweredLater(t *testing.T) {
	t.Parallel()
	h := setupBudget(t, testenv.Example(t), time.Nanosecond)
	form := url.Values{"command": {"/assay"}, "text": {"status iso42001"}, "user_id": {exec}, "channel_id": {"D" + exec}, "trigger_id": {"trig"}, "team_id": {"T1"}}
	code, body := h.post("/slack/commands", "application/x-www-form-urlencoded", []byte(form.Encode()), "good", time.Now())
	if code != 200 || !strings.Contains(string(body), "Working on it…") {
		t.Fatalf("HTTP %d %s, want an immediate \"Working on it…\"", code, body)
	}
	late := h.slack.WaitFor("chat.postEphemeral", 1)[0]
	if late.Param("user") != exec || late.Param("channel") != "D"+exec || !strings.Contains(late.Text(), "iso42001") {
		t.Errorf("late answer to %s in %s: %s", late.Param("user"), late.Param("channel"), late.Text())
	}
	// The harness's command helper follows the same path.
	if out := h.command(exec, "status csf"); !strings.Contains(out, "is not in the program") {
		t.Errorf("status outside the program, answered late: %s", out)
	}
}
