// Package storetest is the contract every digest.Store keeps: snapshots
// kept once per scheduled slot and read back newest first, and the counts
// a digest is computed from. One suite, run against PostgreSQL and the
// embedded SQLite store.
package storetest

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/assay-dev/assay/assessor"
	astoretest "github.com/assay-dev/assay/assessor/storetest"
	"github.com/assay-dev/assay/backend"
	"github.com/assay-dev/assay/bot"
	bstoretest "github.com/assay-dev/assay/bot/storetest"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/contract"
)

// Opener returns an empty backend for one test.
type Opener = bstoretest.Opener

// Run runs the contract as subtests.
func Run(t *testing.T, open Opener) {
	contract.Run(t, open, map[string]func(*testing.T, Opener){
		"SnapshotsAreKeptOncePerSlot":   snapshotsAreKeptOncePerSlot,
		"TheNewestSnapshotIsRead":       theNewestSnapshotIsRead,
		"CountsTheDigestIsComputedFrom": countsTheDigestIsComputedFrom,
	})
}

var (
	ctx             = context.Background()
	monday          = bstoretest.Monday
	a88, a515, gv11 = bstoretest.A88, bstoretest.A515, bstoretest.GV11
)

func save(t *testing.T, s backend.ChatStore, program string, slot *time.Time, snap string) bool {
	t.Helper()
	ok, err := s.SaveDigest(ctx, program, slot, []byte(snap))
	if err != nil {
		t.Fatal(err)
	}
	return ok
}

// snapshotsAreKeptOncePerSlot: replicas racing to post a slot's digest
// keep one; digests made by hand (no slot) are all kept.
func snapshotsAreKeptOncePerSlot(t *testing.T, open Opener) {
	s := open(t).Chat
	if ok, err := s.HasDigest(ctx, "p", monday); err != nil || ok {
		t.Fatalf("before any digest: %v %v", ok, err)
	}
	if !save(t, s, "p", &monday, `{"n":1}`) {
		t.Fatal("the slot's first digest was not kept")
	}
	if save(t, s, "p", &monday, `{"n":2}`) {
		t.Error("a second digest for the same slot was kept")
	}
	if ok, err := s.HasDigest(ctx, "p", monday); err != nil || !ok {
		t.Errorf("the slot's digest: %v %v", ok, err)
	}
	if !save(t, s, "other", &monday, `{"n":3}`) {
		t.Error("another program's digest for the same slot was refused")
	}
	if !save(t, s, "p", nil, `{"n":4}`) || !save(t, s, "p", nil, `{"n":5}`) {
		t.Error("digests without a slot were refused")
	}
}

func theNewestSnapshotIsRead(t *testing.T, open Opener) {
	s := open(t).Chat
	if _, ok, err := s.LastDigest(ctx, "p"); err != nil || ok {
		t.Fatalf("before any digest: %v %v", ok, err)
	}
	if _, ok, err := s.Digest(ctx, 0); err != nil || ok {
		t.Fatalf("Digest(0) before any digest: %v %v", ok, err)
	}
	save(t, s, "p", &monday, `{"n":1}`)
	save(t, s, "p", nil, `{"n":2}`)
	save(t, s, "other", nil, `{"n":3}`)
	// A store may reformat the JSON it keeps (PostgreSQL's jsonb does).
	n := func(b []byte) int {
		var x struct{ N int }
		if err := json.Unmarshal(b, &x); err != nil {
			t.Errorf("a kept digest is not the JSON saved: %s", b)
		}
		return x.N
	}
	if b, ok, err := s.LastDigest(ctx, "p"); err != nil || !ok || n(b) != 2 {
		t.Errorf("the program's last digest: %s %v %v", b, ok, err)
	}
	if b, ok, err := s.Digest(ctx, 0); err != nil || !ok || n(b) != 3 {
		t.Errorf("the newest digest of any program: %s %v %v", b, ok, err)
	}
	// Ids count from 1 in a new store, in the order digests were kept.
	if b, ok, err := s.Digest(ctx, 1); err != nil || !ok || n(b) != 1 {
		t.Errorf("digest 1: %s %v %v", b, ok, err)
	}
	if _, ok, err := s.Digest(ctx, 99); err != nil || ok {
		t.Errorf("a digest that does not exist: %v %v", ok, err)
	}
	// Where the newest was posted: unknown until recorded, then read back;
	// another program's post is its own.
	if _, _, _, ok, err := s.LastDigestPost(ctx, "p"); err != nil || ok {
		t.Errorf("a post before any was recorded: %v %v", ok, err)
	}
	if err := s.SetDigestPost(ctx, "p", "C0DIGEST", "1700000000.000200"); err != nil {
		t.Fatal(err)
	}
	ch, ts, at, ok, err := s.LastDigestPost(ctx, "p")
	if err != nil || !ok || ch != "C0DIGEST" || ts != "1700000000.000200" || at.IsZero() {
		t.Errorf("the last digest's post: %q %q %v %v %v", ch, ts, at, ok, err)
	}
	if _, _, _, ok, err := s.LastDigestPost(ctx, "other"); err != nil || ok {
		t.Errorf("another program's post: %v %v", ok, err)
	}
}

