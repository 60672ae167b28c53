// Package schedule sends check-ins when the program's cadences say, nudges
// the ones left unanswered, and tells the leads about the ones still
// unanswered after that.
//
// What is due is computed from the database, never remembered: a check-in
// is unique per (control, owner, period slot), so a restart, a second
// replica or a retried tick cannot send one twice. After downtime only the
// latest slot counts, so a missed period is sent once, not once per missed
// tick. Check-ins are stored before they are sent and a sender claims each
// for a lease: a fan-out that stops half-way is finished by the next tick.
//
// Store is implemented by postgres.BotStore and sqlite.BotStore, held to
// one contract by schedule/storetest.
package schedule

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"path"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
)

// Store is what the scheduler needs beyond the bot's store
// (postgres.BotStore implements both).
type Store interface {
	CreateSlotCheckins(ctx context.Context, cks []*bot.Checkin) (int, error)
	SystemRatings(ctx context.Context) (map[bot.SystemKey]bot.Rating, error)
	// ClaimUnsent claims an owner's unsent check-ins, in natural order,
	// into a batch (one message); UnsentOwners lists who has some waiting;
	// ScheduledSentSince counts the scheduled check-ins each owner got
	// since a time.
	ClaimUnsent(ctx context.Context, owner bot.UserID, now time.Time, lease time.Duration, limit int, batch string) ([]*bot.Checkin, error)
	UnsentOwners(ctx context.Context, now time.Time, lease time.Duration) ([]bot.UserID, error)
	ScheduledSentSince(ctx context.Context, since time.Time) (map[bot.UserID]int, error)
	// EvidenceExpiring lists the latest ratings whose evidence stops
	// holding before a time.
	EvidenceExpiring(ctx context.Context, before time.Time) ([]bot.ExpiringEvidence, error)
	ClaimNudges(ctx context.Context, now time.Time, after time.Duration, limit int) ([]*bot.Checkin, error)
	RatedAt(ctx context.Context) (map[catalogs.Key]time.Time, error)
	OpenCheckin(ctx context.Context, k catalogs.Key) (*bot.Checkin, bool, error)
	UpdateCheckin(ctx context.Context, id bot.CheckinID, fn func(*bot.Checkin) error, effects ...bot.Effect) (*bot.Checkin, error)
}

// Scheduler runs ticks.
type Scheduler struct {
	Bot   *bot.Bot
	Store Store
	Now   func() time.Time
	Log   *slog.Logger
	// Lease is how long a sender owns a claimed check-in (default 2 min).
	Lease time.Duration
	// Batch bounds the check-ins sent or nudged per tick (default 500).
	Batch int
	// Digest posts the digest for a slot once (digest.Builder.Scheduled);
	// nil sends none.
	Digest func(ctx context.Context, p *program.Program, slot time.Time) (bool, error)
}

func (s *Scheduler) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

func (s *Scheduler) log() *slog.Logger {
	if s.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return s.Log
}

// Report says what a tick did.
type Report struct {
	Due, Created, Sent, Nudged, Escalated, Failed int
	// Messages counts the rollout messages sent (one per owner); Queued
	// the owners whose check-ins wait for tomorrow's allowance.
	Messages, Queued int
	DigestPosted     bool
}

// LastSlot is the start of the period now falls in: the latest time at or
// before now that the cron expression names, in loc.
func LastSlot(spec string, loc *time.Location, now time.Time) (time.Time, error) {
	sched, err := program.ParseCron(spec)
	if err != nil {
		return time.Time{}, err
	}
	now = now.In(loc)
	for _, back := range []time.Duration{time.Hour, 24 * time.Hour, 8 * 24 * time.Hour, 32 * 24 * time.Hour, 93 * 24 * time.Hour, 367 * 24 * time.Hour, 5 * 367 * 24 * time.Hour} {
		t := sched.Next(now.Add(-back))
		if t.IsZero() {
			break // robfig/cron's answer for a time that never comes
		}
		if t.After(now) {
			continue
		}
		for i := 0; i < 100000; i++ {
			n := sched.Next(t)
			if n.After(now) {
				return t, nil
			}
			t = n
		}
	}
	return time.Time{}, fmt.Errorf("cron %q names no time in the last five years", spec)
}

