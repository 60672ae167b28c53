package cli

import (
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
)

// applicabilityJSON is one control's row in `applicability list --json`.
type applicabilityJSON struct {
	Framework     string     `json:"framework"`
	Ref           string     `json:"ref"`
	Title         string     `json:"title"`
	Applicable    bool       `json:"applicable"`
	Reason        string     `json:"reason"`
	Justification string     `json:"justification"`
	ApprovedBy    string     `json:"approved_by"`
	ApprovedAt    *time.Time `json:"approved_at"`
	Door          string     `json:"door,omitempty"`
	// Proposed is an exclusion Assay's role table proposes, waiting for a
	// lead (assay applicability approve).
	Proposed *proposalJSON `json:"proposed_exclusion,omitempty"`
}

type proposalJSON struct {
	Reason        string `json:"reason"`
	Justification string `json:"justification"`
	Source        string `json:"source"`
}

func (a *App) applicabilityCommand() *cobra.Command {
	cmd := group(&cobra.Command{
		Use:   "applicability",
		Short: "Which controls in scope apply, and why the others do not",
		Long: `Every control in the program's scope applies unless a lead excludes it, with
a reason code and a justification, as a Statement of Applicability records
it. Excluded controls leave check-ins, reminders, maturity figures and the
digest. Reason codes: ` + reasonList() + `.
A decision is made here, in Slack, or in the program file's applicability
section; for each control the newest decision is in force, and every one is
kept with its audit log entry.`,
	})
	var exclude, include bool
	var reason, justification, as string
	set := &cobra.Command{
		Use:   "set FRAMEWORK REF (--exclude --reason CODE --justification TEXT | --include) --as LEAD",
		Short: "Include or exclude a control (leads only)",
		Example: `  assay applicability set iso42001 A.10.4 --exclude --reason role \
    --justification "We supply no AI systems to customers." --as U0LEAD
  assay applicability set iso42001 A.10.4 --include --as U0LEAD`,
		Args: exactArgs(2, "FRAMEWORK and REF"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if exclude == include {
				return usageError{fmt.Errorf("give exactly one of --exclude, --include")}
			}
			if !cmd.Flags().Changed("as") {
				return usageError{fmt.Errorf("--as LEAD is required: the audit log records who decided")}
			}
			d := &program.Decision{Key: catalogs.Key{Framework: catalogs.FrameworkID(args[0]), Ref: catalogs.Ref(args[1])},
				Applicable: include, Reason: program.Reason(reason), Justification: justification, DecidedBy: program.UserID(as), Door: cliDoor()}
			b, err := a.gate(cmd)
			if err != nil {
				return err
			}
			if err := b.DecideApplicability(cmd.Context(), d); err != nil {
				return err
			}
			fmt.Fprintf(a.Stdout, "%s: %s (approved by %s at %s)\n", d.Key, d, d.DecidedBy, d.DecidedAt.Format(time.RFC3339))
			return nil
		},
	}
	set.Flags().BoolVar(&exclude, "exclude", false, "the control does not apply (needs --reason and --justification)")
	set.Flags().BoolVar(&include, "include", false, "the control applies")
	set.Flags().StringVar(&reason, "reason", "", "why it is excluded: "+reasonList())
	set.Flags().StringVar(&justification, "justification", "", "what an auditor reads: why the control does not apply")
	set.Flags().StringVar(&as, "as", "", "the lead who decides (required)")

	var asJSON bool
	list := &cobra.Command{
		Use:   "list [FRAMEWORK]",
		Short: "List the controls in scope, applicable or excluded",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := a.requireProgram(cmd)
			if err != nil {
				return err
			}
			lib, err := a.Library(cmd.Context())
			if err != nil {
				return err
			}
			var fw catalogs.FrameworkID
			if len(args) == 1 {
				cat, err := lib.Set().Catalog(args[0])
				if err != nil {
					return err
				}
				if fw = cat.Framework.ID; !p.CoversFramework(fw) {
					return errs.E("cli", errs.Invalid, "%s is not in the program %q", fw, p.Name)
				}
			}
			proposals := map[catalogs.Key]program.Proposal{}
			for _, x := range p.Proposals() {
				proposals[x.Key] = x
			}
			rows := []applicabilityJSON{}
			for _, c := range p.InScope() {
				if fw != "" && c.Framework != fw {
					continue
				}
				r := applicabilityJSON{Framework: string(c.Framework), Ref: string(c.Ref), Title: c.Title, Applicable: true}
				if d, ok := p.DecisionFor(c.Key()); ok {
					at := d.DecidedAt
					r.Applicable, r.Reason, r.Justification, r.ApprovedBy, r.ApprovedAt, r.Door = d.Applicable, string(d.Reason), d.Justification, string(d.DecidedBy), &at, d.Door
				} else if x, ok := proposals[c.Key()]; ok {
					r.Proposed = &proposalJSON{Reason: string(x.Reason), Justification: x.Justification, Source: x.Source}
				}
				rows = append(rows, r)
			}
			if asJSON {
				return a.writeJSON(rows)
			}
			tw := tabwriter.NewWriter(a.Stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "CONTROL\tAPPLIES\tREASON\tAPPROVED BY\tJUSTIFICATION")
			excluded, proposed := 0, 0
			for _, r := range rows {
				applies, by := "yes", r.ApprovedBy
				if !r.Applicable {
					applies = "no"
					excluded++
				}
				if r.Proposed != nil {
					applies, r.Reason, r.Justification = "yes (exclusion proposed)", r.Proposed.Reason, r.Proposed.Justification
					proposed++
				}
				if by == "" {
					by = "-"
				}
				fmt.Fprintf(tw, "%s:%s\t%s\t%s\t%s\t%s\n", r.Framework, r.Ref, applies, r.Reason, by, bot.Trim(r.Justification, 60))
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			fmt.Fprintf(a.Stdout, "%d controls in scope, %d applicable, %d excluded\n", len(rows), len(rows)-excluded, excluded)
			if proposed > 0 {
				fmt.Fprintf(a.Stdout, "%d exclusions proposed by Assay's role table for the organisation's roles: a lead approves each with `assay applicability approve FRAMEWORK REF --as LEAD`, or keeps the control with --include\n", proposed)
			}
			return nil
		},
	}
	list.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	var approveAs string
	var all bool
	approve := &cobra.Command{
		Use:   "approve (FRAMEWORK REF | --all) --as LEAD",
		Short: "Approve exclusions Assay's role table proposes (leads only)",
		Long: `Assay's editorial table of which ISO 42001 Annex A controls matter for which
role (provider, producer, customer, partner; program/roledefaults.yaml,
source assay) proposes to exclude the controls that matter only for roles
the organisation does not play (context.roles). Approving records the
exclusion as the lead's, with reason "role" and the table's justification;
keep a control instead with 'applicability set … --include'.`,
		Args: cobra.MaximumNArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if all == (len(args) == 2) || (!all && len(args) != 2) {
				return usageError{fmt.Errorf("give FRAMEWORK REF, or --all")}
			}
			if !cmd.Flags().Changed("as") {
				return usageError{fmt.Errorf("--as LEAD is required: the audit log records who decided")}
			}
			b, err := a.gate(cmd)
			if err != nil {
				return err
			}
			var keys []catalogs.Key
			if len(args) == 2 {
				keys = []catalogs.Key{{Framework: catalogs.FrameworkID(args[0]), Ref: catalogs.Ref(args[1])}}
			}
			done, err := b.ApproveProposals(cmd.Context(), keys, program.UserID(approveAs), cliDoor())
			for _, d := range done {
				fmt.Fprintf(a.Stdout, "%s: %s (approved by %s)\n", d.Key, d, d.DecidedBy)
			}
			if err == nil && len(done) == 0 {
				fmt.Fprintln(a.Stdout, "No exclusion is proposed.")
			}
			return err
		},
	}
	approve.Flags().BoolVar(&all, "all", false, "approve every proposal")
	approve.Flags().StringVar(&approveAs, "as", "", "the lead who approves (required)")
	cmd.AddCommand(set, list, approve)
	return cmd
}

