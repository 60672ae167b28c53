package assistant_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/assistant"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/testenv"
)

// chat is a chat that goes nowhere: these tests talk to Assay through
// MCP only.
type chat struct{ bot.Chat }

func (chat) OpenDM(context.Context, bot.UserID) (bot.ChannelID, error) { return "D1", nil }
func (chat) Post(context.Context, bot.ChannelID, string, bot.Message) (string, error) {
	return "1700000000.000100", nil
}
func (chat) Update(context.Context, bot.ChannelID, string, bot.Message) error { return nil }
func (chat) PublishHome(context.Context, bot.UserID, bot.Message) error       { return nil }
func (chat) Posted(context.Context, bot.ChannelID, string) (string, bool, error) {
	return "", false, nil
}
func (chat) GroupMembers(context.Context, bot.UserID) ([]bot.UserID, error) { return nil, nil }

// connect serves Assay's tools as person, through the SDK's in-memory
// transports, and returns the client's session.
func connect(t *testing.T, env *testenv.Env, person bot.UserID) *mcp.ClientSession {
	t.Helper()
	s := assistant.New(assistant.Deps{Bot: env.Bot, Set: func() *catalogs.Set { return env.Set }, Search: env.Bot.Search, Version: "test", Digests: env.Store,
		Person: func(context.Context, *mcp.RequestExtra) (bot.UserID, error) { return person, nil }})
	st, ct := mcp.NewInMemoryTransports()
	if _, err := s.Connect(env.Ctx, st, nil); err != nil {
		t.Fatal(err)
	}
	cs, err := mcp.NewClient(&mcp.Implementation{Name: "test-client", Version: "v0"}, nil).Connect(env.Ctx, ct, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cs.Close() })
	return cs
}

// call calls a tool and decodes its structured result into out; it
// returns the text of a tool error ("" when the call succeeded).
func call(t *testing.T, cs *mcp.ClientSession, name string, args map[string]any, out any) string {
	t.Helper()
	res, err := cs.CallTool(context.Background(), &mcp.CallToolParams{Name: name, Arguments: args})
	if err != nil {
		t.Fatalf("%s: protocol error %v", name, err)
	}
	if res.IsError {
		var msg []string
		for _, c := range res.Content {
			if tc, ok := c.(*mcp.TextContent); ok {
				msg = append(msg, tc.Text)
			}
		}
		return strings.Join(msg, " ")
	}
	raw, err := json.Marshal(res.StructuredContent)
	if err != nil {
		t.Fatal(err)
	}
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			t.Fatalf("%s: %v\n%s", name, err, raw)
		}
	}
	if len(res.Content) == 0 {
		t.Errorf("%s: no text content beside the structured result", name)
	}
	return ""
}

const (
	lead  = "U0LEAD0001"
	owner = "U0MLENG001"
	other = "U0STRANGER"
)

