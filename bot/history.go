package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
)

// Event is one step in a control's history.
type Event struct {
	At       time.Time `json:"at"`
	Kind     string    `json:"kind"` // asked, answered, drafted, draft_failed, proposed, confirmed, adjusted, rejected, excluded, included
	Actor    string    `json:"actor"`
	Door     string    `json:"door,omitempty"`
	Level    *int      `json:"level,omitempty"`
	Detail   string    `json:"detail,omitempty"`
	Evidence []string  `json:"evidence,omitempty"`
	// Files are the evidence files of an answer; Stale is set on those
	// whose validity ended before the history was read.
	Files   []HistoryFile `json:"files,omitempty"`
	Drafter string        `json:"drafter,omitempty"`
	Prompt  string        `json:"prompt_version,omitempty"`
	DraftID string        `json:"draft_id,omitempty"`
	// System is the AI system an impact assessment step was for.
	System string `json:"system,omitempty"`
}

// HistoryFile is an evidence file as the history shows it.
type HistoryFile struct {
	assessor.EvidenceFile
	Stale bool `json:"stale,omitempty"`
}

// History is everything that happened to a control, oldest first: its
// check-ins, answers (with evidence), drafts (level, drafter, prompt),
// leads' decisions (who, when, reason or question) and applicability
// decisions. Drafts and decisions come from the audit log.
func (b *Bot) History(ctx context.Context, k catalogs.Key) ([]Event, error) {
	c, err := b.Catalogs().Resolve(string(k.Framework), string(k.Ref))
	if err != nil {
		return nil, err
	}
	k = c.Key()
	var out []Event
	cks, err := b.Store.CheckinHistory(ctx, k)
	if err != nil {
		return nil, err
	}
	for _, ck := range cks {
		e := Event{At: ck.CreatedAt, Kind: "asked", Actor: string(ck.Owner), Detail: "check-in, now " + statusWords(ck.Status), System: ck.System}
		if ck.Delegate != "" {
			e.Detail += ", delegated to " + string(ck.Delegate)
		}
		if ck.Reason != "" && (ck.Status == CheckinNA || ck.Status == CheckinNAPending) {
			e.Detail += ": " + ck.Reason
		}
		out = append(out, e)
	}
	// The control's drafts, read at once: the log's entries about them are
	// picked by id, and each rated answer is read once.
	drafts, err := b.Assessor.Store.DraftsOf(ctx, k)
	if err != nil {
		return nil, err
	}
	mine := map[assessor.DraftID]bool{}
	for _, d := range drafts {
		mine[d.ID] = true
		if d.AnswerID == "" {
			continue
		}
		ans, err := b.Assessor.Answer(ctx, d.AnswerID)
		if err != nil {
			return nil, err
		}
		ev := Event{At: ans.CreatedAt, Kind: "answered", Actor: string(ans.Author), Detail: Trim(ans.Text, 300), Evidence: ans.Evidence, System: ans.System}
		for _, f := range ans.Files {
			ev.Files = append(ev.Files, HistoryFile{EvidenceFile: f, Stale: f.Stale(b.now())})
		}
		out = append(out, ev)
	}
	err = b.Assessor.Store.AuditLog(ctx, func(en *assessor.Entry) error {
		if en.DraftID == "" {
			if en.Action == program.AuditAction {
				var d struct {
					Control string `json:"control"`
					program.Decision
				}
				if json.Unmarshal([]byte(en.After), &d) == nil && d.Control == k.String() {
					e := Event{At: en.At, Kind: "included", Actor: string(en.Actor), Door: en.Door, Detail: d.Justification}
					if !d.Applicable {
						e.Kind, e.Detail = "excluded", program.ReasonText(d.Reason)+": "+d.Justification
					}
					out = append(out, e)
				}
			}
			return nil
		}
		if !mine[en.DraftID] {
			return nil
		}
		var snap assessor.Snapshot
		_ = json.Unmarshal([]byte(en.After), &snap)
		e := Event{At: en.At, Kind: en.Action, Actor: string(en.Actor), Door: en.Door, DraftID: string(en.DraftID), System: snap.System}
		switch en.Action {
		case assessor.ActDrafted, assessor.ActProposed:
			e.Level, e.Drafter, e.Prompt = snap.Level, en.Model, en.Prompt
		case assessor.ActDraftFailed:
			e.Drafter, e.Detail = en.Model, snap.Error
		case string(assessor.Rejected):
			e.Detail = snap.Question
		default:
			e.Level, e.Detail = snap.FinalLevel, snap.Reason
		}
		out = append(out, e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.Before(out[j].At) })
	return out, nil
}

// Line renders an event for people, in one line, with ids as they are.
func (e Event) Line() string { return e.line(func(u string) string { return u }) }

// line renders an event, naming people with name.
func (e Event) line(name func(string) string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s  %s by %s", e.At.UTC().Format("2006-01-02 15:04"), e.Kind, name(e.Actor))
	if e.System != "" {
		fmt.Fprintf(&b, " [AI system %s]", e.System)
	}
	if e.Door != "" {
		fmt.Fprintf(&b, " (%s)", e.Door)
	}
	if e.Level != nil {
		fmt.Fprintf(&b, ", level %d", *e.Level)
	}
	if e.Drafter != "" {
		fmt.Fprintf(&b, ", drafter %s", e.Drafter)
	}
	if e.Prompt != "" {
		fmt.Fprintf(&b, ", prompt %s", e.Prompt)
	}
	if e.Detail != "" {
		fmt.Fprintf(&b, ": %s", strings.ReplaceAll(e.Detail, "\n", " "))
	}
	if len(e.Evidence) > 0 {
		fmt.Fprintf(&b, " [evidence: %s]", strings.Join(e.Evidence, ", "))
	}
	for _, f := range e.Files {
		fmt.Fprintf(&b, " [file: %s, %d bytes, sha256 %s", f.Name, f.Size, f.SHA256)
		switch {
		case f.Stale:
			fmt.Fprintf(&b, ", STALE: held until %s", f.ValidUntil.UTC().Format("2006-01-02"))
		case f.ValidUntil != nil:
			fmt.Fprintf(&b, ", holds until %s", f.ValidUntil.UTC().Format("2006-01-02"))
		}
		b.WriteString("]")
	}
	return b.String()
}

// maxHistory bounds the events a History modal shows (the newest).
const maxHistory = 40

// showHistory opens a control's history for someone who may see the
// program's figures.
func (b *Bot) showHistory(ctx context.Context, a Action) error {
	p, err := b.program(ctx)
	if err != nil {
		return err
	}
	if ok, err := b.sees(ctx, p, a.User); err != nil {
		return err
	} else if !ok {
		return errs.E("bot", errs.Unauthorized, "a control's history is for the people in the program %q", p.Name)
	}
	fw, ref, _ := strings.Cut(a.Value, ":")
	evs, err := b.History(ctx, catalogs.Key{Framework: catalogs.FrameworkID(fw), Ref: catalogs.Ref(ref)})
	if err != nil {
		return err
	}
	lines := make([]string, 0, len(evs))
	if n := len(evs) - maxHistory; n > 0 {
		lines = append(lines, fmt.Sprintf("_%d earlier events: assay history %s %s_", n, fw, ref))
		evs = evs[n:]
	}
	for _, e := range evs {
		lines = append(lines, "• "+Trim(e.line(func(u string) string { return who(UserID(u)) }), 400))
	}
	if len(evs) == 0 {
		lines = append(lines, "Nothing has happened to this control yet.")
	}
	c, _ := b.Catalogs().Lookup(catalogs.Key{Framework: catalogs.FrameworkID(fw), Ref: catalogs.Ref(ref)})
	blocks := append([]Block{Context{Text: Trim(title(c), 300)}}, paragraphs(strings.Join(lines, "\n"))...)
	return b.Chat.OpenModal(ctx, a.TriggerID, Modal{CallbackID: FormInfo, Title: "History", Blocks: blocks})
}
