package cli

import (
	"context"
	"fmt"
	"strings"
	"time"

	slackapi "github.com/slack-go/slack"
	"github.com/spf13/cobra"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/assistant"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/bot/shell"
	"github.com/assay-dev/assay/bot/slack"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/metrics"
	"github.com/assay-dev/assay/program"
	"github.com/assay-dev/assay/schedule"
	"github.com/assay-dev/assay/server"
)

// Program returns the program in force, with its applicability
// decisions, or nil when none is applied.
func (a *App) Program(ctx context.Context) (*program.Program, error) {
	st, err := a.Storage(ctx)
	if err != nil {
		return nil, err
	}
	lib, err := a.Library(ctx)
	if err != nil {
		return nil, err
	}
	a.programOnce.Do(func() { a.programs = &program.Loader{Store: st.Chat, Set: lib.Set} })
	return a.programs.Load(ctx)
}

// Bot wires the chat core over a chat adapter.
func (a *App) Bot(cmd *cobra.Command, chat bot.Chat) (*bot.Bot, error) {
	ctx := cmd.Context()
	svc, _, err := a.Assessor(cmd)
	if err != nil {
		return nil, err
	}
	eng, err := a.Engine(cmd, true)
	if err != nil {
		return nil, err
	}
	lib, err := a.Library(ctx)
	if err != nil {
		return nil, err
	}
	b := &bot.Bot{
		Chat: chat, Store: a.st.Chat, Assessor: svc, Catalogs: lib.Set,
		Program: a.Program, Search: eng.Search, Passages: eng.Store.Chunks, Log: a.Log,
		EvidenceDir: a.Config.EvidenceDir,
	}
	svc.Gate = b
	_, b.Explain = a.models()
	svc.OnDraft = func(ctx context.Context, d *assessor.Draft) {
		if err := b.PostReview(ctx, d); err != nil {
			a.Log.Warn("could not post a draft for review; the sweep will retry", "draft", d.ID, "err", err)
		}
	}
	// This process chats, so its workers announce decisions too (until
	// they are started, the workers can be remade).
	opts, err := a.workerOptions()
	if err != nil {
		return nil, err
	}
	opts.Announce, opts.Effect = b.Announce, b.Effect
	if a.workers, err = a.st.Queue.Workers(svc, opts); err != nil {
		return nil, err
	}
	return b, nil
}

func (a *App) programCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "program", Short: "The assessment program: scope, scale, targets, roles, owners, schedules"}
	var as string
	apply := &cobra.Command{
		Use:   "apply FILE",
		Short: "Check a program file against the catalogs and put it in force",
		Long: `Reads an assessment program (YAML; see deploy/program.example.yaml), checks
every framework, pattern, target, person, channel and schedule, and puts it in
force. A file with a mistake is refused with the line it is on; the program
in force stays as it was.`,
		Example: "  assay program apply deploy/program.example.yaml",
		Args:    exactArgs(1, "FILE"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.applyProgram(cmd.Context(), args[0], as)
		},
	}
	apply.Flags().StringVar(&as, "as", "cli", "who applied it (kept with the program)")
	show := &cobra.Command{
		Use:   "show",
		Short: "Describe the program in force",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			p, err := a.Program(cmd.Context())
			if err != nil {
				return err
			}
			if p == nil {
				fmt.Fprintln(a.Stdout, "no program applied yet: assay program apply FILE (example: deploy/program.example.yaml)")
				return nil
			}
			fmt.Fprintf(a.Stdout, "program %q\n", p.Name)
			a.describeProgram(p)
			return nil
		},
	}
	cmd.AddCommand(apply, show)
	return group(cmd)
}

// applyProgram checks a program file and puts it in force.
func (a *App) applyProgram(ctx context.Context, file, by string) error {
	src, err := readFileLimited(file, 1<<20)
	if err != nil {
		return err
	}
	f, err := program.Parse(file, src)
	if err != nil {
		return err
	}
	lib, err := a.Library(ctx)
	if err != nil {
		return err
	}
	p, err := f.Bind(lib.Set())
	if err != nil {
		return err
	}
	st, err := a.Storage(ctx)
	if err != nil {
		return err
	}
	if err := st.Chat.ApplyProgram(ctx, p.Name, string(src), by); err != nil {
		return err
	}
	fmt.Fprintf(a.Stdout, "program %q in force\n", p.Name)
	a.describeProgram(p)
	return nil
}

