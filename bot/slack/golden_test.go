package slack_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/bot/slack/slackfake"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/digest"
	"github.com/assay-dev/assay/testenv"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// Ids, times and dates change from run to run, and the offline drafter's
// rule version with every rule change; the golden files hold what stays.
var (
	uuidRE  = regexp.MustCompile(`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`)
	tsRE    = regexp.MustCompile(`\b\d{10}\.\d{6}\b|/p\d{16}\b`)
	whenRE  = regexp.MustCompile(`\d{4}-\d{2}-\d{2}( \d{2}:\d{2} UTC)?`)
	dayRE   = regexp.MustCompile(`\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]* \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b`)
	trigRE  = regexp.MustCompile(`"trig[^"]*"`)
	longDay = regexp.MustCompile(`\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+ \d{4}\b`)
)

func normalise(s string) string {
	s = uuidRE.ReplaceAllString(s, "<id>")
	s = tsRE.ReplaceAllString(s, "<ts>")
	s = longDay.ReplaceAllString(s, "<date>")
	s = whenRE.ReplaceAllString(s, "<date>")
	s = dayRE.ReplaceAllString(s, "<day>")
	s = strings.ReplaceAll(s, assessor.OfflineRules, "<offline-rules>")
	return trigRE.ReplaceAllString(s, `"<trigger>"`)
}

// golden compares a rendered Block Kit payload with its golden file
// (go test -run TestGolden -update rewrites them; read the diff).
func golden(t *testing.T, name string, payload any) {
	t.Helper()
	raw, err := json.MarshalIndent(payload, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got := normalise(string(raw)) + "\n"
	path := filepath.Join("testdata", "golden", name+".json")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%s: %v (run go test -run TestGolden -update to write it)", name, err)
	}
	if string(want) != got {
		t.Errorf("%s differs from %s (go test -run TestGolden -update rewrites it; read the diff):\n%s", name, path, got)
	}
}

// home opens a user's App Home tab and returns what was published.
func (h *harness) home(user string) slackfake.Call {
	h.t.Helper()
	before := len(h.slack.Calls("views.publish"))
	h.homeSeq++
	ev := []byte(`{"type":"event_callback","event_id":"EvHome` + strconv.Itoa(h.homeSeq) + `","event":{"type":"app_home_opened","user":"` + user + `","tab":"home"}}`)
	if code, _ := h.post("/slack/events", "application/json", ev, "good", time.Now()); code != 200 {
		h.t.Fatalf("home event: HTTP %d", code)
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		calls := h.slack.Calls("views.publish")
		for i := len(calls) - 1; i >= before; i-- {
			if calls[i].Param("user_id") == user {
				return calls[i]
			}
		}
		if time.Now().After(deadline) {
			h.t.Fatalf("no home published for %s", user)
		}
	}
}

// message is what a chat call sends: its fallback text, its blocks, or
// its view.
func message(c slackfake.Call) map[string]any {
	out := map[string]any{"method": c.Method}
	if t := c.Param("text"); t != "" {
		out["text"] = t
	}
	if c.Blocks != nil {
		out["blocks"] = c.Blocks
	}
	if c.View != nil {
		out["view"] = c.View
	}
	return out
}

