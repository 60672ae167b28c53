package digest_test

import (
	"strings"
	"testing"
	"time"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/bot/slack"
	"github.com/assay-dev/assay/bot/slack/slackfake"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/digest"
	"github.com/assay-dev/assay/testenv"
)

// A program of 1,000+ controls still gives a digest inside Slack's limits,
// posted chart first through the file upload flow, once per slot.
func TestScheduledDigestIsPostedOncePerSlot(t *testing.T) {
	t.Parallel()
	fake := slackfake.New(t)
	env := testenv.New(t, slack.New("xoxb", fake.APIURL()), []byte(`name: "`+strings.Repeat("Long program name ", 11)+`"
frameworks: [nist-sp800-53-r5, iso27001, iso42001, nist-csf-2.0, nist-ai-rmf-1.0]
targets: [{framework: nist-sp800-53-r5, level: 3}]
roles: {leads: [U0LEAD]}
owners: {"nist-sp800-53-r5:*": U0OWNER}
channels: {review: C0REVIEW, digest: C0DIGEST}
schedule: {digest: "0 8 * * MON"}
`))
	if n := len(env.Program.Controls()); n < 1000 {
		t.Fatalf("%d controls", n)
	}
	// Some ratings, so gaps and the chart have content.
	for _, ref := range []string{"AC-2", "AC-3", "SI-2"} {
		a := &assessor.Answer{Framework: "nist-sp800-53-r5", Ref: catalogs.Ref(ref), Text: "Done ad hoc.", Author: "U0OWNER"}
		if err := env.Bot.Assessor.Submit(env.Ctx, a, assessor.SubmitOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range env.DraftAll(t) {
		env.Bot.Assessor.Review(env.Ctx, d.ID, assessor.Action{Kind: assessor.Confirmed, Actor: "U0LEAD"})
	}
	b := &digest.Builder{Store: env.Store, Set: func() *catalogs.Set { return env.Set }, Bot: env.Bot}
	slot := time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC)
	for range 3 { // three replicas' ticks
		if _, err := b.Scheduled(env.Ctx, env.Program, slot); err != nil {
			t.Fatal(err)
		}
	}
	uploads := fake.Calls("files.completeUploadExternal")
	posts := fake.Calls("chat.postMessage")
	var digests int
	for _, p := range posts {
		if p.Param("channel") == "C0DIGEST" {
			digests++
		}
	}
	if len(uploads) != 1 || digests != 1 {
		t.Fatalf("%d chart uploads and %d digest posts for one slot", len(uploads), digests)
	}
	if len(fake.Calls("files.getUploadURLExternal")) != 1 {
		t.Error("the upload did not use Slack's upload URL flow")
	}
	msg := posts[len(posts)-1]
	if !strings.Contains(msg.Text(), "NIST SP 800-53") || !strings.Contains(msg.Text(), "Largest gaps") || !strings.Contains(msg.Text(), "(trimmed)") {
		t.Errorf("digest message: %s", msg.Text())
	}
	if v := fake.Violations(); len(v) > 0 {
		t.Errorf("limits broken: %v", v)
	}
	// The next slot gets its own digest, with change measured from this one.
	if posted, err := b.Scheduled(env.Ctx, env.Program, slot.Add(7*24*time.Hour)); err != nil || !posted {
		t.Errorf("next week's digest: %v %v", posted, err)
	}
	// With two digests kept, the maturity-over-time chart goes out too.
	var names []string
	for _, u := range fake.Calls("files.getUploadURLExternal")[1:] {
		names = append(names, u.Param("filename"))
	}
	if len(names) != 2 || !strings.HasPrefix(names[1], "maturity-trend-") {
		t.Errorf("second week's uploads: %v", names)
	}
}

// Before anything is rated there is no digest of empty figures: the
// channel gets a kickoff saying how many check-ins went out, to how many
// owners and by when they are due, and no chart.
func TestKickoffBeforeTheFirstRating(t *testing.T) {
	t.Parallel()
	fake := slackfake.New(t)
	env := testenv.New(t, slack.New("xoxb", fake.APIURL()), []byte(`name: Kickoff
frameworks: [{id: iso42001, controls: ["A.2.*"]}]
roles: {leads: [U0LEAD]}
owners: {"iso42001-2023:A.2.2": U0ONE, "iso42001-2023:A.2.*": U0TWO}
channels: {review: C0REVIEW, digest: C0DIGEST}
schedule: {digest: "0 8 * * MON", timezone: Europe/London}
`))
	now := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	env.Bot.Now = func() time.Time { return now }
	for _, ref := range []string{"A.2.2", "A.2.3"} {
		if _, sent, err := env.Bot.SendCheckin(env.Ctx, catalogs.Key{Framework: catalogs.ISO42001, Ref: catalogs.Ref(ref)}, ""); err != nil || !sent {
			t.Fatalf("%s: %v %v", ref, sent, err)
		}
	}
	b := &digest.Builder{Store: env.Store, Set: func() *catalogs.Set { return env.Set }, Bot: env.Bot, Now: func() time.Time { return now }}
	if posted, err := b.Scheduled(env.Ctx, env.Program, now); err != nil || !posted {
		t.Fatalf("kickoff: %v %v", posted, err)
	}
	if n := len(fake.Calls("files.getUploadURLExternal")); n != 0 {
		t.Errorf("%d charts uploaded before anything is rated", n)
	}
	var kickoff string
	for _, c := range fake.Calls("chat.postMessage") {
		if c.Param("channel") == "C0DIGEST" {
			kickoff = c.Text()
		}
	}
	for _, w := range []string{"Assessment under way — Kickoff", "2 check-ins went out to 2 owners, due by Monday 7 December", "no figures until a lead confirms the first rating"} {
		if !strings.Contains(kickoff, w) {
			t.Errorf("kickoff lacks %q:\n%s", w, kickoff)
		}
	}
	if strings.Contains(kickoff, "0%") || strings.Contains(kickoff, "Maturity digest") {
		t.Errorf("the kickoff shows empty figures:\n%s", kickoff)
	}
	if v := fake.Violations(); len(v) > 0 {
		t.Errorf("limits broken: %v", v)
	}
}
