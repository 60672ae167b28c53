package bot

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
)

// DecideApplicability records a lead's decision on whether a control in
// the program's scope applies, at any door: only leads decide, and only
// for controls in scope. The decision's Key may name the control loosely
// ("iso42001", "a.10.4"); it is resolved against the catalogs.
func (b *Bot) DecideApplicability(ctx context.Context, d *program.Decision) error {
	p, err := b.program(ctx)
	if err != nil {
		return err
	}
	c, err := b.Catalogs().Resolve(string(d.Key.Framework), string(d.Key.Ref))
	if err != nil {
		return err
	}
	if !p.Covers(c.Key()) {
		return errs.E("bot", errs.Invalid, "%s is not in the scope of the program %q: only controls in scope are included or excluded", c.Key(), p.Name)
	}
	if !c.Kind.Assessable() {
		return errs.E("bot", errs.Invalid, "%s groups other controls; decide on the controls it holds", c.Key())
	}
	if !b.has(ctx, p, d.DecidedBy, program.Lead) {
		return errs.E("bot", errs.Unauthorized, "only a compliance lead can include or exclude a control, and %s is not a lead of the program %q", d.DecidedBy, p.Name)
	}
	d.Key = c.Key()
	if err := b.Store.Decide(ctx, d); err != nil {
		return err
	}
	if d.Applicable {
		return nil
	}
	ck, ok, err := b.Store.OpenCheckin(ctx, d.Key)
	if err != nil || !ok {
		return err
	}
	_, err = b.CloseExcluded(ctx, ck.ID, d.DecidedBy)
	return err
}

// CloseExcluded ends the unanswered check-in of a control that was
// excluded, so that nobody is reminded of it; its card says so. It reports
// whether the check-in was closed (an answered one is left to its draft).
func (b *Bot) CloseExcluded(ctx context.Context, id CheckinID, by UserID) (bool, error) {
	closed := false
	_, err := b.update(ctx, id, func(x *Checkin) error {
		if x.Status != CheckinOpen && x.Status != CheckinSnoozed && x.Status != CheckinNAPending {
			return nil
		}
		x.Status, x.Reason, closed = CheckinNA, "excluded from the assessment", true
		return nil
	}, b.newEffect(EffectRefresh, id, by), "check-in closed: control excluded")
	return closed, err
}

// ReasonOf says why a control is excluded, in a few words.
func ReasonOf(d program.Decision) string {
	return program.ReasonText(d.Reason)
}

// applicabilityView is /assay applicability [FRAMEWORK]: per framework,
// how many controls in scope apply, and each exclusion with its reason,
// justification and approver. Leads see it (they decide it).
func (b *Bot) applicabilityView(ctx context.Context, u UserID, args []string) (Message, error) {
	p, err := b.program(ctx)
	if err != nil {
		return Message{}, err
	}
	if !b.has(ctx, p, u, program.Lead) {
		return Message{}, errs.E("bot", errs.Unauthorized, "applicability is decided by the program's leads; ask one of them")
	}
	fws := p.Frameworks()
	if len(args) > 0 {
		cat, err := b.Catalogs().Catalog(args[0])
		if err != nil {
			return Message{}, err
		}
		if !p.CoversFramework(cat.Framework.ID) {
			return Message{}, errs.E("bot", errs.Invalid, "%s is not in the program %q", cat.Framework.ID, p.Name)
		}
		fws = []catalogs.FrameworkID{cat.Framework.ID}
	}
	var lines []string
	for _, fw := range fws {
		inScope, applicable := p.Summary(fw)
		lines = append(lines, fmt.Sprintf("*%s*: %d of %d controls in scope apply", fw, applicable, inScope))
		for _, c := range p.Excluded() {
			if c.Framework != fw {
				continue
			}
			d, _ := p.DecisionFor(c.Key())
			lines = append(lines, fmt.Sprintf("• %s %s — excluded (%s) by %s on %s: %s", c.Ref, Trim(c.Title, 60), program.ReasonText(d.Reason),
				who(d.DecidedBy), d.DecidedAt.UTC().Format("2006-01-02"), Trim(d.Justification, 200)))
		}
	}
	head := "Applicability — " + p.Name
	blocks := append([]Block{Header{Text: Trim(head, 150)}}, paragraphs(strings.Join(lines, "\n"))...)
	// Proposals from Assay's role table, each with its buttons.
	var props []program.Proposal
	for _, x := range p.Proposals() {
		if slices.Contains(fws, x.Key.Framework) {
			props = append(props, x)
		}
	}
	for i, x := range props {
		if i == maxProposalsShown {
			blocks = append(blocks, Context{Text: fmt.Sprintf("… and %d more proposals: `assay applicability list` shows them all.", len(props)-i)})
			break
		}
		c, _ := b.Catalogs().Lookup(x.Key)
		blocks = append(blocks, Section{Text: Trim(fmt.Sprintf("*Proposed exclusion:* %s %s\n%s", c.Ref, c.Title, x.Justification), 2900)},
			Actions{Buttons: []Button{
				{ActionID: ActApproveExclusion, Value: x.Key.String(), Text: "Exclude", Style: Primary},
				{ActionID: ActKeepControl, Value: x.Key.String(), Text: "Keep it"},
			}})
	}
	blocks = append(blocks, Context{Text: "Include or exclude any control: `assay applicability set FRAMEWORK REF …` or the program file's `applicability` list."})
	return Message{Text: head, Blocks: blocks}, nil
}

