// Package server runs Assay as a service, in the manner of wtf's Main:
// cli wires a Server from the configuration and calls Run, which serves
// Slack (Socket Mode, or HTTP mode with /healthz, /readyz and /metrics),
// ticks the scheduler on whichever replica holds the shared lock, posts
// drafts that still lack a review message, and works drafting jobs, until
// its context ends or the process is told to stop (SIGINT, SIGTERM). Then
// it stops accepting, lets work begun for acknowledged requests finish
// (ten seconds at most), and waits for running jobs.
package server

import (
	"context"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/assay-dev/assay/backend"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/bot/slack"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/jobs"
	"github.com/assay-dev/assay/metrics"
	"github.com/assay-dev/assay/schedule"
)

// Server is the running service.
type Server struct {
	Bot *bot.Bot
	// Handler serves Slack's requests, in either mode.
	Handler *slack.Handler
	// Socket serves Socket Mode; nil serves HTTP mode on Addr.
	Socket *slack.Socket
	// Addr is HTTP mode's address: Slack's endpoints, /healthz, /readyz
	// and /metrics.
	Addr string
	// MetricsAddr serves /metrics on an address of its own; "" serves it
	// beside Slack's endpoints in HTTP mode, and not at all in Socket Mode.
	MetricsAddr string
	// MetricsToken, if set, is the bearer token /metrics requires.
	MetricsToken string
	// MCP serves AI assistants at /mcp (assistant.HTTPHandler): beside
	// Slack's endpoints in HTTP mode, or on MCPAddr of its own (Socket
	// Mode's --mcp); nil serves none.
	MCP     http.Handler
	MCPAddr string
	Metrics *metrics.Metrics
	// Workers work drafting jobs in this process.
	Workers   jobs.Runner
	Scheduler *schedule.Scheduler
	// Shared holds the lock that picks the replica that ticks.
	Shared backend.Shared
	// Tick is how often the scheduler runs (default a minute); Sweep how
	// often drafts without a review message are posted (default 30 s).
	Tick, Sweep time.Duration
	Log         *slog.Logger
}

// Grace is how long work begun before a stop may take to finish.
const Grace = 10 * time.Second

// Run serves until ctx ends or the process gets SIGINT or SIGTERM.
// Errors: errs.Unavailable when it cannot listen or start the workers.
func (s *Server) Run(ctx context.Context) error {
	ctx, cancel := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer cancel()
	if s.Log == nil {
		s.Log = slog.New(slog.DiscardHandler)
	}
	if err := s.Workers.Start(ctx); err != nil {
		return errs.Wrap("serve", errs.Unavailable, err, "starting the job queue")
	}
	defer func() {
		sctx, cancel := context.WithTimeout(context.Background(), Grace)
		defer cancel()
		s.Workers.Stop(sctx)
	}()
	go s.sweepReviews(ctx)
	go s.scheduleLoop(ctx)
	if s.MetricsAddr != "" {
		go s.serveMetrics(ctx)
	}
	if s.MCP != nil && s.MCPAddr != "" {
		go s.serveMCP(ctx)
	}
	if s.Socket != nil {
		s.Log.Info("serving Slack over Socket Mode")
		err := s.Socket.Run(ctx)
		s.drain()
		return err
	}
	ln, err := net.Listen("tcp", s.Addr)
	if err != nil {
		return errs.Wrap("serve", errs.Unavailable, err, "listening on "+s.Addr)
	}
	mux := http.NewServeMux()
	if s.MetricsAddr == "" {
		mux.Handle("/metrics", s.Metrics.Handler(s.MetricsToken))
	}
	if s.MCP != nil && s.MCPAddr == "" {
		mux.Handle("/mcp", s.MCP)
	}
	mux.Handle("/", s.Handler)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), Grace)
		defer cancel()
		srv.Shutdown(sctx)
	}()
	s.Log.Info("serving Slack's HTTP mode", "addr", ln.Addr().String())
	if err := srv.Serve(ln); err != nil && err != http.ErrServerClosed {
		return err
	}
	s.drain()
	return nil
}

// scheduleLoop runs the scheduler every tick on whichever replica holds
// the shared lock; the database's uniqueness is what guarantees once.
func (s *Server) scheduleLoop(ctx context.Context) {
	every := s.Tick
	if every <= 0 {
		every = time.Minute
	}
	// The lock is held for a tick; a tick outliving it is harmless, since
	// claims keep sends single.
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if release, ok, err := s.Shared.Lock(ctx, "scheduler", every+5*time.Second); err != nil {
			s.Log.Warn("scheduler lock unavailable; ticking anyway", "err", err)
			s.tick(ctx)
		} else if ok {
			s.tick(ctx)
			release()
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (s *Server) tick(ctx context.Context) {
	r, err := s.Scheduler.Tick(ctx)
	s.Metrics.CheckinsSent.Add(float64(r.Sent))
	s.Metrics.RemindersSent.Add(float64(r.Nudged))
	s.Metrics.Escalations.Add(float64(r.Escalated))
	if err != nil {
		s.Log.Error("scheduler tick failed", "err", err)
		return
	}
	if r.Created+r.Sent+r.Nudged+r.Escalated+r.Failed > 0 {
		s.Log.Info("scheduler tick", "due", r.Due, "created", r.Created, "sent", r.Sent, "nudged", r.Nudged, "escalated", r.Escalated, "failed", r.Failed)
	}
}

// sweepReviews posts drafts whose review message is missing (a post that
// failed, or a draft made by another process).
func (s *Server) sweepReviews(ctx context.Context) {
	every := s.Sweep
	if every <= 0 {
		every = 30 * time.Second
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if s.Bot.Assessor != nil {
			if n, err := s.Bot.Assessor.RecoverLost(ctx); err != nil {
				s.Log.Warn("sweep for lost drafting jobs failed", "err", err)
			} else if n > 0 {
				s.Log.Warn("answers whose drafting was lost now wait for a lead as failed drafts", "answers", n)
			}
		}
		if n, err := s.Bot.PostPendingReviews(ctx); err != nil {
			s.Log.Warn("review sweep failed", "err", err)
		} else if n > 0 {
			s.Log.Info("posted drafts for review", "drafts", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// drain lets work begun for acknowledged requests finish.
func (s *Server) drain() {
	ctx, cancel := context.WithTimeout(context.Background(), Grace)
	defer cancel()
	if err := s.Handler.Drain(ctx); err != nil {
		s.Log.Warn("stopped with background work unfinished", "err", err)
	}
}

func (s *Server) serveMCP(ctx context.Context) {
	mux := http.NewServeMux()
	mux.Handle("/mcp", s.MCP)
	srv := &http.Server{Addr: s.MCPAddr, Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() { <-ctx.Done(); srv.Close() }()
	s.Log.Info("serving MCP for AI assistants", "addr", s.MCPAddr)
	if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
		s.Log.Error("MCP server failed", "err", err)
	}
}

func (s *Server) serveMetrics(ctx context.Context) {
	mux := http.NewServeMux()
	mux.Handle("/metrics", s.Metrics.Handler(s.MetricsToken))
	srv := &http.Server{Addr: s.MetricsAddr, Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() { <-ctx.Done(); srv.Close() }()
	if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
		s.Log.Error("metrics server failed", "err", err)
	}
}
