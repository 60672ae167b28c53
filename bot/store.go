package bot

import (
	"context"
	"encoding/json"
	"sort"
	"strings"
	"time"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/program"
)

// UserID and ChannelID are the program's chat identifiers.
type (
	UserID    = program.UserID
	ChannelID = program.ChannelID
)

// CheckinID names a stored check-in.
type CheckinID string

// CheckinStatus is where a check-in stands.
type CheckinStatus string

// Check-in statuses.
const (
	CheckinOpen      CheckinStatus = "open"       // waiting for the owner
	CheckinSnoozed   CheckinStatus = "snoozed"    // asked again at SnoozedUntil
	CheckinAnswered  CheckinStatus = "answered"   // answered; the draft is with the leads
	CheckinNAPending CheckinStatus = "na_pending" // "not applicable", waiting for a lead
	CheckinNA        CheckinStatus = "na"         // not applicable, confirmed by a lead
	CheckinClosed    CheckinStatus = "closed"     // rated
)

// Checkin is one question to a control's owner, and its DM.
type Checkin struct {
	ID           CheckinID
	Key          catalogs.Key
	Owner        UserID
	Delegate     UserID
	Status       CheckinStatus
	Channel      ChannelID // the DM
	TS           string    // the check-in message
	SnoozedUntil *time.Time
	AnswerID     assessor.AnswerID
	Question     string     // a lead's follow-up question, when reopened
	Note         string     // why Assay asks of itself (evidence about to expire)
	Reason       string     // why not applicable
	Slot         *time.Time // the schedule's period this check-in is for; nil when sent by hand
	SentAt       *time.Time
	Nudges       int
	LastNudgedAt *time.Time
	EscalatedAt  *time.Time
	Claims       int    // how often a sender claimed it; more than one: a sender died mid-send
	System       string // the AI system an impact assessment asks about; "" for the organisation
	// DueAt is when the answer is due (set when it is sent); past it the
	// check-in is overdue.
	DueAt *time.Time
	// Batch names the message the check-in went out in: an owner's
	// check-ins of a day share one; a check-in sent by hand is its own.
	Batch     string
	CreatedAt time.Time
	UpdatedAt time.Time
}

// Overdue reports whether a check-in waiting for its owner is past its
// due date.
func (c *Checkin) Overdue(now time.Time) bool {
	return (c.Status == CheckinOpen || c.Status == CheckinSnoozed) && c.DueAt != nil && now.After(*c.DueAt)
}

// SortKey orders check-ins naturally: by framework, then by reference
// with its numbers compared as numbers (A.2.2 before A.10.2), then by AI
// system.
func SortKey(k catalogs.Key, system string) string {
	var b strings.Builder
	b.WriteString(string(k.Framework))
	b.WriteByte('|')
	ref := string(k.Ref)
	for i := 0; i < len(ref); {
		if ref[i] < '0' || ref[i] > '9' {
			b.WriteByte(ref[i])
			i++
			continue
		}
		j := i
		for j < len(ref) && ref[j] >= '0' && ref[j] <= '9' {
			j++
		}
		n := strings.TrimLeft(ref[i:j], "0")
		b.WriteString(strings.Repeat("0", max(0, 8-len(n))) + n)
		i = j
	}
	b.WriteByte('|')
	b.WriteString(system)
	return b.String()
}

// SortCheckins puts check-ins in their natural order (SortKey).
func SortCheckins(cks []*Checkin) {
	keys := make(map[*Checkin]string, len(cks))
	for _, c := range cks {
		keys[c] = SortKey(c.Key, c.System)
	}
	sort.SliceStable(cks, func(i, j int) bool { return keys[cks[i]] < keys[cks[j]] })
}

// CanAnswer reports whether a user may answer the check-in.
func (c *Checkin) CanAnswer(u UserID) bool {
	return u == c.Owner || (c.Delegate != "" && u == c.Delegate)
}

// EffectKind names what the chat must show after a stored check-in change.
type EffectKind string

// Effect kinds. Each rewrites the check-in's card last.
const (
	EffectRefresh    EffectKind = "refresh"     // the card only
	EffectNARequest  EffectKind = "na_request"  // ask the leads to confirm "not applicable" (Text: the reason)
	EffectNADecision EffectKind = "na_decision" // rewrite the leads' request (Channel, TS) and tell the owner (Text: the outcome)
	EffectDelegated  EffectKind = "delegated"   // show the check-in to the delegate (To)
)

