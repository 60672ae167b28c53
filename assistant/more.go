package assistant

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
	"github.com/assay-dev/assay/soa"
)

// CheckinsIn is list_checkins' input.
type CheckinsIn struct {
	Owner  string `json:"owner,omitempty" jsonschema:"whose check-ins: a Slack user id, or * for every owner (leads only); default: yours"`
	Status string `json:"status,omitempty" jsonschema:"only this status: open, snoozed, answered or na_pending"`
}

// CheckinLine is one check-in.
type CheckinLine struct {
	Framework string `json:"framework"`
	Ref       string `json:"ref"`
	Title     string `json:"title"`
	System    string `json:"ai_system,omitempty"`
	Owner     string `json:"owner"`
	Delegate  string `json:"delegate,omitempty"`
	Status    string `json:"status"`
	Due       string `json:"due,omitempty"`
	Overdue   bool   `json:"overdue"`
}

// CheckinsOut is list_checkins' result.
type CheckinsOut struct {
	Checkins []CheckinLine `json:"checkins"`
}

var statuses = map[string]bool{"open": true, "snoozed": true, "answered": true, "na_pending": true}

func (d Deps) listCheckins(ctx context.Context, req *mcp.CallToolRequest, in CheckinsIn) (*mcp.CallToolResult, CheckinsOut, error) {
	u, err := d.person(ctx, req)
	if err != nil {
		return nil, CheckinsOut{}, toolErr(err)
	}
	if in.Status != "" && !statuses[in.Status] {
		return nil, CheckinsOut{}, fmt.Errorf("status %q: one of open, snoozed, answered, na_pending", in.Status)
	}
	owner := bot.UserID(in.Owner)
	if owner == "" {
		owner = u
	}
	if owner != u {
		lead, err := d.Bot.HasRole(ctx, u, program.Lead)
		if err != nil {
			return nil, CheckinsOut{}, toolErr(err)
		}
		if !lead {
			return nil, CheckinsOut{}, fmt.Errorf("only a lead lists other people's check-ins; ask for your own")
		}
	}
	var cks []*bot.Checkin
	if owner == "*" {
		cks, err = d.Bot.Store.WaitingCheckins(ctx)
	} else {
		cks, err = d.Bot.Store.CheckinsFor(ctx, owner)
	}
	if err != nil {
		return nil, CheckinsOut{}, toolErr(err)
	}
	out := CheckinsOut{Checkins: []CheckinLine{}}
	now := d.Bot.Clock()
	for _, ck := range cks {
		if in.Status != "" && string(ck.Status) != in.Status {
			continue
		}
		l := CheckinLine{Framework: string(ck.Key.Framework), Ref: string(ck.Key.Ref), System: ck.System, Owner: string(ck.Owner),
			Delegate: string(ck.Delegate), Status: string(ck.Status), Overdue: ck.Overdue(now)}
		if c, ok := d.Set().Lookup(ck.Key); ok {
			l.Title = c.Title
		}
		if ck.DueAt != nil {
			l.Due = ck.DueAt.UTC().Format("2006-01-02")
		}
		out.Checkins = append(out.Checkins, l)
	}
	return nil, out, nil
}

// DigestIn is get_digest's input.
type DigestIn struct {
	ID int64 `json:"id,omitempty" jsonschema:"the digest's number; 0 or absent: the latest"`
}

// DigestOut is get_digest's result: the digest as it was kept.
type DigestOut struct {
	Digest map[string]any `json:"digest"`
}

func (d Deps) getDigest(ctx context.Context, req *mcp.CallToolRequest, in DigestIn) (*mcp.CallToolResult, DigestOut, error) {
	if _, err := d.sees(ctx, req); err != nil {
		return nil, DigestOut{}, toolErr(err)
	}
	raw, err := d.digest(ctx, in.ID)
	if err != nil {
		return nil, DigestOut{}, toolErr(err)
	}
	var out DigestOut
	if err := json.Unmarshal(raw, &out.Digest); err != nil {
		return nil, DigestOut{}, fmt.Errorf("the kept digest does not read as JSON: %v", err)
	}
	return nil, out, nil
}

func (d Deps) digest(ctx context.Context, id int64) (json.RawMessage, error) {
	if id < 0 {
		return nil, errs.E("assistant", errs.Invalid, "id %d: a digest's number is 1 or more (0: the latest)", id)
	}
	if d.Digests == nil {
		return nil, errs.E("assistant", errs.NotFound, "no digests are kept here")
	}
	raw, ok, err := d.Digests.Digest(ctx, id)
	if err != nil {
		return nil, err
	}
	if !ok {
		if id == 0 {
			return nil, errs.E("assistant", errs.NotFound, "no digest has been kept yet")
		}
		return nil, errs.E("assistant", errs.NotFound, "no digest %d", id)
	}
	return json.RawMessage(raw), nil
}

// SoAIn is get_soa's input.
type SoAIn struct {
	Framework string `json:"framework,omitempty" jsonschema:"one framework; empty: every framework of the program"`
}

