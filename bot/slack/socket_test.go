package slack_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/bot/slack"
	"github.com/assay-dev/assay/bot/slack/slackfake"
	"github.com/assay-dev/assay/testenv"
)

func TestSocketMode(t *testing.T) {
	t.Parallel()
	fake := slackfake.New(t)
	chat := slack.New("xoxb-test", fake.APIURL())
	env := testenv.New(t, chat, testenv.Example(t))
	h := slack.NewHandler(slack.Handler{Bot: env.Bot, Chat: chat, Dedup: &memDedup{seen: map[string]bool{}}}, 8)
	api := slackapi.New("xoxb-test", slackapi.OptionAppLevelToken("xapp-test"), slackapi.OptionAPIURL(fake.APIURL()))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() {
		done <- (&slack.Socket{API: api, Handler: h, Silence: 700 * time.Millisecond, Log: quietLog()}).Run(ctx)
	}()
	defer func() {
		cancel()
		<-done
	}()

	// A slash command is acknowledged with its reply.
	ack, err := fake.Envelope("slash_commands", map[string]any{"command": "/assay", "text": "checkin iso42001 A.6.2.4", "user_id": lead, "channel_id": "C1"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(unescape(ack), "sent to <@"+owner+">") {
		t.Errorf("command ack: %s", ack)
	}
	dm := fake.WaitFor("chat.postMessage", 1)[0]
	ckID := dm.ActionValue(bot.ActAnswer)

	// A form submission with a missing answer is refused in the ack.
	sub := map[string]any{"type": "view_submission", "user": map[string]any{"id": owner},
		"view": map[string]any{"callback_id": bot.FormAnswer, "private_metadata": ckID, "state": map[string]any{"values": map[string]any{
			"answer": map[string]any{"answer": map[string]any{"type": "plain_text_input", "value": ""}}}}}}
	if ack, err := fake.Envelope("interactive", sub); err != nil || !strings.Contains(string(ack), `"response_action":"errors"`) {
		t.Errorf("empty answer ack: %s, %v", ack, err)
	}
	// An event delivered twice is handled once.
	ev := map[string]any{"type": "event_callback", "event_id": "EvSock", "event": map[string]any{"type": "app_home_opened", "user": lead, "tab": "home"}}
	fake.Envelope("events_api", ev)
	fake.Envelope("events_api", ev)
	fake.WaitFor("views.publish", 1)
	time.Sleep(200 * time.Millisecond)
	if n := len(fake.Calls("views.publish")); n != 1 {
		t.Errorf("%d home publishes for one event", n)
	}

	// The watchdog replaces a connection that goes silent.
	deadline := time.Now().Add(10 * time.Second)
	for fake.SocketConnections() < 2 {
		if time.Now().After(deadline) {
			t.Fatal("the silent connection was never replaced")
		}
		time.Sleep(50 * time.Millisecond)
	}
	if ack, err := fake.Envelope("slash_commands", map[string]any{"command": "/assay", "text": "help", "user_id": lead, "channel_id": "C1"}); err != nil || !strings.Contains(unescape(ack), "/assay status") {
		t.Errorf("after reconnecting: %s, %v", ack, err)
	}
}

// unescape reads an ack payload's text as a person would.
func unescape(raw []byte) string {
	var v any
	if json.Unmarshal(raw, &v) != nil {
		return string(raw)
	}
	b, _ := json.Marshal(v)
	return strings.NewReplacer(`\u003c`, "<", `\u003e`, ">", `\u0026`, "&").Replace(string(b))
}
