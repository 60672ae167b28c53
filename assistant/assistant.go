// Package assistant serves Assay to AI assistants over the Model Context
// Protocol (the official Go SDK): the standards' text with citations, the
// controls and their crosswalks, the maturity record, its gaps and a
// control's history, as tools with input schemas and structured results.
// Assistants propose, people decide: the one write tool submits an answer
// as its person, exactly as the Slack form does, and no tool confirms,
// adjusts or rejects a rating. Every call acts as one person and is held
// to the program's roles, as in Slack.
package assistant

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/digest"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/retrieval"
)

// Deps is what the tools read and write through.
type Deps struct {
	Bot    *bot.Bot
	Set    func() *catalogs.Set
	Search func(context.Context, retrieval.Query) ([]retrieval.Result, error)
	// Person says who a request acts as (the --as person over stdio, the
	// token's person over HTTP) from its transport's extra. Errors:
	// errs.Unauthorized.
	Person func(ctx context.Context, extra *mcp.RequestExtra) (bot.UserID, error)
	// Digests reads kept digests (0: the newest); nil serves none.
	Digests interface {
		Digest(ctx context.Context, id int64) ([]byte, bool, error)
	}
	// Version is Assay's version, reported to clients.
	Version string
}

// decided is said wherever a tool touches ratings.
const decided = "Ratings are decided by compliance leads in Slack; no tool confirms, adjusts or rejects one."

// New returns the MCP server with Assay's tools.
func New(d Deps) *mcp.Server {
	s := mcp.NewServer(&mcp.Implementation{Name: "assay", Title: "Assay compliance maturity", Version: d.Version},
		&mcp.ServerOptions{Instructions: "Assay keeps an organisation's compliance maturity record: standards text with citations, controls and crosswalks, confirmed maturity levels, gaps with owners, and each control's history. " + decided})
	mcp.AddTool(s, &mcp.Tool{Name: "search_standards", Description: "Search the standards' text (hybrid BM25 and vector search). Returns passages with framework, ref, document and heading, for citing."}, d.searchStandards)
	mcp.AddTool(s, &mcp.Tool{Name: "get_control", Description: "A control: its title, group, the questions Assay asks its owner, its statement where the license allows, and its crosswalk mappings."}, d.getControl)
	mcp.AddTool(s, &mcp.Tool{Name: "map_control", Description: "The controls of another framework a control maps to through the crosswalks, directly or through one intermediate framework."}, d.mapControl)
	mcp.AddTool(s, &mcp.Tool{Name: "maturity_status", Description: "Mean confirmed maturity against target per framework, or per group of one framework, with how many controls are rated. Unrated is not level 0; excluded controls are not counted."}, d.maturityStatus)
	mcp.AddTool(s, &mcp.Tool{Name: "list_gaps", Description: "Rated controls below their target, largest gap first, with owner and what the next level needs."}, d.listGaps)
	mcp.AddTool(s, &mcp.Tool{Name: "control_history", Description: "Everything that happened to a control: check-ins, answers with evidence, drafts, leads' decisions (who, when, why), applicability decisions."}, d.controlHistory)
	mcp.AddTool(s, &mcp.Tool{Name: "list_checkins", Description: "Check-ins waiting for answers: yours by default; a lead may ask for another owner's, or every owner's (owner \"*\"). With due dates and whether each is overdue."}, d.listCheckins)
	mcp.AddTool(s, &mcp.Tool{Name: "get_digest", Description: "The executive digest as it was kept: the latest, or one by its number."}, d.getDigest)
	mcp.AddTool(s, &mcp.Tool{Name: "get_soa", Description: "The Statement of Applicability of one framework (or all): every control in scope, applicable or excluded with the reason, owner, rating and evidence. For the program's leads and executives."}, d.getSoA)
	d.resources(s)
	d.prompts(s)
	mcp.AddTool(s, &mcp.Tool{Name: "submit_answer", Description: "Answer a control's check-in as the person this connection acts for (its owner or delegate only): queues a draft rating exactly as a Slack answer does. " + decided}, d.submitAnswer)
	return s
}

// Limits of tool arguments.
const (
	MaxK    = 20
	MaxGaps = 100
)

func (d Deps) person(ctx context.Context, req *mcp.CallToolRequest) (bot.UserID, error) {
	var extra *mcp.RequestExtra
	if req != nil {
		extra = req.Extra
	}
	return d.personOf(ctx, extra)
}

func (d Deps) personOf(ctx context.Context, extra *mcp.RequestExtra) (bot.UserID, error) {
	if d.Person == nil {
		return "", errs.E("assistant", errs.Unauthorized, "no person: run assay mcp --as USER")
	}
	return d.Person(ctx, extra)
}