func (a *App) describeProgram(p *program.Program) {
	counts := map[string]int{}
	owned := 0
	for _, c := range p.Controls() {
		counts[string(c.Framework)]++
		if _, ok := p.OwnerOf(c.Key()); ok {
			owned++
		}
	}
	var parts []string
	total := 0
	for _, fw := range p.Frameworks() {
		parts = append(parts, fmt.Sprintf("%s (%d)", fw, counts[string(fw)]))
		total += counts[string(fw)]
	}
	fmt.Fprintf(a.Stdout, "  frameworks: %s\n  scale: %s; %d targets\n  %d controls, %d with an owner\n  leads %d, execs %d, admins %d; review channel %s\n",
		strings.Join(parts, ", "), p.Scale.ID, len(p.Targets), total, owned, len(p.Leads), len(p.Execs), len(p.Admins), p.Review)
	if len(p.Checkins) > 0 || p.DigestAt != "" {
		fmt.Fprintf(a.Stdout, "  schedule (%s): %d check-in cadences, digest %q\n", p.TimeZone, len(p.Checkins), p.DigestAt)
	}
}

// runQueue works drafting jobs in this process until ctx ends.
func (a *App) runQueue(ctx context.Context) (stop func(), err error) {
	if err := a.workers.Start(ctx); err != nil {
		return nil, errs.Wrap("queue", errs.Unavailable, err, "starting the job queue")
	}
	return func() {
		sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		a.workers.Stop(sctx)
	}, nil
}

func (a *App) shellCommand() *cobra.Command {
	var as, programFile string
	cmd := &cobra.Command{
		Use:   "shell [--as USER]",
		Short: "Run Assay's chat flows in this terminal, without Slack",
		Long: `The same check-ins, answers, reviews and /assay commands as in Slack:
messages print as text, buttons as numbered choices ([1] Answer), forms as
prompts. /as USER switches persona (an owner, a lead, an exec). Drafts are
made in this process and posted to the review channel as they are ready.`,
		Example: "  assay shell --program deploy/program.example.yaml --as U0LEAD0001",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if programFile != "" {
				if err := a.applyProgram(ctx, programFile, "shell"); err != nil {
					return err
				}
			}
			sh := shell.New(a.Stdin, a.Stdout, bot.UserID(as))
			b, err := a.Bot(cmd, sh)
			if err != nil {
				return err
			}
			b.Door = "shell"
			sh.Bot = b
			if p, _ := a.Program(ctx); p != nil && as == "" && len(p.Leads) > 0 {
				sh.As = p.Leads[0]
			}
			if sh.As == "" {
				sh.As = "U0SHELLUSER"
			}
			stop, err := a.runQueue(ctx)
			if err != nil {
				return err
			}
			defer stop()
			return sh.Run(ctx)
		},
	}
	cmd.Flags().StringVar(&as, "as", "", "the user you act as (default: the program's first lead)")
	cmd.Flags().StringVar(&programFile, "program", "", "apply this program file first")
	return cmd
}

