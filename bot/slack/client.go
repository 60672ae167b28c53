package slack

import (
	"bytes"
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
	// Limits paces calls before Slack has to refuse them, shared by all
	// replicas when the limiter is (redis.Client); nil sends at once.
	Limits *Limits
	// Observe, if set, counts each call: outcome ok, error or rate_limited.
	Observe func(method, outcome string)
}

// Limiter counts uses of a key per window across replicas.
type Limiter interface {
	Allow(ctx context.Context, key string, limit int, window time.Duration) (bool, time.Duration, error)
}

// Limits are Slack's published rate limits, kept on our side.
type Limits struct {
	Limiter Limiter
	// PerChannel is messages per second to one channel (Slack: 1).
	PerChannel int
	// PerMinute caps each method's calls per minute across the workspace.
	PerMinute map[string]int
}

// DefaultLimits pace posting, which fans out: Slack allows about one
// message a second per channel, and a workspace-wide budget keeps bursts
// civil. Other methods are paced by Slack's own 429s, which are honoured.
func DefaultLimits(l Limiter) *Limits {
	return &Limits{Limiter: l, PerChannel: 1, PerMinute: map[string]int{"chat.postMessage": 300}}
}

// wait blocks until a call to method (for channel, if any) is within limits.
func (c *Client) wait(ctx context.Context, method, channel string) error {
	if c.Limits == nil || c.Limits.Limiter == nil {
		return nil
	}
	check := func(key string, limit int, window time.Duration) error {
		for {
			ok, wait, err := c.Limits.Limiter.Allow(ctx, key, limit, window)
			if err != nil || ok {
				return err // a limiter that is down does not stop the bot; Slack's 429s still do
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(wait):
			}
		}
	}
	if n := c.Limits.PerMinute[method]; n > 0 {
		if err := check("slack:"+method, n, time.Minute); err != nil {
			return err
		}
	}
	if channel != "" && c.Limits.PerChannel > 0 && method == "chat.postMessage" {
		return check("slack:channel:"+channel, c.Limits.PerChannel, time.Second)
	}
	return nil
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
	return c.retryOn(ctx, op, "", call)
}

// retryOn paces a call to a channel, then runs it until it is not rate limited.
func (c *Client) retryOn(ctx context.Context, op, channel string, call func() error) error {
	if err := c.wait(ctx, op, channel); err != nil {
		return errs.Wrap("slack."+op, errs.Unavailable, err, "waiting for our rate limit")
	}
	maxWait := c.MaxWait
	if maxWait == 0 {
		maxWait = 2 * time.Minute
	}
	for attempt := 0; ; attempt++ {
		err := call()
		var rl *slack.RateLimitedError
		if c.Observe != nil {
			switch {
			case err == nil:
				c.Observe(op, "ok")
			case errors.As(err, &rl):
				c.Observe(op, "rate_limited")
			default:
				c.Observe(op, "error")
			}
		}
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
	err := c.retryOn(ctx, "chat.postMessage", string(ch), func() error {
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

// Permalink implements bot.Chat.
func (c *Client) Permalink(ctx context.Context, ch bot.ChannelID, ts string) (string, error) {
	var link string
	err := c.retry(ctx, "chat.getPermalink", func() error {
		var err error
		link, err = c.API.GetPermalinkContext(ctx, &slack.PermalinkParameters{Channel: string(ch), Ts: ts})
		return err
	})
	return link, err
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

// Upload implements bot.Chat with Slack's file upload flow
// (files.getUploadURLExternal, the upload, files.completeUploadExternal).
func (c *Client) Upload(ctx context.Context, ch bot.ChannelID, filename, title string, data []byte) error {
	return c.retryOn(ctx, "files.upload", string(ch), func() error {
		_, err := c.API.UploadFileContext(ctx, slack.UploadFileParameters{
			Channel: string(ch), Filename: filename, Title: title, FileSize: len(data), Reader: bytes.NewReader(data),
		})
		return err
	})
}

// Posted implements bot.Chat: it reads the channel's recent history,
// metadata included.
func (c *Client) Posted(ctx context.Context, ch bot.ChannelID, ref string) (string, bool, error) {
	var resp *slack.GetConversationHistoryResponse
	err := c.retry(ctx, "conversations.history", func() error {
		var err error
		resp, err = c.API.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{ChannelID: string(ch), Limit: 100, IncludeAllMetadata: true})
		return err
	})
	if err != nil {
		return "", false, err
	}
	for _, m := range resp.Messages {
		if m.Metadata.EventType == RefEvent && m.Metadata.EventPayload["ref"] == ref {
			return m.Timestamp, true, nil
		}
	}
	return "", false, nil
}

// FetchFile implements bot.Chat: it downloads a file given in a form with
// the bot token (slack-go sends the token only to Slack's own hosts, or
// the configured API's), refusing one larger than max bytes.
func (c *Client) FetchFile(ctx context.Context, f bot.File, max int64) ([]byte, error) {
	const op = "slack.FetchFile"
	if f.Size > max {
		return nil, errs.E(op, errs.Invalid, "%s is %d bytes; files up to %d bytes are kept as evidence", f.Name, f.Size, max)
	}
	w := &capped{max: max}
	err := c.retry(ctx, "files.download", func() error { w.buf.Reset(); return c.API.GetFileContext(ctx, f.URL, w) })
	if w.over {
		return nil, errs.E(op, errs.Invalid, "%s is larger than %d bytes; files up to that size are kept as evidence", f.Name, max)
	}
	if err != nil {
		return nil, err
	}
	return w.buf.Bytes(), nil
}

// capped is a buffer that refuses to grow past max.
type capped struct {
	buf  bytes.Buffer
	max  int64
	over bool
}

func (c *capped) Write(p []byte) (int, error) {
	if int64(c.buf.Len()+len(p)) > c.max {
		c.over = true
		return 0, errors.New("file larger than the evidence limit")
	}
	return c.buf.Write(p)
}
