package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
)

func (a *App) soaCommand() *cobra.Command {
	cmd := group(&cobra.Command{
		Use:   "soa",
		Short: "The Statement of Applicability: export it, approve a version",
		Long: `The Statement of Applicability an ISO 27001 or ISO 42001 audit starts from:
one row per control in scope with its title (our words), whether it applies
(reason and justification when not), implementation status, confirmed
maturity level and target, evidence links, owner, when and by whom it was
last confirmed, and the AI systems it concerns; a header with the
organisation, scope, roles, version, generation time and approver.

Implementation status: not applicable (excluded); not assessed (no
confirmed rating); implemented (level at or above target); not implemented
(the scale's lowest level); partially implemented (in between); assessed,
no target (rated, without a target).`,
	})
	var fw, format, out string
	export := &cobra.Command{
		Use:   "export [--framework F] --format xlsx|csv|md|json [-o FILE]",
		Short: "Write the statement as XLSX, CSV, Markdown or JSON",
		Example: `  assay soa export --format xlsx -o soa.xlsx
  assay soa export --framework iso42001 --format md`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if _, err := a.requireProgram(cmd); err != nil {
				return err
			}
			if format == "xlsx" && out == "" {
				return usageError{fmt.Errorf("an XLSX workbook goes to a file: add -o FILE")}
			}
			b, err := a.core(cmd)
			if err != nil {
				return err
			}
			s, _, err := b.Statement(cmd.Context(), fw)
			if err != nil {
				return err
			}
			var buf bytes.Buffer
			switch format {
			case "xlsx":
				data, err := s.XLSX()
				if err != nil {
					return err
				}
				buf.Write(data)
			case "csv":
				err = s.CSV(&buf)
			case "md", "markdown":
				err = s.Markdown(&buf)
			case "json":
				enc := json.NewEncoder(&buf)
				enc.SetIndent("", "  ")
				err = enc.Encode(s)
			default:
				return usageError{fmt.Errorf("--format %q: xlsx, csv, md or json", format)}
			}
			if err != nil {
				return err
			}
			if out == "" || out == "-" {
				_, err := a.Stdout.Write(buf.Bytes())
				return err
			}
			if err := writeFileAtomic(out, buf.Bytes()); err != nil {
				return err
			}
			fmt.Fprintf(a.Stdout, "wrote %s: %d controls, %s\n", out, len(s.Rows), s.Header.VersionLine())
			return nil
		},
	}
	export.Flags().StringVar(&fw, "framework", "", "one framework of the program (default: all)")
	export.Flags().StringVar(&format, "format", "", "xlsx, csv, md or json (required)")
	export.Flags().StringVarP(&out, "output", "o", "", "the file to write (default: standard output; required for xlsx)")
	_ = export.MarkFlagRequired("format")

	var as, approveFW string
	approve := &cobra.Command{
		Use:   "approve [--framework F] --as LEAD",
		Short: "Approve the statement as it stands as its next version (leads only)",
		Long: `Records the approval in the audit log with the statement's content hash.
Exports then carry the version; once anything in the statement changes (a
rating, an exclusion, an owner), they say it is a draft changed since that
version, until a lead approves again.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !cmd.Flags().Changed("as") {
				return usageError{fmt.Errorf("--as LEAD is required: the audit log records who approved")}
			}
			b, err := a.core(cmd)
			if err != nil {
				return err
			}
			s, err := b.ApproveStatement(cmd.Context(), approveFW, program.UserID(as), cliDoor())
			if err != nil {
				return err
			}
			fmt.Fprintf(a.Stdout, "Statement of Applicability (%s): %s\n", orNone(s.Header.Frameworks), s.Header.VersionLine())
			return nil
		},
	}
	approve.Flags().StringVar(&approveFW, "framework", "", "one framework of the program (default: all)")
	approve.Flags().StringVar(&as, "as", "", "the lead who approves (required)")
	cmd.AddCommand(export, approve)
	return cmd
}

// writeFileAtomic writes data to path through a temporary file beside it,
// so a failed write leaves no half file.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".assay-*")
	if err != nil {
		return errs.Wrap("cli", errs.Invalid, err, "writing "+path)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return errs.Wrap("cli", errs.Invalid, err, "writing "+path)
	}
	if err := tmp.Close(); err != nil {
		return errs.Wrap("cli", errs.Invalid, err, "writing "+path)
	}
	return errs.Wrap("cli", errs.Invalid, os.Rename(tmp.Name(), path), "writing "+path)
}
