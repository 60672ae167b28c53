package slack

import (
	"context"
	"encoding/json"
	"log/slog"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"

	"github.com/assay-dev/assay/bot"
)

// Socket runs the bot over Socket Mode: no public URL needed. Each
// envelope is acknowledged at once and handled after; a connection that
// drops or stays silent longer than Silence is replaced.
type Socket struct {
	API     *slack.Client // created with the app-level token option
	Handler *Handler      // dispatch shared with HTTP mode
	// Silence is how long a connection may go without any message before
	// the watchdog reconnects it (default 10 minutes; Slack pings far more
	// often).
	Silence time.Duration
	Log     *slog.Logger
}

// Run serves until ctx ends.
func (s *Socket) Run(ctx context.Context) error {
	silence := s.Silence
	if silence == 0 {
		silence = 10 * time.Minute
	}
	backoff := time.Second
	for ctx.Err() == nil {
		cctx, cancel := context.WithCancel(ctx)
		client := socketmode.New(s.API, socketmode.OptionPingInterval(30*time.Second))
		last := make(chan struct{}, 1)
		go func() { // watchdog
			t := time.NewTimer(silence)
			defer t.Stop()
			for {
				select {
				case <-cctx.Done():
					return
				case <-last:
					if !t.Stop() {
						<-t.C
					}
					t.Reset(silence)
				case <-t.C:
					s.Log.Warn("Socket Mode connection silent; reconnecting", "silence", silence)
					cancel()
					return
				}
			}
		}()
		go func() {
			for {
				select {
				case <-cctx.Done():
					return
				case evt, ok := <-client.Events:
					if !ok {
						return
					}
					select {
					case last <- struct{}{}:
					default:
					}
					s.handle(cctx, client, evt)
				}
			}
		}()
		err := client.RunContext(cctx)
		cancel()
		if ctx.Err() != nil {
			return nil
		}
		s.Log.Warn("Socket Mode connection ended; reconnecting", "err", err, "in", backoff)
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(backoff):
		}
		backoff = min(backoff*2, time.Minute)
	}
	return nil
}

func (s *Socket) handle(ctx context.Context, client *socketmode.Client, evt socketmode.Event) {
	h := s.Handler
	switch evt.Type {
	case socketmode.EventTypeEventsAPI:
		client.Ack(*evt.Request)
		ev, ok := evt.Data.(slackevents.EventsAPIEvent)
		if !ok {
			return
		}
		var outer struct {
			EventID string `json:"event_id"`
		}
		json.Unmarshal(evt.Request.Payload, &outer)
		h.dispatchEvent(ctx, outer.EventID, ev)
	case socketmode.EventTypeInteractive:
		ic, ok := evt.Data.(slack.InteractionCallback)
		if !ok {
			client.Ack(*evt.Request)
			return
		}
		switch ic.Type {
		case slack.InteractionTypeViewSubmission:
			fieldErrs, done, _ := within(h, "view_submission", func(ctx context.Context) map[string]string {
				errs, err := h.Bot.HandleSubmission(ctx, Submission(&ic))
				if err != nil {
					h.Log.Error("view submission failed", "err", err)
				}
				return errs
			})
			if done && len(fieldErrs) > 0 {
				client.Ack(*evt.Request, slack.NewErrorsViewSubmissionResponse(fieldErrs))
				return
			}
			client.Ack(*evt.Request)
		default:
			client.Ack(*evt.Request)
			for _, a := range Actions(&ic) {
				h.background("block_actions", func(ctx context.Context) error { return h.Bot.HandleAction(ctx, a) })
			}
		}
	case socketmode.EventTypeSlashCommand:
		sc, ok := evt.Data.(slack.SlashCommand)
		if !ok {
			client.Ack(*evt.Request)
			return
		}
		c := bot.Command{User: bot.UserID(sc.UserID), Channel: bot.ChannelID(sc.ChannelID), Text: sc.Text, TriggerID: sc.TriggerID}
		reply, done, late := within(h, "command", func(ctx context.Context) bot.Message { return h.Bot.HandleCommand(ctx, c) })
		if !done {
			client.Ack(*evt.Request, ephemeral(bot.Message{Text: "Working on it…", Blocks: []bot.Block{bot.Context{Text: "Working on it…"}}}))
			h.background("late command reply", func(ctx context.Context) error { return h.Chat.Ephemeral(ctx, c.Channel, c.User, <-late) })
			return
		}
		client.Ack(*evt.Request, ephemeral(reply))
	}
}
