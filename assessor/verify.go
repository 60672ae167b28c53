package assessor

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/assay-dev/assay/errs"
)

// Audit actions Assay takes on the log itself.
const (
	// ActGuardsRestored records that `assay migrate` found the log's
	// append-only guards missing and put them back.
	ActGuardsRestored = "guards_restored"
	// ActAnchored records that a person vouched for the log as it stands
	// and had its head signed (`assay audit anchor`).
	ActAnchored = "anchored"
)

// AuditStore is what the audit log keeps beside its entries: the
// checkpoints that anchor it and the guards that refuse rewrites.
type AuditStore interface {
	// AuditLog calls fn for each audit entry in order.
	AuditLog(ctx context.Context, fn func(*Entry) error) error
	// Checkpoints calls fn for each checkpoint, by sequence number.
	Checkpoints(ctx context.Context, fn func(*Checkpoint) error) error
	// AuditGuards names the append-only guards (triggers) that are
	// missing, disabled or altered.
	AuditGuards(ctx context.Context) (missing []string, err error)
	// AppendAudit appends an entry that concerns no draft (DraftID "").
	AppendAudit(ctx context.Context, e *Entry) error
	// RestoreAuditGuards puts missing guards back and records that in the
	// log; it returns those it restored. It needs the rights of the
	// tables' owner.
	RestoreAuditGuards(ctx context.Context) (restored []string, err error)
}

// Witness is an entry's hash as someone outside the store saw it (`assay
// audit head` prints one): the log must still hold that entry, unchanged.
type Witness struct {
	Seq  int64
	Hash string
}

// ParseWitness reads "SEQ:HASH". Errors: errs.Invalid.
func ParseWitness(s string) (Witness, error) {
	seq, hash, ok := strings.Cut(strings.TrimSpace(s), ":")
	n, err := strconv.ParseInt(seq, 10, 64)
	if !ok || err != nil || n < 1 || len(hash) != 64 {
		return Witness{}, errs.E("assessor.ParseWitness", errs.Invalid, "%q is not an audit head (SEQ:HASH, as `assay audit head` prints)", s)
	}
	return Witness{Seq: n, Hash: strings.ToLower(hash)}, nil
}

func (w Witness) String() string { return fmt.Sprintf("%d:%s", w.Seq, w.Hash) }

// VerifyOptions say what a verification trusts.
type VerifyOptions struct {
	// Keys verify checkpoints; with none, checkpoints are matched to their
	// entries but their signatures are not checked.
	Keys []AnchorKey
	// Witnesses are heads recorded outside the store.
	Witnesses []Witness
}

// AuditReport is what a verification found.
type AuditReport struct {
	Entries     int
	Drafts      int
	Checkpoints int
	// Head is the newest entry ("" hash when the log is empty).
	Head Witness
	// Anchored: the newest entry carries a checkpoint signed by a key the
	// verification was given.
	Anchored bool
	// Unanchored, when keys were given, says which newest entries no
	// valid checkpoint covers; it fails the verification, and is the one
	// failure `assay audit anchor` may settle.
	Unanchored string
	// Problems are what else is wrong: any one fails the verification.
	Problems []string
	// Notes are what a reader should know but is not wrong.
	Notes []string
}

// OK reports whether nothing is wrong.
func (r *AuditReport) OK() bool { return len(r.Problems) == 0 && r.Unanchored == "" }

func (r *AuditReport) problem(format string, args ...any) {
	r.Problems = append(r.Problems, fmt.Sprintf(format, args...))
}