func reasonList() string {
	var out []string
	for _, r := range program.Reasons {
		out = append(out, string(r.Code)+" ("+r.Text+")")
	}
	return strings.Join(out, ", ")
}

// core is the chat core with the assessment service, for commands that
// read the record through it (history, exports, the SoA, approvals): no
// drafting, so no retrieval engine or model is opened.
func (a *App) core(cmd *cobra.Command) (*bot.Bot, error) {
	b, err := a.gate(cmd)
	if err != nil {
		return nil, err
	}
	st, err := a.Storage(cmd.Context())
	if err != nil {
		return nil, err
	}
	b.Assessor = &assessor.Service{Store: st.Assessor, Catalogs: b.Catalogs, Log: a.Log}
	if p, err := a.Program(cmd.Context()); err != nil {
		return nil, err
	} else if p != nil {
		b.Assessor.Program = p.Assessor()
	}
	return b, nil
}

// gate is the chat core without a chat: the program's roles and owners,
// which every door checks through.
func (a *App) gate(cmd *cobra.Command) (*bot.Bot, error) {
	st, err := a.Storage(cmd.Context())
	if err != nil {
		return nil, err
	}
	lib, err := a.Library(cmd.Context())
	if err != nil {
		return nil, err
	}
	return &bot.Bot{Store: st.Chat, Catalogs: lib.Set, Program: a.Program, Chat: a.directory(), Log: a.Log}, nil
}
