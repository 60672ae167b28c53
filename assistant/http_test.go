package assistant_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/assay-dev/assay/assistant"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/testenv"
)

// bearer adds a bearer token to every request.
type bearer struct{ token string }

func (b bearer) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("Authorization", "Bearer "+b.token)
	return http.DefaultTransport.RoundTrip(r)
}

// Over Streamable HTTP, no token or an unknown or revoked one gets 401;
// a configured token and one made with /assay mcp-token reach the tools
// as their person.
func TestMCPOverHTTPNeedsAToken(t *testing.T) {
	t.Parallel()
	env := testenv.New(t, chat{}, testenv.Example(t))
	ctx := env.Ctx
	static, err := assistant.ParseTokens("configured-token-0123456789abcdef=" + lead)
	if err != nil {
		t.Fatal(err)
	}
	h := assistant.HTTPHandler(assistant.Deps{Bot: env.Bot, Set: func() *catalogs.Set { return env.Set }, Search: env.Bot.Search, Version: "test"},
		assistant.Tokens{Static: static, Store: env.Store})
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)

	post := func(token string) int {
		req, _ := http.NewRequest(http.MethodPost, srv.URL, strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"x","version":"1"}}}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json, text/event-stream")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	if code := post(""); code != http.StatusUnauthorized {
		t.Errorf("no token: HTTP %d", code)
	}
	if code := post("not-a-token"); code != http.StatusUnauthorized {
		t.Errorf("an unknown token: HTTP %d", code)
	}

	// A token the owner makes in Slack reaches the tools as the owner.
	reply := env.Bot.HandleCommand(ctx, bot.Command{User: owner, Text: "mcp-token"})
	var token string
	for _, f := range strings.Fields(reply.Blocks[0].(bot.Section).Text) {
		if strings.HasPrefix(strings.Trim(f, "`"), bot.MCPTokenPrefix) {
			token = strings.Trim(f, "`:")
		}
	}
	if token == "" {
		t.Fatalf("no token in %+v", reply)
	}
	connectHTTP := func(token string) *mcp.ClientSession {
		t.Helper()
		tr := &mcp.StreamableClientTransport{Endpoint: srv.URL, HTTPClient: &http.Client{Transport: bearer{token}}}
		cs, err := mcp.NewClient(&mcp.Implementation{Name: "http-client", Version: "v0"}, nil).Connect(ctx, tr, nil)
		if err != nil {
			t.Fatalf("connect: %v", err)
		}
		t.Cleanup(func() { cs.Close() })
		return cs
	}
	cs := connectHTTP(token)
	k := catalogs.Key{Framework: catalogs.ISO42001, Ref: "A.6.2.4"}
	if _, _, err := env.Bot.SendCheckin(ctx, k, ""); err != nil {
		t.Fatal(err)
	}
	var answered assistant.AnswerOut
	if msg := call(t, cs, "submit_answer", map[string]any{"framework": "iso42001", "ref": "A.6.2.4", "answer": "Every model is validated before release by the ML team."}, &answered); msg != "" {
		t.Fatalf("the owner's answer over HTTP: %s", msg)
	}
	if ans, err := env.Bot.Assessor.Answer(ctx, assessorID(answered.Answer)); err != nil || ans.Author != owner {
		t.Errorf("the answer's author %+v %v", ans, err)
	}
	// The configured lead token acts as the lead: not the control's owner.
	lc := connectHTTP("configured-token-0123456789abcdef")
	if msg := call(t, lc, "submit_answer", map[string]any{"framework": "iso42001", "ref": "A.6.2.5", "answer": "x y z"}, nil); !strings.Contains(msg, "only") {
		t.Errorf("the lead answering the owner's control: %q", msg)
	}
	// Revoked: refused from the next request on.
	if reply := env.Bot.HandleCommand(ctx, bot.Command{User: owner, Text: "mcp-token revoke"}); !strings.Contains(reply.Text, "Revoked 1 MCP token") {
		t.Errorf("revoke: %+v", reply)
	}
	if code := post(token); code != http.StatusUnauthorized {
		t.Errorf("a revoked token: HTTP %d", code)
	}
	if _, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: "get_control", Arguments: map[string]any{"framework": "iso42001", "ref": "A.5.2"}}); err == nil {
		t.Error("a session whose token was revoked still reaches the tools")
	}
}

func TestParseTokens(t *testing.T) {
	t.Parallel()
	got, err := assistant.ParseTokens(" tok-aaaaaaaaaaaaaaaaaaaaaaaa=U0LEAD , tok-bbbbbbbbbbbbbbbbbbbbbbbb=W0EXEC ")
	if err != nil || len(got) != 2 || got["tok-aaaaaaaaaaaaaaaaaaaaaaaa"] != "U0LEAD" {
		t.Errorf("%v %v", got, err)
	}
	for _, bad := range []string{"short=U0LEAD", "tok-aaaaaaaaaaaaaaaaaaaaaaaa=alice", "tok-aaaaaaaaaaaaaaaaaaaaaaaa", "=U0LEAD"} {
		if _, err := assistant.ParseTokens(bad); err == nil || strings.Contains(err.Error(), "tok-aaaa") {
			t.Errorf("%q: %v (a token must never be echoed)", bad, err)
		}
	}
}
