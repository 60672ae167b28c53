package cli_test

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/assay-dev/assay/bot/slack"
	"github.com/assay-dev/assay/bot/slack/slackfake"
	"github.com/assay-dev/assay/cli"
	"github.com/assay-dev/assay/postgres/pgtest"
)

func TestProgramApplyShowAndErrors(t *testing.T) {
	t.Parallel()
	run := setup(t, nil)
	if code, out, _ := run("program", "show"); code != 0 || !strings.Contains(out, "no program applied yet") {
		t.Errorf("show before apply: %d %s", code, out)
	}
	code, out, stderr := run("program", "apply", "../deploy/program.example.yaml")
	if code != 0 || !strings.Contains(out, `program "AI governance 2026" in force`) || !strings.Contains(out, "137 controls, 137 with an owner") {
		t.Fatalf("apply: %d %s %s", code, out, stderr)
	}
	bad := t.TempDir() + "/bad.yaml"
	writeFile(t, bad, "name: x\nframeworks: [iso27001]\nroles: {leads: [U0LEAD]}\nchannels: {review: C0REVIEW}\ntargets:\n  - {framework: iso27001, level: 7}\n")
	if code, _, stderr := run("program", "apply", bad); code != 1 || !strings.Contains(stderr, "bad.yaml:6: target level 7") {
		t.Errorf("bad program: %d %s", code, stderr)
	}
	if code, out, _ := run("program", "show"); code != 0 || !strings.Contains(out, "AI governance 2026") {
		t.Errorf("a refused file replaced the program in force: %s", out)
	}
}

