package cli

import (
	"context"
	"fmt"
	"os/user"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/bot/slack"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/jobs"
	"github.com/assay-dev/assay/llm"
	"github.com/assay-dev/assay/retrieval"
)

// Assessor wires the drafting service, its store and the job queue's
// workers (not started).
func (a *App) Assessor(cmd *cobra.Command) (*assessor.Service, assessor.Store, error) {
	ctx := cmd.Context()
	if a.assessor != nil {
		return a.assessor, a.st.Assessor, nil
	}
	st, err := a.Storage(ctx)
	if err != nil {
		return nil, nil, err
	}
	lib, err := a.Library(ctx)
	if err != nil {
		return nil, nil, err
	}
	eng, err := a.Engine(cmd, true)
	if err != nil {
		return nil, nil, err
	}
	drafter, _ := a.models()
	svc := &assessor.Service{Store: st.Assessor, Catalogs: lib.Set, Search: eng.Search, Drafter: drafter, Log: a.Log}
	if p, err := a.Program(ctx); err != nil {
		return nil, nil, err
	} else if p != nil {
		svc.Program = p.Assessor()
	}
	// Every door answers and decides through one gate: the program's roles
	// and owners (a Bot; serve and the shell put in the one they chat with).
	if svc.Gate, err = a.gate(cmd); err != nil {
		return nil, nil, err
	}
	opts, err := a.workerOptions()
	if err != nil {
		return nil, nil, err
	}
	w, err := st.Queue.Workers(svc, opts)
	if err != nil {
		return nil, nil, err
	}
	a.assessor, a.workers = svc, w
	return svc, st.Assessor, nil
}

// directory is the chat a command-line gate expands user groups through:
// Slack, when SLACK_BOT_TOKEN is set; else none, and a role held only
// through a user group cannot act from the command line.
func (a *App) directory() bot.Chat {
	if a.Config.SlackBotToken == "" {
		return nil
	}
	return slack.New(a.Config.SlackBotToken, a.Config.SlackAPIURL)
}

// workerOptions shape this process's job workers.
func (a *App) workerOptions() (jobs.Options, error) {
	if a.Config.JobRescueAfter < 0 {
		return jobs.Options{}, usageError{fmt.Errorf("ASSAY_JOB_RESCUE_AFTER must be a duration of a second or more, like 2m")}
	}
	return jobs.Options{Workers: a.Config.LLMConcurrency, PollInterval: 200 * time.Millisecond, RescueAfter: a.Config.JobRescueAfter}, nil
}

// cliDoor names the command line as a door in the audit log, with the
// operating-system user who ran it.
func cliDoor() string {
	name := "unknown"
	if u, err := user.Current(); err == nil && u.Username != "" {
		name = u.Username
	}
	return "cli:" + name
}

// models are the chat model's two uses, wired once: the drafter (the
// model with a key, else the offline drafter) and the /assay ask writer
// (nil without a key: the bot quotes passages instead).
func (a *App) models() (assessor.Drafter, func(context.Context, string, []retrieval.Result) (string, error)) {
	if a.Config.Offline() {
		a.Log.Debug("no OPENAI_API_KEY: using the offline drafter")
		return assessor.Offline{}, nil
	}
	if a.chat == nil {
		a.chat = llm.NewChat(llm.ChatConfig{Endpoint: llm.Config{APIKey: a.Config.OpenAIAPIKey, BaseURL: a.Config.OpenAIBaseURL},
			Model: a.Config.ChatModel, Concurrency: a.Config.LLMConcurrency, Observe: a.observeLLM})
	}
	return a.chat, a.chat.Explain
}

