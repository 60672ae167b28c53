package assessor

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"
)

// Audit actions.
const (
	ActDrafted     = "drafted"
	ActDraftFailed = "draft_failed"
	ActConfirmed   = "confirmed"
	ActAdjusted    = "adjusted"
	ActRejected    = "rejected"
	ActProposed    = "proposed"
)

// Entry is one line of the append-only audit log. Each entry's hash covers
// its content and the previous entry's hash, so changing, removing or
// reordering any entry breaks every hash after it.
type Entry struct {
	Seq   int64
	At    time.Time
	Actor UserID
	// Door is how the actor reached Assay: "slack", "shell",
	// "cli:<os user>" (acting as Actor), or "" for Assay itself.
	Door     string
	Action   string
	DraftID  DraftID
	Before   string // JSON snapshot of the draft's state, "" when new
	After    string // JSON snapshot after the change
	Prompt   string
	Model    string
	PrevHash string
	Hash     string
}

// Snapshot is the part of a draft's state the audit log records.
type Snapshot struct {
	Status     Status `json:"status"`
	Level      *int   `json:"level"`
	FinalLevel *int   `json:"final_level,omitempty"`
	Reason     string `json:"reason,omitempty"`
	Question   string `json:"question,omitempty"`
	Error      string `json:"error,omitempty"`
	System     string `json:"system,omitempty"`
}

// SnapshotOf renders a draft's state for the log.
func SnapshotOf(d *Draft) string {
	b, _ := json.Marshal(Snapshot{Status: d.Status, Level: d.Level, FinalLevel: d.FinalLevel, Reason: d.Reason, Question: d.Question, Error: d.Error, System: d.System})
	return string(b)
}

// ChainHash is the hash of an entry given the previous entry's hash. Times
// count to the microsecond, as PostgreSQL keeps them. The door is hashed
// when there is one (entries written before doors were recorded have
// none, and keep their hashes).
func ChainHash(prev string, e *Entry) string {
	fields := []any{e.Seq, e.At.UTC().Truncate(time.Microsecond).Format(time.RFC3339Nano), e.Actor, e.Action, e.DraftID, e.Before, e.After, e.Prompt, e.Model, prev}
	if e.Door != "" {
		fields = append(fields, e.Door)
	}
	b, _ := json.Marshal(fields)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// Link makes e the entry that follows entry seq (hash prev; 0 and "" for
// the first), written at time at: its sequence number, time and hashes.
func (e *Entry) Link(seq int64, prev string, at time.Time) {
	e.Seq, e.At, e.PrevHash = seq+1, at, prev
	e.Hash = ChainHash(prev, e)
}

// ChainError says where a log's chain breaks.
type ChainError struct {
	Seq    int64
	Reason string
}

func (e *ChainError) Error() string {
	return fmt.Sprintf("audit log broken at entry %d: %s", e.Seq, e.Reason)
}

// Verifier checks entries in order, one at a time.
type Verifier struct {
	prev    string
	lastSeq int64
	N       int
}

// Next checks one entry, which must follow the previous one.
func (v *Verifier) Next(e *Entry) error {
	if v.N > 0 && e.Seq != v.lastSeq+1 {
		return &ChainError{e.Seq, fmt.Sprintf("entry %d is missing", v.lastSeq+1)}
	}
	if e.PrevHash != v.prev {
		return &ChainError{e.Seq, "it does not point at the previous entry's hash"}
	}
	if got := ChainHash(e.PrevHash, e); got != e.Hash {
		return &ChainError{e.Seq, "its content does not match its hash (changed after it was written)"}
	}
	v.prev, v.lastSeq = e.Hash, e.Seq
	v.N++
	return nil
}
