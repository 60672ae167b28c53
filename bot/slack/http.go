package slack

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/assay-dev/assay/bot"
)

// Dedup remembers event ids across replicas (redis.Client).
type Dedup interface {
	First(ctx context.Context, key string) (bool, error)
}

// Handler serves Slack's HTTP mode: /slack/events, /slack/interactions and
// /slack/commands, plus /healthz and /readyz. Every Slack request is
// verified (signature over the raw body, timestamp within five minutes)
// before anything is parsed; a request that fails gets 401 and changes
// nothing. Slow work runs after the acknowledgement.
type Handler struct {
	Bot           *bot.Bot
	Chat          bot.Chat
	SigningSecret string
	Dedup         Dedup
	// Ready reports whether the service can take work (database, Redis).
	Ready func(context.Context) error
	Log   *slog.Logger
	// Budget is how long a handler may run before the request is
	// acknowledged anyway (default 2.5 s; Slack allows 3).
	Budget time.Duration

	work    chan struct{}
	pending *sync.WaitGroup
	mux     *http.ServeMux
}

// Drain waits until background work started by requests has finished, or
// ctx ends; serve calls it on shutdown, after the server stops accepting.
func (h *Handler) Drain(ctx context.Context) error {
	done := make(chan struct{})
	go func() { h.pending.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// MaxBody bounds a Slack request body.
const MaxBody = 1 << 20

// NewHandler returns a ready handler; concurrency bounds background work.
func NewHandler(h Handler, concurrency int) *Handler {
	hh := h
	if hh.Budget == 0 {
		hh.Budget = 2500 * time.Millisecond
	}
	if hh.Log == nil {
		hh.Log = slog.New(slog.DiscardHandler)
	}
	hh.work = make(chan struct{}, max(concurrency, 1))
	hh.pending = &sync.WaitGroup{}
	// Chat calls that follow a stored form run after the acknowledgement.
	if hh.Bot != nil && hh.Bot.After == nil {
		hh.Bot.After = func(what string, fn func(context.Context) error) { hh.background(what, fn) }
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /slack/events", hh.verified(hh.events))
	mux.HandleFunc("POST /slack/interactions", hh.verified(hh.interactions))
	mux.HandleFunc("POST /slack/commands", hh.verified(hh.commands))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, "ok\n") })
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		if hh.Ready != nil {
			if err := hh.Ready(r.Context()); err != nil {
				http.Error(w, "not ready: "+err.Error(), http.StatusServiceUnavailable)
				return
			}
		}
		io.WriteString(w, "ready\n")
	})
	hh.mux = mux
	return &hh
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.mux.ServeHTTP(w, r) }

// verified reads the raw body and checks Slack's signature before the
// handler sees anything.
func (h *Handler) verified(next func(http.ResponseWriter, *http.Request, []byte)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBody))
		if err != nil {
			http.Error(w, "request body too large or unreadable", http.StatusRequestEntityTooLarge)
			return
		}
		sv, err := slack.NewSecretsVerifier(r.Header, h.SigningSecret)
		if err == nil {
			sv.Write(body)
			err = sv.Ensure()
		}
		if err != nil || h.SigningSecret == "" {
			h.Log.Warn("refused an unverified Slack request", "path", r.URL.Path, "err", err)
			http.Error(w, "invalid or missing Slack signature", http.StatusUnauthorized)
			return
		}
		next(w, r, body)
	}
}

// background runs fn after the request is acknowledged, bounded in number.
func (h *Handler) background(what string, fn func(ctx context.Context) error) {
	h.pending.Add(1)
	go func() {
		defer h.pending.Done()
		h.work <- struct{}{}
		defer func() { <-h.work }()
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		if err := fn(ctx); err != nil {
			h.Log.Error("Slack work failed after acknowledgement", "what", what, "err", err)
		}
	}()
}

// within runs fn, returning its result if it finishes in the budget;
// otherwise fn goes on in the background and its result arrives on late.
func within[T any](h *Handler, what string, fn func(ctx context.Context) T) (v T, ok bool, late <-chan T) {
	done := make(chan T, 1)
	h.background(what, func(ctx context.Context) error {
		done <- fn(ctx)
		return nil
	})
	select {
	case v := <-done:
		return v, true, nil
	case <-time.After(h.Budget):
		return v, false, done
	}
}

