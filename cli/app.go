// Package cli is Assay's command line: one App wires configuration, storage
// and the domain packages, and each subcommand uses only what it needs.
// main.go calls Run; end-to-end tests call Run too, in-process.
package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/backend"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/config"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/jobs"
	"github.com/assay-dev/assay/llm"
	"github.com/assay-dev/assay/program"
	"github.com/assay-dev/assay/retrieval"
)

// Version is set at build time with -ldflags "-X github.com/assay-dev/assay/cli.Version=…".
var Version = "dev"

// App holds what a command run needs; dependencies open lazily, once.
type App struct {
	Config config.Config
	Log    *slog.Logger
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer

	library *catalogs.Library
	engine  *retrieval.Engine

	assessor *assessor.Service
	workers  jobs.Runner
	st       *backend.Backend
	// auditAnchor signs audit checkpoints once a.anchor has read it.
	auditAnchor *assessor.Anchor
	programs    *program.Loader
	programOnce sync.Once

	chat *llm.Chat // the chat model, when a key is set
	// observeLLM, if set before the chat model is made, is told each
	// model call's latency and error.
	observeLLM func(seconds float64, err error)
}

// syncWriter serialises Writes to w.
type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

// syncFile is a syncWriter over a file, which still tells its descriptor
// (progress bars draw only on a terminal).
type syncFile struct {
	syncWriter
	fd uintptr
}

func (s *syncFile) Fd() uintptr { return s.fd }

func syncWrap(w io.Writer) io.Writer {
	if f, ok := w.(interface{ Fd() uintptr }); ok {
		return &syncFile{syncWriter: syncWriter{w: w}, fd: f.Fd()}
	}
	return &syncWriter{w: w}
}

// Exit codes.
const (
	ExitOK    = 0
	ExitError = 1 // the command failed; the message says why
	ExitUsage = 2 // the command line was wrong
)

// Run executes one command line and returns the process exit code.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	cfg := config.FromEnv(getenv)
	// Queued jobs (a draft posting its review to the shell) write while
	// the command does: each Write goes through whole, one at a time.
	stdout, stderr = syncWrap(stdout), syncWrap(stderr)
	app := &App{Config: cfg, Log: newLogger(cfg, stderr), Stdin: stdin, Stdout: stdout, Stderr: stderr}
	defer app.Close()

	root := app.rootCommand()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	cmd, err := root.ExecuteContextC(ctx)
	if err == nil {
		return ExitOK
	}
	var ue usageError
	if errors.As(err, &ue) || isCobraUsage(err) {
		fmt.Fprintf(stderr, "assay: %s\n", oneLine(err.Error()))
		if cmd != nil {
			fmt.Fprintf(stderr, "Run '%s --help' for usage.\n", cmd.CommandPath())
		}
		return ExitUsage
	}
	fmt.Fprintf(stderr, "assay: %s\n", oneLine(errs.Message(err)))
	app.Log.Debug("command failed", "err", err)
	return ExitError
}

// Main is the process entry point.
func Main() {
	os.Exit(Run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv))
}

func (a *App) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "assay",
		Short: "Compliance maturity assessments in Slack",
		Long: `Assay asks control owners about their controls, retrieves the relevant
standard text, drafts a maturity rating (0-5) for a compliance lead to
confirm, and reports maturity to executives.

Configuration comes from environment variables; see the README.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       Version,
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(a.migrateCommand(), a.catalogCommand(), a.ingestCommand(), a.searchCommand(), a.askCommand(), a.mcpCommand(), a.evalCommand(), a.reindexCommand(), a.bm25Command(), a.benchCommand(),
		a.assessCommand(), a.reviewCommand(), a.draftsCommand(), a.reportCommand(), a.auditCommand(),
		a.programCommand(), a.applicabilityCommand(), a.aiSystemCommand(), a.soaCommand(), a.historyCommand(), a.exportCommand(), a.shellCommand(), a.serveCommand(), a.digestCommand(), a.demoCommand(), a.storeCommand())
	return root
}

// Close releases whatever the run opened.
func (a *App) Close() {
	if a.st != nil {
		a.st.Close()
		a.st = nil
	}
}

// Library opens the catalogs, storing built-ins that are missing or stale.
func (a *App) Library(ctx context.Context) (*catalogs.Library, error) {
	if a.library != nil {
		return a.library, nil
	}
	st, err := a.Storage(ctx)
	if err != nil {
		return nil, err
	}
	lib, err := catalogs.OpenLibrary(ctx, st.Catalogs, a.Log)
	if err != nil {
		return nil, err
	}
	a.library = lib
	return lib, nil
}

func (a *App) migrateCommand() *cobra.Command {
	var status bool
	cmd := &cobra.Command{
		Use:   "migrate",
		Short: "Apply database migrations (every command that needs the database does this on start) and restore missing audit guards",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := a.Storage(cmd.Context())
			if err != nil {
				return err
			}
			if !status {
				restored, err := st.Assessor.RestoreAuditGuards(cmd.Context())
				if err != nil {
					return err
				}
				if len(restored) > 0 {
					fmt.Fprintf(a.Stdout, "restored the audit log's missing guards (%s); the log records it: run `assay audit verify`\n", strings.Join(restored, ", "))
				}
				fmt.Fprintf(a.Stdout, "store is up to date (%s: %s)\n", st.Name, st.Installation)
				return nil
			}
			lines, err := st.Migrations(cmd.Context())
			if err != nil {
				return err
			}
			fmt.Fprintln(a.Stdout, strings.Join(lines, "\n"))
			return nil
		},
	}
	cmd.Flags().BoolVar(&status, "status", false, "list migrations and whether each is applied")
	return cmd
}

func (a *App) writeJSON(v any) error {
	enc := json.NewEncoder(a.Stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func newLogger(cfg config.Config, w io.Writer) *slog.Logger {
	var level slog.Level
	if err := level.UnmarshalText([]byte(cfg.LogLevel)); err != nil {
		level = slog.LevelInfo
	}
	opts := &slog.HandlerOptions{Level: level}
	if cfg.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

type usageError struct{ error }

func (u usageError) Unwrap() error { return u.error }

func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "accepts ", "requires at least", "required flag", "invalid argument", "flag needs an argument"} {
		if strings.HasPrefix(msg, p) || strings.Contains(msg, " "+p) {
			return true
		}
	}
	return false
}

func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageError{fmt.Errorf("%s takes no arguments, got %q", cmd.CommandPath(), args)}
	}
	return nil
}

func exactArgs(n int, names string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usageError{fmt.Errorf("%s needs %s", cmd.CommandPath(), names)}
		}
		return nil
	}
}

// group makes cmd a command that only holds subcommands: with no
// subcommand it prints help, with an unknown one it fails as usage.
func group(cmd *cobra.Command) *cobra.Command {
	cmd.Args = cobra.ArbitraryArgs
	cmd.RunE = func(c *cobra.Command, args []string) error {
		if len(args) == 0 {
			return c.Help()
		}
		msg := fmt.Sprintf("unknown command %q for %q", args[0], c.CommandPath())
		if s := c.SuggestionsFor(args[0]); len(s) > 0 {
			msg += "; did you mean " + strings.Join(s, " or ") + "?"
		}
		return usageError{errors.New(msg)}
	}
	return cmd
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
