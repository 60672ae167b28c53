package cli

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	mrand "math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"
	"github.com/spf13/cobra"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/backend"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/bot/slack"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/digest"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/postgres"
	"github.com/assay-dev/assay/program"
	"github.com/assay-dev/assay/schedule"
)

// benchProgram stores a synthetic framework of n controls in groups of 50
// and returns a program over it, owned by one owner per control.
func benchProgram(ctx context.Context, be *backend.Backend, n int) (*program.Program, *catalogs.Library, error) {
	quiet := slog.New(slog.DiscardHandler)
	lib, err := catalogs.OpenLibrary(ctx, be.Catalogs, quiet)
	if err != nil {
		return nil, nil, err
	}
	var b strings.Builder
	b.WriteString("assay_catalog: 1\nframework: {id: bench-fw, name: Benchmark framework, version: \"1\", kind: guidance}\ncontrols:\n")
	for g := 0; g*50 < n; g++ {
		fmt.Fprintf(&b, "  - {ref: G%d, kind: group, title: Group %d}\n", g, g)
		for i := g * 50; i < min(n, (g+1)*50); i++ {
			fmt.Fprintf(&b, "  - {ref: C-%d, parent: G%d, title: Control %d, questions: [\"How is control %d done?\"]}\n", i, g, i, i)
		}
	}
	if _, err := lib.Import(ctx, "bench.yaml", []byte(b.String()), catalogs.ImportOptions{Format: catalogs.FormatYAML}); err != nil {
		return nil, nil, err
	}
	src := "name: bench\nframeworks: [bench-fw]\ntargets: [{framework: bench-fw, level: 3}]\nroles: {leads: [U0LEAD]}\nchannels: {review: C0REVIEW, digest: C0DIGEST}\nowners: {\"bench-fw:*\": U0OWNER}\n"
	f, err := program.Parse("bench.yaml", []byte(src))
	if err != nil {
		return nil, nil, err
	}
	p, err := f.Bind(lib.Set())
	return p, lib, err
}

// benchRatings makes n answers spread over controls and the year before
// now, each with a drafted level and a lead's decision (confirmed, or
// adjusted to another level), as a store import takes them.
func benchRatings(controls []catalogs.Control, n int, now time.Time) *assessor.Records {
	rng := mrand.New(mrand.NewPCG(3, 5))
	r := &assessor.Records{}
	for i := range n {
		c := controls[i%len(controls)]
		at := now.Add(-time.Duration(i) * time.Minute).UTC().Truncate(time.Microsecond)
		a := &assessor.Answer{ID: assessor.AnswerID(uuid.NewString()), Framework: c.Framework, Ref: c.Ref, Text: fmt.Sprintf("answer %d", i),
			Author: "U0OWNER", CreatedAt: at}
		lvl, fin := rng.IntN(6), rng.IntN(6)
		status := assessor.Confirmed
		if fin != lvl {
			status = assessor.Adjusted
		}
		d := &assessor.Draft{ID: assessor.DraftID(uuid.NewString()), AnswerID: a.ID, Framework: c.Framework, Ref: c.Ref, Scale: assessor.BuiltinScales[0].ID,
			Level: &lvl, Drafter: assessor.OfflineDrafter, Status: status, CreatedAt: at, FinalLevel: &fin, DecidedBy: "U0LEAD", DecidedAt: &at}
		r.Answers, r.Drafts = append(r.Answers, a), append(r.Drafts, d)
	}
	return r
}

type benchDigestJSON struct {
	Controls int `json:"controls"`
	// Rated is how many controls the digest found rated: all of them, when
	// the seeded ratings reached it.
	Rated   int         `json:"rated_controls"`
	Answers int         `json:"answers_and_ratings"`
	Runs    int         `json:"runs"`
	Seconds latencyJSON `json:"compute_seconds"`
}

