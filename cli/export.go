package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/assay-dev/assay/oscal"
)

func (a *App) exportCommand() *cobra.Command {
	cmd := group(&cobra.Command{
		Use:   "export",
		Short: "Export the assessment record as OSCAL (assessment results, POA&M)",
		Long: `NIST OSCAL 1.1.3 JSON, for GRC tools and auditors that read it.

oscal-ar: assessment results, one result per framework: the owners' answers
as observations (method INTERVIEW, and EXAMINE when they link evidence; the
evidence as relevant-evidence), one finding per applicable control, its
target satisfied when the confirmed level meets the target and
not-satisfied otherwise. Assay's detail travels as props in the namespace
` + oscal.NS + `: maturity-level, target-level, drafted-level, review-decision,
drafter, prompt-version. Origins name the drafter as a tool and the deciding
lead as a party.

poam: a plan of action and milestones item for each applicable control below
its target, with its last draft's gaps and next steps.

Excluded controls are left out of both.`,
	})
	for _, kind := range []string{"oscal-ar", "poam"} {
		var fw, out string
		sub := &cobra.Command{
			Use:   kind + " [--framework F] [-o FILE]",
			Short: map[string]string{"oscal-ar": "OSCAL assessment results", "poam": "OSCAL plan of action and milestones"}[kind],
			Args:  noArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				if _, err := a.requireProgram(cmd); err != nil {
					return err
				}
				b, err := a.core(cmd)
				if err != nil {
					return err
				}
				in, err := b.OSCALInputs(cmd.Context(), fw)
				if err != nil {
					return err
				}
				write := oscal.AssessmentResults
				if kind == "poam" {
					write = oscal.POAM
				}
				data, err := write(in)
				if err != nil {
					return err
				}
				if out == "" || out == "-" {
					_, err := a.Stdout.Write(data)
					return err
				}
				if err := writeFileAtomic(out, data); err != nil {
					return err
				}
				fmt.Fprintf(a.Stdout, "wrote %s (%d applicable controls)\n", out, len(in.Controls))
				return nil
			},
		}
		sub.Flags().StringVar(&fw, "framework", "", "one framework of the program (default: all)")
		sub.Flags().StringVarP(&out, "output", "o", "", "the file to write (default: standard output)")
		cmd.AddCommand(sub)
	}
	return cmd
}
