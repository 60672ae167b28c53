package cli_test

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/assay-dev/assay/postgres/pgtest"
)

// assay mcp speaks MCP over stdio: the built binary, started as an
// assistant starts it, initializes, lists the tools and searches the
// standards; an answer from someone who may not answer is a tool error.
func TestMCPOverStdio(t *testing.T) {
	t.Parallel()
	url := pgtest.URL(t)
	withProgram(t, setup(t, map[string]string{"DATABASE_URL": url}))
	// A process of its own speaking on its stdin and stdout, as an
	// assistant starts it: this test binary running cli.Run (TestChildAssay;
	// e2e runs the built binary).
	child := exec.Command(os.Args[0], "-test.run=^TestChildAssay$")
	child.Env = append(os.Environ(), "ASSAY_CHILD_ARGS="+strings.Join([]string{"mcp", "--as", "U0OWNER"}, "\x1f"),
		"DATABASE_URL="+url, "ASSAY_LOG_LEVEL=warn")
	var stderr syncBuffer
	child.Stderr = &stderr
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cs, err := mcp.NewClient(&mcp.Implementation{Name: "test-assistant", Version: "v0"}, nil).Connect(ctx, &mcp.CommandTransport{Command: child}, nil)
	if err != nil {
		t.Fatalf("initialize: %v\n%s", err, stderr.String())
	}
	defer cs.Close()
	if info := cs.InitializeResult(); info == nil || info.ServerInfo.Name != "assay" || !strings.Contains(info.Instructions, "decided by compliance leads in Slack") {
		t.Errorf("initialize result %+v", info)
	}
	var names []string
	for tool, err := range cs.Tools(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, tool.Name)
	}
	if len(names) != 10 {
		t.Errorf("tools %v", names)
	}
	res, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: "search_standards", Arguments: map[string]any{"query": "patch vulnerabilities quickly", "framework": "800-53", "k": 3}})
	if err != nil || res.IsError {
		t.Fatalf("search_standards: %v %+v", err, res)
	}
	raw, _ := json.Marshal(res.StructuredContent)
	var out struct {
		Passages []struct{ Framework, Ref, Doc string }
	}
	if err := json.Unmarshal(raw, &out); err != nil || len(out.Passages) == 0 || out.Passages[0].Framework != "nist-sp800-53-r5" {
		t.Errorf("passages %s %v", raw, err)
	}
	// testdata/program.yaml makes U0LEAD the owner of ISO 27001 A.5.
	res, err = cs.CallTool(ctx, &mcp.CallToolParams{Name: "submit_answer", Arguments: map[string]any{"framework": "iso27001", "ref": "A.5.15", "answer": "Managers approve access."}})
	if err != nil || !res.IsError {
		t.Errorf("an answer for someone else's control: %v %+v", err, res)
	}
}

// --as is required and must be a Slack user id.
func TestMCPNeedsAPerson(t *testing.T) {
	t.Parallel()
	run := setup(t, nil)
	if code, _, stderr := run("mcp"); code != 2 || !strings.Contains(stderr, "--as USER") {
		t.Errorf("no person: %d %s", code, stderr)
	}
	if code, _, stderr := run("mcp", "--as", "alice"); code != 2 || !strings.Contains(stderr, "not a Slack user id") {
		t.Errorf("a name: %d %s", code, stderr)
	}
}
