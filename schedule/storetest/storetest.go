// Package storetest is the contract every schedule.Store keeps: a
// check-in per control, owner and slot; claims that lease unsent
// check-ins to one sender; reminders claimed once per period; and when
// each control was last rated. One suite, run against PostgreSQL and the
// embedded SQLite store.
package storetest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

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
		"OneCheckinPerControlOwnerAndSlot":    oneCheckinPerControlOwnerAndSlot,
		"UnsentCheckinsAreLeasedToOne":        unsentCheckinsAreLeasedToOne,
		"RemindersAreClaimedOncePerPeriod":    remindersAreClaimedOncePerPeriod,
		"RatedAtIsTheLatestDecision":          ratedAtIsTheLatestDecision,
		"ConcurrentClaimsNeverShareACheckin":  concurrentClaimsNeverShareACheckin,
		"ClaimsComeInNaturalOrderAndBatches":  claimsComeInNaturalOrderAndBatches,
		"EvidenceExpiringIsOfTheLatestRating": evidenceExpiringIsOfTheLatestRating,
	})
}

var (
	ctx               = context.Background()
	a88, a515, monday = bstoretest.A88, bstoretest.A515, bstoretest.Monday
)

func due(k catalogs.Key, owner bot.UserID, slot time.Time) *bot.Checkin {
	return &bot.Checkin{Key: k, Owner: owner, Status: bot.CheckinOpen, Slot: &slot}
}

