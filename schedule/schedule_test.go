package schedule_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/assay-dev/assay/assessor"
	astoretest "github.com/assay-dev/assay/assessor/storetest"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/bot/slack"
	"github.com/assay-dev/assay/bot/slack/slackfake"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/schedule"
	"github.com/assay-dev/assay/testenv"
)

func TestLastSlot(t *testing.T) {
	t.Parallel()
	london, _ := time.LoadLocation("Europe/London")
	for _, c := range []struct {
		spec string
		now  string
		want string
	}{
		// Winter: London is UTC.
		{"0 9 * * MON", "2026-11-24T10:00:00Z", "2026-11-23T09:00:00Z"},
		// Exactly on the slot.
		{"0 9 * * MON", "2026-11-23T09:00:00Z", "2026-11-23T09:00:00Z"},
		// Summer: 09:00 BST is 08:00 UTC.
		{"0 9 * * MON", "2026-07-01T12:00:00Z", "2026-06-29T08:00:00Z"},
		// Quarterly, first of the month.
		{"0 9 1 */3 *", "2026-11-27T00:00:00Z", "2026-10-01T08:00:00Z"},
		{"0 9 1 */3 *", "2027-01-01T08:59:00Z", "2026-10-01T08:00:00Z"},
		{"@daily", "2026-11-27T12:00:00Z", "2026-11-27T00:00:00Z"},
	} {
		now, _ := time.Parse(time.RFC3339, c.now)
		got, err := schedule.LastSlot(c.spec, london, now)
		if err != nil || got.UTC().Format(time.RFC3339) != c.want {
			t.Errorf("LastSlot(%q, %s) = %s, %v; want %s", c.spec, c.now, got.UTC().Format(time.RFC3339), err, c.want)
		}
	}
	if _, err := schedule.LastSlot("0 9 30 2 *", london, time.Now()); err == nil {
		t.Error("a cron that never fires (30 February) gave a slot")
	}
}

const schedProgram = `name: sched
frameworks:
  - {id: iso42001-2023, controls: ["A.6.*"]}
roles: {leads: [U0LEAD0001]}
owners: {"iso42001-2023:A.6.*": U0MLENG001}
channels: {review: C0REVIEW01}
schedule:
  timezone: Europe/London
  checkins:
    - {match: "iso42001-2023:A.6.*", cron: "0 9 * * MON"}
  reminders: {after: 72h, escalate_after: 2}
rollout: {per_owner_per_day: 10}
`

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

type harness struct {
	fake  *slackfake.Server
	env   *testenv.Env
	clock *clock
	s     *schedule.Scheduler
}

func setup(t *testing.T) *harness { t.Helper(); return setupWith(t, schedProgram) }

func setupWith(t *testing.T, src string) *harness {
	t.Helper()
	fake := slackfake.New(t)
	env := testenv.New(t, slack.New("xoxb", fake.APIURL()), []byte(src))
	t.Cleanup(func() {
		if v := fake.Violations(); len(v) > 0 {
			t.Errorf("Block Kit limits broken: %v", v)
		}
	})
	clk := &clock{t: time.Date(2026, 11, 23, 9, 30, 0, 0, time.UTC)} // Monday, after the 09:00 slot
	env.Bot.Now = clk.Now
	return &harness{fake: fake, env: env, clock: clk, s: &schedule.Scheduler{Bot: env.Bot, Store: env.Store, Now: clk.Now}}
}

