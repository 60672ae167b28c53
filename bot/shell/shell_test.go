package shell_test

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/bot/shell"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
	"github.com/assay-dev/assay/testenv"
)

// The same flows as in Slack, typed into the shell: a lead sends a
// check-in, the owner answers through the form's prompts, the draft goes
// to the review channel, the lead confirms.
func TestShellCheckinAnswerConfirm(t *testing.T) {
	t.Parallel()
	var out bytes.Buffer
	sh := shell.New(strings.NewReader(""), &out, "U0LEAD0001")
	env := testenv.New(t, sh, testenv.Example(t))
	sh.Bot, env.Bot.Door = env.Bot, "shell"
	sh.Names = map[bot.UserID]string{"U0LEAD0001": "lead", "U0MLENG001": "owner"}
	ctx := context.Background()
	do := doer(t, sh, &out)
	button := func(text, label string) string {
		t.Helper()
		m := regexp.MustCompile(`\[(\d+)\] ` + regexp.QuoteMeta(label)).FindStringSubmatch(text)
		if m == nil {
			t.Fatalf("no %q button in:\n%s", label, text)
		}
		return m[1]
	}

	got := do("/assay checkin iso42001 A.6.2.4")
	if !strings.Contains(got, "DM to owner (U0MLENG001)") || !strings.Contains(got, "sent to @owner") {
		t.Fatalf("checkin:\n%s", got)
	}
	answer := button(got, "Answer")
	if got := do(answer); !strings.Contains(got, "only @owner") {
		t.Errorf("the lead could answer the owner's check-in:\n%s", got)
	}
	do("/as owner")
	// The form's prompts: answer (multi-line, ended by "."), evidence
	// links, evidence files (paths, ended by an empty line), the date
	// they hold until, own level.
	sh.In.Reset(strings.NewReader("The ML team validates every model before release\nunder the approved validation policy.\n.\nhttps://wiki.example/validation\n.\n\n\n4\n"))
	got = do(answer)
	if !strings.Contains(got, "Answered") {
		t.Fatalf("answering:\n%s", got)
	}
	out.Reset()
	ds := env.DraftAll(t)
	if len(ds) != 1 || ds[0].Status != assessor.Pending {
		t.Fatalf("drafts %+v", ds)
	}
	review := out.String()
	if !strings.Contains(review, "#C0REVIEW01") || !strings.Contains(review, "Offline draft") {
		t.Fatalf("review:\n%s", review)
	}
	confirm := button(review, "Confirm")
	if got := do(confirm); !strings.Contains(got, "only a compliance lead") {
		t.Errorf("the owner could confirm:\n%s", got)
	}
	do("/as lead")
	got = do(confirm)
	if !strings.Contains(got, "Confirmed at level") || !strings.Contains(got, "in thread") {
		t.Errorf("confirming:\n%s", got)
	}
	if got := do(confirm); !strings.Contains(got, "already confirmed") {
		t.Errorf("confirming twice:\n%s", got)
	}
	var last assessor.Entry
	if err := env.Drafts.AuditLog(ctx, func(e *assessor.Entry) error { last = *e; return nil }); err != nil ||
		last.Action != assessor.ActConfirmed || last.Actor != "U0LEAD0001" || last.Door != "shell" {
		t.Errorf("the decision's audit entry %+v, %v: want the lead, through the shell", last, err)
	}
	if got := do("/home"); !strings.Contains(got, "1 of 65 rated") {
		t.Errorf("home:\n%s", got)
	}
	if err := sh.Do(ctx, "frobnicate"); err == nil || !strings.Contains(err.Error(), "/help") {
		t.Errorf("unknown input: %v", err)
	}
	if err := sh.Do(ctx, "99"); err == nil || !strings.Contains(err.Error(), "no button [99]") {
		t.Errorf("unknown button: %v", err)
	}
}