// draftJSON is the shape `assess` and `drafts show` print.
type draftJSON struct {
	DraftID       assessor.DraftID    `json:"draft_id"`
	Status        assessor.Status     `json:"status"`
	Error         string              `json:"error,omitempty"`
	Framework     string              `json:"framework"`
	Ref           string              `json:"ref"`
	Level         *int                `json:"level"`
	Scale         string              `json:"scale"`
	Confidence    float64             `json:"confidence"`
	Rationale     string              `json:"rationale"`
	Citations     []assessor.Citation `json:"citations"`
	EvidenceUsed  []string            `json:"evidence_used"`
	Gaps          []string            `json:"gaps"`
	NextSteps     []string            `json:"next_steps"`
	FollowUp      *string             `json:"follow_up_question"`
	Flags         []string            `json:"flags"`
	Drafter       string              `json:"drafter"`
	PromptVersion string              `json:"prompt_version"`
	Tokens        assessor.Tokens     `json:"tokens"`
	ProposedFrom  assessor.DraftID    `json:"proposed_from,omitempty"`
	FinalLevel    *int                `json:"final_level,omitempty"`
	DecidedBy     assessor.UserID     `json:"decided_by,omitempty"`
	Reason        string              `json:"reason,omitempty"`
	Question      string              `json:"question,omitempty"`
	System        string              `json:"system,omitempty"`
}

func toJSON(d *assessor.Draft) draftJSON {
	nz := func(xs []string) []string {
		if xs == nil {
			return []string{}
		}
		return xs
	}
	cites := d.Citations
	if cites == nil {
		cites = []assessor.Citation{}
	}
	return draftJSON{DraftID: d.ID, Status: d.Status, Error: d.Error, Framework: string(d.Framework), Ref: string(d.Ref),
		Level: d.Level, Scale: string(d.Scale), Confidence: d.Confidence, Rationale: d.Rationale, Citations: cites,
		EvidenceUsed: nz(d.EvidenceUsed), Gaps: nz(d.Gaps), NextSteps: nz(d.NextSteps), FollowUp: d.FollowUp, Flags: nz(d.Flags),
		Drafter: d.Drafter, PromptVersion: d.Prompt, Tokens: d.Tokens, ProposedFrom: d.ProposedFrom,
		FinalLevel: d.FinalLevel, DecidedBy: d.DecidedBy, Reason: d.Reason, Question: d.Question, System: d.System}
}

// printDraft writes a draft for people: short, the level first, labelled
// when it is an offline draft.
func (a *App) printDraft(d *assessor.Draft) {
	w := a.Stdout
	label := "draft"
	if d.Drafter == assessor.OfflineDrafter {
		label = "offline draft"
	} else if d.Drafter == assessor.CrosswalkDrafter {
		label = "proposed rating"
	}
	switch {
	case d.Status == assessor.Failed:
		fmt.Fprintf(w, "%s %s: draft failed, a human rating is needed\n  reason: %s\n", d.Key(), d.ID, d.Error)
	case d.Level != nil:
		fmt.Fprintf(w, "%s: %s level %d on %s (confidence %.2f), %s\n", d.Key(), label, *d.Level, d.Scale, d.Confidence, d.Status)
		fmt.Fprintf(w, "  id: %s\n  rationale: %s\n", d.ID, d.Rationale)
	}
	for _, c := range d.Citations {
		ref := ""
		if c.Ref != "" {
			ref = " " + catalogs.Key{Framework: c.Framework, Ref: c.Ref}.String()
		}
		fmt.Fprintf(w, "  cites: %s (%s%s)\n", c.Chunk, c.Doc, ref)
	}
	for _, g := range d.Gaps {
		fmt.Fprintf(w, "  gap: %s\n", g)
	}
	for _, s := range d.NextSteps {
		fmt.Fprintf(w, "  next: %s\n", s)
	}
	if d.FollowUp != nil {
		fmt.Fprintf(w, "  ask the owner: %s\n", *d.FollowUp)
	}
	if len(d.Flags) > 0 {
		fmt.Fprintf(w, "  flags: %s\n", strings.Join(d.Flags, ", "))
	}
	if d.FinalLevel != nil {
		fmt.Fprintf(w, "  final level %d (%s by %s)\n", *d.FinalLevel, d.Status, d.DecidedBy)
	}
}

