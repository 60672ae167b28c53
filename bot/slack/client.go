package slack

import (
	"context"
	"errors"
	"time"

	"github.com/slack-go/slack"

	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/errs"
)

// Client is bot.Chat over Slack's Web API. Rate-limited calls (HTTP 429)
// wait as long as Slack's Retry-After says and try again, so a burst never
// loses a message.
type Client struct {
	API *slack.Client
	// MaxWait bounds one wait for a rate limit (default 2 minutes).
	MaxWait time.Duration
}

var _ bot.Chat = (*Client)(nil)

// New returns a client; apiURL "" is Slack's own.
func New(token, apiURL string) *Client {
	var opts []slack.Option
	if apiURL != "" {
		opts = append(opts, slack.OptionAPIURL(apiURL))
	}
	return &Client{API: slack.New(token, opts...)}
}

// retry runs call until it is not rate limited.
func (c *Client) retry(ctx context.Context, op string, call func() error) error {
	maxWait := c.MaxWait
	if maxWait == 0 {
		maxWait = 2 * time.Minute
	}
	for attempt := 0; ; attempt++ {
		err := call()
		var rl *slack.RateLimitedError
		if !errors.As(err, &rl) || attempt >= 8 {
			if err != nil {
				return errs.Wrap("slack."+op, errs.Unavailable, err, "Slack "+op)
			}
			return nil
		}
		wait := min(max(rl.RetryAfter, 100*time.Millisecond), maxWait)
		select {
		case <-ctx.Done():
			return errs.Wrap("slack."+op, errs.Unavailable, ctx.Err(), "waiting for Slack's rate limit")
		case <-time.After(wait):
		}
	}
}

// OpenDM implements bot.Chat.
func (c *Client) OpenDM(ctx context.Context, u bot.UserID) (bot.ChannelID, error) {
	var id string
	err := c.retry(ctx, "conversations.open", func() error {
		ch, _, _, err := c.API.OpenConversationContext(ctx, &slack.OpenConversationParameters{Users: []string{string(u)}, ReturnIM: true})
		if err == nil {
			id = ch.ID
		}
		return err
	})
	return bot.ChannelID(id), err
}

// Post implements bot.Chat.
func (c *Client) Post(ctx context.Context, ch bot.ChannelID, thread string, m bot.Message) (string, error) {
	opts := MessageOptions(m)
	if thread != "" {
		opts = append(opts, slack.MsgOptionTS(thread))
	}
	var ts string
	err := c.retry(ctx, "chat.postMessage", func() error {
		_, t, err := c.API.PostMessageContext(ctx, string(ch), opts...)
		ts = t
		return err
	})
	return ts, err
}

// Update implements bot.Chat.
func (c *Client) Update(ctx context.Context, ch bot.ChannelID, ts string, m bot.Message) error {
	return c.retry(ctx, "chat.update", func() error {
		_, _, _, err := c.API.UpdateMessageContext(ctx, string(ch), ts, MessageOptions(m)...)
		return err
	})
}

// Ephemeral implements bot.Chat.
func (c *Client) Ephemeral(ctx context.Context, ch bot.ChannelID, u bot.UserID, m bot.Message) error {
	return c.retry(ctx, "chat.postEphemeral", func() error {
		_, err := c.API.PostEphemeralContext(ctx, string(ch), string(u), MessageOptions(m)...)
		return err
	})
}

// OpenModal implements bot.Chat.
func (c *Client) OpenModal(ctx context.Context, triggerID string, m bot.Modal) error {
	return c.retry(ctx, "views.open", func() error {
		_, err := c.API.OpenViewContext(ctx, triggerID, Modal(m))
		return err
	})
}

// PublishHome implements bot.Chat.
func (c *Client) PublishHome(ctx context.Context, u bot.UserID, m bot.Message) error {
	return c.retry(ctx, "views.publish", func() error {
		_, err := c.API.PublishViewContext(ctx, slack.PublishViewContextRequest{UserID: string(u), View: Home(m)})
		return err
	})
}

// GroupMembers implements bot.Chat.
func (c *Client) GroupMembers(ctx context.Context, g bot.UserID) ([]bot.UserID, error) {
	var ids []string
	err := c.retry(ctx, "usergroups.users.list", func() error {
		var err error
		ids, err = c.API.GetUserGroupMembersContext(ctx, string(g))
		return err
	})
	out := make([]bot.UserID, len(ids))
	for i, id := range ids {
		out[i] = bot.UserID(id)
	}
	return out, err
}
