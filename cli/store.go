package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/assay-dev/assay/backend"
)

func (a *App) storeCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "store", Short: "The store itself: move an installation between backends"}
	var from, to string
	cp := &cobra.Command{
		Use:   "copy --from URL --to URL",
		Short: "Copy a whole installation to another (empty) store, and verify the copy",
		Long: `Copies catalogs, the search corpus with its vectors, answers, drafts, the
audit log (entry for entry, so its hash chain stays valid), programs,
check-ins, review posts, owner assignments and digests from one store to
another: sqlite:PATH for the embedded store, postgres://… for PostgreSQL.
The source must exist and the target must be empty. Afterwards the target
is counted afresh and compared with the source's own counts, and its audit
chain is verified; answers still waiting for a draft are queued on the
target. If anything fails, nothing is reported as verified and the target
holds part of the copy: empty it before trying again.`,
		Example: "  assay store copy --from sqlite:$HOME/.local/share/assay/assay.db --to postgres://assay@db/assay",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if from == "" || to == "" || from == to {
				return usageError{fmt.Errorf("give --from and --to, two different stores")}
			}
			ctx := cmd.Context()
			src, err := a.openBackend(ctx, from, true)
			if err != nil {
				return err
			}
			defer src.Close()
			dst, err := a.openBackend(ctx, to, false)
			if err != nil {
				return err
			}
			defer dst.Close()
			n, err := backend.Copy(ctx, src, dst)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.Stdout, "copied and verified: %d catalogs, %d documents (%d chunks, %d vectors), %d answers, %d drafts, %d audit entries (chain intact) with %d checkpoints, %d programs, %d check-ins, %d review posts, %d assignments, %d digests, %d applicability decisions\n",
				n.Catalogs, n.Documents, n.Chunks, n.Vectors, n.Answers, n.Drafts, n.AuditEntries, n.Checkpoints, n.Programs, n.Checkins, n.ReviewPosts, n.Assignments, n.Digests, n.Decisions)
			return nil
		},
	}
	cp.Flags().StringVar(&from, "from", "", "the store to copy (sqlite:PATH or postgres://…); it must exist")
	cp.Flags().StringVar(&to, "to", "", "the empty store to copy into")
	cmd.AddCommand(cp)
	return group(cmd)
}