// Due lists the check-ins the program's cadences call for now: per
// control, the first cadence matching it; due when its slot has no
// check-in yet (the store's uniqueness decides), the control has no
// unfinished one, and it was not rated since the slot began (a rating
// older than the cadence is stale).
func (s *Scheduler) Due(ctx context.Context, p *program.Program) ([]*bot.Checkin, error) {
	now := s.now()
	rated, err := s.Store.RatedAt(ctx)
	if err != nil {
		return nil, err
	}
	slots := make([]time.Time, len(p.Checkins))
	for i, c := range p.Checkins {
		if slots[i], err = LastSlot(c.Cron, p.TimeZone, now); err != nil {
			return nil, errs.E("schedule", errs.Invalid, "cadence %q: %v", c.Cron, err)
		}
	}
	ownerOf, err := s.Bot.Owners(ctx, p)
	if err != nil {
		return nil, err
	}
	var out []*bot.Checkin
	for _, c := range p.Controls() {
		i := matching(p.Checkins, c)
		if i < 0 {
			continue
		}
		slot := slots[i].UTC()
		if at, ok := rated[c.Key()]; ok && !at.Before(slot) {
			continue
		}
		owner, ok := ownerOf(c.Key())
		if !ok {
			continue
		}
		out = append(out, &bot.Checkin{Key: c.Key(), Owner: owner, Status: bot.CheckinOpen, Slot: &slot})
	}
	pending := func(catalogs.Key) (bool, error) { return false, nil }
	if s.Bot.Assessor != nil {
		pending = func(k catalogs.Key) (bool, error) { return s.Bot.Assessor.Store.HasPending(ctx, k) }
	}
	if out, err = AskOnce(out, s.Bot.Catalogs(), p, func(k catalogs.Key) (bool, error) {
		_, open, err := s.Store.OpenCheckin(ctx, k)
		return open, err
	}, pending); err != nil {
		return nil, err
	}
	sys, err := s.systemsDue(ctx, p, now)
	if err != nil {
		return nil, err
	}
	ev, err := s.evidenceDue(ctx, p, now, ownerOf)
	if err != nil {
		return nil, err
	}
	return append(append(out, sys...), ev...), nil
}

// evidenceDue asks the owner of each rating whose evidence expires within
// the rollout's lead time to answer again with a current copy: once per
// expiry date (the slot), saying which files and when.
func (s *Scheduler) evidenceDue(ctx context.Context, p *program.Program, now time.Time, ownerOf func(catalogs.Key) (bot.UserID, bool)) ([]*bot.Checkin, error) {
	lead := cmp.Or(p.Rollout.EvidenceLead, program.DefaultEvidenceLead)
	exp, err := s.Store.EvidenceExpiring(ctx, now.Add(lead))
	if err != nil {
		return nil, err
	}
	var out []*bot.Checkin
	for _, e := range exp {
		if !p.Covers(e.Key) || !p.Applicable(e.Key) {
			continue
		}
		var owner bot.UserID
		if e.System != "" {
			sys, ok := p.System(e.System)
			if !ok {
				continue
			}
			owner = sys.Owner
		} else if u, ok := ownerOf(e.Key); ok {
			owner = u
		} else {
			continue
		}
		slot := e.ValidUntil.UTC()
		verb := "holds until"
		if now.After(e.ValidUntil) {
			verb = "expired on"
		}
		note := fmt.Sprintf("Your evidence (%s) %s %s: answer again with a current copy, so the rating rests on evidence that holds.",
			strings.Join(e.Files, ", "), verb, e.ValidUntil.In(p.TimeZone).Format("Mon 2 Jan 2006"))
		out = append(out, &bot.Checkin{Key: e.Key, Owner: owner, Status: bot.CheckinOpen, Slot: &slot, System: e.System, Note: bot.Trim(note, 1000)})
	}
	return out, nil
}