// Every tool is listed with an input schema, says that decisions stay
// with leads where it touches ratings, and answers with a structured
// result; refusals by role and bad arguments come back as tool errors
// and change nothing.
func TestToolsOverMCP(t *testing.T) {
	t.Parallel()
	env := testenv.New(t, chat{}, testenv.Example(t))
	ctx := env.Ctx
	cs := connect(t, env, owner)

	want := map[string]bool{"search_standards": true, "get_control": true, "map_control": true, "maturity_status": true,
		"list_gaps": true, "control_history": true, "submit_answer": true, "list_checkins": true, "get_digest": true, "get_soa": true}
	for tool, err := range cs.Tools(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		if !want[tool.Name] {
			t.Errorf("unexpected tool %s", tool.Name)
		}
		delete(want, tool.Name)
		if tool.InputSchema == nil || tool.OutputSchema == nil || tool.Description == "" {
			t.Errorf("%s: input schema %v, output schema %v, description %q", tool.Name, tool.InputSchema != nil, tool.OutputSchema != nil, tool.Description)
		}
		if tool.Name == "submit_answer" && !strings.Contains(tool.Description, "decided by compliance leads in Slack") {
			t.Errorf("submit_answer does not say who decides: %s", tool.Description)
		}
	}
	if len(want) > 0 {
		t.Errorf("tools missing: %v", want)
	}

	// search_standards, with citations; a k out of range is refused.
	var found assistant.SearchOut
	if msg := call(t, cs, "search_standards", map[string]any{"query": "validate models before release", "framework": "ai-rmf", "k": 3}, &found); msg != "" {
		t.Fatal(msg)
	}
	if len(found.Passages) == 0 || len(found.Passages) > 3 || found.Passages[0].Framework != "nist-ai-rmf-1.0" || found.Passages[0].Doc == "" || found.Passages[0].Chunk == "" {
		t.Errorf("passages %+v", found.Passages)
	}
	if msg := call(t, cs, "search_standards", map[string]any{"query": "x", "k": 50}, nil); !strings.Contains(msg, "k must be 1 to 20") {
		t.Errorf("k out of range: %q", msg)
	}

	// get_control and map_control; unknown framework and ref are errors.
	var ctl assistant.ControlOut
	if msg := call(t, cs, "get_control", map[string]any{"framework": "iso42001", "ref": "A.5.2"}, &ctl); msg != "" {
		t.Fatal(msg)
	}
	if ctl.Framework != "iso42001-2023" || ctl.Title == "" || len(ctl.Questions) == 0 || len(ctl.Mappings) == 0 || !ctl.InProgram {
		t.Errorf("control %+v", ctl)
	}
	if msg := call(t, cs, "get_control", map[string]any{"framework": "iso99999", "ref": "A.5.2"}, nil); !strings.Contains(msg, "iso99999") {
		t.Errorf("unknown framework: %q", msg)
	}
	if msg := call(t, cs, "get_control", map[string]any{"framework": "iso42001", "ref": "A.99"}, nil); !strings.Contains(msg, "A.99") {
		t.Errorf("unknown ref: %q", msg)
	}
	var mapped assistant.MapOut
	if msg := call(t, cs, "map_control", map[string]any{"framework": "iso42001", "ref": "A.5.2", "to": "ai-rmf"}, &mapped); msg != "" {
		t.Fatal(msg)
	}
	if mapped.To != "nist-ai-rmf-1.0" || len(mapped.Mappings) == 0 || mapped.Mappings[0].Framework != "nist-ai-rmf-1.0" {
		t.Errorf("mapped %+v", mapped)
	}

	// submit_answer: the owner answers as themself, through the check-in;
	// someone else is refused and nothing is stored; an oversized answer
	// is refused.
	k := catalogs.Key{Framework: catalogs.ISO42001, Ref: "A.6.2.4"}
	if _, _, err := env.Bot.SendCheckin(ctx, k, ""); err != nil {
		t.Fatal(err)
	}
	stranger := connect(t, env, other)
	if msg := call(t, stranger, "submit_answer", map[string]any{"framework": "iso42001", "ref": "A.6.2.4", "answer": "We validate."}, nil); !strings.Contains(msg, "only <@"+owner+">") {
		t.Errorf("a stranger's answer: %q", msg)
	}
	if msg := call(t, cs, "submit_answer", map[string]any{"framework": "iso42001", "ref": "A.6.2.4", "answer": strings.Repeat("x", assessor.MaxAnswerChars+1)}, nil); !strings.Contains(msg, "characters") {
		t.Errorf("an oversized answer: %q", msg)
	}
	if ds := env.DraftAll(t); len(ds) != 0 {
		t.Fatalf("a refused answer made %d drafts", len(ds))
	}
	var answered assistant.AnswerOut
	if msg := call(t, cs, "submit_answer", map[string]any{"framework": "iso42001", "ref": "A.6.2.4",
		"answer": "The ML team validates every model before release against the approved checklist.", "evidence_links": []string{"https://wiki.example/validation"}}, &answered); msg != "" {
		t.Fatal(msg)
	}
	ck, open, err := env.Store.OpenCheckin(ctx, k)
	if err != nil || !open || ck.Status != bot.CheckinAnswered || string(ck.AnswerID) != answered.Answer {
		t.Errorf("the check-in after an answer over MCP %+v %v %v", ck, open, err)
	}
	ds := env.DraftAll(t)
	if len(ds) != 1 || ds[0].Status != assessor.Pending {
		t.Fatalf("drafts %+v", ds)
	}

	// Figures: a lead confirms in Slack (here, the service); the owner sees
	// the status, the gap and the history; a stranger is refused.
	if _, _, err := env.Bot.Assessor.Review(ctx, ds[0].ID, assessor.Action{Kind: assessor.Adjusted, Level: 2, Reason: "No metrics yet.", Actor: lead}); err != nil {
		t.Fatal(err)
	}
	var status assistant.StatusOut
	if msg := call(t, cs, "maturity_status", map[string]any{"framework": "iso42001"}, &status); msg != "" {
		t.Fatal(msg)
	}
	rated := 0
	for _, l := range status.Lines {
		rated += l.Rated
		if l.Rated == 0 && l.Mean != nil {
			t.Errorf("an unrated group has a mean: %+v", l)
		}
	}
	if status.Program != "AI governance 2026" || rated != 1 {
		t.Errorf("status %+v", status)
	}
	var gaps assistant.GapsOut
	if msg := call(t, cs, "list_gaps", map[string]any{"limit": 5}, &gaps); msg != "" {
		t.Fatal(msg)
	}
	if len(gaps.Gaps) != 1 || gaps.Gaps[0].Ref != "A.6.2.4" || gaps.Gaps[0].Level != 2 || gaps.Gaps[0].Target != 4 || gaps.Gaps[0].Owner != owner || !strings.Contains(gaps.Gaps[0].NextStep, "level 3") {
		t.Errorf("gaps %+v", gaps)
	}
	if msg := call(t, cs, "list_gaps", map[string]any{"limit": 500}, nil); !strings.Contains(msg, "limit must be 1 to 100") {
		t.Errorf("limit out of range: %q", msg)
	}
	var hist assistant.HistoryOut
	if msg := call(t, cs, "control_history", map[string]any{"framework": "iso42001", "ref": "A.6.2.4"}, &hist); msg != "" {
		t.Fatal(msg)
	}
	kinds := map[string]bool{}
	for _, e := range hist.Events {
		kinds[e.Kind] = true
	}
	if !kinds["answered"] || !kinds["adjusted"] {
		t.Errorf("history %+v", hist.Events)
	}
	for tool, args := range map[string]map[string]any{"maturity_status": {}, "list_gaps": {"framework": "iso42001"},
		"control_history": {"framework": "iso42001", "ref": "A.6.2.4"}} {
		if msg := call(t, stranger, tool, args, nil); !strings.Contains(msg, "for the people in the program") {
			t.Errorf("%s for a stranger: %q", tool, msg)
		}
	}
	// An argument the tool does not take is refused by its schema.
	if msg := call(t, cs, "maturity_status", map[string]any{"ref": "A.6.2.4"}, nil); !strings.Contains(msg, "ref") {
		t.Errorf("an unknown argument: %q", msg)
	}
}

