package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/bot/slack"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/postgres"
	"github.com/assay-dev/assay/program"
)

type benchSlackJSON struct {
	Rate          int         `json:"rate_per_s"`
	Requests      int         `json:"requests"`
	AckMs         latencyJSON `json:"ack_ms"`
	Non200        int         `json:"non_200"`
	AnswersStored int         `json:"answers_stored"`
}

func (a *App) benchSlackCommand() *cobra.Command {
	var rate int
	var duration time.Duration
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "slack",
		Short: "Acknowledgement latency of signed answer submissions in HTTP mode",
		Long: `Starts the HTTP-mode handler on loopback over a scratch schema, with a
stand-in Slack Web API, opens one check-in per SP 800-53 control, and submits
signed answer forms at --rate per second for --duration (open loop: a slow
reply does not slow the sender). Prints acknowledgement latency and checks
that every answer was stored.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if rate < 1 || duration <= 0 {
				return usageError{fmt.Errorf("--rate and --duration must be positive")}
			}
			res, err := a.benchSlack(cmd.Context(), rate, duration)
			if err != nil {
				return err
			}
			if asJSON {
				return a.writeJSON(res)
			}
			fmt.Fprintf(a.Stdout, "%d signed submissions at %d/s: ack p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; %d not 200; %d answers stored\n",
				res.Requests, res.Rate, res.AckMs.P50, res.AckMs.P95, res.AckMs.P99, res.Non200, res.AnswersStored)
			return nil
		},
	}
	cmd.Flags().IntVar(&rate, "rate", 200, "submissions per second")
	cmd.Flags().DurationVar(&duration, "duration", 5*time.Second, "how long to send")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func (a *App) benchSlack(ctx context.Context, rate int, duration time.Duration) (*benchSlackJSON, error) {
	const op = "bench slack"
	be, cleanup, err := a.openScratch(ctx, a.embedded(), postgres.Tuning{})
	if err != nil {
		return nil, err
	}
	defer cleanup()
	quiet := slog.New(slog.DiscardHandler)
	lib, err := catalogs.OpenLibrary(ctx, be.Catalogs, quiet)
	if err != nil {
		return nil, err
	}
	src := []byte("name: bench\nframeworks: [nist-sp800-53-r5]\nroles: {leads: [U0LEAD]}\nowners: {\"nist-sp800-53-r5:*\": U0OWNER}\nchannels: {review: C0REVIEW}\n")
	f, err := program.Parse("bench.yaml", src)
	if err != nil {
		return nil, err
	}
	prog, err := f.Bind(lib.Set())
	if err != nil {
		return nil, err
	}
	n := rate * int(duration.Seconds())
	controls := prog.Controls()
	if n > len(controls) {
		return nil, usageError{fmt.Errorf("%d submissions need as many open check-ins; the benchmark has %d controls: lower --rate or --duration", n, len(controls))}
	}
	// A stand-in Slack that answers every call at once.
	fake := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"ok":true,"ts":"1700000000.000100","channel":"D1"}`)
	})}
	fln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, errs.Wrap(op, errs.Unavailable, err, "listening")
	}
	go fake.Serve(fln)
	defer fake.Close()

	svc := &assessor.Service{Store: be.Assessor, Catalogs: lib.Set, Drafter: assessor.Offline{}, Program: prog.Assessor()}
	bs := be.Chat
	chat := slack.New("xoxb-bench", "http://"+fln.Addr().String()+"/api/")
	b := &bot.Bot{Chat: chat, Store: bs, Assessor: svc, Catalogs: lib.Set,
		Program: func(context.Context) (*program.Program, error) { return prog, nil }, Log: quiet}
	const secret = "bench-signing-secret"
	h := slack.NewHandler(slack.Handler{Bot: b, Chat: chat, SigningSecret: secret, Log: quiet}, 64)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, errs.Wrap(op, errs.Unavailable, err, "listening")
	}
	srv := &http.Server{Handler: h}
	go srv.Serve(ln)
	defer srv.Close()

	bodies := make([][]byte, n)
	for i := 0; i < n; i++ {
		ck := &bot.Checkin{Key: controls[i].Key(), Owner: "U0OWNER", Status: bot.CheckinOpen, Channel: "D1", TS: "1700000000.000001"}
		if err := bs.CreateCheckin(ctx, ck); err != nil {
			return nil, err
		}
		payload, _ := json.Marshal(map[string]any{"type": "view_submission", "user": map[string]any{"id": "U0OWNER"},
			"view": map[string]any{"callback_id": bot.FormAnswer, "private_metadata": string(ck.ID), "state": map[string]any{"values": map[string]any{
				"answer": map[string]any{"answer": map[string]any{"type": "plain_text_input", "value": fmt.Sprintf("Answer %d: the team reviews this monthly under the approved policy.", i)}}}}}})
		bodies[i] = []byte(url.Values{"payload": {string(payload)}}.Encode())
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 256}, Timeout: 30 * time.Second}
	target := "http://" + ln.Addr().String() + "/slack/interactions"
	lat := make([]float64, n)
	codes := make([]int, n)
	var wg sync.WaitGroup
	start := time.Now()
	for i := 0; i < n; i++ {
		at := start.Add(time.Duration(i) * time.Second / time.Duration(rate))
		time.Sleep(time.Until(at))
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			req, _ := http.NewRequest("POST", target, bytes.NewReader(bodies[i]))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			slack.SignRequest(req, secret, time.Now(), bodies[i])
			t0 := time.Now()
			resp, err := client.Do(req)
			lat[i] = float64(time.Since(t0).Microseconds()) / 1000
			if err != nil {
				codes[i] = -1
				return
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			codes[i] = resp.StatusCode
		}(i)
	}
	wg.Wait()
	out := &benchSlackJSON{Rate: rate, Requests: n, AckMs: percentiles(lat)}
	for _, c := range codes {
		if c != http.StatusOK {
			out.Non200++
		}
	}
	counts, err := be.Port.Counts(ctx)
	if err != nil {
		return nil, err
	}
	out.AnswersStored = counts.Answers
	return out, nil
}
