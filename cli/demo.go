package cli

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/bot/shell"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/deploy"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/postgres"
	"github.com/assay-dev/assay/program"
)

// The demo's personas, from the example program.
var demoNames = map[bot.UserID]string{
	"U0LEAD0001": "lena-lead", "U0MLENG001": "omar-owner", "U0GRC00001": "grace-owner", "U0EXEC0001": "erin-exec",
}

// demoReport is the evidence file one owner attaches.
const demoReport = `# Model validation report — churn model v3

Validated against the ML validation checklist v2 (approved by the AI board).
Held-out accuracy 0.94 (threshold 0.90); fairness gap 1.2 points (limit 3).
Signed off by the ML lead.
`

// demoAnswers are scripted answers of varied maturity.
var demoAnswers = []struct{ ref, owner, answer, evidence string }{
	{"A.6.2.4", "omar-owner", "Every model is validated before release against our documented validation checklist, approved by the AI board and used by all ML teams. We track validation pass rates and time-to-fix on a dashboard reviewed monthly, and we improve the checklist after each post-mortem.", "https://wiki.example/ml/validation"},
	{"A.6.2.6", "omar-owner", "The ML platform team monitors production models weekly for drift and errors; alerts go to the on-call engineer.", ""},
	{"A.2.2", "grace-owner", "We have an AI policy, approved by the executive committee last spring and published on the intranet for all staff.", "https://intranet.example/policies/ai"},
	{"A.5.2", "grace-owner", "Impact assessments happen ad hoc when someone remembers to ask legal.", ""},
}