func assessorID(s string) assessor.AnswerID { return assessor.AnswerID(s) }

// list_checkins, get_digest and get_soa follow the roles; the resources
// serve a control and the latest digest; the prompts name their control
// or framework and say who decides.
func TestCheckinsDigestsSoAResourcesAndPrompts(t *testing.T) {
	t.Parallel()
	env := testenv.New(t, chat{}, testenv.Example(t))
	ctx := env.Ctx
	k := catalogs.Key{Framework: catalogs.ISO42001, Ref: "A.6.2.4"}
	if _, _, err := env.Bot.SendCheckin(ctx, k, ""); err != nil {
		t.Fatal(err)
	}
	ownerCS, leadCS, strangerCS := connect(t, env, owner), connect(t, env, lead), connect(t, env, other)

	var mine assistant.CheckinsOut
	if msg := call(t, ownerCS, "list_checkins", map[string]any{}, &mine); msg != "" {
		t.Fatal(msg)
	}
	if len(mine.Checkins) != 1 || mine.Checkins[0].Ref != "A.6.2.4" || mine.Checkins[0].Due == "" || mine.Checkins[0].Overdue || mine.Checkins[0].Title == "" {
		t.Errorf("the owner's check-ins %+v", mine)
	}
	if msg := call(t, ownerCS, "list_checkins", map[string]any{"owner": "*"}, nil); !strings.Contains(msg, "only a lead") {
		t.Errorf("an owner listing everyone's: %q", msg)
	}
	var all assistant.CheckinsOut
	if msg := call(t, leadCS, "list_checkins", map[string]any{"owner": "*", "status": "open"}, &all); msg != "" || len(all.Checkins) != 1 || all.Checkins[0].Owner != owner {
		t.Errorf("a lead listing everyone's: %q %+v", msg, all)
	}
	if msg := call(t, leadCS, "list_checkins", map[string]any{"status": "done"}, nil); !strings.Contains(msg, `status "done"`) {
		t.Errorf("a bad status: %q", msg)
	}

	if msg := call(t, ownerCS, "get_digest", map[string]any{}, nil); !strings.Contains(msg, "no digest has been kept yet") {
		t.Errorf("no digest yet: %q", msg)
	}
	if _, err := env.Store.SaveDigest(ctx, env.Program.Name, nil, []byte(`{"program":"AI governance 2026","frameworks":[]}`)); err != nil {
		t.Fatal(err)
	}
	var dg assistant.DigestOut
	if msg := call(t, ownerCS, "get_digest", map[string]any{}, &dg); msg != "" || dg.Digest["program"] != "AI governance 2026" {
		t.Errorf("the latest digest: %q %s", msg, dg.Digest)
	}
	if msg := call(t, ownerCS, "get_digest", map[string]any{"id": 99}, nil); !strings.Contains(msg, "no digest 99") {
		t.Errorf("an unknown digest: %q", msg)
	}
	if msg := call(t, strangerCS, "get_digest", map[string]any{}, nil); !strings.Contains(msg, "for the people in the program") {
		t.Errorf("a stranger's digest: %q", msg)
	}

	if msg := call(t, ownerCS, "get_soa", map[string]any{"framework": "iso42001"}, nil); !strings.Contains(msg, "leads and executives") {
		t.Errorf("an owner's SoA: %q", msg)
	}
	var st struct {
		Rows    []struct{ Framework, Ref string } `json:"controls"`
		Summary []struct{ Framework string }      `json:"summary"`
	}
	if msg := call(t, leadCS, "get_soa", map[string]any{"framework": "iso42001"}, &st); msg != "" || len(st.Rows) != 65 || len(st.Summary) != 1 {
		t.Errorf("the lead's SoA: %q, %d rows, %+v", msg, len(st.Rows), st.Summary)
	}
	if msg := call(t, leadCS, "get_soa", map[string]any{"framework": "csf"}, nil); !strings.Contains(msg, "not in the program") {
		t.Errorf("a framework outside the program: %q", msg)
	}

	res, err := ownerCS.ReadResource(ctx, &mcp.ReadResourceParams{URI: "assay://control/iso42001/A.5.2"})
	if err != nil || len(res.Contents) != 1 || !strings.Contains(res.Contents[0].Text, "Process for AI impact assessment") {
		t.Errorf("the control resource: %+v %v", res, err)
	}
	if _, err := ownerCS.ReadResource(ctx, &mcp.ReadResourceParams{URI: "assay://control/iso42001/A.99"}); err == nil {
		t.Error("an unknown control's resource was served")
	}
	res, err = ownerCS.ReadResource(ctx, &mcp.ReadResourceParams{URI: "assay://digest/latest"})
	if err != nil || !strings.Contains(res.Contents[0].Text, "AI governance 2026") {
		t.Errorf("the digest resource: %+v %v", res, err)
	}
	if _, err := strangerCS.ReadResource(ctx, &mcp.ReadResourceParams{URI: "assay://digest/latest"}); err == nil {
		t.Error("a stranger read the digest")
	}

	var prompts []string
	for p, err := range ownerCS.Prompts(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		prompts = append(prompts, p.Name)
	}
	if strings.Join(prompts, ",") != "explain-gap,prepare-audit" {
		t.Errorf("prompts %v", prompts)
	}
	gp, err := ownerCS.GetPrompt(ctx, &mcp.GetPromptParams{Name: "explain-gap", Arguments: map[string]string{"framework": "iso42001", "ref": "A.5.2"}})
	if err != nil || !strings.Contains(gp.Messages[0].Content.(*mcp.TextContent).Text, "iso42001-2023:A.5.2") ||
		!strings.Contains(gp.Messages[0].Content.(*mcp.TextContent).Text, "decided by compliance leads in Slack") {
		t.Errorf("explain-gap %+v %v", gp, err)
	}
	if _, err := ownerCS.GetPrompt(ctx, &mcp.GetPromptParams{Name: "explain-gap", Arguments: map[string]string{"framework": "iso42001", "ref": "A.99"}}); err == nil {
		t.Error("explain-gap for an unknown control")
	}
}