func (a *App) benchDigestCommand() *cobra.Command {
	var controls, answers, runs int
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "digest",
		Short: "Digest computation time over a large program with many stored answers and ratings",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			be, cleanup, err := a.openScratch(ctx, a.embedded(), postgres.Tuning{})
			if err != nil {
				return err
			}
			defer cleanup()
			p, lib, err := benchProgram(ctx, be, controls)
			if err != nil {
				return err
			}
			// Answers and their ratings, spread over the controls and the
			// last year, in one import.
			if err := be.Port.ImportAssessor(ctx, benchRatings(p.Controls(), answers, time.Now())); err != nil {
				return err
			}
			if err := be.Bench.Settle(ctx); err != nil {
				return err
			}
			b := &digest.Builder{Store: be.Chat, Set: lib.Set}
			var secs []float64
			rated := 0
			for i := 0; i < runs; i++ {
				start := time.Now()
				s, err := b.Build(ctx, p)
				if err != nil {
					return err
				}
				secs = append(secs, time.Since(start).Seconds())
				for _, f := range s.Frameworks {
					rated = f.Rated
				}
				if i == 0 {
					if _, err := b.Keep(ctx, s, nil); err != nil { // later runs compare with it
						return err
					}
				}
			}
			out := benchDigestJSON{Controls: controls, Rated: rated, Answers: answers, Runs: runs, Seconds: percentiles(secs)}
			if asJSON {
				return a.writeJSON(out)
			}
			fmt.Fprintf(a.Stdout, "digest over %d controls and %d answers and ratings: p50 %.3f s, p95 %.3f s over %d runs\n", controls, answers, out.Seconds.P50, out.Seconds.P95, runs)
			return nil
		},
	}
	cmd.Flags().IntVar(&controls, "controls", 2000, "controls in the program")
	cmd.Flags().IntVar(&answers, "answers", 100000, "stored answers, each with a rating")
	cmd.Flags().IntVar(&runs, "runs", 5, "computations to time")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

type benchFanoutJSON struct {
	Checkins       int     `json:"checkins"`
	Seconds        float64 `json:"seconds"` // start to the last accepted message
	MinimumSeconds float64 `json:"minimum_seconds"`
	OverMinimum    float64 `json:"over_minimum"` // seconds / minimum - 1
	Posted         int     `json:"posted"`
	Duplicates     int     `json:"duplicates"`
	Refused429     int     `json:"refused_429"`
}

// limitedSlack is a stand-in Slack that enforces Slack's posting limits:
// per channel per second, and overall per minute, answering 429.
type limitedSlack struct {
	mu         sync.Mutex
	perChannel map[string]int64 // channel → second of its last post
	minute     int64
	inMinute   int
	posted     map[string]int // text → times
	refused    int
	perMinute  int
	lastPost   time.Time
}

func (l *limitedSlack) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	q, _ := url.ParseQuery(string(body))
	w.Header().Set("Content-Type", "application/json")
	method := strings.TrimPrefix(r.URL.Path, "/api/")
	switch method {
	case "conversations.open":
		fmt.Fprintf(w, `{"ok":true,"channel":{"id":"D%s"}}`, strings.TrimPrefix(q.Get("users"), "U"))
		return
	case "chat.postMessage":
	default:
		io.WriteString(w, `{"ok":true,"ts":"1.0"}`)
		return
	}
	now := time.Now()
	l.mu.Lock()
	defer l.mu.Unlock()
	sec, min := now.Unix(), now.Unix()/60
	if min != l.minute {
		l.minute, l.inMinute = min, 0
	}
	ch := q.Get("channel")
	if last, ok := l.perChannel[ch]; (ok && last == sec) || l.inMinute >= l.perMinute {
		l.refused++
		wait := 1
		if l.inMinute >= l.perMinute {
			wait = int(60 - now.Unix()%60)
		}
		w.Header().Set("Retry-After", strconv.Itoa(wait))
		w.WriteHeader(http.StatusTooManyRequests)
		return
	}
	l.perChannel[ch] = sec
	l.inMinute++
	l.posted[q.Get("text")]++
	l.lastPost = now
	fmt.Fprintf(w, `{"ok":true,"channel":%q,"ts":"%d.%06d"}`, ch, sec, l.inMinute)
}