func (a *App) demoCommand() *cobra.Command {
	var keep bool
	var out string
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Run the whole product end to end in this terminal: no Slack, no API key",
		Long: `Applies the example program (ISO 42001 with the AI RMF) in a scratch schema,
sends check-ins through the shell adapter, answers them as the owners with
answers of varied maturity, drafts ratings (the offline drafter, or the model
when OPENAI_API_KEY is set), has the lead confirm one, adjust one and reject
one, excludes a control that does not apply, and produces the digest (text
here, the chart as a PNG) and the Statement of Applicability (XLSX), whose
paths it prints. The scratch schema is dropped at the end unless --keep.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			start := time.Now()
			ctx := cmd.Context()
			if keep {
				os.Setenv("ASSAY_BENCH_KEEP", "1")
			}
			// The audit log is anchored: with the configured key, or a
			// throwaway one for the demo.
			key, err := a.anchor()
			if err != nil {
				return err
			}
			keyNote := "the configured audit key"
			if key == nil {
				var raw [32]byte
				_, _ = rand.Read(raw[:])
				if a.auditAnchor, err = assessor.NewAnchor(hex.EncodeToString(raw[:])); err != nil {
					return err
				}
				keyNote = "a throwaway audit key for this demo"
			}
			// Everything below runs in a scratch store: a schema of the
			// PostgreSQL database, or a temporary file on the embedded store.
			st, cleanup, err := a.openScratch(ctx, a.embedded(), postgres.Tuning{})
			if err != nil {
				return err
			}
			defer cleanup()
			a.st = st
			defer func() { a.st = nil }()
			dir := out
			if dir == "" {
				dir = os.TempDir()
			}
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return errs.Wrap("demo", errs.Invalid, err, "creating the output directory")
			}
			tmp, err := os.MkdirTemp("", "assay-demo-")
			if err != nil {
				return errs.Wrap("demo", errs.Unavailable, err, "temporary directory")
			}
			defer os.RemoveAll(tmp)
			path := filepath.Join(tmp, "program.yaml")
			if err := os.WriteFile(path, deploy.ExampleProgram, 0o644); err != nil {
				return errs.Wrap("demo", errs.Invalid, err, "writing the demo program")
			}
			a.step("An admin applies the program")
			if err := a.applyProgram(ctx, path, "demo"); err != nil {
				return err
			}
			sh := shell.New(strings.NewReader(""), a.Stdout, "U0LEAD0001")
			sh.Names, sh.FilesDir = demoNames, dir
			b, err := a.Bot(cmd, sh)
			if err != nil {
				return err
			}
			b.Door = "shell"
			sh.Bot = b
			stop, err := a.runQueue(ctx)
			if err != nil {
				return err
			}
			defer stop()
			do := func(line string) {
				fmt.Fprintf(a.Stdout, "\n%s> %s\n", sh.Name(sh.As), line)
				if err := sh.Do(ctx, line); err != nil {
					fmt.Fprintf(a.Stdout, "✗ %v\n", err)
				}
			}
			a.step("The lead sends a round of check-ins")
			for _, x := range demoAnswers {
				do("/assay checkin iso42001 " + x.ref)
			}
			a.step("Before the first rating the digest channel gets a kickoff")
			builder, err := a.Digests(cmd, b)
			if err != nil {
				return err
			}
			p, err := a.Program(ctx)
			if err != nil {
				return err
			}
			kickoff, err := builder.Build(ctx, p)
			if err != nil {
				return err
			}
			fmt.Fprint(a.Stdout, kickoff.Text())
			// One owner attaches a file as evidence: it is hashed and kept
			// with the answer (a copy too, with ASSAY_EVIDENCE_DIR).
			report := filepath.Join(tmp, "model-validation-report.md")
			if err := os.WriteFile(report, []byte(demoReport), 0o644); err != nil {
				return errs.Wrap("demo", errs.Invalid, err, "writing the demo's evidence file")
			}
			a.step("The owners answer in their DMs")
			for _, x := range demoAnswers {
				ck, ok, err := b.Store.OpenCheckin(ctx, keyOf(x.ref))
				if err != nil || !ok {
					return errs.E("demo", errs.Internal, "the check-in for %s was not sent", x.ref)
				}
				do("/as " + x.owner)
				n, err := sh.ButtonFor(bot.ActAnswer, string(ck.ID))
				if err != nil {
					return err
				}
				evidence := "\n" // an empty first line skips the optional links
				if x.evidence != "" {
					evidence = x.evidence + "\n.\n"
				}
				// The form: answer, links, files (ended by an empty line),
				// the date they hold until, own rating (skipped).
				files, until := "\n", "\n"
				if x.ref == "A.6.2.4" {
					files, until = report+"\n\n", time.Now().AddDate(1, 0, 0).Format("2006-01-02")+"\n"
				}
				sh.In.Reset(strings.NewReader(x.answer + "\n.\n" + evidence + files + until + "\n"))
				fmt.Fprintf(a.Stdout, "(%s types) %s\n", x.owner, x.answer)
				if x.evidence != "" {
					fmt.Fprintf(a.Stdout, "(evidence) %s\n", x.evidence)
				}
				if x.ref == "A.6.2.4" {
					fmt.Fprintf(a.Stdout, "(attaches) %s, valid for a year\n", filepath.Base(report))
				}
				do(n)
			}
			a.step("Drafts are made in the background and posted for review")
			drafts, err := a.awaitDrafts(ctx, len(demoAnswers))
			if err != nil {
				return err
			}
			a.step("The lead confirms one, adjusts one, rejects one")
			do("/as lena-lead")
			// Each decision fits its control: the validated models are
			// confirmed, the monitoring adjusted, the policy questioned.
			for _, d := range drafts {
				switch d.Ref {
				case "A.6.2.4":
					n, err := sh.AwaitButton(ctx, bot.ActConfirm, string(d.ID), backgroundWait)
					if err != nil {
						return err
					}
					do(n)
				case "A.6.2.6":
					n, err := sh.AwaitButton(ctx, bot.ActAdjust, string(d.ID), backgroundWait)
					if err != nil {
						return err
					}
					// One level below the draft: the monitoring rests on one
					// on-call engineer, with nothing written down.
					lvl := 1
					if d.Level != nil && *d.Level > 1 {
						lvl = *d.Level - 1
					}
					// The form lists the levels from 0: option lvl+1.
					sh.In.Reset(strings.NewReader(fmt.Sprintf("%d\nThe monitoring rests on one on-call engineer and no procedure is written down yet.\n.\n", lvl+1)))
					do(n)
				case "A.2.2":
					n, err := sh.AwaitButton(ctx, bot.ActReject, string(d.ID), backgroundWait)
					if err != nil {
						return err
					}
					sh.In.Reset(strings.NewReader("Who approved the policy, and where is the approval recorded?\n.\n"))
					do(n)
				}
			}
			a.step("The lead excludes a control that does not apply")
			if err := b.DecideApplicability(ctx, &program.Decision{Key: keyOf("A.10.4"), Reason: program.ReasonBusiness,
				Justification: "Our AI features serve our own staff: no AI product or service is offered to customers.",
				DecidedBy:     "U0LEAD0001", Door: "shell"}); err != nil {
				return err
			}
			do("/assay applicability iso42001")
			a.step("An executive asks for the status")
			do("/as erin-exec")
			do("/assay status")
			a.step("The evidence file, as the audit trail keeps it")
			evs, err := b.History(ctx, keyOf("A.6.2.4"))
			if err != nil {
				return err
			}
			for _, e := range evs {
				for _, f := range e.Files {
					fmt.Fprintf(a.Stdout, "Evidence file: %s, %d bytes, SHA-256 %s, attached by %s, holds until %s\n",
						f.Name, f.Size, f.SHA256, sh.Name(f.By), f.ValidUntil.Format("2006-01-02"))
				}
			}
			a.step("The weekly digest")
			if p, err = a.Program(ctx); err != nil { // with the exclusion just made
				return err
			}
			s, err := builder.Build(ctx, p)
			if err != nil {
				return err
			}
			if _, err := builder.Keep(ctx, s, nil); err != nil {
				return err
			}
			fmt.Fprint(a.Stdout, s.Text())
			png, err := s.Chart(p.Scale.Max())
			if err != nil {
				return err
			}
			chart := filepath.Join(dir, "assay-demo-digest.png")
			if err := os.WriteFile(chart, png, 0o644); err != nil {
				return errs.Wrap("demo", errs.Invalid, err, "writing the chart")
			}
			a.step("The Statement of Applicability")
			soa, _, err := b.Statement(ctx, "")
			if err != nil {
				return err
			}
			for _, n := range soa.Summary {
				fmt.Fprintf(a.Stdout, "%s: %d controls in scope, %d applicable, %d rated, %d implemented (%s)\n", n.Framework, n.InScope, n.Applicable, n.Rated, n.Implemented, soa.Header.VersionLine())
			}
			book, err := soa.XLSX()
			if err != nil {
				return err
			}
			soaPath := filepath.Join(dir, "assay-demo-soa.xlsx")
			if err := os.WriteFile(soaPath, book, 0o644); err != nil {
				return errs.Wrap("demo", errs.Invalid, err, "writing the Statement of Applicability")
			}
			r, err := assessor.VerifyAudit(ctx, st.Assessor, assessor.VerifyOptions{Keys: []assessor.AnchorKey{a.auditAnchor.Public()}})
			if err != nil {
				return err
			}
			if !r.OK() {
				return errs.E("demo", errs.Internal, "the demo's audit log does not verify: %s %s", strings.Join(r.Problems, "; "), r.Unanchored)
			}
			fmt.Fprintf(a.Stdout, "\nchart: %s\nStatement of Applicability: %s\naudit log intact: %d entries, each signed with %s; %d drafts agree with it\ndemo finished in %.1fs\n",
				chart, soaPath, r.Entries, keyNote, r.Drafts, time.Since(start).Seconds())
			return nil
		},
	}
	cmd.Flags().BoolVar(&keep, "keep", false, "keep the scratch schema (its name is logged)")
	cmd.Flags().StringVar(&out, "out", "", "directory for the chart (default: the system's temporary directory)")
	return cmd
}

func (a *App) step(title string) {
	fmt.Fprintf(a.Stdout, "\n━━━ %s ━━━\n", title)
}

func keyOf(ref string) catalogs.Key {
	return catalogs.Key{Framework: catalogs.ISO42001, Ref: catalogs.Ref(ref)}
}

// backgroundWait is how long the demo waits for what background jobs
// make: the drafts, then each draft's review card, posted after the draft
// is stored.
const backgroundWait = 2 * time.Minute

// awaitDrafts waits until n drafts exist (the queue's workers make them).
func (a *App) awaitDrafts(ctx context.Context, n int) ([]*assessor.Draft, error) {
	deadline := time.Now().Add(backgroundWait)
	for {
		ds, err := a.st.Assessor.ListDrafts(ctx, "", 100)
		if err != nil {
			return nil, err
		}
		if len(ds) >= n {
			// Oldest first: the order the answers came in.
			for i, j := 0, len(ds)-1; i < j; i, j = i+1, j-1 {
				ds[i], ds[j] = ds[j], ds[i]
			}
			return ds, nil
		}
		if time.Now().After(deadline) {
			return nil, errs.E("demo", errs.Unavailable, "only %d of %d drafts after %s", len(ds), n, backgroundWait)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}
