package cli_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/assay-dev/assay/bot/slack/slackfake"
	"github.com/assay-dev/assay/cli"
	"github.com/assay-dev/assay/postgres/pgtest"
)

// TestChildAssay runs cli.Run in a process of its own, on this process's
// standard streams, for the tests that kill one or speak to it over stdio:
// it does nothing unless ASSAY_CHILD_ARGS is set.
func TestChildAssay(t *testing.T) {
	args := os.Getenv("ASSAY_CHILD_ARGS")
	if args == "" {
		return
	}
	os.Exit(cli.Run(context.Background(), strings.Split(args, "\x1f"), os.Stdin, os.Stdout, os.Stderr, os.Getenv))
}

// A process killed while its drafting job waits on the model leaves the
// job running; a serve on the same store takes it for stuck after
// ASSAY_JOB_RESCUE_AFTER and drafts it.
func TestAKilledDraftIsPickedUpAgain(t *testing.T) {
	t.Parallel()
	url := pgtest.URL(t)
	withProgram(t, setup(t, map[string]string{"DATABASE_URL": url}))
	// A model that never answers (until the test ends).
	stop := make(chan struct{})
	hang := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-stop:
		}
	}))
	t.Cleanup(hang.Close)
	t.Cleanup(func() { close(stop) })
	child := exec.Command(os.Args[0], "-test.run=^TestChildAssay$")
	child.Env = append(os.Environ(), "ASSAY_CHILD_ARGS="+strings.Join([]string{"assess", "iso27001", "A.8.8", "--answer",
		"The platform team patches monthly under the approved patch policy.", "--as", "U0OWNER"}, "\x1f"),
		"DATABASE_URL="+url, "OPENAI_API_KEY=sk-test", "OPENAI_BASE_URL="+hang.URL+"/v1", "ASSAY_EMBED_MODEL=offline", "ASSAY_LOG_LEVEL=warn")
	var childErr syncBuffer
	child.Stderr = &childErr
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	state := func() string {
		var s string
		if err := conn.QueryRow(ctx, `SELECT COALESCE((SELECT state::text FROM river_job WHERE kind = 'draft_rating'), '')`).Scan(&s); err != nil {
			t.Fatal(err)
		}
		return s
	}
	for deadline := time.Now().Add(2 * time.Minute); state() != "running"; time.Sleep(100 * time.Millisecond) {
		if time.Now().After(deadline) {
			child.Process.Kill()
			t.Fatalf("the drafting job never ran: %q\n%s", state(), childErr.String())
		}
	}
	if err := child.Process.Kill(); err != nil { // SIGKILL: no chance to give the job back
		t.Fatal(err)
	}
	child.Wait()
	time.Sleep(time.Second)
	if s := state(); s != "running" {
		t.Fatalf("after the kill the job is %q, want it stuck running", s)
	}

	fake := slackfake.New(t)
	env := map[string]string{"DATABASE_URL": url, "ASSAY_LOG_LEVEL": "warn", "SLACK_BOT_TOKEN": "xoxb-test",
		"SLACK_SIGNING_SECRET": "s", "SLACK_API_URL": fake.APIURL(), "ASSAY_JOB_RESCUE_AFTER": "3s"}
	sctx, cancel := context.WithCancel(ctx)
	done := make(chan int)
	var errOut syncBuffer
	go func() {
		done <- cli.Run(sctx, []string{"serve", "--http", freeAddr(t)}, strings.NewReader(""), io.Discard, &errOut, func(k string) string { return env[k] })
	}()
	start := time.Now()
	for {
		var n int
		if err := conn.QueryRow(ctx, `SELECT count(*) FROM drafts`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n == 1 {
			break
		}
		if time.Since(start) > 90*time.Second {
			cancel()
			<-done
			var info string
			conn.QueryRow(ctx, `SELECT attempt || '/' || max_attempts || ' ' || errors::text FROM river_job WHERE kind = 'draft_rating'`).Scan(&info)
			t.Fatalf("serve never drafted the stuck job (%s, %s):\n%s", state(), info, errOut.String())
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Logf("drafted %.1f s after serve started", time.Since(start).Seconds())
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("serve exited %d: %s", code, errOut.String())
	}
}