func create(t *testing.T, s backend.ChatStore, cks ...*bot.Checkin) int {
	t.Helper()
	n, err := s.CreateSlotCheckins(ctx, cks)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// oneCheckinPerControlOwnerAndSlot: a slot's check-in is stored once
// however often the scheduler asks; a control with an unfinished check-in
// is not asked again for a later slot; a finished one is.
func oneCheckinPerControlOwnerAndSlot(t *testing.T, open Opener) {
	s := open(t).Chat
	if n := create(t, s, due(a88, "U0OWNER", monday), due(a515, "U0OWNER", monday)); n != 2 {
		t.Fatalf("created %d, want 2", n)
	}
	if n := create(t, s, due(a88, "U0OWNER", monday), due(a515, "U0OWNER", monday)); n != 0 {
		t.Errorf("the same slot again created %d", n)
	}
	next := monday.Add(7 * 24 * time.Hour)
	if n := create(t, s, due(a88, "U0OWNER", next)); n != 0 {
		t.Errorf("a later slot while the check-in is unfinished created %d", n)
	}
	ck, ok, err := s.OpenCheckin(ctx, a88)
	if err != nil || !ok || ck.Slot == nil || !ck.Slot.Equal(monday) || ck.TS != "" || ck.Claims != 0 {
		t.Fatalf("the stored check-in %+v %v %v", ck, ok, err)
	}
	if _, err := s.UpdateCheckin(ctx, ck.ID, func(c *bot.Checkin) error { c.Status = bot.CheckinClosed; return nil }); err != nil {
		t.Fatal(err)
	}
	if n := create(t, s, due(a88, "U0OWNER", next)); n != 1 {
		t.Errorf("the next slot after the check-in finished created %d", n)
	}
}

// unsentCheckinsAreLeasedToOne: a claim takes unsent check-ins, in
// natural order (A.5.15 before A.8.8), for a lease; nobody else gets them
// until it lapses; a sent one is never claimed.
func unsentCheckinsAreLeasedToOne(t *testing.T, open Opener) {
	s := open(t).Chat
	create(t, s, due(a88, "U0OWNER", monday))
	create(t, s, due(a515, "U0OWNER", monday))
	now, lease := time.Now().UTC(), 2*time.Minute
	first, err := s.ClaimUnsent(ctx, "U0OWNER", now, lease, 1, uuid.NewString())
	if err != nil || len(first) != 1 || first[0].Key != a515 || first[0].Claims != 1 {
		t.Fatalf("first claim %+v %v", first, err)
	}
	second, err := s.ClaimUnsent(ctx, "U0OWNER", now, lease, 10, uuid.NewString())
	if err != nil || len(second) != 1 || second[0].Key != a88 {
		t.Fatalf("second claim %+v %v", second, err)
	}
	if again, err := s.ClaimUnsent(ctx, "U0OWNER", now.Add(time.Minute), lease, 10, uuid.NewString()); err != nil || len(again) != 0 {
		t.Errorf("a claim within the lease took %+v %v", again, err)
	}
	// The first is sent; the second's sender died: after the lease only
	// the second is claimed again, and its claims say so.
	sentAt := now
	if _, err := s.UpdateCheckin(ctx, first[0].ID, func(c *bot.Checkin) error {
		c.Channel, c.TS, c.SentAt = "DU0OWNER", "1700000000.000100", &sentAt
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	later, err := s.ClaimUnsent(ctx, "U0OWNER", now.Add(lease+time.Second), lease, 10, uuid.NewString())
	if err != nil || len(later) != 1 || later[0].ID != second[0].ID || later[0].Claims != 2 {
		t.Errorf("after the lease %+v %v", later, err)
	}
}

// concurrentClaimsNeverShareACheckin: senders claiming at once get
// disjoint check-ins, and every one is claimed.
func concurrentClaimsNeverShareACheckin(t *testing.T, open Opener) {
	s := open(t).Chat
	var cks []*bot.Checkin
	for i := range 20 {
		cks = append(cks, due(catalogs.Key{Framework: catalogs.SP80053, Ref: catalogs.Ref("AC-" + string(rune('A'+i)))}, "U0OWNER", monday))
	}
	create(t, s, cks...)
	now := time.Now().UTC()
	got := make(chan []*bot.Checkin, 4)
	for range 4 {
		go func() {
			var mine []*bot.Checkin
			for {
				c, err := s.ClaimUnsent(ctx, "U0OWNER", now, time.Hour, 1, uuid.NewString())
				if err != nil {
					t.Error(err)
				}
				if len(c) == 0 {
					got <- mine
					return
				}
				mine = append(mine, c...)
			}
		}()
	}
	seen := map[bot.CheckinID]bool{}
	for range 4 {
		for _, c := range <-got {
			if seen[c.ID] {
				t.Errorf("%s claimed twice", c.Key)
			}
			seen[c.ID] = true
		}
	}
	if len(seen) != len(cks) {
		t.Errorf("%d of %d check-ins claimed", len(seen), len(cks))
	}
}

// remindersAreClaimedOncePerPeriod: a sent, unanswered check-in is due a
// reminder once the delay has passed since it was sent or last reminded;
// each claim counts the reminder; a snooze holds it to the snooze's end;
// escalated and answered ones get none.
func remindersAreClaimedOncePerPeriod(t *testing.T, open Opener) {
	s := open(t).Chat
	create(t, s, due(a88, "U0OWNER", monday), due(a515, "U0OWNER", monday))
	cks, err := s.ClaimUnsent(ctx, "U0OWNER", monday, time.Minute, 10, uuid.NewString())
	if err != nil || len(cks) != 2 {
		t.Fatalf("claims %+v %v", cks, err)
	}
	sent := monday
	for _, c := range cks {
		if _, err := s.UpdateCheckin(ctx, c.ID, func(x *bot.Checkin) error {
			x.Channel, x.TS, x.SentAt = "DU0OWNER", "1700000000.000100", &sent
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	// A snooze on the second holds its reminder to the snooze's end.
	until := monday.Add(5 * 24 * time.Hour)
	if _, err := s.UpdateCheckin(ctx, cks[1].ID, func(x *bot.Checkin) error { x.Status, x.SnoozedUntil = bot.CheckinSnoozed, &until; return nil }); err != nil {
		t.Fatal(err)
	}
	after := 72 * time.Hour
	if n, err := s.ClaimNudges(ctx, monday.Add(time.Hour), after, 10); err != nil || len(n) != 0 {
		t.Errorf("reminders before the delay: %+v %v", n, err)
	}
	day4 := monday.Add(73 * time.Hour)
	n, err := s.ClaimNudges(ctx, day4, after, 10)
	if err != nil || len(n) != 1 || n[0].ID != cks[0].ID || n[0].Nudges != 1 || n[0].LastNudgedAt == nil || !n[0].LastNudgedAt.Equal(day4) {
		t.Fatalf("reminders on day 4: %+v %v", n, err)
	}
	if n, err := s.ClaimNudges(ctx, day4.Add(time.Hour), after, 10); err != nil || len(n) != 0 {
		t.Errorf("the same period again: %+v %v", n, err)
	}
	// Past the snooze, the snoozed one is reminded and open again.
	day6 := monday.Add(6 * 24 * time.Hour)
	n, err = s.ClaimNudges(ctx, day6, after, 10)
	if err != nil || len(n) != 1 || n[0].ID != cks[1].ID || n[0].Status != bot.CheckinOpen {
		t.Fatalf("after the snooze: %+v %v", n, err)
	}
	// Escalated and answered check-ins are reminded no more.
	esc := day6
	if _, err := s.UpdateCheckin(ctx, cks[0].ID, func(x *bot.Checkin) error { x.EscalatedAt = &esc; return nil }); err != nil {
		t.Fatal(err)
	}
	if _, err := s.UpdateCheckin(ctx, cks[1].ID, func(x *bot.Checkin) error { x.Status = bot.CheckinAnswered; return nil }); err != nil {
		t.Fatal(err)
	}
	if n, err := s.ClaimNudges(ctx, monday.Add(30*24*time.Hour), after, 10); err != nil || len(n) != 0 {
		t.Errorf("reminders of escalated or answered check-ins: %+v %v", n, err)
	}
}

func ratedAtIsTheLatestDecision(t *testing.T, open Opener) {
	b := open(t)
	astoretest.Rate(t, b.Assessor, a88, 2, 2, monday)
	astoretest.Rate(t, b.Assessor, a88, 3, 3, monday.Add(24*time.Hour))
	got, err := b.Chat.RatedAt(ctx)
	if err != nil || len(got) != 1 || !got[a88].Equal(monday.Add(24*time.Hour)) {
		t.Errorf("rated at %v %v", got, err)
	}
}

// claimsComeInNaturalOrderAndBatches: an owner's unsent check-ins are
// claimed in natural order (A.2.2 before A.10.2), only theirs, into the
// batch the claim names, which CheckinBatch lists; a batch whose sender
// died is claimed again first, under its own name; UnsentOwners lists who
// has check-ins waiting, and ScheduledSentSince counts what each owner
// got since a time.
func claimsComeInNaturalOrderAndBatches(t *testing.T, open Opener) {
	s := open(t).Chat
	k := func(ref string) catalogs.Key {
		return catalogs.Key{Framework: catalogs.ISO42001, Ref: catalogs.Ref(ref)}
	}
	create(t, s, due(k("A.10.2"), "U0OWNER", monday), due(k("A.2.2"), "U0OWNER", monday), due(k("A.6.2.10"), "U0OWNER", monday),
		due(k("A.6.2.2"), "U0OWNER", monday), due(k("A.3.2"), "U0OTHER", monday))
	now, lease := time.Now().UTC(), 2*time.Minute
	owners, err := s.UnsentOwners(ctx, now, lease)
	if err != nil || len(owners) != 2 || owners[0] != "U0OTHER" || owners[1] != "U0OWNER" {
		t.Fatalf("owners waiting %v %v", owners, err)
	}
	first, err := s.ClaimUnsent(ctx, "U0OWNER", now, lease, 3, "batch-1")
	if err != nil || len(first) != 3 {
		t.Fatalf("first claim %+v %v", first, err)
	}
	for i, want := range []string{"A.2.2", "A.6.2.2", "A.6.2.10"} {
		if first[i].Key != k(want) || first[i].Batch != "batch-1" || first[i].Owner != "U0OWNER" {
			t.Errorf("claim %d: %s in %q, want %s in batch-1", i, first[i].Key, first[i].Batch, want)
		}
	}
	listed, err := s.CheckinBatch(ctx, "batch-1")
	if err != nil || len(listed) != 3 || listed[0].Key != k("A.2.2") || listed[2].Key != k("A.6.2.10") {
		t.Errorf("the batch %+v %v", listed, err)
	}
	// The sender died: after the lease the same batch is claimed again,
	// first and under its own name, and the rest after it.
	later := now.Add(lease + time.Second)
	again, err := s.ClaimUnsent(ctx, "U0OWNER", later, lease, 10, "batch-2")
	if err != nil || len(again) != 4 {
		t.Fatalf("claim after the lease %+v %v", again, err)
	}
	batches := map[string][]string{}
	for _, c := range again {
		batches[c.Batch] = append(batches[c.Batch], string(c.Key.Ref))
	}
	if len(batches["batch-1"]) != 3 || len(batches["batch-2"]) != 1 || batches["batch-2"][0] != "A.10.2" {
		t.Errorf("batches after the lease %v", batches)
	}
	// Sent today: counted per owner from the time asked.
	due := monday.Add(14 * 24 * time.Hour)
	if _, err := s.UpdateCheckin(ctx, again[0].ID, func(c *bot.Checkin) error {
		c.Channel, c.TS, c.SentAt, c.DueAt = "DU0OWNER", "1700000000.000100", &later, &due
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	sent, err := s.ScheduledSentSince(ctx, later.Add(-time.Hour))
	if err != nil || sent["U0OWNER"] != 1 || sent["U0OTHER"] != 0 {
		t.Errorf("sent since %v %v", sent, err)
	}
	if sent, err := s.ScheduledSentSince(ctx, later.Add(time.Hour)); err != nil || len(sent) != 0 {
		t.Errorf("sent since a later time %v %v", sent, err)
	}
	got, err := s.Checkin(ctx, again[0].ID)
	if err != nil || got.DueAt == nil || !got.DueAt.Equal(due) {
		t.Errorf("due date stored %+v %v", got, err)
	}
	// What has gone out: one check-in to one owner, due then; four wait.
	r, err := s.RolloutStats(ctx)
	if err != nil || r.Sent != 1 || r.Owners != 1 || r.Waiting != 4 || r.DueBy == nil || !r.DueBy.Equal(due) {
		t.Errorf("rollout stats %+v %v", r, err)
	}
	waiting, err := s.WaitingCheckins(ctx)
	if err != nil || len(waiting) != 1 || waiting[0].ID != again[0].ID {
		t.Errorf("check-ins waiting for their owners %+v %v", waiting, err)
	}
}

// evidenceExpiringIsOfTheLatestRating: an answer keeps its evidence files
// as given; a rating whose answer's files stop holding before a time is
// listed (with the files' names), and no longer once a later rating rests
// on an answer without them.
func evidenceExpiringIsOfTheLatestRating(t *testing.T, open Opener) {
	b := open(t)
	until := monday.Add(30 * 24 * time.Hour)
	rate := func(files []assessor.EvidenceFile, at time.Time) {
		t.Helper()
		a := &assessor.Answer{Framework: a88.Framework, Ref: a88.Ref, Text: "Patched monthly.", Author: "U0OWNER", Files: files}
		if err := b.Assessor.SubmitAnswer(ctx, a, assessor.SubmitOptions{}); err != nil {
			t.Fatal(err)
		}
		back, err := b.Assessor.Answer(ctx, a.ID)
		if err != nil || len(back.Files) != len(files) || (len(files) > 0 && (back.Files[0].SHA256 != files[0].SHA256 || !back.Files[0].ValidUntil.Equal(until) || back.Files[0].By != "U0OWNER")) {
			t.Fatalf("the answer's files read back %+v %v", back, err)
		}
		lvl := 3
		d := &assessor.Draft{Framework: a88.Framework, Ref: a88.Ref, AnswerID: a.ID, Scale: assessor.BuiltinScales[0].ID, Level: &lvl, Confidence: 0.7,
			Rationale: "a test", Drafter: assessor.OfflineDrafter, Status: assessor.Pending}
		if err := b.Assessor.SaveDraft(ctx, d, &assessor.Entry{Actor: assessor.System, Action: assessor.ActDrafted, After: assessor.SnapshotOf(d)}); err != nil {
			t.Fatal(err)
		}
		if _, err := b.Assessor.UpdateDraft(ctx, d.ID, func(x *assessor.Draft) (*assessor.Entry, error) {
			before := assessor.SnapshotOf(x)
			x.Status, x.FinalLevel, x.DecidedBy, x.DecidedAt = assessor.Confirmed, &lvl, "U0LEAD", &at
			return &assessor.Entry{Actor: "U0LEAD", Action: assessor.ActConfirmed, Before: before, After: assessor.SnapshotOf(x)}, nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	sum := strings.Repeat("ab", 32)
	rate([]assessor.EvidenceFile{{Name: "scan-report.pdf", Size: 1200, SHA256: sum, By: "U0OWNER", At: monday, ValidUntil: &until},
		{Name: "policy.pdf", Size: 800, SHA256: strings.Repeat("cd", 32), By: "U0OWNER", At: monday}}, monday)
	exp, err := b.Chat.EvidenceExpiring(ctx, until.Add(time.Hour))
	if err != nil || len(exp) != 1 || exp[0].Key != a88 || !exp[0].ValidUntil.Equal(until) || len(exp[0].Files) != 1 || exp[0].Files[0] != "scan-report.pdf" {
		t.Fatalf("expiring %+v %v", exp, err)
	}
	if exp, err := b.Chat.EvidenceExpiring(ctx, until.Add(-time.Hour)); err != nil || len(exp) != 0 {
		t.Errorf("expiring before its date %+v %v", exp, err)
	}
	rate(nil, monday.Add(24*time.Hour))
	if exp, err := b.Chat.EvidenceExpiring(ctx, until.Add(time.Hour)); err != nil || len(exp) != 0 {
		t.Errorf("after a later rating without files %+v %v", exp, err)
	}
}
