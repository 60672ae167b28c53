package cli

import (
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/assay-dev/assay/assessor"
)

func (a *App) auditCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "audit", Short: "The audit log of drafts and decisions"}
	verify := &cobra.Command{
		Use:   "verify",
		Short: "Check the audit log's hash chain; exit 1 if any entry was changed, removed or reordered",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, store, err := a.Assessor(cmd)
			if err != nil {
				return err
			}
			var v assessor.Verifier
			if err := store.AuditLog(cmd.Context(), v.Next); err != nil {
				return err
			}
			fmt.Fprintf(a.Stdout, "audit log intact: %d entries\n", v.N)
			return nil
		},
	}
	var asJSON bool
	var draft string
	log := &cobra.Command{
		Use:   "log [--draft ID] [--json]",
		Short: "List the audit log: who did what to which draft, when, and through which door",
		Long: `Each entry: its sequence number, time, the person acting (as the program
names them), the door they came through (slack, shell, or cli:<os user>
acting as them; empty for what Assay did itself), the action, and the
draft.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := a.Storage(cmd.Context())
			if err != nil {
				return err
			}
			out := []auditEntryJSON{}
			if err := st.Assessor.AuditLog(cmd.Context(), func(e *assessor.Entry) error {
				if draft == "" || string(e.DraftID) == draft {
					out = append(out, auditEntryJSON{e.Seq, e.At, e.Actor, e.Door, e.Action, e.DraftID, e.Hash})
				}
				return nil
			}); err != nil {
				return err
			}
			if asJSON {
				return a.writeJSON(out)
			}
			tw := tabwriter.NewWriter(a.Stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "SEQ\tAT\tACTOR\tDOOR\tACTION\tDRAFT")
			for _, e := range out {
				fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", e.Seq, e.At.UTC().Format(time.RFC3339), e.Actor, orDash(e.Door), e.Action, e.DraftID)
			}
			return tw.Flush()
		},
	}
	log.Flags().StringVar(&draft, "draft", "", "only this draft's entries")
	log.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.AddCommand(verify, log)
	return group(cmd)
}

// auditEntryJSON is an audit entry as audit log prints it.
type auditEntryJSON struct {
	Seq     int64            `json:"seq"`
	At      time.Time        `json:"at"`
	Actor   assessor.UserID  `json:"actor"`
	Door    string           `json:"door"`
	Action  string           `json:"action"`
	DraftID assessor.DraftID `json:"draft_id"`
	Hash    string           `json:"hash"`
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