func (d Deps) getSoA(ctx context.Context, req *mcp.CallToolRequest, in SoAIn) (*mcp.CallToolResult, *soa.Statement, error) {
	u, err := d.person(ctx, req)
	if err != nil {
		return nil, nil, toolErr(err)
	}
	lead, err := d.Bot.HasRole(ctx, u, program.Lead)
	if err != nil {
		return nil, nil, toolErr(err)
	}
	exec, err := d.Bot.HasRole(ctx, u, program.Exec)
	if err != nil {
		return nil, nil, toolErr(err)
	}
	if !lead && !exec {
		return nil, nil, fmt.Errorf("the Statement of Applicability is for the program's leads and executives")
	}
	s, _, err := d.Bot.Statement(ctx, in.Framework)
	if err != nil {
		return nil, nil, toolErr(err)
	}
	return nil, s, nil
}

// resources: each control as assay://control/{framework}/{ref}, the latest
// digest as assay://digest/latest.
func (d Deps) resources(s *mcp.Server) {
	s.AddResourceTemplate(&mcp.ResourceTemplate{Name: "control", URITemplate: "assay://control/{framework}/{ref}", MIMEType: "application/json",
		Description: "A control: title, group, check-in questions, statement where its license allows, crosswalk mappings."},
		func(ctx context.Context, req *mcp.ReadResourceRequest) (*mcp.ReadResourceResult, error) {
			if _, err := d.personOf(ctx, req.Extra); err != nil {
				return nil, toolErr(err)
			}
			rest := strings.TrimPrefix(req.Params.URI, "assay://control/")
			fw, ref, ok := strings.Cut(rest, "/")
			if !ok {
				return nil, mcp.ResourceNotFoundError(req.Params.URI)
			}
			_, out, err := d.getControl(ctx, nil, ControlIn{Framework: fw, Ref: unescape(ref)})
			if err != nil {
				return nil, mcp.ResourceNotFoundError(req.Params.URI)
			}
			raw, _ := json.Marshal(out)
			return &mcp.ReadResourceResult{Contents: []*mcp.ResourceContents{{URI: req.Params.URI, MIMEType: "application/json", Text: string(raw)}}}, nil
		})
	s.AddResource(&mcp.Resource{Name: "latest-digest", URI: "assay://digest/latest", MIMEType: "application/json",
		Description: "The latest executive digest as it was kept."},
		func(ctx context.Context, req *mcp.ReadResourceRequest) (*mcp.ReadResourceResult, error) {
			u, err := d.personOf(ctx, req.Extra)
			if err != nil {
				return nil, toolErr(err)
			}
			if ok, err := d.Bot.Sees(ctx, u); err != nil || !ok {
				return nil, fmt.Errorf("the digest is for the people in the program")
			}
			raw, err := d.digest(ctx, 0)
			if err != nil {
				return nil, toolErr(err)
			}
			return &mcp.ReadResourceResult{Contents: []*mcp.ResourceContents{{URI: req.Params.URI, MIMEType: "application/json", Text: string(raw)}}}, nil
		})
}

// unescape reads a ref from a URI ("GOVERN%204.2" is "GOVERN 4.2").
func unescape(s string) string {
	return strings.NewReplacer("%20", " ", "%28", "(", "%29", ")", "+", " ").Replace(s)
}

// prompts an assistant offers its user.
func (d Deps) prompts(s *mcp.Server) {
	s.AddPrompt(&mcp.Prompt{Name: "prepare-audit", Title: "Prepare for an ISO 42001 audit",
		Description: "Where the organisation stands against a framework and what to fix before the auditor comes.",
		Arguments:   []*mcp.PromptArgument{{Name: "framework", Description: "the framework (default iso42001)"}}},
		func(_ context.Context, req *mcp.GetPromptRequest) (*mcp.GetPromptResult, error) {
			fw := req.Params.Arguments["framework"]
			if fw == "" {
				fw = "iso42001"
			}
			if _, err := d.Set().Catalog(fw); err != nil {
				return nil, toolErr(err)
			}
			return &mcp.GetPromptResult{Description: "Audit preparation for " + fw, Messages: []*mcp.PromptMessage{{Role: "user", Content: &mcp.TextContent{Text: fmt.Sprintf(
				"Help me prepare for an audit against %s. Use Assay's tools: get_soa for the Statement of Applicability (what is in scope, excluded and why), maturity_status for where we stand against target, list_gaps for the largest gaps with their owners and next steps, and control_history for the evidence behind a rating. "+
					"Then give me a short plan: the gaps to close first, who owns each, and what evidence an auditor will ask for. Quote control references and cite passages with search_standards. "+
					"Do not claim ratings Assay does not show: %s", fw, decided)}}}}, nil
		})
	s.AddPrompt(&mcp.Prompt{Name: "explain-gap", Title: "Explain this gap",
		Description: "Why a control is below its target and what the next level needs.",
		Arguments:   []*mcp.PromptArgument{{Name: "framework", Required: true}, {Name: "ref", Required: true}}},
		func(_ context.Context, req *mcp.GetPromptRequest) (*mcp.GetPromptResult, error) {
			c, err := d.control(req.Params.Arguments["framework"], req.Params.Arguments["ref"])
			if err != nil {
				return nil, toolErr(err)
			}
			return &mcp.GetPromptResult{Description: "The gap of " + c.Key().String(), Messages: []*mcp.PromptMessage{{Role: "user", Content: &mcp.TextContent{Text: fmt.Sprintf(
				"Explain the gap of %s (%s). Use get_control for what it asks, control_history for the answers, evidence and the leads' decisions, list_gaps for its level against target and the next step, and search_standards for what the standard says. "+
					"Say plainly what is missing for the next level and what the owner could do this quarter. %s", c.Key(), c.Title, decided)}}}}, nil
		})
}