// countsTheDigestIsComputedFrom: latest ratings, unfinished and overdue
// check-ins, drafts waiting for a lead, and how often leads changed a
// drafted level (crosswalk proposals left out), each per framework.
func countsTheDigestIsComputedFrom(t *testing.T, open Opener) {
	b := open(t)
	s := b.Chat
	astoretest.Rate(t, b.Assessor, a88, 2, 3, monday)
	astoretest.Rate(t, b.Assessor, a515, 2, 2, monday)
	lvl := 1
	for _, d := range []*assessor.Draft{
		{Framework: gv11.Framework, Ref: gv11.Ref, Scale: "maturity-0-5", Level: &lvl, Drafter: assessor.OfflineDrafter, Status: assessor.Pending},
		{Framework: gv11.Framework, Ref: "GOVERN 1.2", Scale: "maturity-0-5", Drafter: assessor.OfflineDrafter, Status: assessor.Failed, Error: "no model"},
	} {
		if err := b.Assessor.SaveDraft(ctx, d, &assessor.Entry{Actor: assessor.System, Action: assessor.ActDrafted}); err != nil {
			t.Fatal(err)
		}
	}
	// A crosswalk proposal confirmed at another level is not a lead
	// changing a drafted level.
	p := &assessor.Draft{Framework: catalogs.ISO27032, Ref: "9.2.10", Scale: "maturity-0-5", Level: &lvl, Drafter: assessor.CrosswalkDrafter, Status: assessor.Pending}
	if err := b.Assessor.SaveDraft(ctx, p, &assessor.Entry{Actor: "U0LEAD", Action: assessor.ActProposed}); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Assessor.UpdateDraft(ctx, p.ID, func(x *assessor.Draft) (*assessor.Entry, error) {
		four, at := 4, monday
		x.Status, x.FinalLevel, x.DecidedBy, x.DecidedAt, x.Reason = assessor.Adjusted, &four, "U0LEAD", &at, "higher here"
		return &assessor.Entry{Actor: "U0LEAD", Action: assessor.ActAdjusted}, nil
	}); err != nil {
		t.Fatal(err)
	}
	// Check-ins: one sent two weeks ago, due a week ago and unanswered
	// (overdue), one sent today and due next week, one waiting on a
	// not-applicable decision (open, not overdue though past its date).
	old, today := monday.Add(-14*24*time.Hour), monday
	for _, c := range []struct {
		k      catalogs.Key
		sent   time.Time
		status bot.CheckinStatus
	}{{a88, old, bot.CheckinOpen}, {a515, today, bot.CheckinOpen}, {gv11, old, bot.CheckinNAPending}} {
		ck := bstoretest.Create(t, s, c.k, "U0OWNER")
		sent, st, due := c.sent, c.status, c.sent.Add(7*24*time.Hour)
		if _, err := s.UpdateCheckin(ctx, ck.ID, func(x *bot.Checkin) error { x.SentAt, x.Status, x.DueAt = &sent, st, &due; return nil }); err != nil {
			t.Fatal(err)
		}
	}
	ratings, err := s.LatestRatings(ctx)
	if err != nil || len(ratings) != 3 || ratings[a88] != 3 || ratings[a515] != 2 {
		t.Errorf("latest ratings %v %v", ratings, err)
	}
	open2, overdue, err := s.CheckinStats(ctx, monday)
	if err != nil || open2[catalogs.ISO27001] != 2 || open2[catalogs.AIRMF] != 1 || overdue[catalogs.ISO27001] != 1 || overdue[catalogs.AIRMF] != 0 {
		t.Errorf("open %v, overdue %v, %v", open2, overdue, err)
	}
	pending, err := s.PendingDrafts(ctx)
	if err != nil || pending[catalogs.AIRMF] != 2 || pending[catalogs.ISO27001] != 0 {
		t.Errorf("drafts waiting %v %v", pending, err)
	}
	reviewed, changed, err := s.ReviewCounts(ctx)
	if err != nil || reviewed[catalogs.ISO27001] != 2 || changed[catalogs.ISO27001] != 1 || reviewed[catalogs.ISO27032] != 0 {
		t.Errorf("reviewed %v, changed %v, %v", reviewed, changed, err)
	}
}