func (a *App) benchFanoutCommand() *cobra.Command {
	var n, perMinute int
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "fanout",
		Short: "Send a round of check-ins against a Slack that allows 1 message/s per channel and a per-minute budget",
		Long: `Stores --checkins due check-ins, each for its own owner, and lets the
scheduler send them through a stand-in Slack that refuses (429 with
Retry-After) more than one message a second per channel or --per-minute
overall. Reports the time against the limit's minimum and counts duplicates.
Takes at least checkins/per-minute minutes.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			be, cleanup, err := a.openScratch(ctx, a.embedded(), postgres.Tuning{})
			if err != nil {
				return err
			}
			defer cleanup()
			p, lib, err := benchProgram(ctx, be, n)
			if err != nil {
				return err
			}
			// A scratch installation's shared state is its own.
			shared, err := be.OpenShared(ctx)
			if err != nil {
				return err
			}
			defer shared.Close()
			fake := &limitedSlack{perChannel: map[string]int64{}, posted: map[string]int{}, perMinute: perMinute}
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				return errs.Wrap("bench fanout", errs.Unavailable, err, "listening")
			}
			srv := &http.Server{Handler: fake}
			go srv.Serve(ln)
			defer srv.Close()
			chat := slack.New("xoxb-bench", "http://"+ln.Addr().String()+"/api/")
			chat.Limits = slack.DefaultLimits(shared)
			chat.Limits.PerMinute["chat.postMessage"] = perMinute
			bs := be.Chat
			b := &bot.Bot{Chat: chat, Store: bs, Catalogs: lib.Set, Log: a.Log,
				Program:  func(context.Context) (*program.Program, error) { return p, nil },
				Assessor: &assessor.Service{Store: be.Assessor, Catalogs: lib.Set, Drafter: assessor.Offline{}}}
			// Each control its own owner, so each message its own DM.
			for i, c := range p.Controls() {
				if err := bs.Assign(ctx, c.Key(), bot.UserID(fmt.Sprintf("U0OWN%05d", i))); err != nil {
					return err
				}
			}
			if err := be.Bench.Settle(ctx); err != nil {
				return err
			}
			now := time.Now()
			slot := now.Add(-time.Minute).UTC()
			var due []*bot.Checkin
			for _, c := range p.Controls() {
				owner, _, _ := b.OwnerOf(ctx, p, c.Key())
				due = append(due, &bot.Checkin{Key: c.Key(), Owner: owner, Status: bot.CheckinOpen, Slot: &slot})
			}
			if _, err := bs.CreateSlotCheckins(ctx, due); err != nil {
				return err
			}
			s := &schedule.Scheduler{Bot: b, Store: bs, Batch: n + 1, Log: a.Log}
			start := time.Now()
			// Two concurrent senders, as two replicas would be.
			var wg sync.WaitGroup
			for range 2 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for ctx.Err() == nil {
						r, err := s.Tick(ctx)
						if err != nil {
							a.Log.Error("tick", "err", err)
							return
						}
						if r.Sent == 0 && r.Failed == 0 {
							return
						}
					}
				}()
			}
			wg.Wait()
			fake.mu.Lock()
			took := fake.lastPost.Sub(start).Seconds()
			// The stand-in counts per clock minute: the last message cannot
			// go before the minute window that still has budget for it.
			windows := (n+perMinute-1)/perMinute - 1
			firstWindow := start.Truncate(time.Minute)
			minimum := firstWindow.Add(time.Duration(windows) * time.Minute).Sub(start).Seconds()
			out := benchFanoutJSON{Checkins: n, Seconds: took, MinimumSeconds: max(minimum, 0)}
			for _, k := range sortedKeys(fake.posted) {
				out.Posted++
				out.Duplicates += fake.posted[k] - 1
			}
			out.Refused429 = fake.refused
			fake.mu.Unlock()
			if out.MinimumSeconds > 0 {
				out.OverMinimum = took/out.MinimumSeconds - 1
			}
			if asJSON {
				return a.writeJSON(out)
			}
			fmt.Fprintf(a.Stdout, "%d check-ins in %.1f s (minimum %.1f s, %.1f%% over); %d posted, %d duplicates, %d refused with 429\n",
				n, took, out.MinimumSeconds, 100*out.OverMinimum, out.Posted, out.Duplicates, out.Refused429)
			return nil
		},
	}
	cmd.Flags().IntVar(&n, "checkins", 1000, "check-ins to send, one per owner")
	cmd.Flags().IntVar(&perMinute, "per-minute", 300, "the stand-in Slack's overall messages per minute")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func sortedKeys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