// AskOnce keeps one question for controls a crosswalk makes equal: of
// two equal controls due together, the first in natural order is asked
// (its check-in notes that the answer counts for the other, whose rating
// is then proposed from it), and a control is not asked while its equal
// has an unfinished check-in or while a rating proposed for it waits for
// a lead. Other relationships (subset, intersects) are asked apart.
func AskOnce(due []*bot.Checkin, set *catalogs.Set, p *program.Program, unfinished, pending func(catalogs.Key) (bool, error)) ([]*bot.Checkin, error) {
	sorted := append([]*bot.Checkin(nil), due...)
	bot.SortCheckins(sorted)
	isDue := map[catalogs.Key]bool{}
	for _, ck := range sorted {
		isDue[ck.Key] = true
	}
	asked := map[catalogs.Key]bool{}
	var out []*bot.Checkin
next:
	for _, ck := range sorted {
		var twins []string
		for _, m := range set.Mappings(ck.Key) {
			if m.Relationship != catalogs.Equal || m.To == ck.Key || !p.Covers(m.To) || !p.Applicable(m.To) {
				continue
			}
			if asked[m.To] {
				continue next
			}
			if open, err := unfinished(m.To); err != nil {
				return nil, err
			} else if open {
				continue next
			}
			if isDue[m.To] {
				twins = append(twins, m.To.String())
			}
		}
		if len(twins) > 0 || hasEqual(set, p, ck.Key) {
			// Only a control with an equal twin can wait on a proposal
			// made from the twin's rating.
			if waiting, err := pending(ck.Key); err != nil {
				return nil, err
			} else if waiting {
				continue
			}
		}
		asked[ck.Key] = true
		if len(twins) > 0 && ck.Note == "" {
			ck.Note = bot.Trim(fmt.Sprintf("Your answer also counts for %s: a crosswalk makes them equal, so its rating is proposed from yours and you are not asked twice.",
				strings.Join(twins, ", ")), 1000)
		}
		out = append(out, ck)
	}
	return out, nil
}

// hasEqual reports whether a crosswalk makes a control equal to another
// in the program.
func hasEqual(set *catalogs.Set, p *program.Program, k catalogs.Key) bool {
	for _, m := range set.Mappings(k) {
		if m.Relationship == catalogs.Equal && m.To != k && p.Covers(m.To) {
			return true
		}
	}
	return false
}

// FirstAssessment is the slot of a system's first impact assessment: one
// per control and system, ever (the store's uniqueness holds it).
var FirstAssessment = time.Unix(0, 0).UTC()

// systemsDue lists the impact assessments due per AI system: each
// applicable impact-assessment control for each system assessed one by
// one, asked of the system's owner when it was never rated for that
// system (slot FirstAssessment), and again once the system's next review
// date has come and its rating is older (slot: that date).
func (s *Scheduler) systemsDue(ctx context.Context, p *program.Program, now time.Time) ([]*bot.Checkin, error) {
	systems := p.AssessedSystems()
	if len(systems) == 0 {
		return nil, nil
	}
	rated, err := s.Store.SystemRatings(ctx)
	if err != nil {
		return nil, err
	}
	var out []*bot.Checkin
	for _, c := range p.ImpactControls() {
		for _, sys := range systems {
			var slot time.Time
			r, ok := rated[bot.SystemKey{Key: c.Key(), System: sys.ID}]
			switch {
			case !ok:
				slot = FirstAssessment
			case sys.NextReview != nil && !now.Before(*sys.NextReview) && r.At.Before(*sys.NextReview):
				slot = sys.NextReview.UTC()
			default:
				continue
			}
			out = append(out, &bot.Checkin{Key: c.Key(), Owner: sys.Owner, Status: bot.CheckinOpen, Slot: &slot, System: sys.ID})
		}
	}
	return out, nil
}

func matching(cs []program.Cadence, c catalogs.Control) int {
	for i, x := range cs {
		if x.Framework != c.Framework {
			continue
		}
		if ok, err := path.Match(strings.ToUpper(x.Pattern), strings.ToUpper(string(c.Ref))); err == nil && ok {
			return i
		}
	}
	return -1
}

