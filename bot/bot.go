package bot

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/assay-dev/assay/ask"
	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
	"github.com/assay-dev/assay/retrieval"
)

// Chat is what the bot needs from a chat platform.
type Chat interface {
	// OpenDM returns the direct-message channel with a user.
	OpenDM(ctx context.Context, u UserID) (ChannelID, error)
	// Post sends a message (in a thread when thread is set) and returns its id.
	Post(ctx context.Context, ch ChannelID, thread string, m Message) (string, error)
	// Update replaces a message.
	Update(ctx context.Context, ch ChannelID, ts string, m Message) error
	// Ephemeral shows a message to one user only.
	Ephemeral(ctx context.Context, ch ChannelID, u UserID, m Message) error
	// OpenModal opens a form; triggerID comes from the user's click.
	OpenModal(ctx context.Context, triggerID string, m Modal) error
	// PublishHome sets a user's home tab.
	PublishHome(ctx context.Context, u UserID, m Message) error
	// GroupMembers lists a user group's members.
	GroupMembers(ctx context.Context, group UserID) ([]UserID, error)
	// Posted finds a message posted with Message.Ref ref among a channel's
	// recent messages.
	Posted(ctx context.Context, ch ChannelID, ref string) (ts string, found bool, err error)
	// Upload shares a file (the digest's chart) in a channel.
	Upload(ctx context.Context, ch ChannelID, filename, title string, data []byte) error
	// FetchFile reads a file given in a form, with the bot's own access,
	// refusing one larger than max bytes.
	FetchFile(ctx context.Context, f File, max int64) ([]byte, error)
	// Permalink returns a link to a message ("" where messages have none).
	Permalink(ctx context.Context, ch ChannelID, ts string) (string, error)
}

// Command is a slash command (/assay …).
type Command struct {
	User      UserID
	Channel   ChannelID
	Text      string
	TriggerID string
}

// Action is a button click.
type Action struct {
	User      UserID
	Channel   ChannelID
	MessageTS string
	ActionID  string
	Value     string
	TriggerID string
}

// Submission is a submitted form.
type Submission struct {
	User       UserID
	CallbackID string
	Private    string
	Values     map[string]string
	// Files are the files given in each file input, by input id.
	Files map[string][]File
}

// File is a file someone gave in a form: the chat's id, name and size
// for it, where a person opens it, and where the bot fetches it from.
type File struct {
	ID, Name  string
	Size      int64
	Permalink string
	URL       string
}

// Bot runs the flows.
type Bot struct {
	Chat  Chat
	Store Store
	// Assessor drafts and decides ratings; the bot reads drafts, answers
	// and ratings through it too.
	Assessor *assessor.Service
	Catalogs func() *catalogs.Set
	// Program returns the applied program; nil until one is applied.
	Program func(context.Context) (*program.Program, error)
	// Search answers /assay ask; nil disables it.
	Search func(context.Context, retrieval.Query) ([]retrieval.Result, error)
	// Passages fetches cited chunks by id.
	Passages func(context.Context, []retrieval.ChunkID) (map[retrieval.ChunkID]retrieval.ChunkRecord, error)
	// Explain writes an answer to /assay ask from passages; nil quotes the
	// best passages instead.
	Explain func(ctx context.Context, question string, passages []retrieval.Result) (string, error)
	// After runs chat work that may follow the acknowledgement of a form
	// (updating messages once the answer is stored); nil runs it at once.
	After func(what string, fn func(context.Context) error)
	Log   *slog.Logger
	Now   func() time.Time
	// Door names how people reach this bot in the audit log: "slack" or
	// "shell" (default "chat").
	Door string
	// EvidenceDir, when set, keeps a copy of each evidence file, named by
	// its SHA-256 (ASSAY_EVIDENCE_DIR); otherwise files are only hashed.
	EvidenceDir string

	groupMu sync.Mutex
	groups  map[UserID]groupCache

	askMu sync.Mutex
	asker *ask.Asker
}

