package slack_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/bot/slack"
	"github.com/assay-dev/assay/bot/slack/slackfake"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/testenv"
)

const secret = "8f742231b10e8888abcd99yyyzzz85a5"

// Personas of the example program.
const (
	lead  = "U0LEAD0001"
	owner = "U0MLENG001"
	exec  = "U0EXEC0001"
	other = "U0STRANGER"
)

// memDedup is a Dedup for tests that do not need Redis (the Redis one is
// tested in package redis).
type memDedup struct {
	mu   sync.Mutex
	seen map[string]bool
}

func (m *memDedup) First(_ context.Context, key string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.seen[key] {
		return false, nil
	}
	m.seen[key] = true
	return true, nil
}

type harness struct {
	homeSeq int
	t       *testing.T
	slack   *slackfake.Server
	env     *testenv.Env
	srv     *httptest.Server
	handler *slack.Handler
}

func setup(t *testing.T, programYAML []byte) *harness {
	t.Helper()
	return setupBudget(t, programYAML, 0)
}

// setupBudget is setup with the handler's time budget before it answers
// "Working on it…" (0: the default).
func setupBudget(t *testing.T, programYAML []byte, budget time.Duration) *harness {
	t.Helper()
	fake := slackfake.New(t)
	chat := slack.New("xoxb-test", fake.APIURL())
	env := testenv.New(t, chat, programYAML)
	h := slack.NewHandler(slack.Handler{Bot: env.Bot, Chat: chat, SigningSecret: secret, Budget: budget, Dedup: &memDedup{seen: map[string]bool{}}}, 16)
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	t.Cleanup(func() {
		if v := fake.Violations(); len(v) > 0 {
			t.Errorf("Block Kit limits broken:\n%s", strings.Join(v, "\n"))
		}
	})
	hs := &harness{t: t, slack: fake, env: env, srv: srv, handler: h}
	// Work the handler started after acknowledging a request ends before
	// the store and the fake Slack close (cleanups run last first).
	t.Cleanup(hs.drain)
	return hs
}

// drain waits for the handler's background work: a test that changes the
// bot's settings (its clock) calls it first, so nothing still running
// reads them as they change.
func (h *harness) drain() {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := h.handler.Drain(ctx); err != nil {
		h.t.Errorf("background work still running after 30 s: %v", err)
	}
}

