package assessor

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/retrieval"
)

// Limits on what an owner may submit and what a model may return.
const (
	// MaxAnswerChars is the longest answer any door accepts (Slack's
	// input allows 3,000; the command line holds to the same).
	MaxAnswerChars    = 3000
	MaxEvidenceLinks  = 20
	MaxRationaleChars = 1500
)

// Names for the record's identifiers, so one cannot stand in for another.
type (
	// UserID is a person in chat (Slack: U…/W…; a user group: S…).
	UserID string
	// AnswerID names a stored answer.
	AnswerID string
	// DraftID names a stored draft.
	DraftID string
)

// System is the actor of what Assay does by itself (drafting, failing).
const System UserID = "assay"

// Answer is what a control's owner said, with evidence links.
type Answer struct {
	ID        AnswerID
	Framework catalogs.FrameworkID
	Ref       catalogs.Ref
	Text      string
	Evidence  []string
	// SelfLevel is the owner's own rating, if they gave one: kept beside
	// the answer, never in its text (where "rating: 4" would read as an
	// attempt to steer the model).
	SelfLevel *int
	Author    UserID
	CreatedAt time.Time
	// System is the AI system an impact assessment answer is about ("":
	// the organisation as a whole).
	System string
	// Files are the evidence files the owner attached, each known by its
	// SHA-256, kept with the answer as it is (an answer is never changed).
	Files []EvidenceFile
}

// EvidenceFile is a file kept as evidence: what it was, its hash, where
// it lives in the chat, who attached it and when, and how long it holds.
type EvidenceFile struct {
	Name       string     `json:"name"`
	Size       int64      `json:"size"`
	SHA256     string     `json:"sha256"`
	Permalink  string     `json:"permalink,omitempty"`
	By         UserID     `json:"by"`
	At         time.Time  `json:"at"`
	ValidUntil *time.Time `json:"valid_until,omitempty"`
	// Stored says Assay kept a copy (under ASSAY_EVIDENCE_DIR, by hash).
	Stored bool `json:"stored,omitempty"`
}

// Stale reports whether the file's validity ended before now.
func (f EvidenceFile) Stale(now time.Time) bool {
	return f.ValidUntil != nil && now.After(*f.ValidUntil)
}

// Evidence file limits.
const (
	MaxEvidenceFiles = 5
	MaxEvidenceBytes = 20 << 20 // fetched to hash it, under this cap
)

// ValidUntil is when the answer's evidence stops holding: the earliest
// validity of its files; nil when none has one.
func (a *Answer) ValidUntil() *time.Time {
	var out *time.Time
	for _, f := range a.Files {
		if f.ValidUntil != nil && (out == nil || f.ValidUntil.Before(*out)) {
			t := *f.ValidUntil
			out = &t
		}
	}
	return out
}

// Key is the answered control.
func (a *Answer) Key() catalogs.Key { return catalogs.Key{Framework: a.Framework, Ref: a.Ref} }

// Check validates an answer before anything is stored.
// Errors: errs.Invalid, naming the problem.
func (a *Answer) Check() error {
	const op = "assessor.Answer"
	a.Text = strings.TrimSpace(a.Text)
	switch {
	case a.Text == "":
		return errs.E(op, errs.Invalid, "the answer is empty: say what is in place for this control, even if it is nothing yet")
	case !utf8.ValidString(a.Text):
		return errs.E(op, errs.Invalid, "the answer is not valid UTF-8 text")
	case utf8.RuneCountInString(a.Text) > MaxAnswerChars:
		return errs.E(op, errs.Invalid, "the answer has %d characters; the limit is %d: summarise it and link the rest as evidence",
			utf8.RuneCountInString(a.Text), MaxAnswerChars)
	case len(a.Evidence) > MaxEvidenceLinks:
		return errs.E(op, errs.Invalid, "%d evidence links; the limit is %d", len(a.Evidence), MaxEvidenceLinks)
	}
	if len(a.Files) > MaxEvidenceFiles {
		return errs.E(op, errs.Invalid, "%d evidence files; the limit is %d", len(a.Files), MaxEvidenceFiles)
	}
	for _, f := range a.Files {
		if strings.TrimSpace(f.Name) == "" || utf8.RuneCountInString(f.Name) > 255 || !utf8.ValidString(f.Name) {
			return errs.E(op, errs.Invalid, "an evidence file needs a name of at most 255 characters")
		}
		if len(f.SHA256) != 64 || strings.Trim(f.SHA256, "0123456789abcdef") != "" {
			return errs.E(op, errs.Invalid, "evidence file %q has no SHA-256", trimTo(f.Name, 80))
		}
		if f.Size < 0 || f.Size > MaxEvidenceBytes {
			return errs.E(op, errs.Invalid, "evidence file %q is %d bytes; the limit is %d", trimTo(f.Name, 80), f.Size, MaxEvidenceBytes)
		}
	}
	for _, e := range a.Evidence {
		if strings.TrimSpace(e) == "" || len(e) > 2000 {
			return errs.E(op, errs.Invalid, "an evidence link is empty or longer than 2000 characters")
		}
		if u, err := url.Parse(strings.TrimSpace(e)); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return errs.E(op, errs.Invalid, "evidence %q is not an http(s) link", trimTo(e, 80))
		}
	}
	return nil
}