// sees refuses figures to someone the program's visibility does not let
// see them.
func (d Deps) sees(ctx context.Context, req *mcp.CallToolRequest) (bot.UserID, error) {
	u, err := d.person(ctx, req)
	if err != nil {
		return "", err
	}
	ok, err := d.Bot.Sees(ctx, u)
	if err != nil {
		return "", err
	}
	if !ok {
		return "", errs.E("assistant", errs.Unauthorized, "maturity figures and histories are for the people in the program; %s is not one (ask a lead to add you)", u)
	}
	return u, nil
}

// toolErr turns an error into the message an assistant sees.
func toolErr(err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s", errs.Message(err))
}

func (d Deps) control(framework, ref string) (catalogs.Control, error) {
	if strings.TrimSpace(framework) == "" || strings.TrimSpace(ref) == "" {
		return catalogs.Control{}, errs.E("assistant", errs.Invalid, "framework and ref are required (for example iso42001 and A.5.2)")
	}
	return d.Set().Resolve(framework, ref)
}

// SearchIn is search_standards' input.
type SearchIn struct {
	Query      string `json:"query" jsonschema:"what to look for, in plain words"`
	Framework  string `json:"framework,omitempty" jsonschema:"only passages of this framework (id or alias, e.g. csf, 800-53, iso42001)"`
	Collection string `json:"collection,omitempty" jsonschema:"only passages of this collection (standards, or one the organisation imported)"`
	K          int    `json:"k,omitempty" jsonschema:"how many passages, 1 to 20 (default 5)"`
}

// Passage is a cited passage.
type Passage struct {
	Framework string  `json:"framework"`
	Ref       string  `json:"ref,omitempty"`
	Doc       string  `json:"doc"`
	Heading   string  `json:"heading"`
	Text      string  `json:"text"`
	Score     float64 `json:"score"`
	Chunk     string  `json:"chunk"`
}

// SearchOut is search_standards' result.
type SearchOut struct {
	Passages []Passage `json:"passages"`
}

func (d Deps) searchStandards(ctx context.Context, req *mcp.CallToolRequest, in SearchIn) (*mcp.CallToolResult, SearchOut, error) {
	if _, err := d.person(ctx, req); err != nil {
		return nil, SearchOut{}, toolErr(err)
	}
	k := in.K
	if k == 0 {
		k = 5
	}
	if k < 1 || k > MaxK {
		return nil, SearchOut{}, fmt.Errorf("k must be 1 to %d, not %d", MaxK, in.K)
	}
	if strings.TrimSpace(in.Query) == "" {
		return nil, SearchOut{}, fmt.Errorf("query is empty: say what to look for")
	}
	q := retrieval.Query{Text: in.Query, K: k}
	if in.Framework != "" {
		cat, err := d.Set().Catalog(in.Framework)
		if err != nil {
			return nil, SearchOut{}, toolErr(err)
		}
		q.Filter.Framework = cat.Framework.ID
	}
	q.Filter.Collection = in.Collection
	res, err := d.Search(ctx, q)
	if err != nil {
		return nil, SearchOut{}, toolErr(err)
	}
	out := SearchOut{Passages: []Passage{}}
	for _, r := range res {
		out.Passages = append(out.Passages, Passage{Framework: string(r.Chunk.Framework), Ref: string(r.Chunk.Ref), Doc: r.Chunk.Doc,
			Heading: r.Chunk.HeadingPath(), Text: r.Chunk.Text, Score: r.Score, Chunk: string(r.Chunk.ID)})
	}
	return nil, out, nil
}

// ControlIn names a control.
type ControlIn struct {
	Framework string `json:"framework" jsonschema:"framework id or alias, e.g. iso42001, iso27001, csf, ai-rmf, 800-53"`
	Ref       string `json:"ref" jsonschema:"the control's reference, e.g. A.5.2, PR.AA-01, GOVERN 4.2, AC-2"`
}

// Mapping is a crosswalk link.
type Mapping = catalogs.MappingView

// ControlOut is get_control's result.
type ControlOut struct {
	Framework string    `json:"framework"`
	Ref       string    `json:"ref"`
	Title     string    `json:"title"`
	Group     string    `json:"group"`
	Kind      string    `json:"kind"`
	Questions []string  `json:"questions"`
	Statement string    `json:"statement,omitempty"`
	Mappings  []Mapping `json:"mappings"`
	// InProgram says whether the program in force covers it.
	InProgram bool `json:"in_program"`
}

