package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/digest"
	"github.com/assay-dev/assay/errs"
)

// Digests wires the digest builder.
func (a *App) Digests(cmd *cobra.Command, b *bot.Bot) (*digest.Builder, error) {
	lib, err := a.Library(cmd.Context())
	if err != nil {
		return nil, err
	}
	st, err := a.Storage(cmd.Context())
	if err != nil {
		return nil, err
	}
	return &digest.Builder{Store: st.Chat, Set: lib.Set, Bot: b}, nil
}

func (a *App) digestCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "digest", Short: "The executive digest: maturity against target, what moved, what is stuck"}
	var asJSON bool
	var png string
	preview := &cobra.Command{
		Use:   "preview [--json] [--png FILE]",
		Short: "Compute the digest now (against the last one posted) without posting or keeping it",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			p, err := a.Program(cmd.Context())
			if err != nil {
				return err
			}
			if p == nil {
				return errs.E("digest", errs.Invalid, "no program applied yet: assay program apply FILE")
			}
			// The chat core names the gaps' owners, as in Slack.
			core, err := a.gate(cmd)
			if err != nil {
				return err
			}
			b, err := a.Digests(cmd, core)
			if err != nil {
				return err
			}
			s, err := b.Build(cmd.Context(), p)
			if err != nil {
				return err
			}
			return a.showDigest(s, p.Scale.Max(), asJSON, png)
		},
	}
	preview.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	preview.Flags().StringVar(&png, "png", "", "write the chart to this PNG file")
	var showJSON bool
	var showPNG string
	show := &cobra.Command{
		Use:   "show [ID]",
		Short: "Show a stored digest again (default: the newest)",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var id int64
			if len(args) == 1 {
				var err error
				if id, err = strconv.ParseInt(args[0], 10, 64); err != nil || id <= 0 {
					return usageError{fmt.Errorf("digest id %q is not a positive number", args[0])}
				}
			}
			st, err := a.Storage(cmd.Context())
			if err != nil {
				return err
			}
			raw, ok, err := st.Chat.Digest(cmd.Context(), id)
			if err != nil {
				return err
			}
			if !ok {
				return errs.E("digest", errs.NotFound, "no digest stored yet")
			}
			var s digest.Snapshot
			if err := json.Unmarshal(raw, &s); err != nil {
				return errs.Wrap("digest", errs.Internal, err, "reading the digest")
			}
			return a.showDigest(&s, 5, showJSON, showPNG)
		},
	}
	show.Flags().BoolVar(&showJSON, "json", false, "print JSON")
	show.Flags().StringVar(&showPNG, "png", "", "write the chart to this PNG file")
	cmd.AddCommand(preview, show)
	return group(cmd)
}

func (a *App) showDigest(s *digest.Snapshot, maxLevel int, asJSON bool, png string) error {
	if png != "" {
		img, err := s.Chart(maxLevel)
		if err != nil {
			return err
		}
		if err := os.WriteFile(png, img, 0o644); err != nil {
			return errs.Wrap("digest", errs.Invalid, err, "writing "+png)
		}
	}
	if asJSON {
		return a.writeJSON(s)
	}
	fmt.Fprint(a.Stdout, s.Text())
	if png != "" {
		fmt.Fprintf(a.Stdout, "\nchart: %s\n", png)
	}
	return nil
}