func (a *App) assessCommand() *cobra.Command {
	var answer, as string
	var evidence []string
	var ownRating int
	var asJSON bool
	var wait time.Duration
	var system string
	cmd := &cobra.Command{
		Use:   "assess FRAMEWORK REF --answer TEXT",
		Short: "Store an owner's answer and draft its maturity rating now",
		Long: `Stores the answer and its drafting job together, works the job in this
process, and prints the draft. The draft is pending until a lead reviews it
(assay review); a draft that could not be made is printed as failed, with the
reason, and the command exits 1.

Without OPENAI_API_KEY the offline drafter rates the answer by rule: it looks
for evidence of a practice, an owner and cadence, documentation, measurement
and improvement.`,
		Example: `  assay assess iso27001 A.8.8 --answer "The platform team patches monthly under the patch policy" --evidence https://wiki/patching
  assay assess csf PR.AA-01 --answer "SSO with MFA for all staff" --json`,
		Args: exactArgs(2, "FRAMEWORK REF"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !cmd.Flags().Changed("as") {
				return usageError{fmt.Errorf("--as USER is required: the control's owner (or their delegate) who answers")}
			}
			ctx := cmd.Context()
			ans := &assessor.Answer{Framework: catalogs.FrameworkID(args[0]), Ref: catalogs.Ref(args[1]), Text: answer, Evidence: evidence, Author: assessor.UserID(as), System: system}
			if cmd.Flags().Changed("own-rating") {
				ans.SelfLevel = &ownRating
			}
			// An answer that would be refused is refused before the
			// retrieval corpus and the model are opened.
			core, err := a.core(cmd)
			if err != nil {
				return err
			}
			core.Assessor.Gate = core
			if err := core.Assessor.Accept(ctx, ans); err != nil {
				return err
			}
			svc, store, err := a.Assessor(cmd)
			if err != nil {
				return err
			}
			// Two attempts: the client already retries the endpoint, and a
			// person is waiting; the second is for a process that died on
			// the first (it is rescued after ASSAY_JOB_RESCUE_AFTER).
			if err := svc.Submit(ctx, ans, assessor.SubmitOptions{MaxAttempts: 2}); err != nil {
				return err
			}
			d, err := a.awaitDraft(ctx, store, ans.ID, wait)
			if err != nil {
				return err
			}
			if asJSON {
				if err := a.writeJSON(toJSON(d)); err != nil {
					return err
				}
			} else {
				a.printDraft(d)
				if d.Status == assessor.Pending {
					fmt.Fprintf(a.Stdout, "review it: assay review %s --confirm --as YOU\n", d.ID)
				}
			}
			if d.Status == assessor.Failed {
				return errs.E("assess", errs.Unavailable, "no valid draft: %s", d.Error)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&answer, "answer", "", "the owner's answer (required)")
	cmd.Flags().StringArrayVar(&evidence, "evidence", nil, "an evidence link (repeatable)")
	cmd.Flags().IntVar(&ownRating, "own-rating", 0, "the owner's own rating, a level on the program's scale (kept beside the answer)")
	cmd.Flags().StringVar(&as, "as", "", "the owner (or their delegate) who answers, as the program names them (required)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().StringVar(&system, "system", "", "an AI system's id: the answer is its impact assessment (impact-assessment controls only)")
	cmd.Flags().DurationVar(&wait, "wait", 5*time.Minute, "how long to wait for the draft")
	cmd.MarkFlagRequired("answer")
	return cmd
}

// awaitDraft works the queue in this process until the answer's draft
// exists (another process's workers may make it instead).
func (a *App) awaitDraft(ctx context.Context, store assessor.Store, answerID assessor.AnswerID, wait time.Duration) (*assessor.Draft, error) {
	q := a.workers
	if err := q.Start(ctx); err != nil {
		return nil, errs.Wrap("assess", errs.Unavailable, err, "starting the job queue")
	}
	defer func() {
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		q.Stop(sctx)
	}()
	deadline := time.Now().Add(wait)
	for {
		d, ok, err := store.DraftForAnswer(ctx, answerID)
		if err != nil {
			return nil, err
		}
		if ok {
			return d, nil
		}
		state, lastErr, err := a.st.Queue.DraftJob(ctx, answerID)
		if err != nil {
			return nil, err
		}
		if state == "discarded" || state == "cancelled" {
			return nil, errs.E("assess", errs.Internal, "the drafting job was %s: %s", state, lastErr)
		}
		if time.Now().After(deadline) {
			return nil, errs.E("assess", errs.Unavailable, "no draft after %s; the answer (%s) is saved and its job will be drafted by a running worker", wait, answerID)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func (a *App) reviewCommand() *cobra.Command {
	var confirm, reject, asJSON bool
	var adjust int
	var reason, question, as string
	cmd := &cobra.Command{
		Use:   "review DRAFT_ID (--confirm | --adjust LEVEL --reason TEXT | --reject --question TEXT) --as USER",
		Short: "Confirm, adjust or reject a drafted rating",
		Long: `The same decision the Slack review buttons make. Only a confirmed or
adjusted draft is a rating; a rejection sends the question back to the owner.
A draft can be decided once: acting again is refused and changes nothing.
A rating is then proposed, as pending, for the equal or narrower controls
of the program's other frameworks.`,
		Example: `  assay review 0b6e… --confirm --as U0LEAD
  assay review 0b6e… --adjust 2 --reason "The policy is still a draft" --as U0LEAD
  assay review 0b6e… --reject --question "Which tool scans the containers?" --as U0LEAD`,
		Args: exactArgs(1, "DRAFT_ID"),
		RunE: func(cmd *cobra.Command, args []string) error {
			adjusting := cmd.Flags().Changed("adjust")
			n := 0
			for _, b := range []bool{confirm, adjusting, reject} {
				if b {
					n++
				}
			}
			if n != 1 {
				return usageError{fmt.Errorf("give exactly one of --confirm, --adjust LEVEL, --reject")}
			}
			if !cmd.Flags().Changed("as") {
				return usageError{fmt.Errorf("--as USER is required: the audit log records who acted")}
			}
			act := assessor.Action{Actor: assessor.UserID(as), Door: cliDoor()}
			switch {
			case confirm:
				act.Kind = assessor.Confirmed
			case adjusting:
				act.Kind, act.Level, act.Reason = assessor.Adjusted, adjust, reason
			default:
				act.Kind, act.Question = assessor.Rejected, question
			}
			svc, _, err := a.Assessor(cmd)
			if err != nil {
				return err
			}
			d, proposed, err := svc.Review(cmd.Context(), assessor.DraftID(args[0]), act)
			if err != nil {
				return err
			}
			if asJSON {
				out := struct {
					Draft    draftJSON   `json:"draft"`
					Proposed []draftJSON `json:"proposed"`
				}{Draft: toJSON(d), Proposed: []draftJSON{}}
				for _, p := range proposed {
					out.Proposed = append(out.Proposed, toJSON(p))
				}
				return a.writeJSON(out)
			}
			switch d.Status {
			case assessor.Rejected:
				fmt.Fprintf(a.Stdout, "%s: rejected; the owner is asked: %s\n", d.Key(), d.Question)
			default:
				fmt.Fprintf(a.Stdout, "%s: %s at level %d\n", d.Key(), d.Status, *d.FinalLevel)
			}
			for _, p := range proposed {
				fmt.Fprintf(a.Stdout, "proposed for %s at level %d: %s (review it: assay review %s --confirm --as %s)\n", p.Key(), *p.Level, p.ID, p.ID, as)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&confirm, "confirm", false, "the drafted level stands")
	cmd.Flags().IntVar(&adjust, "adjust", 0, "set another level (needs --reason)")
	cmd.Flags().StringVar(&reason, "reason", "", "why the level was adjusted")
	cmd.Flags().BoolVar(&reject, "reject", false, "send a follow-up question to the owner (needs --question)")
	cmd.Flags().StringVar(&question, "question", "", "the follow-up question for the owner")
	cmd.Flags().StringVar(&as, "as", "", "who is acting (required)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func (a *App) draftsCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "drafts", Short: "List and show drafted ratings"}
	var status string
	var asJSON bool
	list := &cobra.Command{
		Use:   "list",
		Short: "List drafts, newest first (default: those waiting for a lead)",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, store, err := a.Assessor(cmd)
			if err != nil {
				return err
			}
			ds, err := store.ListDrafts(cmd.Context(), assessor.Status(status), 200)
			if err != nil {
				return err
			}
			if asJSON {
				out := []draftJSON{}
				for _, d := range ds {
					out = append(out, toJSON(d))
				}
				return a.writeJSON(out)
			}
			if len(ds) == 0 {
				fmt.Fprintf(a.Stdout, "no %s drafts\n", status)
				return nil
			}
			tw := tabwriter.NewWriter(a.Stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tCONTROL\tLEVEL\tSTATUS\tDRAFTER\tFLAGS")
			for _, d := range ds {
				lvl := "-"
				if d.Level != nil {
					lvl = fmt.Sprint(*d.Level)
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", d.ID, d.Key(), lvl, d.Status, d.Drafter, strings.Join(d.Flags, ","))
			}
			return tw.Flush()
		},
	}
	list.Flags().StringVar(&status, "status", "pending", "pending, failed, confirmed, adjusted or rejected")
	list.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	var showJSON bool
	show := &cobra.Command{
		Use:   "show DRAFT_ID",
		Short: "Show one draft",
		Args:  exactArgs(1, "DRAFT_ID"),
		RunE: func(cmd *cobra.Command, args []string) error {
			_, store, err := a.Assessor(cmd)
			if err != nil {
				return err
			}
			d, err := store.Draft(cmd.Context(), assessor.DraftID(args[0]))
			if err != nil {
				return err
			}
			if showJSON {
				return a.writeJSON(toJSON(d))
			}
			a.printDraft(d)
			return nil
		},
	}
	show.Flags().BoolVar(&showJSON, "json", false, "print JSON")
	cmd.AddCommand(list, show)
	return group(cmd)
}

func (a *App) reportCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "report", Short: "Reports on the assessment"}
	var asJSON bool
	cal := &cobra.Command{
		Use:   "calibration",
		Short: "How often leads agreed with the drafts, per framework and overall",
		Long: `Compares each drafted level with the level a lead settled on (confirmed or
adjusted drafts; crosswalk proposals are left out): exact-match rate,
within-one rate, quadratic-weighted kappa (1 perfect, 0 chance; undefined
when only one level occurs) and mean signed difference (drafted minus
final: positive means the drafts overstate).`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, store, err := a.Assessor(cmd)
			if err != nil {
				return err
			}
			pairs, err := store.RatedPairs(cmd.Context())
			if err != nil {
				return err
			}
			c := assessor.Calibrate(pairs)
			if asJSON {
				return a.writeJSON(c)
			}
			if c.Overall.N == 0 {
				fmt.Fprintln(a.Stdout, "no reviewed drafts yet: calibration needs confirmed or adjusted drafts")
				return nil
			}
			tw := tabwriter.NewWriter(a.Stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "FRAMEWORK\tN\tEXACT\tWITHIN ONE\tKAPPA\tMEAN DIFF")
			row := func(name string, x assessor.Agreement) {
				k := "n/a"
				if x.Kappa != nil {
					k = fmt.Sprintf("%.2f", *x.Kappa)
				}
				fmt.Fprintf(tw, "%s\t%d\t%.0f%%\t%.0f%%\t%s\t%+.2f\n", name, x.N, 100*x.Exact, 100*x.WithinOne, k, x.MeanSignedDiff)
			}
			for _, f := range c.ByFramework {
				row(f.Framework, f)
			}
			row("overall", c.Overall)
			return tw.Flush()
		},
	}
	cal.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.AddCommand(cal)
	return group(cmd)
}