// TestGolden renders every kind of Block Kit payload the bot sends, in
// each state, through the real Slack client, and holds each to a golden
// file reviewed for its wording; every payload is within Block Kit's
// limits (the fake checks each call); and no text a person reads carries
// an internal id.
func TestGolden(t *testing.T) {
	h := setup(t, testenv.Example(t))
	ctx := h.env.Ctx

	// A rollout message: three check-ins of one owner in one message.
	slot := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	var due []*bot.Checkin
	for _, ref := range []string{"A.10.2", "A.2.2", "A.3.2"} {
		due = append(due, &bot.Checkin{Key: catalogs.Key{Framework: catalogs.ISO42001, Ref: catalogs.Ref(ref)}, Owner: "U0GRC00001", Status: bot.CheckinOpen, Slot: &slot})
	}
	if _, err := h.env.Store.CreateSlotCheckins(ctx, due); err != nil {
		t.Fatal(err)
	}
	cks, err := h.env.Store.ClaimUnsent(ctx, "U0GRC00001", time.Now(), time.Minute, 5, "rollout-golden")
	if err != nil || len(cks) != 3 {
		t.Fatalf("claimed %d: %v", len(cks), err)
	}
	if err := h.env.Bot.DeliverBatch(ctx, cks); err != nil {
		t.Fatal(err)
	}
	golden(t, "rollout-list", message(h.saw("chat.postMessage", "3 controls for you to answer")))

	// One check-in sent by hand, its answer form, and the card once answered.
	h.command(lead, "checkin iso42001 A.6.2.4")
	card := h.saw("chat.postMessage", "Check-in: A.6.2.4 ")
	golden(t, "checkin-card", message(card))
	ck := card.ActionValue(bot.ActAnswer)
	h.click(owner, bot.ActAnswer, ck, card.Param("channel"), card.TS)
	golden(t, "answer-form", message(h.saw("views.open", "What is in place today?")))
	if out := h.submit(owner, bot.FormAnswer, ck, map[string]string{"answer": "We have some monitoring dashboards.", "self_level": "3"}); out != nil {
		t.Fatalf("answer: %v", out)
	}
	golden(t, "checkin-answered", message(h.saw("chat.update", "Answered — a draft rating is in progress")))

	// The review card, the lead's forms, the decision and a second click.
	ds := h.env.DraftAll(t)
	if len(ds) != 1 {
		t.Fatalf("%d drafts", len(ds))
	}
	d := string(ds[0].ID)
	review := h.saw("chat.postMessage", "Offline draft: A.6.2.4")
	golden(t, "review-pending", message(review))
	for _, w := range []string{"Target *4 (Quantitatively managed)*", "never rated before", "The owner rates it 3 (Defined); the draft says 1 (Initial)", "1 (Initial) on Maturity 0–5"} {
		if !strings.Contains(review.Text(), w) {
			t.Errorf("the review card lacks %q", w)
		}
	}
	if n := strings.Count(review.Text(), "Offline draft"); n != 2 { // the header and the fallback text
		t.Errorf("the review card says Offline draft %d times", n)
	}
	home := h.home(lead)
	golden(t, "home-lead-waiting", message(home))
	if home.ActionValue(bot.ActConfirm) != d || home.ActionValue(bot.ActReject) != d {
		t.Error("the lead's home lists the waiting draft without its buttons")
	}
	h.click(lead, bot.ActAdjust, d, "C0REVIEW01", review.TS)
	adjust := h.saw("views.open", "Adjust rating")
	golden(t, "adjust-form", message(adjust))
	if raw, _ := json.Marshal(adjust.View); !strings.Contains(string(raw), `"initial_option":{"text":{"emoji":true,"text":"1 Initial","type":"plain_text"},"value":"1"}`) {
		t.Errorf("Adjust does not preselect the drafted level: %s", raw)
	}
	h.click(lead, bot.ActReject, d, "C0REVIEW01", review.TS)
	reject := h.saw("views.open", "Reject draft")
	golden(t, "reject-form", message(reject))
	if raw, _ := json.Marshal(reject.View); !strings.Contains(string(raw), `"initial_value":"Who owns this, and how often is it done?"`) {
		t.Errorf("Reject does not offer the drafter's question: %s", raw)
	}
	h.click(lead, bot.ActConfirm, d, "C0REVIEW01", review.TS)
	golden(t, "review-confirmed", message(h.saw("chat.update", "Confirmed at level")))
	golden(t, "decision-notice", message(h.saw("chat.postMessage", "Confirmed at level")))
	h.click(lead, bot.ActConfirm, d, "C0REVIEW01", review.TS)
	golden(t, "second-decision", message(h.saw("chat.postEphemeral", "already confirmed")))

	// The other states of a review card: adjusted, rejected (and the
	// owner's notice of it).
	answerAs := func(ref, user, text string) (ckID, draftID, ts string) {
		t.Helper()
		before := len(h.env.DraftAll(t))
		h.command(lead, "checkin iso42001 "+ref)
		c := h.saw("chat.postMessage", "Check-in: "+ref+" ")
		ckID = c.ActionValue(bot.ActAnswer)
		if out := h.submit(user, bot.FormAnswer, ckID, map[string]string{"answer": text}); out != nil {
			t.Fatalf("answer %s: %v", ref, out)
		}
		ds := h.env.DraftAll(t)
		if len(ds) != before+1 {
			t.Fatalf("%d drafts after answering %s", len(ds), ref)
		}
		for _, d := range ds {
			if string(d.Ref) == ref {
				draftID = string(d.ID)
			}
		}
		return ckID, draftID, h.saw("chat.postMessage", "Offline draft: "+ref).TS
	}
	_, d2, _ := answerAs("A.6.2.6", owner, "The platform team looks at the dashboards every week.")
	if out := h.submit(lead, bot.FormAdjust, d2, map[string]string{"level": "1", "reason": "Nobody owns the monitoring and nothing is written down."}); out != nil {
		t.Fatalf("adjust: %v", out)
	}
	golden(t, "review-adjusted", message(h.saw("chat.update", "Adjusted to level 1")))
	_, d3, _ := answerAs("A.4.2", "U0GRC00001", "We keep a list of our AI resources somewhere.")
	if out := h.submit(lead, bot.FormReject, d3, map[string]string{"question": "Where is the list, and who keeps it current?"}); out != nil {
		t.Fatalf("reject: %v", out)
	}
	golden(t, "review-rejected", message(h.saw("chat.update", "the owner is asked: Where is the list")))
	golden(t, "decision-rejected", message(h.saw("chat.postMessage", "sent your answer back and asks you: Where is the list")))

	// A draft that could not be made: the card asks for a human rating.
	failed := &assessor.Draft{Framework: catalogs.ISO42001, Ref: "A.9.2", Scale: assessor.Maturity05, Drafter: "gpt-4o-mini", Prompt: "draft.v3",
		Status: assessor.Failed, Error: "the model's answer was not valid JSON after 3 attempts"}
	if err := h.env.Drafts.SaveDraft(ctx, failed, &assessor.Entry{Actor: assessor.System, Action: assessor.ActDraftFailed, After: assessor.SnapshotOf(failed)}); err != nil {
		t.Fatal(err)
	}
	if err := h.env.Bot.PostReview(ctx, failed); err != nil {
		t.Fatal(err)
	}
	golden(t, "review-failed", message(h.saw("chat.postMessage", "No valid draft could be made")))

	// A "not applicable" request to the leads, and a delegated check-in.
	h.command(lead, "checkin iso42001 A.7.4")
	na := h.saw("chat.postMessage", "Check-in: A.7.4 ")
	naID := na.ActionValue(bot.ActAnswer)
	if out := h.submit("U0DATA0001", bot.FormNotApplicable, naID, map[string]string{"reason": "We train no models: every AI system we use is bought in.", "reason_code": "role"}); out != nil {
		t.Fatalf("not applicable: %v", out)
	}
	golden(t, "na-request", message(h.saw("chat.postMessage", "We train no models")))
	h.command(lead, "checkin iso42001 A.6.2.5")
	dl := h.saw("chat.postMessage", "Check-in: A.6.2.5 ")
	if out := h.submit(owner, bot.FormDelegate, dl.ActionValue(bot.ActAnswer), map[string]string{"user": "U0DATA0001"}); out != nil {
		t.Fatalf("delegate: %v", out)
	}
	golden(t, "delegated", message(h.saw("chat.postMessage", "asked you to answer this check-in")))

	// App Home per role, with a digest kept so the trend shows.
	b := &digest.Builder{Store: h.env.Store, Set: func() *catalogs.Set { return h.env.Set }, Bot: h.env.Bot}
	s, err := b.Build(ctx, h.env.Program)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Keep(ctx, s, nil); err != nil {
		t.Fatal(err)
	}
	if err := b.Post(ctx, h.env.Program, "C0DIGEST01", s); err != nil {
		t.Fatal(err)
	}
	golden(t, "digest", message(h.saw("chat.postMessage", "Maturity digest —")))
	for _, who := range []struct{ name, user string }{{"lead", lead}, {"owner", owner}, {"exec", exec}} {
		golden(t, "home-"+who.name, message(h.home(who.user)))
	}

	// Help by role, as the command answers it.
	for _, who := range []struct{ name, user string }{{"owner", owner}, {"lead", lead}, {"admin", "U0ADMIN001"}} {
		var body map[string]any
		if err := json.Unmarshal([]byte(h.command(who.user, "help")), &body); err != nil {
			t.Fatal(err)
		}
		golden(t, "help-"+who.name, body)
		if text, _ := body["text"].(string); strings.Contains(text, "/assay assign") != (who.name == "admin") ||
			strings.Contains(text, "/assay checkin") == (who.name == "owner") || !strings.Contains(text, "For example `/assay status iso42001`") {
			t.Errorf("help for the %s:\n%s", who.name, text)
		}
	}

	if eh := h.home(exec); !strings.Contains(eh.Text(), "|The last digest>") || !strings.Contains(eh.Text(), "<#C0DIGEST01>") {
		t.Errorf("the executive's home does not link the last digest:\n%s", eh.Text())
	}

	// The kickoff a program gets before its first rating.
	s.Kickoff = &digest.Kickoff{Sent: 4, Owners: 2, Waiting: 12, TimeZone: "UTC"}
	if err := b.Post(ctx, h.env.Program, "C0DIGEST01", s); err != nil {
		t.Fatal(err)
	}
	golden(t, "kickoff", message(h.saw("chat.postMessage", "Assessment under way")))

	// No text a person reads carries an internal id.
	for _, c := range h.slack.Calls() {
		if id := uuidRE.FindString(c.Text()); id != "" {
			t.Errorf("%s shows an internal id %s:\n%s", c.Method, id, c.Text())
		}
	}
	for _, name := range []string{"help-owner", "help-lead", "second-decision"} {
		raw, _ := os.ReadFile(filepath.Join("testdata", "golden", name+".json"))
		if strings.Contains(string(raw), "<id>") {
			t.Errorf("%s shows an internal id", name)
		}
	}
}