func trimTo(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// Status is where a draft stands. Only confirmed and adjusted drafts are
// ratings.
type Status string

// Draft statuses.
const (
	Pending   Status = "pending"   // waiting for a lead
	Failed    Status = "failed"    // no valid draft could be made; a human rating is needed
	Confirmed Status = "confirmed" // the drafted level stands
	Adjusted  Status = "adjusted"  // a lead set another level, with a reason
	Rejected  Status = "rejected"  // a lead asked the owner a follow-up question
)

// IsRating reports whether a draft in this status counts as a rating.
func (s Status) IsRating() bool { return s == Confirmed || s == Adjusted }

// IsDecision reports whether a lead's decision put a draft in this status.
func (s Status) IsDecision() bool { return s.IsRating() || s == Rejected }

// Drafter names that are not models.
const (
	OfflineDrafter   = "offline"
	CrosswalkDrafter = "crosswalk"
)

// Flags a draft can carry.
const (
	FlagInstructionsInAnswer = "instructions_in_answer"
	FlagPassagesTrimmed      = "passages_trimmed"
	FlagNoPassages           = "no_passages"
)

// Citation is a passage a draft relies on.
type Citation struct {
	Chunk     retrieval.ChunkID    `json:"chunk"`
	Doc       string               `json:"doc"`
	Framework catalogs.FrameworkID `json:"-"`
	Ref       catalogs.Ref         `json:"-"`
}

// MarshalJSON writes the ref as FRAMEWORK:REF.
func (c Citation) MarshalJSON() ([]byte, error) {
	ref := ""
	if c.Ref != "" {
		ref = catalogs.Key{Framework: c.Framework, Ref: c.Ref}.String()
	}
	return json.Marshal(struct {
		Chunk string `json:"chunk"`
		Doc   string `json:"doc"`
		Ref   string `json:"ref"`
	}{string(c.Chunk), c.Doc, ref})
}

// storedCitation is a citation as the stores keep it: framework and ref
// apart, so a stored draft needs no ref parsing.
type storedCitation struct {
	Chunk     string `json:"chunk"`
	Doc       string `json:"doc"`
	Framework string `json:"framework"`
	Ref       string `json:"ref"`
}

// EncodeCitations is the form every store keeps a draft's citations in: a
// JSON array of {"chunk","doc","framework","ref"}.
func EncodeCitations(cs []Citation) []byte {
	rows := make([]storedCitation, len(cs))
	for i, c := range cs {
		rows[i] = storedCitation{string(c.Chunk), c.Doc, string(c.Framework), string(c.Ref)}
	}
	b, _ := json.Marshal(rows) // strings only: cannot fail
	return b
}

// DecodeCitations reads what EncodeCitations wrote; empty input is no
// citations.
func DecodeCitations(b []byte) ([]Citation, error) {
	if len(b) == 0 {
		return nil, nil
	}
	var rows []storedCitation
	if err := json.Unmarshal(b, &rows); err != nil {
		return nil, fmt.Errorf("stored citations: %w", err)
	}
	var cs []Citation
	for _, r := range rows {
		cs = append(cs, Citation{Chunk: retrieval.ChunkID(r.Chunk), Doc: r.Doc, Framework: catalogs.FrameworkID(r.Framework), Ref: catalogs.Ref(r.Ref)})
	}
	return cs, nil
}

// Tokens is a model's token usage.
type Tokens struct {
	Prompt     int `json:"prompt"`
	Completion int `json:"completion"`
}

// Draft is a drafted rating and, once a lead acts, the decision on it.
type Draft struct {
	ID           DraftID
	AnswerID     AnswerID // "" for a crosswalk proposal
	ProposedFrom DraftID  // the confirmed draft a proposal came from
	Framework    catalogs.FrameworkID
	Ref          catalogs.Ref
	Scale        ScaleID
	Level        *int // nil when failed
	Confidence   float64
	Rationale    string
	Citations    []Citation
	EvidenceUsed []string
	Gaps         []string
	NextSteps    []string
	FollowUp     *string
	Flags        []string
	Drafter      string // the model, OfflineDrafter or CrosswalkDrafter
	Prompt       string // prompt version; "" for proposals
	Tokens       Tokens
	Status       Status
	Error        string // why drafting failed
	CreatedAt    time.Time

	FinalLevel *int
	DecidedBy  UserID
	DecidedAt  *time.Time
	Reason     string // for an adjustment
	Question   string // for a rejection

	// System is the AI system the rating is for ("": the organisation),
	// its answer's.
	System string
}

// Key is the rated control.
func (d *Draft) Key() catalogs.Key { return catalogs.Key{Framework: d.Framework, Ref: d.Ref} }

// HasFlag reports whether the draft carries a flag.
func (d *Draft) HasFlag(f string) bool { return slices.Contains(d.Flags, f) }

// Output is the drafter's structured answer, as the JSON schema defines it.
type Output struct {
	Level            int      `json:"level"`
	Confidence       float64  `json:"confidence"`
	Rationale        string   `json:"rationale"`
	Citations        []string `json:"citations"`
	EvidenceUsed     []string `json:"evidence_used"`
	Gaps             []string `json:"gaps"`
	NextSteps        []string `json:"next_steps"`
	FollowUpQuestion *string  `json:"follow_up_question"`
}

var outputFields = []string{"level", "confidence", "rationale", "citations", "evidence_used", "gaps", "next_steps", "follow_up_question"}

// OutputSchema is the JSON schema for Output on a scale, in the form
// OpenAI's strict structured outputs accept: every field required, no
// others allowed, the optional question nullable.
func OutputSchema(s *Scale) map[string]any {
	levels := make([]int, len(s.Levels))
	for i, l := range s.Levels {
		levels[i] = l.Value
	}
	strs := map[string]any{"type": "array", "items": map[string]any{"type": "string"}}
	return map[string]any{
		"type": "object",
		"properties": map[string]any{
			"level":              map[string]any{"type": "integer", "enum": levels},
			"confidence":         map[string]any{"type": "number"},
			"rationale":          map[string]any{"type": "string"},
			"citations":          strs,
			"evidence_used":      strs,
			"gaps":               strs,
			"next_steps":         strs,
			"follow_up_question": map[string]any{"type": []string{"string", "null"}},
		},
		"required":             outputFields,
		"additionalProperties": false,
	}
}

// ParseOutput decodes a model's reply and validates it against the scale
// and the passages it was given (chunk ids). The error says what is wrong,
// in words the model can act on in a repair attempt.
func ParseOutput(reply string, s *Scale, passages []string) (*Output, error) {
	raw := strings.TrimSpace(reply)
	// Some endpoints wrap JSON in a Markdown fence even when asked not to.
	if strings.HasPrefix(raw, "```") {
		raw = strings.TrimPrefix(strings.TrimPrefix(raw, "```json"), "```")
		raw = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(raw), "```"))
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal([]byte(raw), &fields); err != nil {
		return nil, fmt.Errorf("the reply is not a JSON object (%s)", shorten(err.Error(), 120))
	}
	var missing []string
	for _, f := range outputFields {
		if _, ok := fields[f]; !ok {
			missing = append(missing, f)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("the reply lacks required fields: %s", strings.Join(missing, ", "))
	}
	dec := json.NewDecoder(bytes.NewReader([]byte(raw)))
	dec.DisallowUnknownFields()
	var out Output
	if err := dec.Decode(&out); err != nil {
		return nil, fmt.Errorf("the reply does not match the schema (%s)", shorten(err.Error(), 160))
	}
	return &out, out.Validate(s, passages)
}

// Validate checks an output against the scale and the passages given.
func (o *Output) Validate(s *Scale, passages []string) error {
	if _, err := s.Level(o.Level); err != nil {
		return fmt.Errorf("level %d is not on the %s scale (%d to %d)", o.Level, s.ID, s.Min(), s.Max())
	}
	if o.Confidence < 0 || o.Confidence > 1 {
		return fmt.Errorf("confidence %g is outside 0 to 1", o.Confidence)
	}
	o.Rationale = strings.TrimSpace(o.Rationale)
	if o.Rationale == "" {
		return fmt.Errorf("the rationale is empty")
	}
	if n := utf8.RuneCountInString(o.Rationale); n > MaxRationaleChars {
		return fmt.Errorf("the rationale has %d characters; at most %d", n, MaxRationaleChars)
	}
	for _, c := range o.Citations {
		if !slices.Contains(passages, c) {
			return fmt.Errorf("citation %q is not one of the passages given (%s)", shorten(c, 40), strings.Join(passages, ", "))
		}
	}
	for _, list := range [][]string{o.EvidenceUsed, o.Gaps, o.NextSteps} {
		if len(list) > 20 {
			return fmt.Errorf("a list has %d items; at most 20", len(list))
		}
	}
	if o.FollowUpQuestion != nil && strings.TrimSpace(*o.FollowUpQuestion) == "" {
		o.FollowUpQuestion = nil
	}
	return nil
}

func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
