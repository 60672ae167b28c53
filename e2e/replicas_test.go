// Package e2e runs the assay binary as separate processes, as production
// does: several replicas against one PostgreSQL, one Redis and a fake Slack.
package e2e

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/assay-dev/assay/bot/slack/slackfake"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/postgres/pgtest"
)

func build(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "assay")
	cmd := exec.Command("go", "build", "-o", bin, "..")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
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

// A program of 200 SP 800-53 controls, each with its own owner (so its own
// DM channel), all due today.
func program(t *testing.T) string {
	t.Helper()
	cats, err := catalogs.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	refs := []string{}
	for _, c := range cats {
		if c.Framework.ID != catalogs.SP80053 {
			continue
		}
		for _, ctl := range c.Controls {
			if ctl.Kind == catalogs.KindControl && !strings.Contains(string(ctl.Ref), "(") && len(refs) < 200 {
				refs = append(refs, string(ctl.Ref))
			}
		}
	}
	var b strings.Builder
	b.WriteString("name: replicas\nframeworks:\n  - id: nist-sp800-53-r5\n    controls: [")
	for i, r := range refs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(`"` + r + `"`)
	}
	b.WriteString("]\nroles: {leads: [U0LEAD]}\nchannels: {review: C0REVIEW}\nowners:\n")
	for i, r := range refs {
		fmt.Fprintf(&b, "  \"nist-sp800-53-r5:%s\": U0OWN%03d\n", r, i)
	}
	b.WriteString("schedule:\n  checkins: [{match: \"nist-sp800-53-r5:*\", cron: \"@daily\"}]\n")
	path := filepath.Join(t.TempDir(), "program.yaml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestThreeReplicasSendEachCheckinOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: this test builds the binary and runs three processes; make test (CI) runs it")
	}
	t.Parallel()
	bin := build(t)
	fake := slackfake.New(t)
	// A Slack a little slow to answer, so a fan-out takes seconds and the
	// kill lands in the middle of it.
	fake.Delay = 15 * time.Millisecond
	env := append(os.Environ(), "DATABASE_URL="+pgtest.URL(t), "SLACK_BOT_TOKEN=xoxb-e2e", "SLACK_SIGNING_SECRET=e2e",
		"SLACK_API_URL="+fake.APIURL(), "ASSAY_LOG_LEVEL=warn", "ASSAY_SLACK_POSTS_PER_MINUTE=100000", "ASSAY_LOG_FORMAT=text")
	apply := exec.Command(bin, "program", "apply", program(t))
	apply.Env = env
	if out, err := apply.CombinedOutput(); err != nil {
		t.Fatalf("program apply: %v\n%s", err, out)
	}
	if !strings.Contains(fmt.Sprint(apply.ProcessState), "exit status 0") {
		t.Fatal(apply.ProcessState)
	}
	var procs []*exec.Cmd
	var logs []*bytes.Buffer
	for range 3 {
		cmd := exec.Command(bin, "serve", "--http", freeAddr(t), "--tick", "300ms", "--lease", "2s")
		cmd.Env = env
		var buf bytes.Buffer
		cmd.Stdout, cmd.Stderr = io.Discard, &buf
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		procs = append(procs, cmd)
		logs = append(logs, &buf)
	}
	defer func() {
		for _, p := range procs {
			p.Process.Kill()
			p.Wait()
		}
	}()
	// Once the fan-out is under way, kill the replica holding the
	// scheduler lock (its token names the process) without warning.
	rdb := goredis.NewClient(&goredis.Options{Addr: "127.0.0.1:6379"})
	defer rdb.Close()
	killed := -1
	deadline := time.Now().Add(60 * time.Second)
	for killed < 0 {
		if time.Now().After(deadline) {
			t.Fatalf("the fan-out never started; logs:\n%s", logs[0].String())
		}
		if len(checkinPosts(fake)) >= 40 {
			keys, _ := rdb.Keys(context.Background(), "assay:*:lock:scheduler").Result()
			for _, k := range keys {
				holder, _ := rdb.Get(context.Background(), k).Result()
				parts := strings.Split(holder, "/")
				if len(parts) < 2 {
					continue
				}
				pid, _ := strconv.Atoi(parts[1])
				for i, p := range procs {
					if p.Process.Pid == pid {
						p.Process.Signal(syscall.SIGKILL)
						p.Wait()
						killed = i
					}
				}
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	sentAtKill := len(checkinPosts(fake))
	// The survivors finish the cycle.
	for deadline := time.Now().Add(90 * time.Second); len(checkinPosts(fake)) < 200; time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("only %d of 200 check-ins sent after the kill (%d before it)", len(checkinPosts(fake)), sentAtKill)
		}
	}
	time.Sleep(3 * time.Second) // leases expire; any duplicate would show now
	per := map[string]int{}
	for _, c := range checkinPosts(fake) {
		per[c.Param("channel")]++
	}
	for ch, n := range per {
		if n != 1 {
			t.Errorf("%s got %d check-ins", ch, n)
		}
	}
	if len(per) != 200 {
		t.Errorf("%d owners asked, want 200", len(per))
	}
	t.Logf("killed replica %d after %d of 200 check-ins", killed, sentAtKill)
	if sentAtKill >= 200 {
		t.Errorf("the kill came after the fan-out; it proves nothing")
	}
	for i, p := range procs {
		if i == killed {
			continue
		}
		p.Process.Signal(syscall.SIGTERM)
		if err := p.Wait(); err != nil {
			t.Errorf("replica %d did not stop cleanly: %v\n%s", i, err, logs[i].String())
		}
	}
	procs = nil
}

func checkinPosts(fake *slackfake.Server) []slackfake.Call {
	var out []slackfake.Call
	for _, c := range fake.Calls("chat.postMessage") {
		if c.Param("thread_ts") == "" && strings.Contains(c.Param("text"), "Check-in: ") {
			out = append(out, c)
		}
	}
	return out
}