// People the program does not name may ask what the standards say, but
// see no maturity figures unless the program opens them to the workspace;
// a lead who owns a control does not decide their own answer; decisions
// name the shell as their door.
func TestWhoSeesAndDecidesWhat(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	// The lead also owns the A.2 controls here.
	src := strings.Replace(string(testenv.Example(t)), `owners:`, "owners:\n  \"iso42001-2023:A.2.*\": U0LEAD0001", 1)
	for _, c := range []struct {
		visibility string
		sees       bool
	}{{"", false}, {"visibility: workspace\n", true}} {
		var out bytes.Buffer
		sh := shell.New(strings.NewReader(""), &out, "U0STRANGER")
		env := testenv.New(t, sh, []byte(src+c.visibility))
		sh.Bot, env.Bot.Door = env.Bot, "shell"
		do := doer(t, sh, &out)
		status, home := do("/assay status"), do("/home")
		if figures := strings.Contains(status, "of 65 rated"); figures != c.sees {
			t.Errorf("visibility %q: a stranger's /assay status shows figures %v:\n%s", c.visibility, figures, status)
		}
		if figures := strings.Contains(home, "of 65 rated"); figures != c.sees {
			t.Errorf("visibility %q: a stranger's home shows figures %v:\n%s", c.visibility, figures, home)
		}
		if !c.sees && (!strings.Contains(status, "for the people in the program") || !strings.Contains(home, "/assay ask")) {
			t.Errorf("the refusal does not say why or what is open:\n%s\n%s", status, home)
		}
		if got := do("/assay ask who approves the AI policy"); strings.Contains(got, "people in the program") {
			t.Errorf("a stranger could not ask:\n%s", got)
		}
		if c.sees {
			continue
		}
		// The lead answers a control they own; only another lead decides it.
		do("/as U0LEAD0001")
		a := &assessor.Answer{Framework: "iso42001-2023", Ref: "A.2.2", Text: "We have an approved AI policy.", Author: "U0LEAD0001"}
		if err := env.Bot.Assessor.Submit(ctx, a, assessor.SubmitOptions{}); err != nil {
			t.Fatal(err)
		}
		ds := env.DraftAll(t)
		if _, _, err := env.Bot.Assessor.Review(ctx, ds[0].ID, assessor.Action{Kind: assessor.Confirmed, Actor: "U0LEAD0001", Door: "shell"}); err == nil ||
			!strings.Contains(err.Error(), "themselves") {
			t.Errorf("the lead decided their own answer: %v", err)
		}
		// A stranger cannot answer for the owner either.
		stranger := &assessor.Answer{Framework: "iso42001-2023", Ref: "A.6.2.4", Text: "All fine.", Author: "U0STRANGER"}
		if err := env.Bot.Assessor.Submit(ctx, stranger, assessor.SubmitOptions{}); err == nil || !strings.Contains(err.Error(), "only <@U0MLENG001>") {
			t.Errorf("a stranger answered: %v", err)
		}
	}
}

// started wires a shell over a program file, acting as as, and returns
// it with its environment and a doer.
func started(t *testing.T, src []byte, as bot.UserID) (*shell.Shell, *testenv.Env, func(string) string) {
	t.Helper()
	out := &bytes.Buffer{}
	sh := shell.New(strings.NewReader(""), out, as)
	env := testenv.New(t, sh, src)
	sh.Bot, env.Bot.Door = env.Bot, "shell"
	return sh, env, doer(t, sh, out)
}

// doer runs shell lines, failing the test on an error, and returns what
// each printed.
func doer(t *testing.T, sh *shell.Shell, out *bytes.Buffer) func(string) string {
	return func(line string) string {
		t.Helper()
		out.Reset()
		if err := sh.Do(context.Background(), line); err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		return out.String()
	}
}

// A lead excludes controls: the register and the exclusions show to
// leads only, status counts what applies, and an excluded control is
// neither asked nor left waiting.
func TestExclusionsAndTheRegisterInTheShell(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	sh, env, do := started(t, testenv.Example(t), "U0LEAD0001")

	if got := do("/assay systems"); !strings.Contains(got, "Customer support assistant") || !strings.Contains(got, "high risk") || !strings.Contains(got, "provider, producer, customer") {
		t.Errorf("/assay systems:\n%s", got)
	}
	do("/assay checkin iso42001 A.10.3")
	open, ok, err := env.Store.OpenCheckin(ctx, catalogs.Key{Framework: catalogs.ISO42001, Ref: "A.10.3"})
	if err != nil || !ok {
		t.Fatalf("no check-in sent: %v", err)
	}
	// Asked again while open: it says so, and sends nothing.
	if got := do("/assay checkin iso42001 A.10.3"); !strings.Contains(got, "already has an open check-in, sent to @U0GRC00001") ||
		!strings.Contains(got, "waiting for an answer); it was not sent again") || strings.Contains(got, "Check-in for") {
		t.Errorf("a second /assay checkin:\n%s", got)
	}
	exclude := func(ref, by string) error {
		return env.Bot.DecideApplicability(ctx, &program.Decision{Key: catalogs.Key{Framework: "iso42001", Ref: catalogs.Ref(ref)},
			Reason: program.ReasonRole, Justification: "We take no AI services from suppliers.", DecidedBy: program.UserID(by), Door: "shell"})
	}
	if err := exclude("A.10.3", "U0MLENG001"); errs.KindOf(err) != errs.Unauthorized {
		t.Errorf("an owner excluded a control: %v", err)
	}
	if err := exclude("A.10.3", "U0LEAD0001"); err != nil {
		t.Fatal(err)
	}
	if ck, err := env.Store.Checkin(ctx, open.ID); err != nil || ck.Status != bot.CheckinNA {
		t.Errorf("the excluded control's check-in stays %v (%v): its owner would be reminded", ck.Status, err)
	}
	got := do("/assay applicability iso42001")
	for _, want := range []string{"64 of 65 controls in scope apply", "A.10.3", "not in the organisation's role", "by @U0LEAD0001", "We take no AI services"} {
		if !strings.Contains(got, want) {
			t.Errorf("/assay applicability lacks %q:\n%s", want, got)
		}
	}
	if got := do("/assay status"); !strings.Contains(got, "of 64 rated") {
		t.Errorf("status still counts the excluded control:\n%s", got)
	}
	if got := do("/assay checkin iso42001 A.10.3"); !strings.Contains(got, "excluded from the assessment") {
		t.Errorf("an excluded control was asked again:\n%s", got)
	}
	sh.FilesDir = t.TempDir()
	got = do("/assay soa iso42001")
	if !strings.Contains(got, "65 in scope, 64 applicable, 0 rated") || !strings.Contains(got, "draft, never approved") {
		t.Errorf("/assay soa:\n%s", got)
	}
	if st, err := os.Stat(filepath.Join(sh.FilesDir, "statement-of-applicability-iso42001-2023.xlsx")); err != nil || st.Size() < 1000 {
		t.Errorf("the workbook was not shared: %v", err)
	}
	do("/as U0MLENG001")
	for _, cmd := range []string{"/assay systems", "/assay applicability", "/assay soa"} {
		if got := do(cmd); !strings.Contains(got, "leads") {
			t.Errorf("%s for an owner:\n%s", cmd, got)
		}
	}
}

