package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
)

func (a *App) catalogCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "catalog",
		Short: "Frameworks, controls and crosswalks",
		Long: `Browse the control catalogs Assay knows, follow crosswalks between them,
and import catalogs it does not ship (OSCAL JSON or Assay YAML).

Refs are accepted in the usual spellings: A.5.15 or 5.15, AC-2(1) or ac-2.1,
GV.OC-01 or gv.oc-1, GOVERN 1.1 or GV 1.1. Frameworks by id or alias
(iso27001, 42001, csf, ai-rmf, 800-53).`,
	}
	cmd.AddCommand(a.catalogList(), a.catalogShow(), a.catalogMap(), a.catalogImport(), a.catalogExport())
	return group(cmd)
}

type frameworkJSON struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Version  string `json:"version"`
	Kind     string `json:"kind"`
	Controls int    `json:"controls"`
	Clauses  int    `json:"clauses"`
}

func (a *App) catalogList() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List frameworks with their control and clause counts",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			lib, err := a.Library(cmd.Context())
			if err != nil {
				return err
			}
			set := lib.Set()
			out := []frameworkJSON{}
			origins := []string{}
			for _, fw := range set.Frameworks() {
				c, _ := set.Catalog(string(fw.ID))
				n, cl := c.Count()
				out = append(out, frameworkJSON{string(fw.ID), fw.Name, fw.Version, string(fw.Kind), n, cl})
				origins = append(origins, string(fw.Origin))
			}
			if asJSON {
				return a.writeJSON(out)
			}
			tw := tabwriter.NewWriter(a.Stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tNAME\tKIND\tCONTROLS\tCLAUSES\tORIGIN")
			for i, f := range out {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%s\n", f.ID, f.Name, f.Kind, f.Controls, f.Clauses, origins[i])
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

type controlJSON struct {
	Framework  string                 `json:"framework"`
	Ref        string                 `json:"ref"`
	Title      string                 `json:"title"`
	Kind       string                 `json:"kind"`
	Group      string                 `json:"group"`
	GroupTitle string                 `json:"group_title"`
	Parent     string                 `json:"parent,omitempty"`
	Questions  []string               `json:"questions"`
	Statement  string                 `json:"statement,omitempty"`
	Guidance   string                 `json:"guidance,omitempty"`
	LevelHints map[int]string         `json:"level_hints,omitempty"`
	Mappings   []catalogs.MappingView `json:"mappings"`
	// Roles are the organisation roles the control matters for, by
	// Assay's editorial table (source assay; ISO 42001 only).
	Roles []string `json:"roles,omitempty"`
}

func (a *App) catalogShow() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "show FRAMEWORK REF",
		Short:   "Show a control: title, group, check-in questions and mappings",
		Example: "  assay catalog show iso27001 5.15\n  assay catalog show 800-53 ac-2.1 --json",
		Args:    exactArgs(2, "FRAMEWORK and REF"),
		RunE: func(cmd *cobra.Command, args []string) error {
			lib, err := a.Library(cmd.Context())
			if err != nil {
				return err
			}
			set := lib.Set()
			ctl, err := set.Resolve(args[0], args[1])
			if err != nil {
				return err
			}
			out := controlJSON{
				Framework: string(ctl.Framework), Ref: string(ctl.Ref), Title: ctl.Title, Kind: string(ctl.Kind),
				Parent: string(ctl.Parent), Questions: ctl.Questions, Statement: ctl.Statement, Guidance: ctl.Guidance,
				LevelHints: ctl.LevelHints, Mappings: []catalogs.MappingView{},
			}
			if out.Questions == nil {
				out.Questions = []string{}
			}
			if g, ok := groupOf(set, ctl); ok {
				out.Group, out.GroupTitle = string(g.Ref), g.Title
			}
			for _, m := range set.Mappings(ctl.Key()) {
				out.Mappings = append(out.Mappings, set.View(ctl.Key(), m))
			}
			if roles, ok := program.RolesFor(ctl.Key()); ok {
				for _, r := range roles {
					out.Roles = append(out.Roles, string(r))
				}
			}
			if asJSON {
				return a.writeJSON(out)
			}
			w := a.Stdout
			fmt.Fprintf(w, "%s %s — %s\n", out.Framework, out.Ref, out.Title)
			if out.Group != "" {
				fmt.Fprintf(w, "Group: %s %s\n", out.Group, out.GroupTitle)
			}
			if out.Statement != "" {
				fmt.Fprintf(w, "\n%s\n", out.Statement)
			}
			if len(out.Questions) > 0 {
				fmt.Fprintln(w, "\nCheck-in questions:")
				for i, q := range out.Questions {
					fmt.Fprintf(w, "  %d. %s\n", i+1, q)
				}
			}
			if len(out.Mappings) > 0 {
				fmt.Fprintln(w, "\nMappings:")
				printMappings(w, out.Mappings)
			}
			if len(out.Roles) > 0 {
				fmt.Fprintf(w, "\nMatters for the roles (Assay's role table, source assay): %s\n", strings.Join(out.Roles, ", "))
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func (a *App) catalogMap() *cobra.Command {
	var asJSON bool
	var to string
	cmd := &cobra.Command{
		Use:   "map FRAMEWORK REF --to FRAMEWORK",
		Short: "Controls of another framework that a control maps to, directly or through one intermediate",
		Long: `Follows crosswalk links in both directions. A control reached through a
control of a third framework is listed with that path (27032 → 27001 → CSF).`,
		Example: "  assay catalog map iso27032 9.2.10 --to csf\n  assay catalog map ai-rmf 'GOVERN 1.1' --to iso42001 --json",
		Args:    exactArgs(2, "FRAMEWORK and REF"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if to == "" {
				return usageError{fmt.Errorf("--to FRAMEWORK is required")}
			}
			lib, err := a.Library(cmd.Context())
			if err != nil {
				return err
			}
			set := lib.Set()
			ctl, err := set.Resolve(args[0], args[1])
			if err != nil {
				return err
			}
			target, err := set.Catalog(to)
			if err != nil {
				return err
			}
			out := []catalogs.MappingView{}
			for _, m := range set.Map(ctl.Key(), target.Framework.ID) {
				out = append(out, set.View(ctl.Key(), m))
			}
			if asJSON {
				return a.writeJSON(out)
			}
			if len(out) == 0 {
				fmt.Fprintf(a.Stdout, "%s maps to no control of %s.\n", ctl.Key(), target.Framework.ID)
				return nil
			}
			fmt.Fprintf(a.Stdout, "%s — %s\n", ctl.Key(), ctl.Title)
			printMappings(a.Stdout, out)
			return nil
		},
	}
	cmd.Flags().StringVar(&to, "to", "", "the framework to map to (required)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func (a *App) catalogImport() *cobra.Command {
	var format, id, name, kind string
	var replace bool
	var maxBytes int64
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Import a catalog: OSCAL JSON or Assay YAML",
		Long: `Import a framework Assay does not ship, or your own wording of one it does.
The file is checked completely before anything is stored; a bad file is
reported with its line (YAML) or JSON path and changes nothing.

Assay YAML (see 'assay catalog export' for a full example):

  assay_catalog: 1
  framework: {id: my-policy-2025, name: Our security policy, kind: requirements}
  controls:
    - {ref: P.1, title: Acceptable use, questions: ["How ...?"]}
  mappings:
    - {from: P.1, to: "iso27001-2022:A.5.10", relationship: intersects}`,
		Args: exactArgs(1, "FILE"),
		RunE: func(cmd *cobra.Command, args []string) error {
			file := args[0]
			data, err := readFileLimited(file, maxBytes)
			if err != nil {
				return err
			}
			lib, err := a.Library(cmd.Context())
			if err != nil {
				return err
			}
			fk := catalogs.FrameworkKind(kind)
			if fk != "" && fk != catalogs.Requirements && fk != catalogs.Guidance {
				return usageError{fmt.Errorf("--kind must be requirements or guidance")}
			}
			cat, err := lib.Import(cmd.Context(), file, data, catalogs.ImportOptions{
				Format: catalogs.Format(format), Replace: replace,
				OSCAL: catalogs.OSCALOptions{ID: catalogs.FrameworkID(id), Name: name, Kind: fk},
				Check: func(next *catalogs.Set) error { return a.programFits(cmd.Context(), next) },
			})
			if err != nil {
				return err
			}
			n, cl := cat.Count()
			fmt.Fprintf(a.Stdout, "imported %s (%s): %d controls, %d clauses, %d mappings\n", cat.Framework.ID, cat.Framework.Name, n, cl, len(cat.Links))
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "oscal or yaml (default: from the file name or content)")
	cmd.Flags().StringVar(&id, "id", "", "framework id for an OSCAL catalog (default: from its title)")
	cmd.Flags().StringVar(&name, "name", "", "framework name for an OSCAL catalog (default: its title)")
	cmd.Flags().StringVar(&kind, "kind", "", "requirements or guidance, for an OSCAL catalog")
	cmd.Flags().BoolVar(&replace, "replace", false, "overwrite a framework that already exists (refused if the program in force would no longer fit)")
	cmd.Flags().Int64Var(&maxBytes, "max-bytes", catalogs.MaxCatalogBytes, "refuse a file larger than this")
	return cmd
}

// programFits refuses a set of catalogs the program in force would not
// bind to: replacing a framework must not leave the program, and with it
// check-ins, scores and the digest, pointing at controls that are gone.
func (a *App) programFits(ctx context.Context, next *catalogs.Set) error {
	st, err := a.Storage(ctx)
	if err != nil {
		return err
	}
	src, ok, err := st.Chat.CurrentProgram(ctx)
	if err != nil || !ok {
		return err
	}
	f, err := program.Parse(src.Name, []byte(src.Source))
	if err == nil {
		_, err = f.Bind(next)
	}
	if err != nil {
		return errs.E("catalog import", errs.Conflict, "the program in force (%q) would no longer fit the catalogs: %s; change the program first (assay program apply), then import", src.Name, errs.Message(err))
	}
	return nil
}

func (a *App) catalogExport() *cobra.Command {
	var output string
	cmd := &cobra.Command{
		Use:   "export FRAMEWORK",
		Short: "Write a catalog in Assay YAML, ready to edit and import",
		Args:  exactArgs(1, "FRAMEWORK"),
		RunE: func(cmd *cobra.Command, args []string) error {
			lib, err := a.Library(cmd.Context())
			if err != nil {
				return err
			}
			cat, err := lib.Set().Catalog(args[0])
			if err != nil {
				return err
			}
			data, err := catalogs.ExportYAML(cat)
			if err != nil {
				return errs.Wrap("catalog export", errs.Internal, err, "encoding YAML")
			}
			if output == "" || output == "-" {
				_, err = a.Stdout.Write(data)
				return err
			}
			if err := os.WriteFile(output, data, 0o644); err != nil {
				return errs.Wrap("catalog export", errs.Invalid, err, "writing "+output)
			}
			fmt.Fprintf(a.Stdout, "wrote %s\n", output)
			return nil
		},
	}
	cmd.Flags().StringVarP(&output, "output", "o", "", "file to write (default: standard output)")
	return cmd
}

// groupOf returns the nearest enclosing group of a control.
func groupOf(set *catalogs.Set, c catalogs.Control) (catalogs.Control, bool) {
	for _, a := range set.Ancestors(c) {
		if a.Kind == catalogs.KindGroup {
			return a, true
		}
	}
	return catalogs.Control{}, false
}

func printMappings(w interface{ Write([]byte) (int, error) }, ms []catalogs.MappingView) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, m := range ms {
		via := ""
		if len(m.Via) > 0 {
			via = "via " + strings.Join(m.Via, ", ")
		}
		fmt.Fprintf(tw, "  %s %s\t%s\t%s\t%s\n", m.Framework, m.Ref, truncate(m.Title, 60), m.Relationship, via)
	}
	tw.Flush()
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// readFileLimited reads a file, refusing one larger than limit.
func readFileLimited(path string, limit int64) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, errs.E("read", errs.Invalid, "%s: %s", path, strings.TrimPrefix(err.Error(), "stat "+path+": "))
	}
	if st.IsDir() {
		return nil, errs.E("read", errs.Invalid, "%s is a directory", path)
	}
	if st.Size() > limit {
		return nil, errs.E("read", errs.Invalid, "%s is %d bytes; the limit is %d", path, st.Size(), limit)
	}
	// A device or pipe reports no size (/dev/zero never ends): read at
	// most one byte past the limit.
	f, err := os.Open(path)
	if err != nil {
		return nil, errs.E("read", errs.Invalid, "%s: %v", path, errors.Unwrap(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, errs.E("read", errs.Invalid, "%s: %v", path, err)
	}
	if int64(len(data)) > limit {
		return nil, errs.E("read", errs.Invalid, "%s is larger than the limit of %d bytes", path, limit)
	}
	return data, nil
}
