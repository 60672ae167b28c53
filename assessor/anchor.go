package assessor

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/assay-dev/assay/errs"
)

// A hash chain shows that entries were not changed one at a time, but
// whoever can write the database can rewrite the whole chain, or cut off
// its newest entries. Checkpoints anchor it with a key the database does
// not hold: each entry appended by a process that has the key is signed
// (Ed25519, over its sequence number, its hash and the time), and the
// signature stored beside the log. Rewriting or cutting the log then
// needs the key; verifying it needs only the public half.

// Checkpoint is a signed statement that entry Seq of the log had hash
// Hash at time At.
type Checkpoint struct {
	Seq   int64
	Hash  string
	At    time.Time
	KeyID string // AnchorKey.ID of the key that signed it
	Sig   string // base64 Ed25519 signature of checkpointMessage
}

// checkpointMessage is what a checkpoint signs. Times count to the
// microsecond, as PostgreSQL keeps them.
func checkpointMessage(seq int64, hash string, at time.Time) []byte {
	return fmt.Appendf(nil, "assay audit checkpoint v1\n%d\n%s\n%s", seq, hash, at.UTC().Truncate(time.Microsecond).Format(time.RFC3339Nano))
}

// MinAuditSecret is the shortest secret an Anchor accepts.
const MinAuditSecret = 32

// Anchor signs checkpoints. Its key comes from outside the store
// (ASSAY_AUDIT_KEY or a key file), so that the database alone cannot
// produce a valid one.
type Anchor struct {
	priv ed25519.PrivateKey
}

// NewAnchor derives a signing key from a secret of at least
// MinAuditSecret characters. Errors: errs.Invalid.
func NewAnchor(secret string) (*Anchor, error) {
	secret = strings.TrimSpace(secret)
	if len(secret) < MinAuditSecret {
		return nil, errs.E("assessor.NewAnchor", errs.Invalid, "the audit key must be at least %d characters (it is %d); `assay audit keygen FILE` makes one", MinAuditSecret, len(secret))
	}
	seed := sha256.Sum256([]byte("assay audit key v1\n" + secret))
	return &Anchor{priv: ed25519.NewKeyFromSeed(seed[:])}, nil
}

// Public is the key that verifies this anchor's checkpoints.
func (a *Anchor) Public() AnchorKey { return AnchorKey(a.priv.Public().(ed25519.PublicKey)) }

// Sign makes the checkpoint of an entry.
func (a *Anchor) Sign(e *Entry) *Checkpoint {
	at := e.At.UTC().Truncate(time.Microsecond)
	sig := ed25519.Sign(a.priv, checkpointMessage(e.Seq, e.Hash, at))
	return &Checkpoint{Seq: e.Seq, Hash: e.Hash, At: at, KeyID: a.Public().ID(), Sig: base64.StdEncoding.EncodeToString(sig)}
}

// AnchorKey is the public half of an Anchor: what an auditor needs to
// check checkpoints, and cannot make them with.
type AnchorKey ed25519.PublicKey

// String is the key in hex, as ParseAnchorKey reads it.
func (k AnchorKey) String() string { return hex.EncodeToString(k) }

// ID names the key in checkpoints: the first 16 hex digits of its hash.
func (k AnchorKey) ID() string {
	sum := sha256.Sum256(k)
	return hex.EncodeToString(sum[:8])
}

// Verify reports whether c is this key's valid signature.
func (k AnchorKey) Verify(c *Checkpoint) bool {
	sig, err := base64.StdEncoding.DecodeString(c.Sig)
	if err != nil || c.KeyID != k.ID() {
		return false
	}
	return ed25519.Verify(ed25519.PublicKey(k), checkpointMessage(c.Seq, c.Hash, c.At), sig)
}

// ParseAnchorKey reads a public key printed by `assay audit key`.
// Errors: errs.Invalid.
func ParseAnchorKey(s string) (AnchorKey, error) {
	b, err := hex.DecodeString(strings.TrimSpace(s))
	if err != nil || len(b) != ed25519.PublicKeySize {
		return nil, errs.E("assessor.ParseAnchorKey", errs.Invalid, "%q is not an audit public key (64 hex digits, as `assay audit key` prints)", s)
	}
	return AnchorKey(b), nil
}
