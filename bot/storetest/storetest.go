// Package storetest is the contract every chat store keeps: check-ins,
// review posts and owner assignments (bot.Store) and applied programs
// (program.Store). One suite, run against PostgreSQL and the embedded
// SQLite store.
package storetest

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/assay-dev/assay/assessor"
	astoretest "github.com/assay-dev/assay/assessor/storetest"
	"github.com/assay-dev/assay/backend"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/contract"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
)

// Opener returns an empty backend for one test.
type Opener func(t *testing.T) *backend.Backend

// Run runs the contract as subtests.
func Run(t *testing.T, open Opener) {
	contract.Run(t, open, map[string]func(*testing.T, Opener){
		"CheckinLifecycle":                        checkinLifecycle,
		"AControlHasOneUnfinishedCheckin":         aControlHasOneUnfinishedCheckin,
		"CheckinsOfAnOwnerOrDelegate":             checkinsOfAnOwnerOrDelegate,
		"ReviewPostsAreClaimedOnce":               reviewPostsAreClaimedOnce,
		"OwnersAreToldOnce":                       ownersAreToldOnce,
		"EffectsAreQueuedWithTheirChange":         effectsAreQueuedWithTheirChange,
		"ACheckinHistoryIsAControlsAll":           aCheckinHistoryIsAControlsAll,
		"AISystemsHaveTheirOwnCheckinsAndRatings": aiSystemsHaveTheirOwnCheckinsAndRatings,
		"AnEffectPostsOnce":                       anEffectPostsOnce,
		"AssignmentsOverrideAndList":              assignmentsOverrideAndList,
		"LatestRatingsAreTheLastDecisions":        latestRatingsAreTheLastDecisions,
		"TheNewestProgramIsInForce":               theNewestProgramIsInForce,
		"ApplicabilityDecisionsAreKeptAndLogged":  applicabilityDecisionsAreKeptAndLogged,
		"UnknownAndMalformedIdsAreNotFound":       unknownAndMalformedIdsAreNotFound,
		"AFailedUpdateChangesNothing":             aFailedUpdateChangesNothing,
		"CountsOfUnfinishedCheckinsByFramework":   countsOfUnfinishedCheckinsByFramework,
		"MCPTokensAreHashedAndRevocable":          mcpTokensAreHashedAndRevocable,
	})
}

// Controls the chat-side suites (this one, schedule's and digest's) use,
// and the Monday their check-ins are for.
var (
	A88    = catalogs.Key{Framework: catalogs.ISO27001, Ref: "A.8.8"}
	A515   = catalogs.Key{Framework: catalogs.ISO27001, Ref: "A.5.15"}
	GV11   = catalogs.Key{Framework: catalogs.AIRMF, Ref: "GOVERN 1.1"}
	Monday = time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
)

var (
	ctx             = context.Background()
	a88, a515, gv11 = A88, A515, GV11
)

// Create stores an open check-in of k for owner, failing the test on error.
func Create(t testing.TB, s bot.Store, k catalogs.Key, owner bot.UserID) *bot.Checkin {
	t.Helper()
	c := &bot.Checkin{Key: k, Owner: owner, Status: bot.CheckinOpen, Channel: "D" + bot.ChannelID(owner), TS: "1700000000.000100"}
	if err := s.CreateCheckin(ctx, c); err != nil {
		t.Fatal(err)
	}
	return c
}