func (d Deps) getControl(ctx context.Context, req *mcp.CallToolRequest, in ControlIn) (*mcp.CallToolResult, ControlOut, error) {
	if _, err := d.person(ctx, req); err != nil {
		return nil, ControlOut{}, toolErr(err)
	}
	c, err := d.control(in.Framework, in.Ref)
	if err != nil {
		return nil, ControlOut{}, toolErr(err)
	}
	set := d.Set()
	out := ControlOut{Framework: string(c.Framework), Ref: string(c.Ref), Title: c.Title, Group: set.TopGroup(c), Kind: string(c.Kind),
		Questions: append([]string{}, c.Questions...), Statement: c.Statement, Mappings: []Mapping{}}
	for _, m := range set.Mappings(c.Key()) {
		out.Mappings = append(out.Mappings, d.Set().View(c.Key(), m))
	}
	if p, err := d.Bot.Program(ctx); err == nil && p != nil {
		out.InProgram = p.Covers(c.Key())
	}
	return nil, out, nil
}

// MapIn is map_control's input.
type MapIn struct {
	Framework string `json:"framework" jsonschema:"the control's framework"`
	Ref       string `json:"ref" jsonschema:"the control's reference"`
	To        string `json:"to" jsonschema:"the framework to map to"`
}

// MapOut is map_control's result.
type MapOut struct {
	From     string    `json:"from"`
	To       string    `json:"to"`
	Mappings []Mapping `json:"mappings"`
}

func (d Deps) mapControl(ctx context.Context, req *mcp.CallToolRequest, in MapIn) (*mcp.CallToolResult, MapOut, error) {
	if _, err := d.person(ctx, req); err != nil {
		return nil, MapOut{}, toolErr(err)
	}
	c, err := d.control(in.Framework, in.Ref)
	if err != nil {
		return nil, MapOut{}, toolErr(err)
	}
	to, err := d.Set().Catalog(in.To)
	if err != nil {
		return nil, MapOut{}, toolErr(err)
	}
	out := MapOut{From: c.Key().String(), To: string(to.Framework.ID), Mappings: []Mapping{}}
	for _, m := range d.Set().Map(c.Key(), to.Framework.ID) {
		out.Mappings = append(out.Mappings, d.Set().View(c.Key(), m))
	}
	return nil, out, nil
}

// StatusIn is maturity_status' input.
type StatusIn struct {
	Framework string `json:"framework,omitempty" jsonschema:"one framework, by group; empty: every framework of the program"`
}

// Maturity is one line of maturity_status.
type Maturity struct {
	Name     string   `json:"name"`
	Controls int      `json:"controls"`
	Rated    int      `json:"rated"`
	Mean     *float64 `json:"mean"`   // of rated controls; null when none is
	Target   *float64 `json:"target"` // mean target of controls with one
}

// StatusOut is maturity_status' result.
type StatusOut struct {
	Program string     `json:"program"`
	Scale   string     `json:"scale"`
	Lines   []Maturity `json:"maturity"`
}

func (d Deps) maturityStatus(ctx context.Context, req *mcp.CallToolRequest, in StatusIn) (*mcp.CallToolResult, StatusOut, error) {
	if _, err := d.sees(ctx, req); err != nil {
		return nil, StatusOut{}, toolErr(err)
	}
	p, err := d.Bot.Program(ctx)
	if err != nil || p == nil {
		return nil, StatusOut{}, fmt.Errorf("no assessment program is applied yet")
	}
	var fw catalogs.FrameworkID
	if in.Framework != "" {
		cat, err := d.Set().Catalog(in.Framework)
		if err != nil {
			return nil, StatusOut{}, toolErr(err)
		}
		fw = cat.Framework.ID
		if !containsFW(p.Frameworks(), fw) {
			return nil, StatusOut{}, fmt.Errorf("%s is not in the program %q", fw, p.Name)
		}
	}
	scores, err := d.Bot.Scores(ctx, p, fw)
	if err != nil {
		return nil, StatusOut{}, toolErr(err)
	}
	out := StatusOut{Program: p.Name, Scale: p.Scale.Name, Lines: []Maturity{}}
	for _, m := range scores {
		out.Lines = append(out.Lines, Maturity{Name: m.Name, Controls: m.Controls, Rated: m.Rated, Mean: m.Mean, Target: m.Target})
	}
	return nil, out, nil
}

func containsFW(fws []catalogs.FrameworkID, fw catalogs.FrameworkID) bool {
	for _, f := range fws {
		if f == fw {
			return true
		}
	}
	return false
}

// GapsIn is list_gaps' input.
type GapsIn struct {
	Framework string `json:"framework,omitempty" jsonschema:"only this framework"`
	Limit     int    `json:"limit,omitempty" jsonschema:"at most this many, 1 to 100 (default 10)"`
}

// Gap is a rated control below its target.
type Gap struct {
	Framework string `json:"framework"`
	Ref       string `json:"ref"`
	Title     string `json:"title"`
	Level     int    `json:"level"`
	Target    int    `json:"target"`
	Owner     string `json:"owner,omitempty"`
	NextStep  string `json:"next_step"`
}

// GapsOut is list_gaps' result.
type GapsOut struct {
	Gaps []Gap `json:"gaps"`
}

