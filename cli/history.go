package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/catalogs"
)

func (a *App) historyCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "history FRAMEWORK REF [--json]",
		Short: "Everything that happened to a control, oldest first",
		Long: `Every check-in, answer (with its evidence), draft (level, drafter, prompt
version), lead's decision (who, when, reason or question) and applicability
decision for one control, oldest first. Drafts and decisions are read from
the audit log.`,
		Example: "  assay history iso42001 A.6.2.4",
		Args:    exactArgs(2, "FRAMEWORK and REF"),
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := a.core(cmd)
			if err != nil {
				return err
			}
			evs, err := b.History(cmd.Context(), catalogs.Key{Framework: catalogs.FrameworkID(args[0]), Ref: catalogs.Ref(args[1])})
			if err != nil {
				return err
			}
			if asJSON {
				return a.writeJSON(append([]bot.Event{}, evs...))
			}
			if len(evs) == 0 {
				fmt.Fprintln(a.Stdout, "Nothing has happened to this control yet.")
			}
			for _, e := range evs {
				fmt.Fprintln(a.Stdout, e.Line())
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
