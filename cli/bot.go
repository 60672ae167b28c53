package cli

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"time"

	slackapi "github.com/slack-go/slack"
	"github.com/spf13/cobra"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/backend"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/bot/shell"
	"github.com/assay-dev/assay/bot/slack"
	"github.com/assay-dev/assay/digest"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/metrics"
	"github.com/assay-dev/assay/program"
	"github.com/assay-dev/assay/schedule"
)

// programCache parses the program in force once per applied version.
type programCache struct {
	mu   sync.Mutex
	at   time.Time
	prog *program.Program
}

// Program returns the program in force, or nil when none is applied.
func (a *App) Program(ctx context.Context) (*program.Program, error) {
	st, err := a.Storage(ctx)
	if err != nil {
		return nil, err
	}
	lib, err := a.Library(ctx)
	if err != nil {
		return nil, err
	}
	src, ok, err := st.Chat.CurrentProgram(ctx)
	if err != nil || !ok {
		return nil, err
	}
	a.programs.mu.Lock()
	defer a.programs.mu.Unlock()
	if a.programs.prog != nil && a.programs.at.Equal(src.AppliedAt) {
		return a.programs.prog, nil
	}
	f, err := program.Parse(src.Name, []byte(src.Source))
	if err != nil {
		return nil, err
	}
	p, err := f.Bind(lib.Set())
	if err != nil {
		return nil, errs.Wrap("program", errs.Invalid, err, "the applied program no longer fits the catalogs; apply a corrected file")
	}
	a.programs.prog, a.programs.at = p, src.AppliedAt
	return p, nil
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
	if p, err := a.Program(ctx); err != nil {
		return nil, err
	} else if p != nil {
		svc.Program = p.Assessor()
	}
	b := &bot.Bot{
		Chat: chat, Store: a.st.Chat, Assessor: svc, Catalogs: lib.Set,
		Program: a.Program, Search: eng.Search, Passages: eng.Store.Chunks, Log: a.Log,
	}
	_, b.Explain = a.models()
	svc.OnDraft = func(ctx context.Context, d *assessor.Draft) {
		if err := b.PostReview(ctx, d); err != nil {
			a.Log.Warn("could not post a draft for review; the sweep will retry", "draft", d.ID, "err", err)
		}
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
	var metricsAddr string
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
			ctx, cancel := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer cancel()
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
			b, err := a.Bot(cmd, chat)
			if err != nil {
				return err
			}
			chat.Observe = func(method, outcome string) { m.SlackCalls.WithLabelValues(method, outcome).Inc() }
			a.metrics = m
			stop, err := a.runQueue(ctx)
			if err != nil {
				return err
			}
			defer stop()
			go a.sweepReviews(ctx, b)
			digests, err := a.Digests(cmd, b)
			if err != nil {
				return err
			}
			go a.scheduleLoop(ctx, b, digests, sh, tick, lease)
			h := slack.NewHandler(slack.Handler{Bot: b, Chat: chat, SigningSecret: cfg.SlackSigningSecret, Dedup: sh, Log: a.Log,
				Ready: func(ctx context.Context) error {
					if err := st.Ping(ctx); err != nil {
						return err
					}
					return sh.Ping(ctx)
				}}, 64)
			if addr == "" {
				if metricsAddr != "" {
					go a.serveMetrics(ctx, metricsAddr, m)
				}
				api := slackapi.New(cfg.SlackBotToken, slackapi.OptionAppLevelToken(cfg.SlackAppToken), slackapi.OptionAPIURL(cfg.SlackAPIURL))
				a.Log.Info("serving Slack over Socket Mode")
				err := (&slack.Socket{API: api, Handler: h, Log: a.Log}).Run(ctx)
				a.drain(h)
				return err
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return errs.Wrap("serve", errs.Unavailable, err, "listening on "+addr)
			}
			mux := http.NewServeMux()
			mux.Handle("/metrics", m.Handler())
			mux.Handle("/", h)
			srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
			go func() {
				<-ctx.Done()
				sctx, c := context.WithTimeout(context.Background(), 10*time.Second)
				defer c()
				srv.Shutdown(sctx)
			}()
			a.Log.Info("serving Slack's HTTP mode", "addr", ln.Addr().String())
			if err := srv.Serve(ln); err != nil && err != http.ErrServerClosed {
				return err
			}
			a.drain(h)
			return nil
		},
	}
	cmd.Flags().StringVar(&addr, "http", "", "serve Slack's HTTP mode on this address (e.g. :8080)")
	cmd.Flags().DurationVar(&tick, "tick", time.Minute, "how often the scheduler looks for due check-ins and reminders")
	cmd.Flags().StringVar(&metricsAddr, "metrics", "", "in Socket Mode, serve /metrics on this address (HTTP mode serves it beside /slack)")
	cmd.Flags().DurationVar(&lease, "lease", 2*time.Minute, "how long a sender owns a claimed check-in before another replica may send it")
	return cmd
}

// scheduleLoop runs the scheduler every tick on whichever replica holds
// the Redis lock; the database's uniqueness is what guarantees once.
func (a *App) scheduleLoop(ctx context.Context, b *bot.Bot, digests *digest.Builder, rdb backend.Shared, every, lease time.Duration) {
	s := &schedule.Scheduler{Bot: b, Store: a.st.Chat, Log: a.Log, Digest: digests.Scheduled, Lease: lease}
	// The lock is held for a tick; a tick outliving it is harmless, since
	// claims keep sends single.
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if release, ok, err := rdb.Lock(ctx, "scheduler", every+5*time.Second); err != nil {
			a.Log.Warn("scheduler lock unavailable; ticking anyway", "err", err)
			a.tick(ctx, s)
		} else if ok {
			a.tick(ctx, s)
			release()
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (a *App) tick(ctx context.Context, s *schedule.Scheduler) {
	r, err := s.Tick(ctx)
	if m := a.metrics; m != nil {
		m.CheckinsSent.Add(float64(r.Sent))
		m.RemindersSent.Add(float64(r.Nudged))
		m.Escalations.Add(float64(r.Escalated))
	}
	if err != nil {
		a.Log.Error("scheduler tick failed", "err", err)
		return
	}
	if r.Created+r.Sent+r.Nudged+r.Escalated+r.Failed > 0 {
		a.Log.Info("scheduler tick", "due", r.Due, "created", r.Created, "sent", r.Sent, "nudged", r.Nudged, "escalated", r.Escalated, "failed", r.Failed)
	}
}

// drain lets work begun for acknowledged requests finish (10 s at most).
func (a *App) drain(h *slack.Handler) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := h.Drain(ctx); err != nil {
		a.Log.Warn("stopped with background work unfinished", "err", err)
	}
}

func (a *App) serveMetrics(ctx context.Context, addr string, m *metrics.Metrics) {
	srv := &http.Server{Addr: addr, Handler: m.Handler(), ReadHeaderTimeout: 5 * time.Second}
	go func() { <-ctx.Done(); srv.Close() }()
	if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
		a.Log.Error("metrics server failed", "err", err)
	}
}

// sweepReviews posts drafts whose review message is missing (a post that
// failed, or a draft made by another process) every 30 seconds.
func (a *App) sweepReviews(ctx context.Context, b *bot.Bot) {
	t := time.NewTicker(30 * time.Second)
	defer t.Stop()
	for {
		if n, err := b.PostPendingReviews(ctx); err != nil {
			a.Log.Warn("review sweep failed", "err", err)
		} else if n > 0 {
			a.Log.Info("posted drafts for review", "drafts", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