// VerifyAudit checks the audit log against everything that can betray a
// rewrite: its hash chain; its guards; its checkpoints (each signed by a
// given key and matching its entry, the newest entry covered); the
// witnesses; and the drafts table, whose every draft must agree with its
// newest entry (state, level, decision and decider). An error is a
// failure to read; what is wrong is in the report.
func VerifyAudit(ctx context.Context, st Store, opts VerifyOptions) (*AuditReport, error) {
	r := &AuditReport{}
	hashes := map[int64]string{}
	last := map[DraftID]*Entry{}
	var prev string
	var lastSeq int64
	chainBreaks := 0
	err := st.AuditLog(ctx, func(e *Entry) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		var reason string
		switch {
		case r.Entries > 0 && e.Seq != lastSeq+1:
			reason = fmt.Sprintf("entries %d to %d are missing", lastSeq+1, e.Seq-1)
		case r.Entries == 0 && e.Seq != 1:
			reason = fmt.Sprintf("entries 1 to %d are missing", e.Seq-1)
		case e.PrevHash != prev:
			reason = "it does not point at the previous entry's hash"
		case ChainHash(e.PrevHash, e) != e.Hash:
			reason = "its content does not match its hash (changed after it was written)"
		}
		if reason != "" {
			if chainBreaks < 5 {
				r.problem("entry %d: %s", e.Seq, reason)
			}
			chainBreaks++
		}
		prev, lastSeq = e.Hash, e.Seq
		r.Entries++
		hashes[e.Seq] = e.Hash
		if e.DraftID != "" {
			last[e.DraftID] = &Entry{Seq: e.Seq, Actor: e.Actor, Action: e.Action, After: e.After}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if chainBreaks > 5 {
		r.problem("…and %d more breaks in the chain", chainBreaks-5)
	}
	r.Head = Witness{Seq: lastSeq, Hash: prev}

	missing, err := st.AuditGuards(ctx)
	if err != nil {
		return nil, err
	}
	for _, g := range missing {
		r.problem("the append-only guard %s is missing, disabled or altered: the log could be rewritten while it is; `assay migrate`, as the database's owner, restores it", g)
	}

	if err := verifyCheckpoints(ctx, st, opts.Keys, hashes, r); err != nil {
		return nil, err
	}
	for _, w := range opts.Witnesses {
		switch h, ok := hashes[w.Seq]; {
		case !ok:
			r.problem("entry %d, which a witness recorded, is missing: the log was cut", w.Seq)
		case h != w.Hash:
			r.problem("entry %d's hash is not the one a witness recorded: the log was rewritten from there on", w.Seq)
		}
	}

	ds, err := st.ListDrafts(ctx, "", math.MaxInt32)
	if err != nil {
		return nil, err
	}
	r.Drafts = len(ds)
	disagree := 0
	for _, d := range ds {
		if msg := disagreement(d, last[d.ID]); msg != "" {
			if disagree < 10 {
				r.problem("%s", msg)
			}
			disagree++
		}
		delete(last, d.ID)
	}
	if disagree > 10 {
		r.problem("…and %d more drafts that disagree with the log", disagree-10)
	}
	gone := 0
	for id, e := range last {
		if gone < 5 {
			r.problem("entry %d names draft %s, which is not in the drafts table: it was deleted", e.Seq, id)
		}
		gone++
	}
	if gone > 5 {
		r.problem("…and %d more drafts gone from the drafts table", gone-5)
	}
	return r, nil
}

// verifyCheckpoints matches every checkpoint to its entry and checks its
// signature against keys; with keys, the newest entry must be covered.
func verifyCheckpoints(ctx context.Context, st AuditStore, keys []AnchorKey, hashes map[int64]string, r *AuditReport) error {
	byID := map[string]AnchorKey{}
	for _, k := range keys {
		byID[k.ID()] = k
	}
	bad, unknown := 0, map[string]int{}
	var newestValid, newest int64
	err := st.Checkpoints(ctx, func(c *Checkpoint) error {
		r.Checkpoints++
		newest = max(newest, c.Seq)
		if len(keys) > 0 {
			k, ok := byID[c.KeyID]
			switch {
			case !ok:
				unknown[c.KeyID]++
				return nil
			case !k.Verify(c):
				if bad < 5 {
					r.problem("the checkpoint of entry %d does not verify: it was forged or altered", c.Seq)
				}
				bad++
				return nil
			}
		}
		switch h, ok := hashes[c.Seq]; {
		case !ok:
			r.problem("entry %d, which a checkpoint signs, is missing: the log was cut or entries deleted", c.Seq)
		case h != c.Hash:
			r.problem("entry %d's hash differs from the one its checkpoint signs: the log was rewritten from there on", c.Seq)
		default:
			newestValid = max(newestValid, c.Seq)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if bad > 5 {
		r.problem("…and %d more checkpoints that do not verify", bad-5)
	}
	for id, n := range unknown {
		r.problem("%d checkpoints were signed by key %s, which this verification was not given (pass it with --public-key)", n, id)
	}
	if len(keys) == 0 {
		if r.Checkpoints > 0 {
			r.Notes = append(r.Notes, fmt.Sprintf("%d checkpoints matched to their entries, but their signatures were not checked: set ASSAY_AUDIT_KEY or pass --public-key", r.Checkpoints))
		} else {
			r.Notes = append(r.Notes, "the log is not anchored: no checkpoints (set ASSAY_AUDIT_KEY for the processes that write it)")
		}
		return nil
	}
	head := r.Head.Seq
	switch {
	case head == 0:
	case newestValid == head:
		r.Anchored = true
	case newestValid == 0 && newest == 0:
		r.Unanchored = "no checkpoint anchors the log: it was written without ASSAY_AUDIT_KEY, or its checkpoints were deleted; if you can vouch for it, `assay audit anchor` signs its head"
	default:
		r.Unanchored = fmt.Sprintf("entries %d to %d carry no valid checkpoint: written by a process without ASSAY_AUDIT_KEY, or their checkpoints were deleted; if you can vouch for them, `assay audit anchor` signs the head", newestValid+1, head)
	}
	return nil
}

// disagreement says how a draft differs from its newest log entry, or "".
func disagreement(d *Draft, e *Entry) string {
	name := fmt.Sprintf("draft %s (%s %s)", d.ID, d.Framework, d.Ref)
	if e == nil {
		return name + " has no entry in the audit log: its entries were deleted, or the draft was written behind Assay's back"
	}
	var logged Snapshot
	if err := json.Unmarshal([]byte(e.After), &logged); err != nil {
		return fmt.Sprintf("%s: entry %d's snapshot is unreadable", name, e.Seq)
	}
	var now Snapshot
	_ = json.Unmarshal([]byte(SnapshotOf(d)), &now)
	if describe(now) != describe(logged) {
		return fmt.Sprintf("%s is %s in the drafts table, but entry %d left it %s: the table was edited", name, describe(now), e.Seq, describe(logged))
	}
	if d.Status == Confirmed || d.Status == Adjusted || d.Status == Rejected {
		if e.Action != string(d.Status) {
			return fmt.Sprintf("%s is %s in the drafts table, but its last entry (%d) is %q", name, d.Status, e.Seq, e.Action)
		}
		if e.Actor != d.DecidedBy {
			return fmt.Sprintf("%s was decided by %s per the drafts table, but by %s per entry %d: the table was edited", name, d.DecidedBy, e.Actor, e.Seq)
		}
	}
	return ""
}

// describe renders a snapshot for comparison and for people.
func describe(s Snapshot) string {
	lvl := func(p *int) string {
		if p == nil {
			return "none"
		}
		return strconv.Itoa(*p)
	}
	out := fmt.Sprintf("%s, drafted level %s", s.Status, lvl(s.Level))
	if s.FinalLevel != nil {
		out += ", final level " + lvl(s.FinalLevel)
	}
	if s.Reason != "" {
		out += fmt.Sprintf(", reason %q", s.Reason)
	}
	if s.Question != "" {
		out += fmt.Sprintf(", question %q", s.Question)
	}
	if s.Error != "" {
		out += fmt.Sprintf(", error %q", s.Error)
	}
	if s.System != "" {
		out += fmt.Sprintf(", for AI system %q", s.System)
	}
	return out
}