// Tick stores what is due, sends what is stored and unsent, and nudges and
// escalates what is overdue.
func (s *Scheduler) Tick(ctx context.Context) (Report, error) {
	var r Report
	p, err := s.Bot.Program(ctx)
	if err != nil || p == nil {
		return r, err
	}
	due, err := s.Due(ctx, p)
	if err != nil {
		return r, err
	}
	r.Due = len(due)
	if r.Created, err = s.Store.CreateSlotCheckins(ctx, due); err != nil {
		return r, err
	}
	if err := s.send(ctx, p, &r); err != nil {
		return r, err
	}
	if err := s.remind(ctx, p, &r); err != nil {
		return r, err
	}
	if s.Digest != nil && p.DigestAt != "" {
		slot, err := LastSlot(p.DigestAt, p.TimeZone, s.now())
		if err != nil {
			return r, errs.E("schedule", errs.Invalid, "digest schedule %q: %v", p.DigestAt, err)
		}
		if r.DigestPosted, err = s.Digest(ctx, p, slot); err != nil {
			return r, err
		}
	}
	return r, nil
}

// send delivers what is stored and unsent, owner by owner: each owner
// gets at most one message of scheduled check-ins a day (in the program's
// time zone), listing at most the rollout's per-owner allowance in their
// natural order; the rest wait for the next days, in order.
func (s *Scheduler) send(ctx context.Context, p *program.Program, r *Report) error {
	lease, batch := s.Lease, s.Batch
	if lease == 0 {
		lease = 2 * time.Minute
	}
	if batch == 0 {
		batch = 500
	}
	now := s.now()
	owners, err := s.Store.UnsentOwners(ctx, now, lease)
	if err != nil || len(owners) == 0 {
		return err
	}
	local := now.In(p.TimeZone)
	today := time.Date(local.Year(), local.Month(), local.Day(), 0, 0, 0, 0, p.TimeZone)
	sentToday, err := s.Store.ScheduledSentSince(ctx, today)
	if err != nil {
		return err
	}
	perDay := cmp.Or(p.Rollout.PerOwnerPerDay, program.DefaultPerOwnerPerDay)
	for _, owner := range owners {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if sentToday[owner] > 0 {
			r.Queued++ // tomorrow
			continue
		}
		// One claim per owner: its lease covers one message, so no other
		// replica takes over check-ins its sender is still posting.
		cks, err := s.Store.ClaimUnsent(ctx, owner, s.now(), lease, perDay, uuid.NewString())
		if err != nil {
			return err
		}
		if len(cks) == 0 {
			continue
		}
		if err := s.Bot.DeliverBatch(ctx, cks); err != nil {
			// The claims lapse and a later tick tries again.
			r.Failed += len(cks)
			s.log().Warn("could not send check-ins; they will be retried", "owner", owner, "checkins", len(cks), "err", err)
			continue
		}
		r.Sent += len(cks)
		r.Messages++
		if r.Sent+r.Failed >= batch {
			return nil
		}
	}
	return nil
}

func (s *Scheduler) remind(ctx context.Context, p *program.Program, r *Report) error {
	cks, err := s.Store.ClaimNudges(ctx, s.now(), p.RemindAfter, 200)
	if err != nil {
		return err
	}
	for _, ck := range cks {
		if !p.Applicable(ck.Key) {
			// Excluded since it was asked (the program file's decisions
			// close nothing themselves): nobody is reminded of it.
			if _, err := s.Bot.CloseExcluded(ctx, ck.ID, ""); err != nil {
				r.Failed++
				s.log().Warn("could not close the check-in of an excluded control", "control", ck.Key, "err", err)
			}
			continue
		}
		if ck.Nudges > p.EscalateAfter {
			if err := s.escalate(ctx, p, ck); err != nil {
				r.Failed++
				s.log().Warn("could not escalate a check-in", "control", ck.Key, "err", err)
				continue
			}
			r.Escalated++
			continue
		}
		if err := s.Bot.Nudge(ctx, ck); err != nil {
			r.Failed++
			s.log().Warn("could not send a reminder", "control", ck.Key, "err", err)
			continue
		}
		r.Nudged++
	}
	return nil
}

func (s *Scheduler) escalate(ctx context.Context, p *program.Program, ck *bot.Checkin) error {
	now := s.now()
	if _, err := s.Store.UpdateCheckin(ctx, ck.ID, func(x *bot.Checkin) error { x.EscalatedAt = &now; return nil }); err != nil {
		return err
	}
	return s.Bot.Escalate(ctx, p, ck)
}