func (h *Handler) events(w http.ResponseWriter, r *http.Request, body []byte) {
	ev, err := slackevents.ParseEvent(json.RawMessage(body), slackevents.OptionNoVerifyToken())
	if err != nil {
		http.Error(w, "malformed event", http.StatusBadRequest)
		return
	}
	switch ev.Type {
	case slackevents.URLVerification:
		var c slackevents.ChallengeResponse
		if err := json.Unmarshal(body, &c); err != nil {
			http.Error(w, "malformed challenge", http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		io.WriteString(w, c.Challenge)
		return
	case slackevents.CallbackEvent:
		var outer struct {
			EventID string `json:"event_id"`
		}
		json.Unmarshal(body, &outer)
		w.WriteHeader(http.StatusOK)
		h.dispatchEvent(r.Context(), outer.EventID, ev)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// dispatchEvent handles an event once, however often Slack delivers it.
func (h *Handler) dispatchEvent(ctx context.Context, id string, ev slackevents.EventsAPIEvent) {
	if id != "" && h.Dedup != nil {
		first, err := h.Dedup.First(ctx, "event:"+id)
		if err != nil {
			h.Log.Warn("could not de-duplicate an event; handling it", "event", id, "err", err)
		} else if !first {
			return
		}
	}
	switch e := ev.InnerEvent.Data.(type) {
	case *slackevents.AppHomeOpenedEvent:
		if e.Tab == "home" || e.Tab == "" {
			h.background("app_home_opened", func(ctx context.Context) error { return h.Bot.HandleHome(ctx, bot.UserID(e.User)) })
		}
	}
}

func (h *Handler) interactions(w http.ResponseWriter, r *http.Request, body []byte) {
	form, err := url.ParseQuery(string(body))
	if err != nil || form.Get("payload") == "" {
		http.Error(w, "missing payload", http.StatusBadRequest)
		return
	}
	var ic slack.InteractionCallback
	if err := json.Unmarshal([]byte(form.Get("payload")), &ic); err != nil {
		http.Error(w, "malformed payload", http.StatusBadRequest)
		return
	}
	switch ic.Type {
	case slack.InteractionTypeBlockActions:
		w.WriteHeader(http.StatusOK)
		for _, a := range Actions(&ic) {
			h.background("block_actions", func(ctx context.Context) error { return h.Bot.HandleAction(ctx, a) })
		}
	case slack.InteractionTypeViewSubmission:
		fieldErrs, ok, _ := within(h, "view_submission", func(ctx context.Context) map[string]string {
			errs, err := h.Bot.HandleSubmission(ctx, Submission(&ic))
			if err != nil {
				h.Log.Error("view submission failed", "callback", ic.View.CallbackID, "err", err)
			}
			return errs
		})
		if ok && len(fieldErrs) > 0 {
			writeJSON(w, slack.NewErrorsViewSubmissionResponse(fieldErrs))
			return
		}
		w.WriteHeader(http.StatusOK)
	default:
		w.WriteHeader(http.StatusOK)
	}
}

// Actions converts a block_actions payload.
func Actions(ic *slack.InteractionCallback) []bot.Action {
	var out []bot.Action
	ch := ic.Channel.ID
	if ch == "" {
		ch = ic.Container.ChannelID
	}
	ts := ic.Container.MessageTs
	if ts == "" {
		ts = ic.Message.Timestamp
	}
	for _, a := range ic.ActionCallback.BlockActions {
		out = append(out, bot.Action{User: bot.UserID(ic.User.ID), Channel: bot.ChannelID(ch), MessageTS: ts,
			ActionID: a.ActionID, Value: a.Value, TriggerID: ic.TriggerID})
	}
	return out
}

// Submission converts a view_submission payload.
func Submission(ic *slack.InteractionCallback) bot.Submission {
	vals, files := map[string]string{}, map[string][]bot.File{}
	if ic.View.State != nil {
		for _, block := range ic.View.State.Values {
			for id, a := range block {
				switch {
				case len(a.Files) > 0:
					for _, f := range a.Files {
						files[id] = append(files[id], bot.File{ID: f.ID, Name: f.Name, Size: int64(f.Size), Permalink: f.Permalink, URL: cmp.Or(f.URLPrivateDownload, f.URLPrivate)})
					}
				case a.SelectedDate != "":
					vals[id] = a.SelectedDate
				case a.SelectedUser != "":
					vals[id] = a.SelectedUser
				case a.SelectedOption.Value != "":
					vals[id] = a.SelectedOption.Value
				default:
					vals[id] = a.Value
				}
			}
		}
	}
	return bot.Submission{User: bot.UserID(ic.User.ID), CallbackID: ic.View.CallbackID, Private: ic.View.PrivateMetadata, Values: vals, Files: files}
}

func (h *Handler) commands(w http.ResponseWriter, r *http.Request, body []byte) {
	r.Body = io.NopCloser(bytes.NewReader(body))
	sc, err := slack.SlashCommandParse(r)
	if err != nil {
		http.Error(w, "malformed command", http.StatusBadRequest)
		return
	}
	c := bot.Command{User: bot.UserID(sc.UserID), Channel: bot.ChannelID(sc.ChannelID), Text: sc.Text, TriggerID: sc.TriggerID}
	reply, ok, late := within(h, "command", func(ctx context.Context) bot.Message { return h.Bot.HandleCommand(ctx, c) })
	if !ok {
		// The answer is still coming: say so now, deliver it when ready.
		writeJSON(w, ephemeral(bot.Message{Text: "Working on it…", Blocks: []bot.Block{bot.Context{Text: "Working on it…"}}}))
		h.background("late command reply", func(ctx context.Context) error {
			return h.Chat.Ephemeral(ctx, c.Channel, c.User, <-late)
		})
		return
	}
	writeJSON(w, ephemeral(reply))
}

func ephemeral(m bot.Message) *slack.Msg {
	return &slack.Msg{ResponseType: slack.ResponseTypeEphemeral, Text: bot.Trim(m.Text, MaxFallbackText),
		Blocks: slack.Blocks{BlockSet: Blocks(m.Blocks, MaxMessageBlocks)}}
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}