// Assay's role table proposes exclusions for an organisation that only
// uses AI; a lead excludes one and keeps another with a click, an owner
// cannot, and the decisions are the lead's.
func TestRoleProposalsAreDecidedByALead(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	src := strings.Replace(string(testenv.Example(t)), "roles: [provider, producer, customer]", "roles: [customer]", 1)
	src = strings.NewReplacer("role: provider", "role: customer", "role: producer", "role: customer").Replace(src)
	sh, env, do := started(t, []byte(src), "U0LEAD0001")
	got := do("/assay applicability iso42001")
	if !strings.Contains(got, "Proposed exclusion: A.7.2") || !strings.Contains(got, "the organisation plays customer") {
		t.Fatalf("/assay applicability shows no proposals:\n%s", got)
	}
	exclude, err := sh.ButtonFor(bot.ActApproveExclusion, "iso42001-2023:A.7.2")
	if err != nil {
		t.Fatal(err)
	}
	keep, err := sh.ButtonFor(bot.ActKeepControl, "iso42001-2023:A.10.4")
	if err != nil {
		t.Fatal(err)
	}
	do("/as U0MLENG001")
	if got := do(exclude); !strings.Contains(got, "only a compliance lead") {
		t.Errorf("an owner approved an exclusion:\n%s", got)
	}
	do("/as U0LEAD0001")
	do(exclude)
	do(keep)
	ds, err := env.Store.Decisions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a72, a104 := catalogs.Key{Framework: catalogs.ISO42001, Ref: "A.7.2"}, catalogs.Key{Framework: catalogs.ISO42001, Ref: "A.10.4"}
	if d := ds[a72]; d.Applicable || d.Reason != program.ReasonRole || d.DecidedBy != "U0LEAD0001" || d.Door != "shell" {
		t.Errorf("the approved exclusion: %+v", d)
	}
	if d := ds[a104]; !d.Applicable || d.DecidedBy != "U0LEAD0001" || !strings.Contains(d.Justification, "Kept by a lead") {
		t.Errorf("the kept control: %+v", d)
	}
	if got := do("/assay applicability iso42001"); strings.Contains(got, "Proposed exclusion: A.7.2 ") || strings.Contains(got, "Proposed exclusion: A.10.4 ") ||
		!strings.Contains(got, "64 of 65 controls in scope apply") {
		t.Errorf("after deciding:\n%s", got)
	}
	if got := do(exclude); !strings.Contains(got, "no exclusion of iso42001-2023:A.7.2 is proposed") {
		t.Errorf("a second click:\n%s", got)
	}
}