func TestShellCommand(t *testing.T) {
	t.Parallel()
	env := map[string]string{"DATABASE_URL": pgtest.URL(t), "ASSAY_LOG_LEVEL": "warn"}
	script := "/assay checkin iso42001 A.6.2.4\n/as U0MLENG001\n1\nWe validate every model under the approved policy.\n.\n\n\n\n\n/assay status\n/quit\n"
	var out, errOut bytes.Buffer
	code := cli.Run(context.Background(), []string{"shell", "--program", "../deploy/program.example.yaml"}, strings.NewReader(script), &out, &errOut,
		func(k string) string { return env[k] })
	if code != 0 {
		t.Fatalf("shell: exit %d\n%s\n%s", code, out.String(), errOut.String())
	}
	for _, want := range []string{"you are U0LEAD0001", "Check-in for iso42001-2023:A.6.2.4 sent to @U0MLENG001", "Answered", "Maturity — AI governance 2026"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("shell output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestServeHTTPMode(t *testing.T) {
	t.Parallel()
	fake := slackfake.New(t)
	t.Cleanup(func() {
		if v := fake.Violations(); len(v) > 0 {
			t.Errorf("Block Kit limits broken: %v", v)
		}
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	metricsAddr := freeAddr(t)
	ln.Close()
	const secret = "serve-test-secret"
	env := map[string]string{"DATABASE_URL": pgtest.URL(t), "ASSAY_LOG_LEVEL": "warn", "SLACK_BOT_TOKEN": "xoxb-test",
		"SLACK_SIGNING_SECRET": secret, "SLACK_API_URL": fake.APIURL()}
	getenv := func(k string) string { return env[k] }
	// The example program without its schedule: the scheduler's fan-out
	// (paced at a message a second per DM) is tested elsewhere.
	src, err := os.ReadFile("../deploy/program.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	unscheduled := filepath.Join(t.TempDir(), "program.yaml")
	// No cadences, and no impact assessments per AI system: nothing is asked.
	writeFile(t, unscheduled, strings.Split(string(src), "\nschedule:")[0]+"\nimpact_assessments: {risk: []}\n")
	if code := cli.Run(context.Background(), []string{"program", "apply", unscheduled}, strings.NewReader(""), io.Discard, io.Discard, getenv); code != 0 {
		t.Fatal("program apply failed")
	}
	if code := cli.Run(context.Background(), []string{"serve"}, strings.NewReader(""), io.Discard, io.Discard, func(k string) string {
		if k == "SLACK_SIGNING_SECRET" {
			return ""
		}
		return env[k]
	}); code != 2 {
		t.Errorf("serve without --http or an app token: exit %d, want 2", code)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	var errOut syncBuffer
	go func() {
		done <- cli.Run(ctx, []string{"serve", "--http", addr, "--metrics", metricsAddr}, strings.NewReader(""), io.Discard, &errOut, getenv)
	}()
	base := "http://" + addr
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(base + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				break
			}
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("serve never became ready: %v\n%s", err, errOut.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	if code, reply := postCheckinCommand(t, fake, base, secret); code != 200 || !strings.Contains(reply, "sent to <@U0MLENG001>") {
		t.Errorf("command: %d %s", code, reply)
	}
	// The scheduler sends the program's due check-ins too (paced at one
	// message a second per DM); the commanded one is among them.
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		found := false
		for _, c := range fake.Calls("chat.postMessage") {
			found = found || strings.Contains(c.Text(), "Verifying and validating AI systems")
		}
		if found {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the check-in DM was never sent")
		}
	}
	// AI assistants reach /mcp beside Slack's endpoints, with a bearer
	// token only.
	for _, tok := range []string{"", "Bearer not-a-token"} {
		req, _ := http.NewRequest(http.MethodPost, base+"/mcp", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json, text/event-stream")
		if tok != "" {
			req.Header.Set("Authorization", tok)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil || resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("/mcp with %q: %v %v", tok, resp, err)
		}
		if resp != nil {
			resp.Body.Close()
		}
	}
	// With --metrics, /metrics is on its own address, not beside Slack's
	// endpoints.
	if resp, err := http.Get(base + "/metrics"); err != nil || resp.StatusCode == 200 {
		t.Errorf("/metrics still served beside /slack with --metrics set: %v", err)
	} else {
		resp.Body.Close()
	}
	// /metrics reports state from the database and this process's calls.
	resp, err := http.Get("http://" + metricsAddr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	metricsText, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{`assay_checkins{status="open"}`, `assay_slack_api_calls_total{method="chat.postMessage",outcome="ok"}`, "assay_state_scrape_ok 1", `assay_llm_tokens{kind="prompt"} 0`, "assay_checkins_overdue 0"} {
		if !strings.Contains(string(metricsText), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve exited %d: %s", code, errOut.String())
		}
	case <-time.After(20 * time.Second):
		t.Error("serve did not stop")
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestDemo(t *testing.T) {
	t.Parallel()
	run := setup(t, nil)
	dir := t.TempDir()
	code, out, stderr := run("demo", "--out", dir)
	if code != 0 {
		t.Fatalf("demo: exit %d\n%s\n%s", code, out, stderr)
	}
	for _, want := range []string{"Check-in for iso42001-2023:A.6.2.4 sent to", "Offline draft", "Confirmed at level", "Adjusted to level", "Rejected by",
		"Maturity digest — AI governance 2026", "chart: " + dir + "/assay-demo-digest.png", "audit log intact: ",
		"64 of 65 controls in scope apply", "A.10.4 Customers of AI products — excluded (business decision)", "rated controls (64 applicable of 65 in scope, 1 excluded)",
		"iso42001-2023: 65 controls in scope, 64 applicable", "Statement of Applicability: " + dir + "/assay-demo-soa.xlsx",
		"Kickoff — AI governance 2026", "4 check-ins went out to 2 owners, due by", "Evidence files: 📎 model-validation-report.md",
		"Evidence file: model-validation-report.md, 226 bytes, SHA-256 ", "A.6 AI system lifecycle: 3.0 against target 4.0 (2/9 rated)"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q", want)
		}
	}
	if st, err := os.Stat(dir + "/assay-demo-digest.png"); err != nil || st.Size() < 1000 {
		t.Errorf("chart: %v", err)
	}
	// Each decision fits its control: the monitoring (A.6.2.6) is adjusted
	// down for its missing procedure, the policy (A.2.2) questioned on its
	// approval.
	if i := strings.Index(out, "iso42001-2023 A.6.2.6 — Operating and monitoring AI systems"); i < 0 ||
		!strings.Contains(out[i:], "Adjusted to level 1 by") || !strings.Contains(out[i:], "no procedure is written down yet") {
		t.Errorf("the monitoring control is not the one adjusted for its procedure")
	}
	if i := strings.Index(out, "Who approved the policy"); i < 0 || !strings.Contains(out[max(0, i-3000):i], "A.2.2") {
		t.Errorf("the policy question is not asked about the policy control")
	}
	if st, err := os.Stat(dir + "/assay-demo-soa.xlsx"); err != nil || st.Size() < 1000 {
		t.Errorf("Statement of Applicability: %v", err)
	}
}

// The same commands run on the embedded store: one file, no server.
func TestEmbeddedStoreCommands(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	run := setup(t, map[string]string{"DATABASE_URL": seededStore(t, dir, "assay.db")})
	// (The demo on the embedded store runs as a process in e2e.)
	withProgram(t, run)
	code, out, stderr := run("assess", "iso27001", "A.8.8", "--answer", "The platform team patches monthly under the approved patch policy.", "--as", "U0OWNER", "--json")
	if code != 0 {
		t.Fatalf("assess: %d %s", code, stderr)
	}
	d := decodeDraft(t, out)
	if code, out, stderr := run("review", d.DraftID, "--confirm", "--as", "U0LEAD"); code != 0 || !strings.Contains(out, "confirmed at level") {
		t.Errorf("review: %d %s %s", code, out, stderr)
	}
	if code, out, _ := run("audit", "verify"); code != 0 || !strings.Contains(out, "intact: 3 entries") {
		t.Errorf("audit verify: %d %s", code, out)
	}
}

// serve runs on the embedded store as one process, without Redis; a second
// process on the same file refuses to start.
func TestServeOnTheEmbeddedStore(t *testing.T) {
	t.Parallel()
	fake := slackfake.New(t)
	dir := t.TempDir()
	const secret = "embedded-secret"
	env := map[string]string{"DATABASE_URL": seededStore(t, dir, "assay.db"), "ASSAY_LOG_LEVEL": "warn", "SLACK_BOT_TOKEN": "xoxb-test",
		"SLACK_SIGNING_SECRET": secret, "SLACK_API_URL": fake.APIURL(), "REDIS_URL": "redis://127.0.0.1:1/0",
		"ASSAY_METRICS_TOKEN": "scrape-me"}
	getenv := func(k string) string { return env[k] }
	src, err := os.ReadFile("../deploy/program.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	unscheduled := filepath.Join(dir, "program.yaml")
	writeFile(t, unscheduled, strings.Split(string(src), "\nschedule:")[0]+"\nimpact_assessments: {risk: []}\n")
	if code := cli.Run(context.Background(), []string{"program", "apply", unscheduled}, strings.NewReader(""), io.Discard, io.Discard, getenv); code != 0 {
		t.Fatal("program apply failed")
	}
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	var errOut syncBuffer
	go func() {
		done <- cli.Run(ctx, []string{"serve", "--http", addr}, strings.NewReader(""), io.Discard, &errOut, getenv)
	}()
	// Under the race detector the pure-Go SQLite is slow to load the
	// built-in corpus on first use.
	for deadline := time.Now().Add(3 * time.Minute); ; time.Sleep(100 * time.Millisecond) {
		if resp, err := http.Get("http://" + addr + "/readyz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				break
			}
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("serve on the embedded store never became ready:\n%s", errOut.String())
		}
	}
	var second bytes.Buffer
	if code := cli.Run(context.Background(), []string{"serve", "--http", freeAddr(t)}, strings.NewReader(""), io.Discard, &second, getenv); code != 1 || !strings.Contains(second.String(), "already running") {
		t.Errorf("a second serve on the same store: exit %d, %s", code, second.String())
	}
	if _, reply := postCheckinCommand(t, fake, "http://"+addr, secret); !strings.Contains(reply, "sent to <@U0MLENG001>") {
		t.Errorf("command: %s", reply)
	}
	fake.WaitFor("chat.postMessage", 1)
	// /metrics requires the token, compared whole.
	for _, auth := range []string{"", "Bearer wrong", "Bearer scrape-m", "scrape-me"} {
		req, _ := http.NewRequest("GET", "http://"+addr+"/metrics", nil)
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized || strings.Contains(string(body), "assay_") {
			t.Errorf("/metrics with Authorization %q: %d %.80s, want 401 and no figures", auth, resp.StatusCode, body)
		}
	}
	req, _ := http.NewRequest("GET", "http://"+addr+"/metrics", nil)
	req.Header.Set("Authorization", "Bearer scrape-me")
	mresp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	mtext, _ := io.ReadAll(mresp.Body)
	mresp.Body.Close()
	for _, want := range []string{`assay_checkins{status="open"} 1`, "assay_state_scrape_ok 1", `assay_llm_tokens{kind="prompt"} 0`, "assay_checkins_overdue 0"} {
		if !strings.Contains(string(mtext), want) {
			t.Errorf("/metrics on the embedded store lacks %s", want)
		}
	}
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("serve exited %d: %s", code, errOut.String())
	}
}

// postCheckinCommand sends a signed "/assay checkin iso42001 A.6.2.4" from
// a lead to the server at base; it returns the status and the reply: the
// HTTP response's, or, when the server was slower than Slack allows (a
// loaded machine) and said it was working on it, the ephemeral message it
// sent the lead afterwards.
func postCheckinCommand(t *testing.T, fake *slackfake.Server, base, secret string) (int, string) {
	t.Helper()
	body := []byte(url.Values{"command": {"/assay"}, "text": {"checkin iso42001 A.6.2.4"}, "user_id": {"U0LEAD0001"}, "channel_id": {"C1"}}.Encode())
	req, _ := http.NewRequest("POST", base+"/slack/commands", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	slack.SignRequest(req, secret, time.Now(), body)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	reply, _ := io.ReadAll(resp.Body)
	if resp.StatusCode == 200 && strings.Contains(string(reply), "Working on it…") {
		for n := 1; ; n++ {
			if c := fake.WaitFor("chat.postEphemeral", n)[n-1]; c.Param("user") == "U0LEAD0001" {
				return resp.StatusCode, c.Text()
			}
		}
	}
	return resp.StatusCode, string(reply)
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// syncBuffer is a bytes.Buffer a running command writes while the test reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// A populated embedded store copies to PostgreSQL and back with the same
// counts, an audit log still anchored by its checkpoints, and a working
// search.
func TestStoreCopyRoundTrip(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	a := seededStore(t, dir, "a.db")
	const key = "the round trip's audit key, 32 characters or more"
	run := withProgram(t, setup(t, map[string]string{"DATABASE_URL": a, "ASSAY_AUDIT_KEY": key}))
	code, out, stderr := run("assess", "iso27001", "A.8.8", "--answer", "The platform team patches monthly under the approved patch policy.", "--as", "U0OWNER", "--json")
	if code != 0 {
		t.Fatal(stderr)
	}
	if code, _, stderr := run("review", decodeDraft(t, out).DraftID, "--confirm", "--as", "U0LEAD"); code != 0 {
		t.Fatal(stderr)
	}
	pg := pgtest.URL(t)
	code, out, stderr = run("store", "copy", "--from", a, "--to", pg)
	if code != 0 || !strings.Contains(out, "1 answers, 2 drafts, 3 audit entries (chain intact) with 3 checkpoints, 1 programs") {
		t.Fatalf("copy to PostgreSQL: %d\n%s%s", code, out, stderr)
	}
	b := "sqlite:" + dir + "/b.db"
	if code, out, stderr := run("store", "copy", "--from", pg, "--to", b); code != 0 || !strings.Contains(out, "3 audit entries (chain intact)") {
		t.Fatalf("copy back: %d\n%s%s", code, out, stderr)
	}
	back := setup(t, map[string]string{"DATABASE_URL": b, "ASSAY_AUDIT_KEY": key})
	if code, out, _ := back("audit", "verify"); code != 0 || !strings.Contains(out, "intact: 3 entries, anchored by 3 checkpoints; 2 drafts agree") {
		t.Errorf("audit on the copy of the copy: %s", out)
	}
	if code, out, _ := back("search", "we wipe laptops before disposal", "--k", "1", "--json"); code != 0 || !strings.Contains(out, `"ref": "MP-6`) {
		t.Errorf("search on the copy: %s", out)
	}
	if code, _, stderr := run("store", "copy", "--from", a, "--to", b); code != 1 || !strings.Contains(stderr, "not empty") {
		t.Errorf("copy into a non-empty store: %d %s", code, stderr)
	}
	// A source that is not there is refused, and neither store is created.
	missing, target := dir+"/no/such/store.db", dir+"/c.db"
	code, out, stderr = run("store", "copy", "--from", "sqlite:"+missing, "--to", "sqlite:"+target)
	if code != 1 || !strings.Contains(stderr, "no Assay store file at "+missing) || strings.Contains(out, "verified") {
		t.Errorf("copy from a missing store: %d %q %q", code, out, stderr)
	}
	for _, p := range []string{missing, dir + "/no", target} {
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("copy from a missing store created %s", p)
		}
	}
}