func setStatus(t testing.TB, s bot.Store, id bot.CheckinID, st bot.CheckinStatus) *bot.Checkin {
	t.Helper()
	c, err := s.UpdateCheckin(ctx, id, func(c *bot.Checkin) error { c.Status = st; return nil })
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func checkinLifecycle(t *testing.T, open Opener) {
	b := open(t)
	s := b.Chat
	c := Create(t, s, a88, "U0OWNER")
	if c.ID == "" || c.CreatedAt.IsZero() || !c.UpdatedAt.Equal(c.CreatedAt) {
		t.Fatalf("created %+v", c)
	}
	got, err := s.Checkin(ctx, c.ID)
	if err != nil || got.Key != a88 || got.Owner != "U0OWNER" || got.Status != bot.CheckinOpen || got.Channel != "DU0OWNER" || got.TS != c.TS {
		t.Errorf("read back %+v, %v", got, err)
	}
	until := time.Date(2031, 1, 2, 3, 4, 5, 0, time.UTC)
	up, err := s.UpdateCheckin(ctx, c.ID, func(x *bot.Checkin) error {
		x.Status, x.SnoozedUntil, x.Delegate, x.Question = bot.CheckinSnoozed, &until, "U0DELEGATE", "Which tool?"
		return nil
	})
	if err != nil || up.UpdatedAt.Before(c.UpdatedAt) {
		t.Fatalf("update: %+v, %v", up, err)
	}
	got, err = s.Checkin(ctx, c.ID)
	if err != nil || got.Status != bot.CheckinSnoozed || got.SnoozedUntil == nil || !got.SnoozedUntil.Equal(until) ||
		got.Delegate != "U0DELEGATE" || got.Question != "Which tool?" {
		t.Errorf("after the update %+v, %v", got, err)
	}
	// An answer links the check-in to it; the answer finds the check-in.
	answer := &assessor.Answer{Framework: a88.Framework, Ref: a88.Ref, Text: "We patch monthly.", Author: "U0OWNER"}
	if err := b.Assessor.SubmitAnswer(ctx, answer, assessor.SubmitOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.UpdateCheckin(ctx, c.ID, func(x *bot.Checkin) error { x.Status, x.AnswerID = bot.CheckinAnswered, answer.ID; return nil }); err != nil {
		t.Fatal(err)
	}
	if byAnswer, ok, err := s.CheckinForAnswer(ctx, answer.ID); err != nil || !ok || byAnswer.ID != c.ID || byAnswer.AnswerID != answer.ID {
		t.Errorf("check-in for the answer: %+v %v %v", byAnswer, ok, err)
	}
	if _, ok, err := s.CheckinForAnswer(ctx, "4b1e1c1e-0000-4000-8000-0000000000a2"); err != nil || ok {
		t.Errorf("check-in for another answer: %v %v", ok, err)
	}
}

// aControlHasOneUnfinishedCheckin: a second check-in of a control is
// refused while one is unfinished (open, snoozed, answered, waiting on a
// not-applicable decision), and allowed once it is finished.
func aControlHasOneUnfinishedCheckin(t *testing.T, open Opener) {
	s := open(t).Chat
	first := Create(t, s, a88, "U0OWNER")
	for _, st := range []bot.CheckinStatus{bot.CheckinOpen, bot.CheckinSnoozed, bot.CheckinAnswered, bot.CheckinNAPending} {
		setStatus(t, s, first.ID, st)
		if open, ok, err := s.OpenCheckin(ctx, a88); err != nil || !ok || open.ID != first.ID {
			t.Errorf("%s: the unfinished check-in is %+v %v %v", st, open, ok, err)
		}
		err := s.CreateCheckin(ctx, &bot.Checkin{Key: a88, Owner: "U0OTHER", Status: bot.CheckinOpen})
		if errs.KindOf(err) != errs.Conflict {
			t.Errorf("%s: a second check-in of the control: %v", st, err)
		}
	}
	for _, st := range []bot.CheckinStatus{bot.CheckinClosed, bot.CheckinNA} {
		setStatus(t, s, first.ID, st)
		if _, ok, err := s.OpenCheckin(ctx, a88); err != nil || ok {
			t.Errorf("%s: still unfinished: %v %v", st, ok, err)
		}
	}
	second := Create(t, s, a88, "U0OTHER")
	if second.ID == first.ID {
		t.Error("the new check-in reused the old one's id")
	}
}

func checkinsOfAnOwnerOrDelegate(t *testing.T, open Opener) {
	s := open(t).Chat
	own := Create(t, s, a88, "U0OWNER")
	delegated := Create(t, s, a515, "U0OTHER")
	if _, err := s.UpdateCheckin(ctx, delegated.ID, func(x *bot.Checkin) error { x.Delegate = "U0OWNER"; return nil }); err != nil {
		t.Fatal(err)
	}
	done := Create(t, s, gv11, "U0OWNER")
	setStatus(t, s, done.ID, bot.CheckinClosed)
	list, err := s.CheckinsFor(ctx, "U0OWNER")
	if err != nil || len(list) != 2 || list[0].ID != own.ID || list[1].ID != delegated.ID {
		t.Errorf("U0OWNER's unfinished check-ins, oldest first: %+v %v", list, err)
	}
	if list, err := s.CheckinsFor(ctx, "U0NOBODY"); err != nil || len(list) != 0 {
		t.Errorf("someone else's: %+v %v", list, err)
	}
}

func countsOfUnfinishedCheckinsByFramework(t *testing.T, open Opener) {
	s := open(t).Chat
	Create(t, s, a88, "U0OWNER")
	setStatus(t, s, Create(t, s, a515, "U0OWNER").ID, bot.CheckinNAPending)
	setStatus(t, s, Create(t, s, gv11, "U0OWNER").ID, bot.CheckinAnswered)
	got, err := s.CountCheckins(ctx)
	if err != nil || got[catalogs.ISO27001] != 2 || got[catalogs.AIRMF] != 0 {
		t.Errorf("open check-ins by framework: %v %v (answered ones wait on a lead, not the owner)", got, err)
	}
}

func reviewPostsAreClaimedOnce(t *testing.T, open Opener) {
	b := open(t)
	d := astoretest.Rate(t, b.Assessor, a88, 3, 3, time.Now())
	s := b.Chat
	if _, _, ok, err := s.ReviewPost(ctx, d.ID); err != nil || ok {
		t.Fatalf("a post before any claim: %v %v", ok, err)
	}
	if ok, err := s.ClaimReviewPost(ctx, d.ID, "C0REVIEW"); err != nil || !ok {
		t.Fatalf("first claim: %v %v", ok, err)
	}
	if ok, err := s.ClaimReviewPost(ctx, d.ID, "C0REVIEW"); err != nil || ok {
		t.Errorf("second claim: %v %v", ok, err)
	}
	// A post that failed gives the claim back.
	if err := s.ReleaseReviewPost(ctx, d.ID); err != nil {
		t.Fatal(err)
	}
	if ok, err := s.ClaimReviewPost(ctx, d.ID, "C0REVIEW"); err != nil || !ok {
		t.Fatalf("claim after a release: %v %v", ok, err)
	}
	if err := s.SetReviewPost(ctx, d.ID, "1700000000.000300"); err != nil {
		t.Fatal(err)
	}
	// A posted message's claim is never given back.
	if err := s.ReleaseReviewPost(ctx, d.ID); err != nil {
		t.Fatal(err)
	}
	if ch, ts, ok, err := s.ReviewPost(ctx, d.ID); err != nil || !ok || ch != "C0REVIEW" || ts != "1700000000.000300" {
		t.Errorf("the posted message: %s %s %v %v", ch, ts, ok, err)
	}
	if ok, err := s.ClaimReviewPost(ctx, d.ID, "C0REVIEW"); err != nil || ok {
		t.Errorf("a claim of a posted draft: %v %v", ok, err)
	}
}

// ownersAreToldOnce: a notice is claimed by one process at a time, given
// back when its post fails, taken over when its claimant died (the lease
// ran out), and never claimed again once sent; an announcement is
// recorded as done.
func ownersAreToldOnce(t *testing.T, open Opener) {
	b := open(t)
	d := astoretest.Rate(t, b.Assessor, a88, 3, 3, time.Now())
	other := astoretest.Rate(t, b.Assessor, a515, 2, 2, time.Now())
	s := b.Chat
	claim := func(id assessor.DraftID, lease time.Duration, wantClaimed, wantSent bool) {
		t.Helper()
		claimed, sent, err := s.ClaimEffect(ctx, bot.NoticeKey(id), lease)
		if err != nil || claimed != wantClaimed || sent != wantSent {
			t.Fatalf("claim: claimed %v sent %v %v; want %v %v", claimed, sent, err, wantClaimed, wantSent)
		}
	}
	claim(d.ID, time.Hour, true, false)
	claim(d.ID, time.Hour, false, false) // another process is posting
	claim(other.ID, time.Hour, true, false)
	if err := s.ReleaseEffect(ctx, bot.NoticeKey(d.ID)); err != nil {
		t.Fatal(err)
	}
	claim(d.ID, time.Hour, true, false) // a failed post gave it back
	claim(d.ID, 0, true, false)         // its claimant died: the lease ran out
	if err := s.SetEffectPosted(ctx, bot.NoticeKey(d.ID), "1700000000.000400"); err != nil {
		t.Fatal(err)
	}
	if err := s.ReleaseEffect(ctx, bot.NoticeKey(d.ID)); err != nil {
		t.Fatal(err)
	}
	claim(d.ID, 0, false, true) // sent: never again, whatever the lease
	for _, id := range []assessor.DraftID{d.ID, other.ID} {
		if done, err := s.Announced(ctx, id); err != nil || done {
			t.Fatalf("announced before it was: %v %v", done, err)
		}
	}
	if err := s.SetAnnounced(ctx, d.ID); err != nil {
		t.Fatal(err)
	}
	// A decision with no notice to send is announced too.
	third := astoretest.Rate(t, b.Assessor, gv11, 1, 1, time.Now())
	if err := s.SetAnnounced(ctx, third.ID); err != nil {
		t.Fatal(err)
	}
	for id, want := range map[assessor.DraftID]bool{d.ID: true, other.ID: false, third.ID: true} {
		if done, err := s.Announced(ctx, id); err != nil || done != want {
			t.Errorf("announced %s: %v %v, want %v", id, done, err, want)
		}
	}
	claim(d.ID, 0, false, true)
}

// A check-in change is stored with the jobs that show it in the chat, and
// a change refused stores neither.
func effectsAreQueuedWithTheirChange(t *testing.T, open Opener) {
	b := open(t)
	s := b.Chat
	c := Create(t, s, a88, "U0OWNER")
	e := bot.Effect{Key: "effect-1", Kind: bot.EffectNARequest, Checkin: c.ID, By: "U0OWNER", Text: "No such systems.", At: Monday}
	refresh := bot.Effect{Key: "effect-2", Kind: bot.EffectRefresh, Checkin: c.ID, By: "U0OWNER", At: Monday}
	refused := errs.E("test", errs.Conflict, "no")
	if _, err := s.UpdateCheckin(ctx, c.ID, func(x *bot.Checkin) error { return refused }, e); !errors.Is(err, refused) {
		t.Fatalf("refused change: %v", err)
	}
	if got, err := b.Queue.PendingEffects(ctx); err != nil || len(got) != 0 {
		t.Fatalf("a refused change queued %v (%v)", got, err)
	}
	if _, err := s.UpdateCheckin(ctx, c.ID, func(x *bot.Checkin) error { x.Status, x.Reason = bot.CheckinNAPending, e.Text; return nil }, e, refresh); err != nil {
		t.Fatal(err)
	}
	if _, err := s.UpdateCheckin(ctx, c.ID, func(x *bot.Checkin) error { x.Nudges++; return nil }); err != nil {
		t.Fatal(err)
	}
	got, err := b.Queue.PendingEffects(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0] != e || got[1] != refresh {
		t.Fatalf("queued %+v, want %+v and %+v", got, e, refresh)
	}
}

// A control's check-in history holds every one of its check-ins, finished
// or not, oldest first, and no other control's.
func aCheckinHistoryIsAControlsAll(t *testing.T, open Opener) {
	s := open(t).Chat
	first := Create(t, s, a88, "U0OWNER")
	setStatus(t, s, first.ID, bot.CheckinClosed)
	Create(t, s, a515, "U0OWNER")
	second := Create(t, s, a88, "U0OTHER")
	got, err := s.CheckinHistory(ctx, a88)
	if err != nil || len(got) != 2 || got[0].ID != first.ID || got[0].Status != bot.CheckinClosed || got[1].ID != second.ID {
		t.Fatalf("history of A.8.8: %+v %v", got, err)
	}
	if got, err := s.CheckinHistory(ctx, gv11); err != nil || len(got) != 0 {
		t.Errorf("history of a control never asked: %+v %v", got, err)
	}
}

// An impact assessment is asked and rated per AI system: a control has
// an unfinished check-in for the organisation and one per system side by
// side, one each at most; the organisation's ratings and the systems'
// never mix.
func aiSystemsHaveTheirOwnCheckinsAndRatings(t *testing.T, open Opener) {
	b := open(t)
	s := b.Chat
	org := Create(t, s, a88, "U0OWNER")
	sys := &bot.Checkin{Key: a88, Owner: "U0SYSOWNER", Status: bot.CheckinOpen, System: "chatbot"}
	if err := s.CreateCheckin(ctx, sys); err != nil {
		t.Fatalf("a system's check-in beside the organisation's: %v", err)
	}
	if err := s.CreateCheckin(ctx, &bot.Checkin{Key: a88, Owner: "U0OTHER", Status: bot.CheckinOpen, System: "chatbot"}); errs.KindOf(err) != errs.Conflict {
		t.Errorf("a second unfinished check-in for the same system: %v", err)
	}
	if got, ok, err := s.OpenCheckin(ctx, a88); err != nil || !ok || got.ID != org.ID || got.System != "" {
		t.Errorf("the organisation's open check-in: %+v %v %v", got, ok, err)
	}
	if got, ok, err := s.OpenSystemCheckin(ctx, a88, "chatbot"); err != nil || !ok || got.ID != sys.ID || got.System != "chatbot" {
		t.Errorf("the system's open check-in: %+v %v %v", got, ok, err)
	}
	slot := Monday
	n, err := s.CreateSlotCheckins(ctx, []*bot.Checkin{{Key: a515, Owner: "U0SYSOWNER", Slot: &slot, System: "chatbot"}, {Key: a515, Owner: "U0SYSOWNER", Slot: &slot, System: "chatbot"}})
	if err != nil || n != 1 {
		t.Errorf("slot check-ins for a system: %d %v", n, err)
	}
	if got, ok, err := s.OpenSystemCheckin(ctx, a515, "chatbot"); err != nil || !ok || got.System != "chatbot" || got.Slot == nil {
		t.Errorf("the system's slot check-in: %+v %v %v", got, ok, err)
	}
	if hist, err := s.CheckinHistory(ctx, a88); err != nil || len(hist) != 2 {
		t.Errorf("history of a control asked for two: %d %v", len(hist), err)
	}
	at := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	astoretest.Rate(t, b.Assessor, a88, 3, 3, at)
	astoretest.RateFor(t, b.Assessor, a88, "chatbot", 1, 1, at.Add(time.Hour))
	astoretest.RateFor(t, b.Assessor, a88, "scorer", 4, 4, at.Add(2*time.Hour))
	if r, err := s.LatestRatings(ctx); err != nil || r[a88] != 3 {
		t.Errorf("the organisation's rating took a system's: %v %v", r, err)
	}
	if d, ok, err := b.Assessor.LastRating(ctx, a88); err != nil || !ok || d.System != "" || *d.FinalLevel != 3 {
		t.Errorf("the organisation's last rating: %+v %v", d, err)
	}
	got, err := s.SystemRatings(ctx)
	if err != nil || len(got) != 2 || got[bot.SystemKey{Key: a88, System: "chatbot"}].Level != 1 || got[bot.SystemKey{Key: a88, System: "scorer"}].Level != 4 ||
		!got[bot.SystemKey{Key: a88, System: "chatbot"}].At.Equal(at.Add(time.Hour)) {
		t.Errorf("system ratings %+v %v", got, err)
	}
}

func anEffectPostsOnce(t *testing.T, open Opener) {
	s := open(t).Chat
	claim := func(key string, lease time.Duration, wantClaimed, wantPosted bool) {
		t.Helper()
		claimed, posted, err := s.ClaimEffect(ctx, key, lease)
		if err != nil || claimed != wantClaimed || posted != wantPosted {
			t.Fatalf("claim %s: claimed %v posted %v %v; want %v %v", key, claimed, posted, err, wantClaimed, wantPosted)
		}
	}
	claim("a", time.Hour, true, false)
	claim("a", time.Hour, false, false) // another process is posting
	claim("b", time.Hour, true, false)
	if err := s.ReleaseEffect(ctx, "a"); err != nil {
		t.Fatal(err)
	}
	claim("a", time.Hour, true, false) // a failed post gave it back
	claim("a", 0, true, false)         // its claimant died: the lease ran out
	if err := s.SetEffectPosted(ctx, "a", "1700000000.000400"); err != nil {
		t.Fatal(err)
	}
	if err := s.ReleaseEffect(ctx, "a"); err != nil {
		t.Fatal(err)
	}
	claim("a", 0, false, true) // posted: never again, whatever the lease
	for _, k := range []string{"a", "b", "c"} {
		if done, err := s.EffectDone(ctx, k); err != nil || done {
			t.Fatalf("done before it was: %s %v %v", k, done, err)
		}
	}
	// An effect without a post (a card rewritten) is done too.
	for _, k := range []string{"a", "c"} {
		if err := s.SetEffectDone(ctx, k); err != nil {
			t.Fatal(err)
		}
	}
	for k, want := range map[string]bool{"a": true, "b": false, "c": true} {
		if done, err := s.EffectDone(ctx, k); err != nil || done != want {
			t.Errorf("done %s: %v %v, want %v", k, done, err, want)
		}
	}
	claim("a", 0, false, true)
}

func assignmentsOverrideAndList(t *testing.T, open Opener) {
	s := open(t).Chat
	if _, ok, err := s.Assigned(ctx, a88); err != nil || ok {
		t.Fatalf("before any assignment: %v %v", ok, err)
	}
	for _, u := range []bot.UserID{"U0FIRST", "U0SECOND"} {
		if err := s.Assign(ctx, a88, u); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Assign(ctx, a515, "U0OTHER"); err != nil {
		t.Fatal(err)
	}
	if u, ok, err := s.Assigned(ctx, a88); err != nil || !ok || u != "U0SECOND" {
		t.Errorf("the latest assignment wins: %s %v %v", u, ok, err)
	}
	all, err := s.Assignments(ctx)
	if err != nil || len(all) != 2 || all[a88] != "U0SECOND" || all[a515] != "U0OTHER" {
		t.Errorf("assignments %v %v", all, err)
	}
}

// latestRatingsAreTheLastDecisions: a control's rating is its latest
// confirmed or adjusted level; drafts waiting or rejected are no rating.
func latestRatingsAreTheLastDecisions(t *testing.T, open Opener) {
	b := open(t)
	day := time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)
	astoretest.Rate(t, b.Assessor, a88, 2, 2, day)
	astoretest.Rate(t, b.Assessor, a88, 3, 4, day.Add(48*time.Hour))
	astoretest.Rate(t, b.Assessor, a515, 1, 1, day)
	lvl := 5
	pending := &assessor.Draft{Framework: gv11.Framework, Ref: gv11.Ref, Scale: "maturity-0-5", Level: &lvl, Drafter: assessor.OfflineDrafter, Status: assessor.Pending}
	if err := b.Assessor.SaveDraft(ctx, pending, &assessor.Entry{Actor: assessor.System, Action: assessor.ActDrafted}); err != nil {
		t.Fatal(err)
	}
	got, err := b.Chat.LatestRatings(ctx)
	if err != nil || len(got) != 2 || got[a88] != 4 || got[a515] != 1 {
		t.Errorf("latest ratings %v %v", got, err)
	}
}

func theNewestProgramIsInForce(t *testing.T, open Opener) {
	s := open(t).Chat
	if _, ok, err := s.CurrentProgram(ctx); err != nil || ok {
		t.Fatalf("before any program: %v %v", ok, err)
	}
	for _, name := range []string{"first", "second"} {
		if err := s.ApplyProgram(ctx, name, "name: "+name+"\n", "U0ADMIN"); err != nil {
			t.Fatal(err)
		}
	}
	p, ok, err := s.CurrentProgram(ctx)
	if err != nil || !ok || p.Name != "second" || p.Source != "name: second\n" || p.AppliedBy != "U0ADMIN" || p.AppliedAt.IsZero() {
		t.Errorf("program in force %+v %v %v", p, ok, err)
	}
}

// Applicability decisions: the newest per control is in force, every one
// is kept in order and written to the audit log with it; a decision a
// Statement of Applicability could not show is refused and stores nothing.
func applicabilityDecisionsAreKeptAndLogged(t *testing.T, open Opener) {
	b := open(t)
	s := b.Chat
	if got, err := s.Decisions(ctx); err != nil || len(got) != 0 {
		t.Fatalf("before any decision: %v %v", got, err)
	}
	decide := func(d program.Decision) program.Decision {
		t.Helper()
		if err := s.Decide(ctx, &d); err != nil {
			t.Fatal(err)
		}
		if d.DecidedAt.IsZero() {
			t.Fatal("DecidedAt not set")
		}
		return d
	}
	first := decide(program.Decision{Key: a88, Reason: program.ReasonBusiness, Justification: "No vulnerable software is run.", DecidedBy: "U0LEAD", Door: "cli:alice"})
	other := decide(program.Decision{Key: a515, Reason: program.ReasonRole, Justification: "Not our role.", DecidedBy: "U0LEAD", Door: "slack"})
	again := decide(program.Decision{Key: a88, Applicable: true, Justification: "A new product runs third-party code.", DecidedBy: "U0LEAD2", Door: "slack"})
	for _, bad := range []program.Decision{
		{Key: gv11, Reason: "whim", Justification: "x", DecidedBy: "U0LEAD"},
		{Key: gv11, Reason: program.ReasonLegal, Justification: "  ", DecidedBy: "U0LEAD"},
		{Key: gv11, Applicable: true, Reason: program.ReasonLegal, DecidedBy: "U0LEAD"},
		{Key: gv11, Reason: program.ReasonLegal, Justification: "x"},
	} {
		if err := s.Decide(ctx, &bad); errs.KindOf(err) != errs.Invalid {
			t.Errorf("decision %+v: %v, want invalid", bad, err)
		}
	}
	got, err := s.Decisions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || !sameDecision(got[a88], again) || !sameDecision(got[a515], other) {
		t.Fatalf("decisions in force %+v", got)
	}
	hist, err := s.DecisionHistory(ctx, a88)
	if err != nil || len(hist) != 2 || !sameDecision(hist[0], first) || !sameDecision(hist[1], again) {
		t.Fatalf("history %+v %v", hist, err)
	}
	var logged []string
	if err := b.Assessor.AuditLog(ctx, func(e *assessor.Entry) error {
		if e.Action == program.AuditAction {
			logged = append(logged, string(e.Actor)+" "+e.Door+" "+e.After)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(logged) != 3 || !strings.Contains(logged[0], `"control":"iso27001-2022:A.8.8"`) || !strings.Contains(logged[0], "U0LEAD cli:alice") ||
		!strings.Contains(logged[2], `"applicable":true`) {
		t.Errorf("audit entries %q", logged)
	}
	if r, err := assessor.VerifyAudit(ctx, b.Assessor, assessor.VerifyOptions{}); err != nil || len(r.Problems) > 0 {
		t.Errorf("the log with decisions does not verify: %+v %v", r, err)
	}
}

func sameDecision(a, b program.Decision) bool {
	return a.Key == b.Key && a.Applicable == b.Applicable && a.Reason == b.Reason && a.Justification == b.Justification &&
		a.DecidedBy == b.DecidedBy && a.Door == b.Door && a.DecidedAt.Equal(b.DecidedAt)
}

func unknownAndMalformedIdsAreNotFound(t *testing.T, open Opener) {
	s := open(t).Chat
	for _, id := range []bot.CheckinID{"4b1e1c1e-0000-4000-8000-000000000000", "not-an-id", ""} {
		if _, err := s.Checkin(ctx, id); errs.KindOf(err) != errs.NotFound {
			t.Errorf("Checkin(%q): %v", id, err)
		}
		if _, err := s.UpdateCheckin(ctx, id, func(*bot.Checkin) error { return nil }); errs.KindOf(err) != errs.NotFound {
			t.Errorf("UpdateCheckin(%q): %v", id, err)
		}
	}
	if _, _, ok, err := s.ReviewPost(ctx, "not-an-id"); err != nil || ok {
		t.Errorf("ReviewPost of a malformed id: %v %v", ok, err)
	}
}

// aFailedUpdateChangesNothing: an error from the update function is
// returned as it is, and the check-in stays as it was.
func aFailedUpdateChangesNothing(t *testing.T, open Opener) {
	s := open(t).Chat
	c := Create(t, s, a88, "U0OWNER")
	refused := errs.E("test", errs.Conflict, "not now")
	_, err := s.UpdateCheckin(ctx, c.ID, func(x *bot.Checkin) error {
		x.Status, x.Owner = bot.CheckinClosed, "U0THIEF"
		return refused
	})
	if !errors.Is(err, refused) {
		t.Errorf("the function's error came back as %v", err)
	}
	if got, err := s.Checkin(ctx, c.ID); err != nil || got.Status != bot.CheckinOpen || got.Owner != "U0OWNER" {
		t.Errorf("after a failed update: %+v %v", got, err)
	}
}

// mcpTokensAreHashedAndRevocable: a token's hash finds its person until
// the person revokes their tokens; another person's stay; revoking twice
// revokes nothing more.
func mcpTokensAreHashedAndRevocable(t *testing.T, open Opener) {
	s := open(t).Chat
	for _, tok := range []struct {
		hash string
		u    bot.UserID
	}{{"h-one", "U0OWNER"}, {"h-two", "U0OWNER"}, {"h-three", "U0OTHER"}} {
		if err := s.SaveMCPToken(ctx, tok.hash, tok.u); err != nil {
			t.Fatal(err)
		}
	}
	if u, ok, err := s.MCPTokenUser(ctx, "h-two"); err != nil || !ok || u != "U0OWNER" {
		t.Errorf("a token's person: %q %v %v", u, ok, err)
	}
	if _, ok, err := s.MCPTokenUser(ctx, "h-unknown"); err != nil || ok {
		t.Errorf("an unknown token: %v %v", ok, err)
	}
	if n, err := s.RevokeMCPTokens(ctx, "U0OWNER"); err != nil || n != 2 {
		t.Errorf("revoked %d: %v", n, err)
	}
	if _, ok, _ := s.MCPTokenUser(ctx, "h-one"); ok {
		t.Error("a revoked token still finds its person")
	}
	if u, ok, _ := s.MCPTokenUser(ctx, "h-three"); !ok || u != "U0OTHER" {
		t.Error("another person's token was revoked")
	}
	if n, err := s.RevokeMCPTokens(ctx, "U0OWNER"); err != nil || n != 0 {
		t.Errorf("revoking again: %d %v", n, err)
	}
}
