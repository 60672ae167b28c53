package cli

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
)

func (a *App) aiSystemCommand() *cobra.Command {
	cmd := group(&cobra.Command{
		Use:   "ai-system",
		Short: "The AI system register the program keeps",
		Long: `The program file's ai_systems: each AI system with its purpose, owner, the
organisation's role for it (context.roles), life-cycle stage, risk tier,
EU AI Act category where known, affected parties, data sources and next
review date.`,
	})
	var asJSON bool
	list := &cobra.Command{
		Use:   "list [--json]",
		Short: "List the AI systems",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			p, err := a.requireProgram(cmd)
			if err != nil {
				return err
			}
			if asJSON {
				return a.writeJSON(struct {
					Context program.Context    `json:"context"`
					Systems []program.AISystem `json:"systems"`
				}{p.Context, append([]program.AISystem{}, p.Systems...)})
			}
			if len(p.Systems) == 0 {
				fmt.Fprintln(a.Stdout, "No AI systems are registered: list them under ai_systems in the program file.")
				return nil
			}
			tw := tabwriter.NewWriter(a.Stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tNAME\tROLE\tSTAGE\tRISK\tOWNER\tNEXT REVIEW")
			for _, s := range p.Systems {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", s.ID, s.Name, s.Role, s.Stage, s.Risk, s.Owner, reviewDate(s))
			}
			return tw.Flush()
		},
	}
	list.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	var showJSON bool
	show := &cobra.Command{
		Use:   "show ID [--json]",
		Short: "Describe one AI system",
		Args:  exactArgs(1, "an AI system's ID"),
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := a.requireProgram(cmd)
			if err != nil {
				return err
			}
			s, ok := p.System(args[0])
			if !ok {
				var ids []string
				for _, s := range p.Systems {
					ids = append(ids, s.ID)
				}
				return errs.E("cli", errs.NotFound, "no AI system %q in the register (registered: %s)", args[0], orNone(ids))
			}
			if showJSON {
				return a.writeJSON(s)
			}
			fmt.Fprintf(a.Stdout, "%s — %s\n", s.ID, s.Name)
			for _, f := range [][2]string{{"purpose", s.Purpose}, {"owner", string(s.Owner)}, {"role", string(s.Role)}, {"stage", s.Stage},
				{"risk", string(s.Risk)}, {"EU AI Act", s.EUAIAct}, {"affected parties", strings.Join(s.Affected, ", ")},
				{"data sources", strings.Join(s.DataSources, ", ")}, {"next review", reviewDate(s)}} {
				if f[1] != "" {
					fmt.Fprintf(a.Stdout, "  %-17s %s\n", f[0]+":", f[1])
				}
			}
			return nil
		},
	}
	show.Flags().BoolVar(&showJSON, "json", false, "print JSON")
	cmd.AddCommand(list, show)
	return cmd
}

func reviewDate(s program.AISystem) string {
	if s.NextReview == nil {
		return "-"
	}
	return s.NextReview.Format("2006-01-02")
}

func orNone(xs []string) string {
	if len(xs) == 0 {
		return "none"
	}
	return strings.Join(xs, ", ")
}

// requireProgram returns the program in force, or a clear error.
func (a *App) requireProgram(cmd *cobra.Command) (*program.Program, error) {
	p, err := a.Program(cmd.Context())
	if err != nil {
		return nil, err
	}
	if p == nil {
		return nil, errs.E("cli", errs.Invalid, "no assessment program is applied yet: run `assay program apply FILE`")
	}
	return p, nil
}
