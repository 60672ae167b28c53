package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/assay-dev/assay/ask"
	"github.com/assay-dev/assay/catalogs"
)

func (a *App) askCommand() *cobra.Command {
	var asJSON bool
	var frameworks []string
	cmd := &cobra.Command{
		Use:   "ask QUESTION [--json] [--framework FW]...",
		Short: "Answer a question about the standards: the controls that apply, then the passages",
		Long: `Names the controls that apply across the program's frameworks (every
framework's before a program is applied, or those given with --framework):
found by their titles and questions in the catalogs, by the passages search
finds, and through crosswalks. Then quotes the best passages, each once, with
its framework, ref, document and title. With OPENAI_API_KEY set a model
writes the answer from the passages; without, the answer says so.
JSON: {"question","answer","controls":[{"framework","ref","title"}],
"passages":[{"framework","ref","doc","title","text","score"}],"offline"}.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			lib, err := a.Library(ctx)
			if err != nil {
				return err
			}
			var fws []catalogs.FrameworkID
			for _, f := range frameworks {
				cat, err := lib.Set().Catalog(f)
				if err != nil {
					return err
				}
				fws = append(fws, cat.Framework.ID)
			}
			if len(fws) == 0 {
				if p, err := a.Program(ctx); err != nil {
					return err
				} else if p != nil {
					fws = p.Frameworks()
				}
			}
			eng, err := a.Engine(cmd, true)
			if err != nil {
				return err
			}
			_, explain := a.models()
			asker := &ask.Asker{Set: lib.Set, Search: eng.Search, Explain: explain}
			ans, err := asker.Ask(ctx, strings.Join(args, " "), fws)
			if err != nil {
				return err
			}
			if asJSON {
				return a.writeJSON(ans)
			}
			fmt.Fprintf(a.Stdout, "%s\n\n%s\n", ans.Question, ans.Answer)
			if len(ans.Controls) > 0 {
				fmt.Fprintln(a.Stdout, "\nControls that apply:")
				for _, c := range ans.Controls {
					line := fmt.Sprintf("  %s %s — %s", c.Framework, c.Ref, c.Title)
					if c.Via != "" {
						line += " (" + c.Via + ")"
					}
					fmt.Fprintln(a.Stdout, line)
				}
			}
			for i, p := range ans.Passages {
				where := p.Framework
				if p.Ref != "" {
					where += " " + p.Ref
				}
				fmt.Fprintf(a.Stdout, "\n[%d] %s · %s · %s\n%s\n", i+1, where, p.Doc, p.Title, indent(p.Text))
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().StringSliceVar(&frameworks, "framework", nil, "name controls of this framework (repeatable; default: the program's)")
	return cmd
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(strings.TrimSpace(s), "\n", "\n    ")
}
