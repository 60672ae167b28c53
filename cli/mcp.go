package cli

import (
	"context"
	"fmt"
	"io"
	"regexp"

	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/spf13/cobra"

	"github.com/assay-dev/assay/assistant"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/errs"
)

// personID is a Slack user id, as --as takes it.
var personID = regexp.MustCompile(`^[UW][A-Z0-9]{2,}$`)

func (a *App) mcpCommand() *cobra.Command {
	var as string
	cmd := &cobra.Command{
		Use:   "mcp --as USER",
		Short: "Serve Assay to an AI assistant over MCP (stdio), acting as one person",
		Long: `Speaks the Model Context Protocol on stdin and stdout, for desktop
assistants (Claude Desktop, Cursor, …) that start it as a local server. Every
tool call acts as the person given by --as (or ASSAY_MCP_USER) and is held to
the program's roles, as in Slack: figures only for the people the program
names (or everyone, with visibility: workspace), answers only from a
control's owner or delegate. Tools: search_standards, get_control,
map_control, maturity_status, list_gaps, control_history, list_checkins,
get_digest, get_soa, submit_answer; resources assay://control/{framework}/{ref}
and assay://digest/latest; prompts prepare-audit and explain-gap.
Ratings are decided by leads in Slack: no tool confirms, adjusts or rejects
one; an answer submitted here is drafted by the running assay serve and
posted to the leads. Logs go to stderr.`,
		Example: `  assay mcp --as U0MLENG001`,
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if as == "" {
				as = a.Config.MCPUser
			}
			if as == "" {
				return usageError{fmt.Errorf("--as USER (or ASSAY_MCP_USER) is required: the Slack user id the assistant acts for")}
			}
			if !personID.MatchString(as) {
				return usageError{fmt.Errorf("--as %q is not a Slack user id (U… or W…)", as)}
			}
			ctx := cmd.Context()
			p, err := a.Program(ctx)
			if err != nil {
				return err
			}
			if p == nil {
				return errs.E("mcp", errs.Invalid, "no assessment program is applied yet: assay program apply FILE")
			}
			b, err := a.core(cmd)
			if err != nil {
				return err
			}
			eng, err := a.Engine(cmd, true)
			if err != nil {
				return err
			}
			b.Search, b.Passages = eng.Search, eng.Store.Chunks
			b.Assessor.Search = eng.Search
			b.Assessor.Drafter, b.Explain = a.models()
			b.Assessor.Gate = b
			b.Door = "mcp"
			person := bot.UserID(as)
			st, err := a.Storage(ctx)
			if err != nil {
				return err
			}
			srv := assistant.New(assistant.Deps{Bot: b, Set: b.Catalogs, Search: eng.Search, Version: Version, Digests: st.Chat,
				Person: func(context.Context, *mcp.RequestExtra) (bot.UserID, error) { return person, nil }})
			a.Log.Info("serving MCP on stdio", "as", as, "program", p.Name)
			return srv.Run(ctx, &mcp.IOTransport{Reader: io.NopCloser(a.Stdin), Writer: nopWriteCloser{a.Stdout}})
		},
	}
	cmd.Flags().StringVar(&as, "as", "", "the Slack user id the assistant acts for (default ASSAY_MCP_USER)")
	return cmd
}

type nopWriteCloser struct{ io.Writer }

func (nopWriteCloser) Close() error { return nil }
