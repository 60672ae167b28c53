package storetest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/assay-dev/assay/assessor"
)

// rated stores three drafts, each confirmed, and the proposal the first
// confirmation makes: seq 1 drafts A, 2 confirms it, 3 proposes, 4 and 5
// draft and confirm B, 6 and 7 draft and confirm C.
func rated(t *testing.T, open Opener) (*assessBundle, []*assessor.Draft) {
	t.Helper()
	b := setupAssess(t, open)
	if b.Anchor == nil {
		t.Fatal("the backend under test must sign checkpoints (Backend.Anchor)")
	}
	var ds []*assessor.Draft
	for i := range 3 {
		d := b.draft(t, b.submit(t, "A.8.8", fmt.Sprintf("We patch every %d weeks under the approved policy.", i+1)))
		d, _, err := b.svc.Review(b.ctx, d.ID, assessor.Action{Kind: assessor.Confirmed, Actor: "U_LEAD", Door: "slack"})
		if err != nil {
			t.Fatal(err)
		}
		ds = append(ds, d)
	}
	return b, ds
}

func (b *assessBundle) report(t *testing.T, opts assessor.VerifyOptions) *assessor.AuditReport {
	t.Helper()
	r, err := assessor.VerifyAudit(b.ctx, b.store, opts)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func (b *assessBundle) keyed() assessor.VerifyOptions {
	return assessor.VerifyOptions{Keys: []assessor.AnchorKey{b.Anchor.Public()}}
}

// wantCaught fails unless the report fails and one of its problems (or
// its unanchored note) contains every fragment.
func wantCaught(t *testing.T, r *assessor.AuditReport, fragments ...string) {
	t.Helper()
	if r.OK() {
		t.Fatalf("the rewrite went unnoticed: %+v", r)
	}
	for _, p := range append(r.Problems, r.Unanchored) {
		hit := true
		for _, f := range fragments {
			hit = hit && strings.Contains(p, f)
		}
		if hit {
			return
		}
	}
	t.Errorf("no problem says %q:\n%s\n%s", fragments, strings.Join(r.Problems, "\n"), r.Unanchored)
}

func quote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// verifyCatchesEveryRewrite: each way of rewriting the record that the
// hash chain alone misses is caught by the checkpoints, the drafts'
// agreement with the log, or the guards.
func verifyCatchesEveryRewrite(t *testing.T, open Opener) {
	t.Run("IntactLog", func(t *testing.T) {
		b, _ := rated(t, open)
		r := b.report(t, b.keyed())
		if !r.OK() || !r.Anchored || r.Entries != 7 || r.Drafts != 4 || r.Checkpoints != 7 || r.Head.Seq != 7 {
			t.Errorf("intact, anchored log: %+v", r)
		}
		// Without the key the checkpoints are matched, not checked, and
		// the report says so.
		if r := b.report(t, assessor.VerifyOptions{}); !r.OK() || r.Anchored || len(r.Notes) == 0 || !strings.Contains(r.Notes[0], "not checked") {
			t.Errorf("verified without the key: %+v", r)
		}
		// A key that did not sign them is not trusted.
		other, _ := assessor.NewAnchor(strings.Repeat("another key entirely, ", 3))
		wantCaught(t, b.report(t, assessor.VerifyOptions{Keys: []assessor.AnchorKey{other.Public()}}), "7 checkpoints were signed by key "+b.Anchor.Public().ID())
	})
	t.Run("NewestEntriesDeleted", func(t *testing.T) {
		b, _ := rated(t, open)
		if err := b.Tamper(b.ctx, `DELETE FROM audit_log WHERE seq >= 6`); err != nil {
			t.Fatal(err)
		}
		if n, err := b.verifyAudit(t); err != nil || n != 5 {
			t.Fatalf("the chain alone: %d entries, %v (it cannot see a cut)", n, err)
		}
		r := b.report(t, b.keyed())
		wantCaught(t, r, "entry 7, which a checkpoint signs, is missing")
		wantCaught(t, r, "has no entry in the audit log")
		// The drafts' agreement catches it without the key too.
		wantCaught(t, b.report(t, assessor.VerifyOptions{}), "has no entry in the audit log")
	})
	t.Run("NewestEntriesAndCheckpointsDeleted", func(t *testing.T) {
		b, ds := rated(t, open)
		if err := b.Tamper(b.ctx, `DELETE FROM audit_log WHERE seq = 7; DELETE FROM audit_checkpoints WHERE seq = 7`); err != nil {
			t.Fatal(err)
		}
		wantCaught(t, b.report(t, b.keyed()), "draft "+string(ds[2].ID), "is confirmed", "in the drafts table, but entry 6 left it pending")
	})
	t.Run("EveryEntryDeleted", func(t *testing.T) {
		b, _ := rated(t, open)
		if err := b.Tamper(b.ctx, `DELETE FROM audit_log; DELETE FROM audit_checkpoints`); err != nil {
			t.Fatal(err)
		}
		if n, err := b.verifyAudit(t); err != nil || n != 0 {
			t.Fatalf("the chain alone: %d entries, %v (an empty log is a valid chain)", n, err)
		}
		r := b.report(t, b.keyed())
		wantCaught(t, r, "has no entry in the audit log")
		if len(r.Problems) != 4 {
			t.Errorf("want the four drafts named: %q", r.Problems)
		}
	})
	t.Run("FinalLevelEditedInTheDraftsTable", func(t *testing.T) {
		b, ds := rated(t, open)
		if err := b.Exec(b.ctx, `UPDATE drafts SET final_level = 5 WHERE id = `+quote(string(ds[1].ID))); err != nil {
			t.Fatal(err)
		}
		wantCaught(t, b.report(t, b.keyed()), "draft "+string(ds[1].ID), "final level 5 in the drafts table", "entry 5 left it")
	})
	t.Run("DeciderEditedInTheDraftsTable", func(t *testing.T) {
		b, ds := rated(t, open)
		if err := b.Exec(b.ctx, `UPDATE drafts SET decided_by = 'mallory' WHERE id = `+quote(string(ds[0].ID))); err != nil {
			t.Fatal(err)
		}
		wantCaught(t, b.report(t, b.keyed()), "decided by mallory per the drafts table, but by U_LEAD per entry 2")
	})
	t.Run("EntryEditedAndChainRecomputed", func(t *testing.T) {
		b, ds := rated(t, open)
		head := b.report(t, b.keyed()).Head
		var entries []*assessor.Entry
		if err := b.store.AuditLog(b.ctx, func(e *assessor.Entry) error { entries = append(entries, e); return nil }); err != nil {
			t.Fatal(err)
		}
		// Entry 5 confirmed draft B; the attacker makes it say level 5,
		// rewrites every later hash, and edits the drafts table to match.
		var stmts []string
		prev := entries[3].Hash
		for _, e := range entries[4:] {
			if e.Seq == 5 {
				e.After = strings.Replace(e.After, `"final_level":`, `"final_level":5,"x":`, 1)
			}
			e.PrevHash = prev
			e.Hash = assessor.ChainHash(prev, e)
			prev = e.Hash
			stmts = append(stmts, fmt.Sprintf(`UPDATE audit_log SET after = %s, prev_hash = %s, hash = %s WHERE seq = %d`, quote(e.After), quote(e.PrevHash), quote(e.Hash), e.Seq))
		}
		if err := b.Tamper(b.ctx, strings.Join(stmts, "; ")); err != nil {
			t.Fatal(err)
		}
		if err := b.Exec(b.ctx, `UPDATE drafts SET final_level = 5 WHERE id = `+quote(string(ds[1].ID))); err != nil {
			t.Fatal(err)
		}
		if n, err := b.verifyAudit(t); err != nil || n != 7 {
			t.Fatalf("the recomputed chain alone: %d entries, %v (it should pass: that is the attack)", n, err)
		}
		r := b.report(t, assessor.VerifyOptions{Keys: b.keyed().Keys, Witnesses: []assessor.Witness{head}})
		wantCaught(t, r, "entry 5's hash differs from the one its checkpoint signs")
		wantCaught(t, r, "entry 7's hash is not the one a witness recorded")
		// Deleting the checkpoints the rewrite broke leaves the head
		// unanchored; checkpoints signed with the attacker's own key are
		// not trusted.
		forger, _ := assessor.NewAnchor(strings.Repeat("the attacker's own key ", 3))
		stmts = []string{`DELETE FROM audit_checkpoints WHERE seq >= 5`}
		for _, e := range entries[4:] {
			c := forger.Sign(e)
			stmts = append(stmts, fmt.Sprintf(`INSERT INTO audit_checkpoints (seq, hash, at, key_id, sig) VALUES (%d, %s, (SELECT at FROM audit_log WHERE seq = %d), %s, %s)`,
				c.Seq, quote(c.Hash), c.Seq, quote(c.KeyID), quote(c.Sig)))
		}
		if err := b.Tamper(b.ctx, strings.Join(stmts[:1], "; ")); err != nil {
			t.Fatal(err)
		}
		wantCaught(t, b.report(t, b.keyed()), "entries 5 to 7 carry no valid checkpoint")
		if err := b.Tamper(b.ctx, strings.Join(stmts[1:], "; ")); err != nil {
			t.Fatal(err)
		}
		r = b.report(t, b.keyed())
		wantCaught(t, r, "3 checkpoints were signed by key "+forger.Public().ID())
		wantCaught(t, r, "entries 5 to 7 carry no valid checkpoint")
		// A forged signature under the real key's id does not verify.
		if err := b.Tamper(b.ctx, `UPDATE audit_checkpoints SET key_id = `+quote(b.Anchor.Public().ID())+` WHERE seq = 6`); err != nil {
			t.Fatal(err)
		}
		wantCaught(t, b.report(t, b.keyed()), "the checkpoint of entry 6 does not verify")
	})
}

// migrateRestoresMissingGuards: verify names a missing guard; restoring
// puts it back and records that in the log, which stays intact.
func migrateRestoresMissingGuards(t *testing.T, open Opener) {
	b, _ := rated(t, open)
	if missing, err := b.store.AuditGuards(b.ctx); err != nil || len(missing) != 0 {
		t.Fatalf("guards of a fresh store: %q %v", missing, err)
	}
	// Restoring guards that are there needs no rights and does nothing.
	if restored, err := b.store.RestoreAuditGuards(b.ctx); err != nil || len(restored) != 0 {
		t.Fatalf("restoring guards that are there: %q %v", restored, err)
	}
	if err := b.DropGuards(b.ctx); err != nil {
		t.Fatal(err)
	}
	wantCaught(t, b.report(t, b.keyed()), "the append-only guard", "audit_log", "is missing")
	if b.AsOwner != b.store {
		if _, err := b.store.RestoreAuditGuards(b.ctx); err == nil || !strings.Contains(err.Error(), "owner") {
			t.Errorf("the serving role restored guards, or did not say why it cannot: %v", err)
		}
	}
	restored, err := b.AsOwner.RestoreAuditGuards(b.ctx)
	if err != nil || len(restored) == 0 {
		t.Fatalf("restore: %q %v", restored, err)
	}
	if err := b.Exec(b.ctx, `UPDATE audit_log SET actor = 'mallory' WHERE seq = 2`); err == nil || !strings.Contains(err.Error(), "append-only") {
		t.Errorf("an update after the guards were restored: %v", err)
	}
	if err := b.Exec(b.ctx, `DELETE FROM audit_checkpoints`); err == nil || !strings.Contains(err.Error(), "append-only") {
		t.Errorf("a delete of checkpoints after the guards were restored: %v", err)
	}
	r := b.report(t, b.keyed())
	if !r.OK() || !r.Anchored || r.Entries != 8 {
		t.Fatalf("after restoring: %+v", r)
	}
	var last *assessor.Entry
	if err := b.store.AuditLog(b.ctx, func(e *assessor.Entry) error { last = e; return nil }); err != nil {
		t.Fatal(err)
	}
	if last.Action != assessor.ActGuardsRestored || last.Actor != assessor.System || !strings.Contains(last.After, "audit_log") {
		t.Errorf("the restoration's entry: %+v", last)
	}
}