// Effect is a chat effect a stored check-in change implies. The store
// queues it in the transaction that stores the change (UpdateCheckin), so
// the change is never stored without it; Bot.Effect shows it, and may be
// called again and again: what was posted under Key is not posted twice.
type Effect struct {
	Key     string     `json:"key"`
	Kind    EffectKind `json:"kind"`
	Checkin CheckinID  `json:"checkin"`
	By      UserID     `json:"by,omitempty"`
	To      UserID     `json:"to,omitempty"`
	Channel ChannelID  `json:"channel,omitempty"`
	TS      string     `json:"ts,omitempty"`
	Text    string     `json:"text,omitempty"`
	Code    string     `json:"code,omitempty"` // na_request: the reason code proposed
	At      time.Time  `json:"at"`
}

// RolloutStats is how far check-ins have gone out: sent and unfinished,
// to how many owners, the latest due date among them, and how many wait
// to be sent (the rollout's daily allowance).
type RolloutStats struct {
	Sent, Owners, Waiting int
	DueBy                 *time.Time
}

// ExpiringEvidence is a rating whose evidence stops holding: the answer
// of a control's latest rating (for the organisation, or one AI system)
// has files valid only until ValidUntil.
type ExpiringEvidence struct {
	Key        catalogs.Key
	System     string
	ValidUntil time.Time
	Files      []string // the names of the files that expire then or sooner
}

// ExpiringFiles names the files of an answer's evidence (as stored,
// JSON) valid until at most until.
func ExpiringFiles(raw []byte, until time.Time) []string {
	var fs []assessor.EvidenceFile
	if json.Unmarshal(raw, &fs) != nil {
		return nil
	}
	var out []string
	for _, f := range fs {
		if f.ValidUntil != nil && !f.ValidUntil.After(until) {
			out = append(out, f.Name)
		}
	}
	return out
}

// SystemKey is a control as assessed for one AI system.
type SystemKey struct {
	Key    catalogs.Key
	System string
}

// Rating is a confirmed level and when it was decided.
type Rating struct {
	Level int
	At    time.Time
}

