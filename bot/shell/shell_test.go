package shell_test

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/bot/shell"
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
	sh.Bot = env.Bot
	sh.Names = map[bot.UserID]string{"U0LEAD0001": "lead", "U0MLENG001": "owner"}
	ctx := context.Background()
	do := func(line string) string {
		t.Helper()
		out.Reset()
		if err := sh.Do(ctx, line); err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		return out.String()
	}
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
	// The form's prompts: answer (multi-line, ended by "."), evidence, level.
	sh.In.Reset(strings.NewReader("The ML team validates every model before release\nunder the approved validation policy.\n.\nhttps://wiki.example/validation\n.\n4\n"))
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
	if got := do("/home"); !strings.Contains(got, "1 of 38 rated") {
		t.Errorf("home:\n%s", got)
	}
	if err := sh.Do(ctx, "frobnicate"); err == nil || !strings.Contains(err.Error(), "/help") {
		t.Errorf("unknown input: %v", err)
	}
	if err := sh.Do(ctx, "99"); err == nil || !strings.Contains(err.Error(), "no button [99]") {
		t.Errorf("unknown button: %v", err)
	}
}