// post sends a request signed as Slack signs (or not, or badly).
func (h *harness) post(path, contentType string, body []byte, signing string, at time.Time) (int, []byte) {
	h.t.Helper()
	req, _ := http.NewRequest("POST", h.srv.URL+path, bytes.NewReader(body))
	req.Header.Set("Content-Type", contentType)
	switch signing {
	case "good", "expired":
		slack.SignRequest(req, secret, at, body)
	case "forged":
		slack.SignRequest(req, "not-the-secret", at, body)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

func (h *harness) command(user, text string) string {
	h.t.Helper()
	form := url.Values{"command": {"/assay"}, "text": {text}, "user_id": {user}, "channel_id": {"D" + user}, "trigger_id": {"trig"}, "team_id": {"T1"}}
	before := len(h.slack.Calls("chat.postEphemeral"))
	code, body := h.post("/slack/commands", "application/x-www-form-urlencoded", []byte(form.Encode()), "good", time.Now())
	if code != 200 {
		h.t.Fatalf("/assay %s: HTTP %d %s", text, code, body)
	}
	var msg struct {
		ResponseType string `json:"response_type"`
		Text         string `json:"text"`
		Blocks       []any  `json:"blocks"`
	}
	json.Unmarshal(body, &msg)
	if msg.ResponseType != "ephemeral" {
		h.t.Errorf("/assay %s: response_type %q, want ephemeral", text, msg.ResponseType)
	}
	if len(msg.Blocks) > 50 {
		h.t.Errorf("/assay %s: %d blocks", text, len(msg.Blocks))
	}
	if msg.Text == "Working on it…" {
		// Slower than Slack's three seconds (a loaded machine): the
		// answer comes as an ephemeral message to the same person.
		for n := before + 1; ; n++ {
			if c := h.slack.WaitFor("chat.postEphemeral", n)[n-1]; c.Param("user") == user && c.Param("channel") == "D"+user {
				return c.Text()
			}
		}
	}
	return string(body)
}

func (h *harness) interact(payload any) (int, []byte) {
	h.t.Helper()
	p, _ := json.Marshal(payload)
	form := url.Values{"payload": {string(p)}}
	return h.post("/slack/interactions", "application/x-www-form-urlencoded", []byte(form.Encode()), "good", time.Now())
}

func (h *harness) click(user, actionID, value, channel, ts string) {
	h.t.Helper()
	code, body := h.interact(map[string]any{
		"type": "block_actions", "user": map[string]any{"id": user}, "trigger_id": "trig-" + actionID,
		"channel": map[string]any{"id": channel}, "container": map[string]any{"type": "message", "message_ts": ts, "channel_id": channel},
		"actions": []any{map[string]any{"type": "button", "block_id": "b1", "action_id": actionID, "value": value}},
	})
	if code != 200 {
		h.t.Fatalf("click %s: HTTP %d %s", actionID, code, body)
	}
}

func (h *harness) submit(user, callbackID, private string, values map[string]string) map[string]any {
	h.t.Helper()
	return h.submitFiles(user, callbackID, private, values, nil)
}

// submitFiles submits a form with files in its file input (objects from
// slackfake.AddFile).
func (h *harness) submitFiles(user, callbackID, private string, values map[string]string, files []map[string]any) map[string]any {
	h.t.Helper()
	state := map[string]any{}
	if files != nil {
		state["files"] = map[string]any{"files": map[string]any{"type": "file_input", "files": files}}
	}
	for k, v := range values {
		switch k {
		case "valid_until":
			state[k] = map[string]any{k: map[string]any{"type": "datepicker", "selected_date": v}}
		case "level", "self_level", "reason_code":
			state[k] = map[string]any{k: map[string]any{"type": "static_select", "selected_option": map[string]any{"value": v}}}
		case "user":
			state[k] = map[string]any{k: map[string]any{"type": "users_select", "selected_user": v}}
		default:
			state[k] = map[string]any{k: map[string]any{"type": "plain_text_input", "value": v}}
		}
	}
	code, body := h.interact(map[string]any{"type": "view_submission", "user": map[string]any{"id": user},
		"view": map[string]any{"callback_id": callbackID, "private_metadata": private, "state": map[string]any{"values": state}}})
	if code != 200 {
		h.t.Fatalf("submit %s: HTTP %d %s", callbackID, code, body)
	}
	var out map[string]any
	json.Unmarshal(body, &out)
	return out
}

// saw waits until a call of method shows text containing want.
func (h *harness) saw(method, want string) slackfake.Call {
	h.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		for _, c := range h.slack.Calls(method) {
			if strings.Contains(c.Text(), want) {
				return c
			}
		}
		if time.Now().After(deadline) {
			var got []string
			for _, c := range h.slack.Calls(method) {
				got = append(got, c.Text())
			}
			h.t.Fatalf("no %s showing %q; saw:\n%s", method, want, strings.Join(got, "\n---\n"))
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestRequestsMustBeSignedByTheSigningSecret(t *testing.T) {
	t.Parallel()
	h := setup(t, testenv.Example(t))
	form := []byte(url.Values{"command": {"/assay"}, "text": {"checkin iso42001 A.6.2.4"}, "user_id": {lead}, "channel_id": {"C1"}}.Encode())
	for _, c := range []struct {
		signing string
		at      time.Time
	}{{"none", time.Now()}, {"forged", time.Now()}, {"expired", time.Now().Add(-6 * time.Minute)}} {
		for _, path := range []string{"/slack/commands", "/slack/interactions", "/slack/events"} {
			if code, _ := h.post(path, "application/x-www-form-urlencoded", form, c.signing, c.at); code != http.StatusUnauthorized {
				t.Errorf("%s request to %s: HTTP %d, want 401", c.signing, path, code)
			}
		}
	}
	time.Sleep(100 * time.Millisecond)
	if calls := h.slack.Calls(); len(calls) != 0 {
		t.Errorf("unverified requests reached Slack: %v", calls[0].Method)
	}
	if ck, ok, _ := h.env.Store.OpenCheckin(h.env.Ctx, keyA624); ok {
		t.Errorf("an unverified command sent a check-in: %+v", ck)
	}
	// A genuine URL verification answers the challenge; malformed bodies are 400.
	code, body := h.post("/slack/events", "application/json", []byte(`{"type":"url_verification","challenge":"abc123","token":"x"}`), "good", time.Now())
	if code != 200 || string(body) != "abc123" {
		t.Errorf("challenge: %d %q", code, body)
	}
	if code, _ := h.post("/slack/events", "application/json", []byte(`{not json`), "good", time.Now()); code != 400 {
		t.Errorf("malformed event: HTTP %d", code)
	}
	if code, _ := h.post("/slack/interactions", "application/x-www-form-urlencoded", []byte("payload=%7Bnope"), "good", time.Now()); code != 400 {
		t.Errorf("malformed interaction: HTTP %d", code)
	}
}

var keyA624 = catalogs.Key{Framework: "iso42001-2023", Ref: "A.6.2.4"}

func TestCheckinAnswerReviewConfirm(t *testing.T) {
	t.Parallel()
	h := setup(t, testenv.Example(t))
	if out := h.command(lead, "help"); !strings.Contains(out, "/assay status") {
		t.Errorf("help: %s", out)
	}
	if out := h.command(lead, "frobnicate"); !strings.Contains(out, "I don't know `frobnicate`") {
		t.Errorf("unknown verb: %s", out)
	}
	if out := h.command(other, "checkin iso42001 A.6.2.4"); !strings.Contains(out, "only leads and admins") {
		t.Errorf("checkin by a stranger: %s", out)
	}
	if out := h.command(lead, "checkin iso42001 A.6.2.4"); !strings.Contains(out, "sent to <@"+owner+">") {
		t.Fatalf("checkin: %s", out)
	}
	if out := h.command(lead, "checkin iso42001 A.6.2.4"); !strings.Contains(out, "sent to") {
		t.Errorf("second checkin: %s", out)
	}
	posts := h.slack.WaitFor("chat.postMessage", 1)
	if len(posts) != 1 {
		t.Fatalf("%d check-in messages for one control", len(posts))
	}
	dm := posts[0]
	if dm.Param("channel") != "D0MLENG001" || !strings.Contains(dm.Text(), "Verifying and validating AI systems") || !strings.Contains(dm.Text(), "Target: *4*") {
		t.Errorf("check-in DM: %s", dm.Text())
	}
	ckID := dm.ActionValue(bot.ActAnswer)

	// A stranger cannot answer; the owner gets the form.
	h.click(other, bot.ActAnswer, ckID, "D0MLENG001", "1700000000.000001")
	eph := h.slack.WaitFor("chat.postEphemeral", 1)
	if !strings.Contains(eph[0].Text(), "only <@"+owner+">") {
		t.Errorf("stranger's click: %s", eph[0].Text())
	}
	h.click(owner, bot.ActAnswer, ckID, "D0MLENG001", "1700000000.000001")
	modal := h.slack.WaitFor("views.open", 1)[0]
	if modal.Param("trigger_id") != "trig-"+bot.ActAnswer || modal.View["callback_id"] != bot.FormAnswer {
		t.Errorf("answer form: %+v", modal.JSON)
	}

	// Empty answer: the form says why and stays open; nothing stored.
	if out := h.submit(owner, bot.FormAnswer, ckID, map[string]string{"answer": "  "}); out["response_action"] != "errors" {
		t.Errorf("empty answer: %v", out)
	}
	if out := h.submit(owner, bot.FormAnswer, ckID, map[string]string{"answer": "x", "evidence": "not a link"}); out["response_action"] != "errors" {
		t.Errorf("bad evidence: %v", out)
	}
	answer := "The ML team validates every model before release against a documented checklist approved by the AI board. " + strings.Repeat("Results and sign-offs are kept in the model registry. ", 60)
	answer = answer[:3000]
	if out := h.submit(owner, bot.FormAnswer, ckID, map[string]string{"answer": answer, "evidence": "https://wiki.example/validation", "self_level": "3"}); out != nil {
		t.Errorf("answer: %v", out)
	}
	// A double submit is refused, not stored twice.
	h.submit(owner, bot.FormAnswer, ckID, map[string]string{"answer": answer})
	if n, err := h.env.Backend.Port.Counts(h.env.Ctx); err != nil || n.Answers != 1 {
		t.Errorf("%d answers stored (%v)", n.Answers, err)
	}
	upd := h.slack.WaitFor("chat.update", 1)
	if !strings.Contains(upd[0].Text(), "Answered") {
		t.Errorf("DM after answering: %s", upd[0].Text())
	}

	// The draft goes to the review channel.
	drafts := h.env.DraftAll(t)
	if len(drafts) != 1 || drafts[0].Status != assessor.Pending {
		t.Fatalf("drafts %+v", drafts)
	}
	// The owner's own rating is kept beside the answer, not in it, and
	// does not read as an attempt to steer the model.
	if ans, err := h.env.Drafts.Answer(h.env.Ctx, drafts[0].AnswerID); err != nil || ans.SelfLevel == nil || *ans.SelfLevel != 3 || ans.Text != answer {
		t.Errorf("the stored answer: %+v %v", ans, err)
	}
	if drafts[0].HasFlag(assessor.FlagInstructionsInAnswer) {
		t.Error("an answer with the owner's own rating was flagged as steering the model")
	}
	review := h.slack.WaitFor("chat.postMessage", 2)[1]
	if review.Param("channel") != "C0REVIEW01" || !strings.Contains(review.Text(), "Offline draft") || !strings.Contains(review.Text(), "(trimmed)") ||
		!strings.Contains(review.Text(), "the owner's own rating *3 (Defined)*") {
		t.Errorf("review message: %s", review.Text())
	}
	draftID := review.ActionValue(bot.ActConfirm)
	if draftID != string(drafts[0].ID) {
		t.Fatalf("confirm button carries %q, want %q", draftID, drafts[0].ID)
	}
	// The full answer and a cited passage are a click away.
	h.click(lead, bot.ActShowAnswer, string(drafts[0].AnswerID), "C0REVIEW01", "x")
	full := h.slack.WaitFor("views.open", 2)[1]
	if !strings.Contains(full.Text(), answer[2900:3000]) {
		t.Errorf("the full answer is not shown whole")
	}

	// Only a lead decides; a second decision is refused.
	h.saw("chat.postEphemeral", "this check-in is already answered")
	h.click(exec, bot.ActConfirm, draftID, "C0REVIEW01", review.Param("ts"))
	h.saw("chat.postEphemeral", "only a compliance lead")
	h.click(lead, bot.ActConfirm, draftID, "C0REVIEW01", "1700000000.000002")
	updates := h.slack.WaitFor("chat.update", 3)
	var reviewUpdated, dmUpdated bool
	for _, u := range updates {
		if u.Param("channel") == "C0REVIEW01" && strings.Contains(u.Text(), "Confirmed at level") && strings.Contains(u.Text(), "<@"+lead+">") {
			reviewUpdated = true
		}
		if u.Param("channel") == "D0MLENG001" && strings.Contains(u.Text(), "Rated") {
			dmUpdated = true
		}
	}
	if !reviewUpdated || !dmUpdated {
		t.Errorf("after confirming: review updated %v, check-in updated %v", reviewUpdated, dmUpdated)
	}
	thread := h.slack.WaitFor("chat.postMessage", 3)[2]
	if thread.Param("thread_ts") == "" || !strings.Contains(thread.Text(), "Confirmed") {
		t.Errorf("owner's thread: %s (thread %q)", thread.Text(), thread.Param("thread_ts"))
	}
	h.click(lead, bot.ActConfirm, draftID, "C0REVIEW01", "1700000000.000002")
	// A second click says who decided and when, about the control: no id
	// a person cannot read.
	again := h.saw("chat.postEphemeral", "was already confirmed by <@"+lead+"> at ")
	if strings.Contains(again.Text(), draftID) {
		t.Errorf("the refusal shows the draft's id: %s", again.Text())
	}
	d, _ := h.env.Drafts.Draft(h.env.Ctx, assessor.DraftID(draftID))
	if d.Status != assessor.Confirmed || d.DecidedBy != lead {
		t.Errorf("stored draft %+v", d)
	}
}

func quietLog() *slog.Logger { return slog.New(slog.DiscardHandler) }