// Store keeps check-ins, review posts, owner assignments and the program.
// Implementations: postgres.BotStore, sqlite.BotStore.
type Store interface {
	// CreateCheckin stores a new check-in; it sets ID and times.
	CreateCheckin(ctx context.Context, c *Checkin) error
	// Checkin fetches one. Errors: errs.NotFound.
	Checkin(ctx context.Context, id CheckinID) (*Checkin, error)
	// UpdateCheckin locks a check-in, lets fn change it and stores it with
	// the jobs that show effects in the chat (jobs.EffectArgs); an error
	// from fn changes nothing and is returned as is.
	UpdateCheckin(ctx context.Context, id CheckinID, fn func(*Checkin) error, effects ...Effect) (*Checkin, error)
	// OpenCheckin returns the unfinished check-in of a control for the
	// organisation as a whole, if any; OpenSystemCheckin, for one AI system
	// ("" is the organisation).
	OpenCheckin(ctx context.Context, k catalogs.Key) (*Checkin, bool, error)
	OpenSystemCheckin(ctx context.Context, k catalogs.Key, system string) (*Checkin, bool, error)
	// CheckinForAnswer finds the check-in an answer came from.
	CheckinForAnswer(ctx context.Context, answerID assessor.AnswerID) (*Checkin, bool, error)
	// CheckinsFor lists a user's unfinished check-ins (as owner or delegate).
	CheckinsFor(ctx context.Context, u UserID) ([]*Checkin, error)
	// WaitingCheckins lists every sent check-in waiting for its owner
	// (open or snoozed), across owners, the earliest due first.
	WaitingCheckins(ctx context.Context) ([]*Checkin, error)
	// CheckinBatch lists the check-ins that went out in one message, in
	// their natural order.
	CheckinBatch(ctx context.Context, batch string) ([]*Checkin, error)
	// CheckinHistory lists every check-in of a control, oldest first.
	CheckinHistory(ctx context.Context, k catalogs.Key) ([]*Checkin, error)
	// CountCheckins counts unfinished check-ins per framework.
	CountCheckins(ctx context.Context) (map[catalogs.FrameworkID]int, error)

	// ClaimReviewPost claims the right to post a draft's review message;
	// false means another process has (or is) posting it.
	ClaimReviewPost(ctx context.Context, draftID assessor.DraftID, ch ChannelID) (bool, error)
	// SetReviewPost records the posted message; ReleaseReviewPost gives the
	// claim up after a failed post, so it is tried again.
	SetReviewPost(ctx context.Context, draftID assessor.DraftID, ts string) error
	ReleaseReviewPost(ctx context.Context, draftID assessor.DraftID) error
	// ReviewPost returns where a draft's review message is.
	ReviewPost(ctx context.Context, draftID assessor.DraftID) (ChannelID, string, bool, error)

	// SetAnnounced records that a decision was announced in full;
	// Announced reports whether it was.
	SetAnnounced(ctx context.Context, draftID assessor.DraftID) error
	Announced(ctx context.Context, draftID assessor.DraftID) (bool, error)

	// ClaimEffect claims the right to make an effect's post: claimed is
	// false when it was posted (posted) or another process claimed it
	// less than lease ago. SetEffectPosted records the post; ReleaseEffect
	// gives the claim up after a failed post. SetEffectDone records that
	// the whole effect was shown; EffectDone reports whether it was.
	ClaimEffect(ctx context.Context, key string, lease time.Duration) (claimed, posted bool, err error)
	SetEffectPosted(ctx context.Context, key, ts string) error
	ReleaseEffect(ctx context.Context, key string) error
	SetEffectDone(ctx context.Context, key string) error
	EffectDone(ctx context.Context, key string) (bool, error)

	// Assign makes a user the owner of a control, over the program's rules.
	Assign(ctx context.Context, k catalogs.Key, u UserID) error
	// Assigned returns a control's assigned owner, if any.
	Assigned(ctx context.Context, k catalogs.Key) (UserID, bool, error)
	// Assignments returns every assigned owner.
	Assignments(ctx context.Context) (map[catalogs.Key]UserID, error)

	// LatestRatings returns each control's latest rating (final level) for
	// the organisation as a whole; ratings for one AI system are apart.
	LatestRatings(ctx context.Context) (map[catalogs.Key]int, error)
	// SystemRatings returns each (control, AI system) pair's latest rating.
	SystemRatings(ctx context.Context) (map[SystemKey]Rating, error)

	// Applicability decisions, each with its audit entry.
	program.DecisionStore

	// LastDigest is the newest kept digest's snapshot (JSON) and
	// LastDigestPost where the newest posted one is: App Home shows the
	// trend and links it.
	LastDigest(ctx context.Context, program string) ([]byte, bool, error)
	LastDigestPost(ctx context.Context, program string) (ChannelID, string, time.Time, bool, error)

	// MCP tokens, kept as their SHA-256: SaveMCPToken stores one for a
	// person, MCPTokenUser finds whose an unrevoked one is, RevokeMCPTokens
	// revokes every token of a person and says how many.
	SaveMCPToken(ctx context.Context, hash string, u UserID) error
	MCPTokenUser(ctx context.Context, hash string) (UserID, bool, error)
	RevokeMCPTokens(ctx context.Context, u UserID) (int, error)
}

// Export is everything the chat side keeps, as `assay store copy` moves it
// between backends, ids and times unchanged.
type Export struct {
	Programs    []ProgramRow
	Checkins    []*Checkin
	ReviewPosts []ReviewPostRow
	Assignments []AssignmentRow
	Digests     []DigestRow
	// Applicability is every applicability decision, oldest first.
	Applicability []program.Decision
}

// ProgramRow is one applied program file.
type ProgramRow struct {
	Name, Source, AppliedBy string
	AppliedAt               time.Time
}

// ReviewPostRow is where a draft's review message was posted.
type ReviewPostRow struct {
	DraftID assessor.DraftID
	Channel ChannelID
	TS      string
}

// AssignmentRow makes a user a control's owner.
type AssignmentRow struct {
	Key   catalogs.Key
	Owner UserID
}

// DigestRow is one kept digest.
type DigestRow struct {
	Program   string
	Slot      *time.Time
	CreatedAt time.Time
	Snapshot  []byte
	// Channel and TS are where it was posted ("" when it was not).
	Channel ChannelID
	TS      string
}