// Delegating in the shell: a typed "@id" or name reaches the bot as an
// id, the delegate is mentioned as a person (not "<@@…>"), and what is
// not a person is refused next to the field.
func TestDelegateNamesAPerson(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	sh, env, do := started(t, testenv.Example(t), "U0LEAD0001")
	do("/assay checkin iso42001 A.6.2.4")
	ck, ok, err := env.Store.OpenCheckin(ctx, catalogs.Key{Framework: catalogs.ISO42001, Ref: "A.6.2.4"})
	if err != nil || !ok {
		t.Fatalf("no check-in: %v", err)
	}
	do("/as U0MLENG001")
	n, err := sh.ButtonFor(bot.ActDelegate, string(ck.ID))
	if err != nil {
		t.Fatal(err)
	}
	sh.In.Reset(strings.NewReader("#general\n#general\n#general\n"))
	if got := do(n); !strings.Contains(got, "is not a person in this workspace") || !strings.Contains(got, "nothing was saved") {
		t.Errorf("delegating to a channel:\n%s", got)
	}
	n, _ = sh.ButtonFor(bot.ActDelegate, string(ck.ID))
	sh.In.Reset(strings.NewReader("@U0PRIVACY1\n"))
	got := do(n)
	if strings.Contains(got, "<@@") || !strings.Contains(got, "Delegated to @U0PRIVACY1") || !strings.Contains(got, "asked you to answer this check-in") {
		t.Errorf("delegating to @U0PRIVACY1:\n%s", got)
	}
	if ck, err := env.Store.Checkin(ctx, ck.ID); err != nil || ck.Delegate != "U0PRIVACY1" {
		t.Errorf("the delegate stored: %q %v", ck.Delegate, err)
	}
	// A declined "not applicable" reads as a request to answer, not as a
	// deadline.
	n, err = sh.ButtonFor(bot.ActNotApplicable, string(ck.ID))
	if err != nil {
		t.Fatal(err)
	}
	sh.In.Reset(strings.NewReader("3\nWe only use the vendor's validated model.\n.\n"))
	do(n)
	do("/as U0LEAD0001")
	decline, err := sh.ButtonFor(bot.ActNADecline, string(ck.ID)+"|business")
	if err != nil {
		t.Fatal(err)
	}
	if got := do(decline); !strings.Contains(got, "applies after all, @U0LEAD0001 says: would you answer the check-in") || strings.Contains(got, "declined: please answer it") {
		t.Errorf("a declined not-applicable:\n%s", got)
	}
}

// A review card posted by a background job a moment after its draft is
// stored is found by AwaitButton; a button that never comes is an error
// once the wait is over, and a cancelled wait stops at once.
func TestAwaitButtonWaitsForALateMessage(t *testing.T) {
	t.Parallel()
	sh := shell.New(strings.NewReader(""), io.Discard, "U0LEAD")
	ctx := context.Background()
	if _, err := sh.ButtonFor(bot.ActConfirm, "d1"); err == nil {
		t.Fatal("a button before any message")
	}
	go func() {
		time.Sleep(150 * time.Millisecond)
		sh.Post(ctx, "C0REVIEW", "", bot.Message{Blocks: []bot.Block{bot.Actions{Buttons: []bot.Button{{ActionID: bot.ActConfirm, Value: "d1", Text: "Confirm"}}}}})
	}()
	n, err := sh.AwaitButton(ctx, bot.ActConfirm, "d1", 10*time.Second)
	if err != nil || n == "" {
		t.Fatalf("late button: %q, %v", n, err)
	}
	start := time.Now()
	if _, err := sh.AwaitButton(ctx, bot.ActConfirm, "d2", 100*time.Millisecond); err == nil || !strings.Contains(err.Error(), "no review_confirm button for d2") {
		t.Errorf("a button that never comes: %v", err)
	}
	if time.Since(start) < 100*time.Millisecond {
		t.Error("gave up before the wait was over")
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := sh.AwaitButton(cancelled, bot.ActConfirm, "d3", time.Minute); err != context.Canceled {
		t.Errorf("a cancelled wait: %v", err)
	}
}

// A queued job posts to the shell while a command prints: each message
// comes out whole (and, under -race, without a data race on the output).
func TestPostsWhileACommandPrints(t *testing.T) {
	var out bytes.Buffer
	sh := shell.New(strings.NewReader(""), &out, "U0LEAD0001")
	start, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		<-start
		for i := 0; i < 50; i++ {
			if _, err := sh.Post(context.Background(), "C1", "", bot.Message{Text: "review ready"}); err != nil {
				t.Error(err)
			}
		}
	}()
	close(start)
	for i := 0; i < 50; i++ {
		if err := sh.Do(context.Background(), "/as U0OWNER0001"); err != nil {
			t.Fatal(err)
		}
	}
	<-done
	if n := strings.Count(out.String(), "review ready\n"); n != 50 {
		t.Errorf("%d whole review messages, want 50", n)
	}
	if n := strings.Count(out.String(), "you are now "); n != 50 {
		t.Errorf("%d whole command lines, want 50", n)
	}
}