func (h *harness) tick(t *testing.T) schedule.Report {
	t.Helper()
	r, err := h.s.Tick(h.env.Ctx)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// dms counts, per control, the DM messages (not thread replies) that ask
// for its answer: a check-in's card, or a line of a list.
func (h *harness) dms() map[string]int {
	out := map[string]int{}
	for _, c := range h.fake.Calls("chat.postMessage") {
		if c.Param("thread_ts") != "" || !strings.HasPrefix(c.Param("channel"), "D") {
			continue
		}
		for _, id := range c.ActionValues(bot.ActAnswer) {
			ck, err := h.env.Store.Checkin(h.env.Ctx, bot.CheckinID(id))
			if err != nil {
				panic(err)
			}
			out[string(ck.Key.Ref)]++
		}
	}
	return out
}

func TestCadenceSendsEachSlotOnceAndCatchesUpOnce(t *testing.T) {
	t.Parallel()
	h := setup(t)
	r := h.tick(t)
	if r.Due != 9 || r.Created != 9 || r.Sent != 9 {
		t.Fatalf("first tick %+v, want 9 due, created and sent (the A.6 controls)", r)
	}
	// Ticking again in the same period, or from a second replica, sends nothing.
	h.clock.Add(time.Hour)
	if r := h.tick(t); r.Created != 0 || r.Sent != 0 {
		t.Errorf("same slot again: %+v", r)
	}
	for ref, n := range h.dms() {
		if n != 1 {
			t.Errorf("%s sent %d times", ref, n)
		}
	}
	// Every check-in is answered and rated; the service is down for three
	// weeks; on start each control gets one check-in for the latest slot.
	for _, ck := range mustOpen(t, h) {
		a := &assessor.Answer{Framework: ck.Key.Framework, Ref: ck.Key.Ref, Text: "Done every release under the approved policy.", Author: ck.Owner}
		if err := h.env.Bot.Assessor.Submit(h.env.Ctx, a, assessor.SubmitOptions{}); err != nil {
			t.Fatal(err)
		}
		h.env.Store.UpdateCheckin(h.env.Ctx, ck.ID, func(x *bot.Checkin) error { x.Status, x.AnswerID = bot.CheckinClosed, a.ID; return nil })
	}
	for _, d := range h.env.DraftAll(t) {
		if _, _, err := h.env.Bot.Assessor.Review(h.env.Ctx, d.ID, assessor.Action{Kind: assessor.Confirmed, Actor: "U0LEAD0001"}); err != nil {
			t.Fatal(err)
		}
	}
	h.clock.Add(21 * 24 * time.Hour)
	r = h.tick(t)
	if r.Created != 9 || r.Sent != 9 {
		t.Errorf("after three missed weeks: %+v, want one check-in per control", r)
	}
	for ref, n := range h.dms() {
		if n != 2 {
			t.Errorf("%s sent %d times over two periods", ref, n)
		}
	}
}

func mustOpen(t *testing.T, h *harness) []*bot.Checkin {
	t.Helper()
	cks, err := h.env.Store.CheckinsFor(h.env.Ctx, "U0MLENG001")
	if err != nil {
		t.Fatal(err)
	}
	return cks
}

func TestFreshRatingIsNotAskedAgain(t *testing.T) {
	t.Parallel()
	h := setup(t)
	// A.6.2.4 was rated after this period's slot: not stale, not due.
	a := &assessor.Answer{Framework: "iso42001-2023", Ref: "A.6.2.4", Text: "Validated per policy.", Author: "U0MLENG001"}
	if err := h.env.Bot.Assessor.Submit(h.env.Ctx, a, assessor.SubmitOptions{}); err != nil {
		t.Fatal(err)
	}
	d := h.env.DraftAll(t)[0]
	if _, _, err := h.env.Bot.Assessor.Review(h.env.Ctx, d.ID, assessor.Action{Kind: assessor.Confirmed, Actor: "U0LEAD0001"}); err != nil {
		t.Fatal(err)
	}
	// An assignment overrides the program's owner rule.
	if err := h.env.Store.Assign(h.env.Ctx, catalogs.Key{Framework: "iso42001-2023", Ref: "A.6.2.5"}, "U0OTHER"); err != nil {
		t.Fatal(err)
	}
	// The review's decided_at is the real time; the clock is set just
	// after it, so that no slot begins in between (an hour later, as it
	// was, crossed Monday's 09:00 slot when run between 08:00 and 09:00).
	h.clock.t = time.Now().Add(time.Second)
	r := h.tick(t)
	if _, sent := h.dms()["A.6.2.4"]; sent || r.Due != 8 {
		t.Errorf("a control rated in this period was asked again (%+v, %v)", r, h.dms())
	}
	var toAssignee bool
	for _, c := range h.fake.Calls("chat.postMessage") {
		if strings.Contains(c.Text(), "Check-in: A.6.2.5 ") {
			toAssignee = c.Param("channel") == "D0OTHER"
		}
	}
	if !toAssignee {
		t.Error("the scheduler did not send A.6.2.5 to its assigned owner")
	}
}

func TestRemindersSnoozeAndEscalation(t *testing.T) {
	t.Parallel()
	h := setup(t)
	h.tick(t)
	cks := mustOpen(t, h)
	snoozed, delegated := cks[0], cks[1]
	until := h.clock.Now().Add(7 * 24 * time.Hour)
	h.env.Store.UpdateCheckin(h.env.Ctx, snoozed.ID, func(x *bot.Checkin) error { x.Status, x.SnoozedUntil = bot.CheckinSnoozed, &until; return nil })
	h.env.Store.UpdateCheckin(h.env.Ctx, delegated.ID, func(x *bot.Checkin) error { x.Delegate = "U0DELEGATE"; return nil })

	h.clock.Add(71 * time.Hour)
	if r := h.tick(t); r.Nudged != 0 {
		t.Errorf("nudged before 72 h: %+v", r)
	}
	h.clock.Add(2 * time.Hour) // 73 h
	if r := h.tick(t); r.Nudged != 8 {
		t.Errorf("first reminders: %+v, want 8 (the snoozed one waits)", r)
	}
	if r := h.tick(t); r.Nudged != 0 {
		t.Errorf("reminded twice in one period: %+v", r)
	}
	var toDelegate bool
	for _, c := range h.fake.Calls("chat.postMessage") {
		if c.Param("thread_ts") != "" && strings.Contains(c.Text(), "<@U0DELEGATE>, a reminder") {
			toDelegate = true
		}
	}
	if !toDelegate {
		t.Error("the delegate was not the one reminded")
	}
	h.clock.Add(4 * 24 * time.Hour) // day 7+: the snooze is over
	r := h.tick(t)
	if r.Nudged != 9 {
		t.Errorf("second round: %+v, want 9 (including the end of the snooze)", r)
	}
	h.clock.Add(73 * time.Hour)
	r = h.tick(t) // 8 of them are on their third claim: escalated (escalate_after: 2)
	if r.Escalated != 8 || r.Nudged != 1 {
		t.Errorf("third round: %+v, want 8 escalated, 1 nudged", r)
	}
	var escalations int
	for _, c := range h.fake.Calls("chat.postMessage") {
		if c.Param("channel") == "C0REVIEW01" && strings.Contains(c.Text(), "still unanswered after 2 reminders") {
			escalations++
		}
	}
	if escalations != 8 {
		t.Errorf("%d escalations posted to the leads", escalations)
	}
	h.clock.Add(73 * time.Hour)
	if r := h.tick(t); r.Escalated != 1 || r.Nudged != 0 {
		t.Errorf("fourth round: %+v: escalated check-ins are not nudged again", r)
	}
}

func TestHalfFinishedFanOutResumesOnce(t *testing.T) {
	t.Parallel()
	h := setup(t)
	p, _ := h.env.Bot.Program(h.env.Ctx)
	due, err := h.s.Due(h.env.Ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := h.env.Store.CreateSlotCheckins(h.env.Ctx, due); err != nil {
		t.Fatal(err)
	}
	// A sender claims four and dies before sending them.
	if claimed, err := h.env.Store.ClaimUnsent(h.env.Ctx, "U0MLENG001", h.clock.Now(), 2*time.Minute, 4, "orphans"); err != nil || len(claimed) != 4 {
		t.Fatalf("claimed %d, %v", len(claimed), err)
	}
	if r := h.tick(t); r.Sent != 5 || r.Messages != 1 {
		t.Errorf("while the claims hold: %+v, want the other 5 sent in one message", r)
	}
	// The owner had today's message: the orphans wait for tomorrow, and
	// go out then in the message their sender meant to post.
	h.clock.Add(3 * time.Minute)
	if r := h.tick(t); r.Sent != 0 || r.Queued != 1 {
		t.Errorf("after the lease, the same day: %+v, want nothing sent and one owner waiting", r)
	}
	h.clock.Add(24 * time.Hour)
	if r := h.tick(t); r.Sent != 4 || r.Messages != 1 {
		t.Errorf("the next day: %+v, want the 4 orphans sent in one message", r)
	}
	for _, ck := range mustOpen(t, h) {
		if ck.Batch == "orphans" && ck.TS == "" {
			t.Errorf("%s of the orphaned batch was not sent", ck.Key)
		}
	}
	for ref, n := range h.dms() {
		if n != 1 {
			t.Errorf("%s sent %d times", ref, n)
		}
	}
	if len(h.dms()) != 9 {
		t.Errorf("%d controls asked, want 9", len(h.dms()))
	}
}

// A sender that posted but died before recording it: the next sender finds
// the message in the DM by its tag and does not post it again.
func TestSenderThatDiedAfterPostingIsNotRepeated(t *testing.T) {
	t.Parallel()
	h := setup(t)
	p, _ := h.env.Bot.Program(h.env.Ctx)
	due, _ := h.s.Due(h.env.Ctx, p)
	h.env.Store.CreateSlotCheckins(h.env.Ctx, due[:1])
	claimed, err := h.env.Store.ClaimUnsent(h.env.Ctx, "U0MLENG001", h.clock.Now(), 2*time.Minute, 1, "dying")
	if err != nil || len(claimed) != 1 {
		t.Fatalf("claim: %v", err)
	}
	// The post goes out; the sender dies before recording it.
	ck := claimed[0]
	dm, _ := h.env.Bot.Chat.OpenDM(h.env.Ctx, ck.Owner)
	if _, err := h.env.Bot.Chat.Post(h.env.Ctx, dm, "", bot.Message{Text: "Check-in: " + string(ck.Key.Ref) + " x", Ref: "checkin:dying",
		Blocks: []bot.Block{bot.Actions{Buttons: []bot.Button{{ActionID: bot.ActAnswer, Value: string(ck.ID), Text: "Answer"}}}}}); err != nil {
		t.Fatal(err)
	}
	h.clock.Add(3 * time.Minute)
	r := h.tick(t)
	if n := h.dms()[string(ck.Key.Ref)]; n != 1 {
		t.Errorf("%s posted %d times (tick %+v)", ck.Key.Ref, n, r)
	}
	got, _ := h.env.Store.Checkin(h.env.Ctx, ck.ID)
	if got.TS == "" || got.Claims != 2 {
		t.Errorf("the found message was not recorded: %+v", got)
	}
	if len(h.fake.Calls("conversations.history")) == 0 {
		t.Error("the DM's history was not consulted")
	}
}

// Impact assessments are asked per AI system of the assessed risk tiers:
// each impact-assessment control once for each such system, of its
// owner; not again once rated, until the system's next review date.
func TestImpactAssessmentsAreAskedPerSystem(t *testing.T) {
	t.Parallel()
	src := `name: systems
frameworks: [iso42001-2023]
roles: {leads: [U0LEAD0001]}
owners: {"iso42001-2023:*": U0GRC00001}
channels: {review: C0REVIEW01}
context: {roles: [provider]}
ai_systems:
  - {id: assistant, name: Support assistant, owner: U0SYSOWNER, role: provider, stage: operation, risk: high, next_review: 2027-01-04}
  - {id: ranker, name: Ranker, owner: U0RANKER01, role: provider, stage: operation, risk: minimal}
  - {id: old-bot, name: Old bot, owner: U0OLDBOT01, role: provider, stage: retirement, risk: high}
`
	h := setupWith(t, src)
	r := h.tick(t)
	var asked []string
	for _, ref := range []string{"A.5.2", "A.5.3", "A.5.4", "A.5.5", "6.1.4", "8.4"} {
		k := catalogs.Key{Framework: catalogs.ISO42001, Ref: catalogs.Ref(ref)}
		ck, ok, err := h.env.Store.OpenSystemCheckin(h.env.Ctx, k, "assistant")
		if err != nil || !ok || ck.Owner != "U0SYSOWNER" || ck.Slot == nil || !ck.Slot.Equal(schedule.FirstAssessment) {
			t.Errorf("%s for the assistant: %+v %v %v", ref, ck, ok, err)
			continue
		}
		asked = append(asked, ref)
		for _, other := range []string{"ranker", "old-bot"} {
			if _, ok, _ := h.env.Store.OpenSystemCheckin(h.env.Ctx, k, other); ok {
				t.Errorf("%s asked for %s, which is not assessed one by one", ref, other)
			}
		}
	}
	if r.Created != 6 || len(asked) != 6 {
		t.Fatalf("first tick: %+v, asked %v", r, asked)
	}
	if r := h.tick(t); r.Created != 0 {
		t.Errorf("a second tick asked again: %+v", r)
	}
	// Rated and closed: not asked again until the next review date.
	a52 := catalogs.Key{Framework: catalogs.ISO42001, Ref: "A.5.2"}
	ck, _, _ := h.env.Store.OpenSystemCheckin(h.env.Ctx, a52, "assistant")
	h.env.Store.UpdateCheckin(h.env.Ctx, ck.ID, func(x *bot.Checkin) error { x.Status = bot.CheckinClosed; return nil })
	astoretest.RateFor(t, h.env.Drafts, a52, "assistant", 2, 2, h.clock.Now())
	h.clock.Add(7 * 24 * time.Hour)
	if r := h.tick(t); r.Created != 0 {
		t.Errorf("a rated system asked before its review date: %+v", r)
	}
	h.clock.t = time.Date(2027, 1, 4, 10, 0, 0, 0, time.UTC)
	r = h.tick(t)
	again, ok, err := h.env.Store.OpenSystemCheckin(h.env.Ctx, a52, "assistant")
	if r.Created != 1 || err != nil || !ok || !again.Slot.Equal(time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("the review date did not ask again: %+v, %+v %v", r, again, err)
	}
}

// The first tick after a program is applied does not flood anyone: each
// owner gets one message a day listing at most the allowance (default 5)
// in natural order (A.2.2 before A.10.2), with who asks, why them and the
// due date (the cadence's due_in); the rest wait in order for the next
// days; a check-in is overdue past its due date, and reminders say it.
func TestRolloutIsCalm(t *testing.T) {
	t.Parallel()
	h := setupWith(t, `name: rollout
frameworks:
  - {id: iso42001-2023, controls: ["A.2.*", "A.10.*", "A.6.2.*"]}
roles: {leads: [U0LEAD0001]}
owners: {"iso42001-2023:A.6.*": U0MLENG001, "iso42001-2023:*": U0GRC00001}
channels: {review: C0REVIEW01}
schedule:
  checkins:
    - {match: "iso42001-2023:A.6.*", cron: "0 9 * * MON", due_in: 7d}
    - {match: "iso42001-2023:*", cron: "0 9 * * MON"}
`)
	refsIn := func(c interface{ ActionValues(string) []string }) []string {
		var out []string
		for _, id := range c.ActionValues(bot.ActAnswer) {
			ck, err := h.env.Store.Checkin(h.env.Ctx, bot.CheckinID(id))
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, string(ck.Key.Ref))
		}
		return out
	}
	r := h.tick(t)
	posts := h.fake.Calls("chat.postMessage")
	if r.Messages != 2 || len(posts) != 2 || r.Sent != 10 {
		t.Fatalf("first tick: %+v, %d posts; want one message of 5 to each of the two owners", r, len(posts))
	}
	byOwner := map[string]string{}
	for _, p := range posts {
		byOwner[p.Param("channel")] = p.Text()
		got := refsIn(p)
		if len(got) != 5 {
			t.Errorf("%s got %v", p.Param("channel"), got)
		}
	}
	grc := h.fake.Calls("chat.postMessage")[0]
	if grc.Param("channel") != "D0GRC00001" {
		grc = h.fake.Calls("chat.postMessage")[1]
	}
	// A.2.2 … A.2.4 then A.10.2, A.10.3: numbers compare as numbers.
	if got := strings.Join(refsIn(grc), " "); got != "A.2.2 A.2.3 A.2.4 A.10.2 A.10.3" {
		t.Errorf("the lead's list in order %q", got)
	}
	for ch, want := range map[string][]string{
		"D0GRC00001": {"5 controls for you to answer, due by Mon 7 Dec", "<@U0LEAD0001> asks you about these controls", "the program's owner rule `iso42001-2023:*` names you", "due Mon 7 Dec"},
		"D0MLENG001": {"due by Mon 30 Nov", "the program's owner rule `iso42001-2023:A.6.*` names you", "due Mon 30 Nov"},
	} {
		for _, w := range want {
			if !strings.Contains(byOwner[ch], w) {
				t.Errorf("%s's message lacks %q:\n%s", ch, w, byOwner[ch])
			}
		}
	}
	// The same day: nothing more, however often it ticks.
	h.clock.Add(6 * time.Hour)
	if r := h.tick(t); r.Sent != 0 || r.Queued != 2 {
		t.Errorf("later the same day: %+v", r)
	}
	// The next days: the rest, in order, one message a day each.
	h.clock.Add(18 * time.Hour)
	r = h.tick(t)
	if r.Messages != 2 || r.Sent != 3 { // the lead's sixth, the engineer's sixth and seventh (A.6.2.* has 7)
		t.Errorf("day 2: %+v", r)
	}
	last := h.fake.Calls("chat.postMessage")
	for _, p := range last[len(last)-2:] {
		if p.Param("channel") == "D0GRC00001" {
			if got := strings.Join(refsIn(p), " "); got != "A.10.4" {
				t.Errorf("day 2 for the lead %q", got)
			}
		}
	}
	for ref, n := range h.dms() {
		if n != 1 {
			t.Errorf("%s asked %d times", ref, n)
		}
	}
	// Past the due date the digest counts it overdue, and a reminder says
	// when it was due.
	h.clock.t = time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC) // Tuesday: A.6 was due Monday
	r = h.tick(t)
	if r.Nudged == 0 {
		t.Fatalf("no reminders a week later: %+v", r)
	}
	var said bool
	for _, c := range h.fake.Calls("chat.postMessage") {
		if c.Param("thread_ts") != "" && strings.Contains(c.Text(), "which was due Mon 30 Nov") {
			said = true
		}
	}
	if !said {
		t.Error("no reminder said the due date it missed")
	}
	_, overdue, err := h.env.Store.CheckinStats(h.env.Ctx, h.clock.Now())
	if err != nil || overdue[catalogs.ISO42001] != 5 {
		t.Errorf("overdue %v %v, want the 5 A.6.2 check-ins of the first day, due the day before", overdue, err)
	}
}