func (a *App) serveCommand() *cobra.Command {
	var addr string
	var tick, lease time.Duration
	var metricsAddr, mcpAddr string
	cmd := &cobra.Command{
		Use:   "serve [--http ADDR]",
		Short: "Run the Slack bot (Socket Mode with SLACK_APP_TOKEN, else HTTP with --http)",
		Long: `Socket Mode when SLACK_APP_TOKEN is set: no public URL needed. With --http
ADDR, serves Slack's HTTP mode (/slack/events, /slack/interactions,
/slack/commands; every request's signature is checked against
SLACK_SIGNING_SECRET) and /healthz, /readyz, for replicas behind a load
balancer. Either way it works drafting jobs and posts drafts for review.`,
		Example: "  assay serve --http :8080",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg := a.Config
			if cfg.SlackBotToken == "" {
				return usageError{fmt.Errorf("SLACK_BOT_TOKEN is not set")}
			}
			if cfg.SlackAppToken == "" && addr == "" {
				return usageError{fmt.Errorf("set SLACK_APP_TOKEN for Socket Mode, or give --http ADDR for HTTP mode")}
			}
			if addr != "" && cfg.SlackSigningSecret == "" {
				return usageError{fmt.Errorf("HTTP mode needs SLACK_SIGNING_SECRET to verify Slack's requests")}
			}
			ctx := cmd.Context()
			st, err := a.Storage(ctx)
			if err != nil {
				return err
			}
			// What replicas share: Redis beside PostgreSQL; in memory, with
			// one process guaranteed, on the embedded store.
			sh, err := st.OpenShared(ctx)
			if err != nil {
				return err
			}
			defer sh.Close()
			m := metrics.New(st.State, a.Log)
			a.observeLLM = func(s float64, err error) {
				m.LLMSeconds.Observe(s)
				if err != nil {
					m.LLMErrors.Inc()
				}
			}
			chat := slack.New(cfg.SlackBotToken, cfg.SlackAPIURL)
			chat.Limits = slack.DefaultLimits(sh)
			chat.Limits.PerMinute["chat.postMessage"] = cfg.SlackPostsPerMin
			chat.Observe = func(method, outcome string) { m.SlackCalls.WithLabelValues(method, outcome).Inc() }
			b, err := a.Bot(cmd, chat)
			if err != nil {
				return err
			}
			b.Door = "slack"
			digests, err := a.Digests(cmd, b)
			if err != nil {
				return err
			}
			srv := &server.Server{Bot: b, Addr: addr, MetricsAddr: metricsAddr, MetricsToken: cfg.MetricsToken, Metrics: m, Workers: a.workers, Shared: sh, Tick: tick, Log: a.Log,
				Scheduler: &schedule.Scheduler{Bot: b, Store: st.Chat, Log: a.Log, Digest: digests.Scheduled, Lease: lease},
				Handler: slack.NewHandler(slack.Handler{Bot: b, Chat: chat, SigningSecret: cfg.SlackSigningSecret, Dedup: sh, Log: a.Log,
					Ready: func(ctx context.Context) error {
						if err := st.Ping(ctx); err != nil {
							return err
						}
						return sh.Ping(ctx)
					}}, 64)}
			// AI assistants over MCP: /mcp beside Slack's endpoints in HTTP
			// mode, or on --mcp ADDR; a bearer token names the person.
			if addr != "" || mcpAddr != "" {
				static, err := assistant.ParseTokens(cfg.MCPTokens)
				if err != nil {
					return usageError{err}
				}
				eng, err := a.Engine(cmd, true)
				if err != nil {
					return err
				}
				srv.MCP = assistant.HTTPHandler(assistant.Deps{Bot: b, Set: b.Catalogs, Search: eng.Search, Version: Version, Digests: st.Chat},
					assistant.Tokens{Static: static, Store: st.Chat})
				srv.MCPAddr = mcpAddr
			}
			if addr == "" {
				api := slackapi.New(cfg.SlackBotToken, slackapi.OptionAppLevelToken(cfg.SlackAppToken), slackapi.OptionAPIURL(cfg.SlackAPIURL))
				srv.Socket = &slack.Socket{API: api, Handler: srv.Handler, Log: a.Log}
			}
			return srv.Run(ctx)
		},
	}
	cmd.Flags().StringVar(&addr, "http", "", "serve Slack's HTTP mode on this address (e.g. :8080)")
	cmd.Flags().DurationVar(&tick, "tick", time.Minute, "how often the scheduler looks for due check-ins and reminders")
	cmd.Flags().StringVar(&mcpAddr, "mcp", "", "serve MCP for AI assistants at /mcp on this address of its own (default: beside /slack in HTTP mode, none in Socket Mode)")
	cmd.Flags().StringVar(&metricsAddr, "metrics", "", "serve /metrics on this address of its own (default: beside /slack in HTTP mode, none in Socket Mode)")
	cmd.Flags().DurationVar(&lease, "lease", 2*time.Minute, "how long a sender owns a claimed check-in before another replica may send it")
	return cmd
}
