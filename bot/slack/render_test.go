package slack_test

import (
	"context"
	"strings"
	"testing"

	slackapi "github.com/slack-go/slack"

	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/bot/slack"
	"github.com/assay-dev/assay/bot/slack/slackfake"
)

func TestRenderingTrimsToSlackLimits(t *testing.T) {
	t.Parallel()
	fake := slackfake.New(t)
	chat := slack.New("xoxb-test", fake.APIURL())
	long := strings.Repeat("word ", 1000)
	var blocks []bot.Block
	blocks = append(blocks, bot.Header{Text: long}, bot.Section{Text: long, Fields: []string{long, long, long, long, long, long, long, long, long, long, long, long}})
	var buttons []bot.Button
	for range 12 {
		buttons = append(buttons, bot.Button{ActionID: "a", Value: long, Text: long})
	}
	blocks = append(blocks, bot.Actions{Buttons: buttons})
	for range 60 {
		blocks = append(blocks, bot.Context{Text: long})
	}
	ctx := context.Background()
	if _, err := chat.Post(ctx, "C1", "", bot.Message{Text: long + long + long, Blocks: blocks}); err != nil {
		t.Fatal(err)
	}
	var opts []bot.Option
	for range 150 {
		opts = append(opts, bot.Option{Value: "v", Text: long})
	}
	if err := chat.OpenModal(ctx, "trig", bot.Modal{CallbackID: "x", Title: "A title far longer than twenty-four characters", Submit: long, Private: long + long,
		Blocks: blocks, Inputs: []bot.Input{{ID: "a", Label: long, Options: opts}, {ID: "b", Label: "t", MaxLen: 9000}}}); err != nil {
		t.Fatal(err)
	}
	if err := chat.PublishHome(ctx, "U1", bot.Message{Blocks: append(blocks, blocks...)}); err != nil {
		t.Fatal(err)
	}
	if v := fake.Violations(); len(v) > 0 {
		t.Errorf("limits broken:\n%s", strings.Join(v, "\n"))
	}
	post := fake.Calls("chat.postMessage")[0]
	if len(post.Blocks) != 50 || !strings.Contains(post.Text(), "more parts not shown") || !strings.Contains(post.Text(), "(trimmed)") {
		t.Errorf("%d blocks; the cut is not marked", len(post.Blocks))
	}
	// The checker itself catches what it should: a raw call past the limits.
	raw := slackapi.New("xoxb-test", slackapi.OptionAPIURL(fake.APIURL()))
	raw.PostMessage("C1", slackapi.MsgOptionBlocks(slackapi.NewHeaderBlock(slackapi.NewTextBlockObject("plain_text", long, false, false))))
	if v := fake.Violations(); len(v) != 1 || !strings.Contains(v[0], "header of 5000 characters") {
		t.Errorf("violations %v", v)
	}
}