// maxProposalsShown keeps /assay applicability within Slack's 50 blocks.
const maxProposalsShown = 15

// decideProposal is a lead's click on a proposal: exclude as proposed, or
// keep the control (an inclusion, recorded against the proposal).
func (b *Bot) decideProposal(ctx context.Context, a Action) error {
	fw, ref, _ := strings.Cut(a.Value, ":")
	k := catalogs.Key{Framework: catalogs.FrameworkID(fw), Ref: catalogs.Ref(ref)}
	var d program.Decision
	if a.ActionID == ActApproveExclusion {
		done, err := b.ApproveProposals(ctx, []catalogs.Key{k}, a.User, cmp.Or(b.Door, "chat"))
		if err != nil {
			return err
		}
		d = done[0]
	} else {
		p, err := b.program(ctx)
		if err != nil {
			return err
		}
		x, ok := p.ProposalFor(k)
		if !ok {
			return errs.E("bot", errs.Conflict, "no exclusion of %s is proposed any more: a lead decided already", k)
		}
		d = program.Decision{Key: x.Key, Applicable: true, Justification: "Kept by a lead against the role table's proposal: " + x.Justification,
			DecidedBy: a.User, Door: cmp.Or(b.Door, "chat")}
		if err := b.DecideApplicability(ctx, &d); err != nil {
			return err
		}
	}
	msg := fmt.Sprintf("%s: %s, by %s.", d.Key, d, mention(a.User))
	return b.Chat.Ephemeral(ctx, a.Channel, a.User, Message{Text: msg, Blocks: []Block{Section{Text: Trim(msg, 2900)}}})
}

// systemsView is /assay systems: the AI system register, for leads.
func (b *Bot) systemsView(ctx context.Context, u UserID) (Message, error) {
	p, err := b.program(ctx)
	if err != nil {
		return Message{}, err
	}
	if !b.has(ctx, p, u, program.Lead) {
		return Message{}, errs.E("bot", errs.Unauthorized, "the AI system register is for the program's leads")
	}
	head := "AI systems — " + p.Name
	if len(p.Systems) == 0 {
		return text("No AI systems are registered: list them under `ai_systems` in the program file."), nil
	}
	var lines []string
	for _, s := range p.Systems {
		line := fmt.Sprintf("• *%s* (`%s`) — %s, %s risk, %s; owner %s", Trim(s.Name, 80), s.ID, s.Role, s.Risk, s.Stage, mention(s.Owner))
		if s.NextReview != nil {
			line += ", next review " + s.NextReview.Format("2006-01-02")
		}
		lines = append(lines, line)
	}
	roles := make([]string, len(p.Context.Roles))
	for i, r := range p.Context.Roles {
		roles[i] = string(r)
	}
	ctxLine := fmt.Sprintf("%d systems", len(p.Systems))
	if len(roles) > 0 {
		ctxLine += " · the organisation's roles: " + strings.Join(roles, ", ")
	}
	return Message{Text: head, Blocks: append(append([]Block{Header{Text: Trim(head, 150)}}, paragraphs(strings.Join(lines, "\n"))...),
		Context{Text: Trim(ctxLine, 2900)})}, nil
}

// who names a decider: a mention for a Slack id, the text otherwise
// ("program" for a program file's decision).
func who(u UserID) string {
	if program.IsUser(u) {
		return mention(u)
	}
	return string(u)
}

// ApproveProposals records, as by's decisions, the exclusions Assay's role
// table proposes: for the given controls (each must have a proposal), or
// every proposal when keys is empty. It returns the decisions recorded.
func (b *Bot) ApproveProposals(ctx context.Context, keys []catalogs.Key, by UserID, door string) ([]program.Decision, error) {
	p, err := b.program(ctx)
	if err != nil {
		return nil, err
	}
	var todo []program.Proposal
	if len(keys) == 0 {
		todo = p.Proposals()
	}
	for _, k := range keys {
		c, err := b.Catalogs().Resolve(string(k.Framework), string(k.Ref))
		if err != nil {
			return nil, err
		}
		x, ok := p.ProposalFor(c.Key())
		if !ok {
			return nil, errs.E("bot", errs.Invalid, "no exclusion of %s is proposed (the role table proposes none for the organisation's roles, or a lead decided already)", c.Key())
		}
		todo = append(todo, x)
	}
	var done []program.Decision
	for _, x := range todo {
		d := program.Decision{Key: x.Key, Reason: x.Reason, Justification: x.Justification, DecidedBy: by, Door: door}
		if err := b.DecideApplicability(ctx, &d); err != nil {
			return done, err
		}
		done = append(done, d)
	}
	return done, nil
}