type groupCache struct {
	members map[UserID]bool
	at      time.Time
}

// Clock is the bot's time (Now, or the wall clock).
func (b *Bot) Clock() time.Time { return b.now() }

func (b *Bot) now() time.Time {
	if b.Now != nil {
		return b.Now()
	}
	return time.Now()
}

func (b *Bot) log() *slog.Logger {
	if b.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return b.Log
}

// program returns the applied program or a clear error.
func (b *Bot) program(ctx context.Context) (*program.Program, error) {
	p, err := b.Program(ctx)
	if err != nil {
		return nil, err
	}
	if p == nil {
		return nil, errs.E("bot", errs.Invalid, "no assessment program is applied yet: an admin runs `assay program apply FILE`")
	}
	return p, nil
}

// has reports whether a user holds a role in the program, expanding user
// groups (cached for five minutes).
func (b *Bot) has(ctx context.Context, p *program.Program, u UserID, r program.Role) bool {
	return p.HasRole(u, r, b.memberOf(ctx, u))
}

// memberOf reports whether u is in a user group; without a chat to ask
// (the command line without SLACK_BOT_TOKEN) nobody is.
func (b *Bot) memberOf(ctx context.Context, u UserID) func(group UserID) bool {
	return func(g UserID) bool {
		if b.Chat == nil {
			b.log().Warn("a role names a user group, which cannot be expanded without Slack (SLACK_BOT_TOKEN)", "group", g)
			return false
		}
		b.groupMu.Lock()
		defer b.groupMu.Unlock()
		if b.groups == nil {
			b.groups = map[UserID]groupCache{}
		}
		c, ok := b.groups[g]
		if !ok || b.now().Sub(c.at) > 5*time.Minute {
			members, err := b.Chat.GroupMembers(ctx, g)
			if err != nil {
				b.log().Warn("could not list a user group's members", "group", g, "err", err)
				return false
			}
			c = groupCache{members: map[UserID]bool{}, at: b.now()}
			for _, m := range members {
				c.members[m] = true
			}
			b.groups[g] = c
		}
		return c.members[u]
	}
}

// refuse tells one user, and only them, why nothing happened.
func (b *Bot) refuse(ctx context.Context, ch ChannelID, u UserID, format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	if ch == "" {
		dm, err := b.Chat.OpenDM(ctx, u)
		if err != nil {
			return err
		}
		ch = dm
	}
	return b.Chat.Ephemeral(ctx, ch, u, Message{Text: msg, Blocks: []Block{Section{Text: ":no_entry: " + msg}}})
}

// reply explains an error to the user who caused it: errors of kind
// invalid, not found, conflict and unauthorized are theirs to fix; others
// are logged and reported as a failure on our side.
func (b *Bot) reply(ctx context.Context, ch ChannelID, u UserID, err error) error {
	switch errs.KindOf(err) {
	case errs.Invalid, errs.NotFound, errs.Conflict, errs.Unauthorized:
		return b.refuse(ctx, ch, u, "%s", errs.Message(err))
	}
	b.log().Error("chat request failed", "user", u, "err", err)
	return b.refuse(ctx, ch, u, "Something went wrong on our side; nothing was changed. Please try again in a minute.")
}