func (d Deps) listGaps(ctx context.Context, req *mcp.CallToolRequest, in GapsIn) (*mcp.CallToolResult, GapsOut, error) {
	if _, err := d.sees(ctx, req); err != nil {
		return nil, GapsOut{}, toolErr(err)
	}
	limit := in.Limit
	if limit == 0 {
		limit = 10
	}
	if limit < 1 || limit > MaxGaps {
		return nil, GapsOut{}, fmt.Errorf("limit must be 1 to %d, not %d", MaxGaps, in.Limit)
	}
	p, err := d.Bot.Program(ctx)
	if err != nil || p == nil {
		return nil, GapsOut{}, fmt.Errorf("no assessment program is applied yet")
	}
	var only catalogs.FrameworkID
	if in.Framework != "" {
		cat, err := d.Set().Catalog(in.Framework)
		if err != nil {
			return nil, GapsOut{}, toolErr(err)
		}
		only = cat.Framework.ID
	}
	ratings, err := d.Bot.Store.LatestRatings(ctx)
	if err != nil {
		return nil, GapsOut{}, toolErr(err)
	}
	ownerOf, err := d.Bot.Owners(ctx, p)
	if err != nil {
		return nil, GapsOut{}, toolErr(err)
	}
	owner := func(k catalogs.Key) string { u, _ := ownerOf(k); return string(u) }
	// The digest's rule, over the frameworks asked for.
	var all []digest.Gap
	for _, fw := range p.Frameworks() {
		if only == "" || fw == only {
			all = append(all, digest.Gaps(p, ratings, owner, fw)...)
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].Target-all[i].Level > all[j].Target-all[j].Level })
	out := GapsOut{Gaps: []Gap{}}
	for _, g := range all {
		fw, ref, _ := strings.Cut(g.Control, ":")
		gap := Gap{Framework: fw, Ref: ref, Title: g.Title, Level: g.Level, Target: g.Target, Owner: g.Owner}
		if next, err := p.Scale.Level(g.Level + 1); err == nil {
			gap.NextStep = fmt.Sprintf("level %d, %s: %s", next.Value, next.Name, next.Criteria)
		}
		out.Gaps = append(out.Gaps, gap)
	}
	out.Gaps = out.Gaps[:min(len(out.Gaps), limit)]
	return nil, out, nil
}

// HistoryOut is control_history's result.
type HistoryOut struct {
	Control string      `json:"control"`
	Events  []bot.Event `json:"events"`
}

func (d Deps) controlHistory(ctx context.Context, req *mcp.CallToolRequest, in ControlIn) (*mcp.CallToolResult, HistoryOut, error) {
	if _, err := d.sees(ctx, req); err != nil {
		return nil, HistoryOut{}, toolErr(err)
	}
	c, err := d.control(in.Framework, in.Ref)
	if err != nil {
		return nil, HistoryOut{}, toolErr(err)
	}
	evs, err := d.Bot.History(ctx, c.Key())
	if err != nil {
		return nil, HistoryOut{}, toolErr(err)
	}
	if evs == nil {
		evs = []bot.Event{}
	}
	return nil, HistoryOut{Control: c.Key().String(), Events: evs}, nil
}

// AnswerIn is submit_answer's input.
type AnswerIn struct {
	Framework     string   `json:"framework" jsonschema:"the control's framework"`
	Ref           string   `json:"ref" jsonschema:"the control's reference"`
	Answer        string   `json:"answer" jsonschema:"what is in place today: who does it, how often, where it is written down, how you know it works (at most 3000 characters)"`
	EvidenceLinks []string `json:"evidence_links,omitempty" jsonschema:"links to evidence (https://…)"`
}

// AnswerOut is submit_answer's result.
type AnswerOut struct {
	Answer  string `json:"answer_id"`
	Control string `json:"control"`
	Next    string `json:"next"`
}

func (d Deps) submitAnswer(ctx context.Context, req *mcp.CallToolRequest, in AnswerIn) (*mcp.CallToolResult, AnswerOut, error) {
	u, err := d.person(ctx, req)
	if err != nil {
		return nil, AnswerOut{}, toolErr(err)
	}
	c, err := d.control(in.Framework, in.Ref)
	if err != nil {
		return nil, AnswerOut{}, toolErr(err)
	}
	a := &assessor.Answer{Framework: c.Framework, Ref: c.Ref, Text: in.Answer, Evidence: in.EvidenceLinks}
	if err := a.Check(); err != nil {
		return nil, AnswerOut{}, toolErr(err)
	}
	if err := d.Bot.AnswerOpen(ctx, u, a); err != nil {
		return nil, AnswerOut{}, toolErr(err)
	}
	return nil, AnswerOut{Answer: string(a.ID), Control: c.Key().String(),
		Next: "A draft rating is made from it and goes to the compliance leads in Slack, who confirm, adjust or reject it."}, nil
}