// HandleAction dispatches a button click. User-facing problems are
// answered ephemerally and return nil; the error is for failures to reach
// the chat platform or the database.
func (b *Bot) HandleAction(ctx context.Context, a Action) error {
	var err error
	switch a.ActionID {
	case ActAnswer:
		err = b.openAnswer(ctx, a)
	case ActSnoozeDay, ActSnoozeWeek:
		err = b.snooze(ctx, a)
	case ActNotApplicable:
		err = b.openNotApplicable(ctx, a)
	case ActDelegate:
		err = b.openDelegate(ctx, a)
	case ActConfirm:
		err = b.confirm(ctx, a)
	case ActAdjust, ActReject:
		err = b.openDecision(ctx, a)
	case ActNAConfirm, ActNADecline:
		err = b.decideNA(ctx, a)
	case ActShowAnswer:
		err = b.showAnswer(ctx, a)
	case ActShowPassage:
		err = b.showPassage(ctx, a)
	case ActHistory:
		err = b.showHistory(ctx, a)
	case ActApproveExclusion, ActKeepControl:
		err = b.decideProposal(ctx, a)
	case ActHomePage:
		err = b.homeAction(ctx, a)
	default:
		err = errs.E("bot", errs.Invalid, "that button is no longer supported; the message may be out of date")
	}
	if err != nil {
		return b.reply(ctx, a.Channel, a.User, err)
	}
	return nil
}

// HandleSubmission handles a submitted form. Field errors (map of input id
// to message) are shown in the form, which stays open; nothing is stored.
func (b *Bot) HandleSubmission(ctx context.Context, s Submission) (map[string]string, error) {
	var fieldErrs map[string]string
	var err error
	switch s.CallbackID {
	case FormAnswer:
		fieldErrs, err = b.submitAnswer(ctx, s)
	case FormAdjust, FormReject:
		fieldErrs, err = b.submitDecision(ctx, s)
	case FormNotApplicable:
		fieldErrs, err = b.submitNotApplicable(ctx, s)
	case FormDelegate:
		fieldErrs, err = b.submitDelegate(ctx, s)
	default:
		return nil, nil // an informational modal: nothing to do
	}
	if err != nil {
		return nil, b.reply(ctx, "", s.User, err)
	}
	return fieldErrs, nil
}

// Action and form ids.
const (
	ActAnswer           = "checkin_answer"
	ActSnoozeDay        = "checkin_snooze_day"
	ActSnoozeWeek       = "checkin_snooze_week"
	ActNotApplicable    = "checkin_na"
	ActDelegate         = "checkin_delegate"
	ActConfirm          = "review_confirm"
	ActAdjust           = "review_adjust"
	ActReject           = "review_reject"
	ActNAConfirm        = "na_confirm"
	ActNADecline        = "na_decline"
	ActShowAnswer       = "show_answer"
	ActShowPassage      = "show_passage"
	ActHomePage         = "home_page"
	ActHistory          = "show_history"
	ActApproveExclusion = "applicability_exclude"
	ActKeepControl      = "applicability_keep"

	FormAnswer        = "answer"
	FormAdjust        = "adjust"
	FormReject        = "reject"
	FormNotApplicable = "not_applicable"
	FormDelegate      = "delegate"
	FormInfo          = "info"
)

// title is a control's heading line: "iso42001-2023 A.6.2.4 — Title".
func title(c catalogs.Control) string {
	return fmt.Sprintf("%s %s — %s", c.Framework, c.Ref, c.Title)
}

func question(c catalogs.Control) string {
	if len(c.Questions) > 0 {
		return c.Questions[0]
	}
	return "How is this control implemented today, and what shows it?"
}

func mention(u UserID) string { return "<@" + string(u) + ">" }

func when(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") }

func orNone(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

func (b *Bot) chunk(ctx context.Context, id retrieval.ChunkID) (retrieval.ChunkRecord, error) {
	if b.Passages == nil {
		return retrieval.ChunkRecord{}, errs.E("bot", errs.NotFound, "passages are not available")
	}
	m, err := b.Passages(ctx, []retrieval.ChunkID{id})
	if err != nil {
		return retrieval.ChunkRecord{}, err
	}
	c, ok := m[id]
	if !ok {
		return retrieval.ChunkRecord{}, errs.E("bot", errs.NotFound, "that passage is no longer in the corpus (it was re-ingested)")
	}
	return c, nil
}

// after runs fn now, or hands it to After.
func (b *Bot) after(ctx context.Context, what string, fn func(context.Context) error) error {
	if b.After == nil {
		return fn(ctx)
	}
	b.After(what, fn)
	return nil
}
