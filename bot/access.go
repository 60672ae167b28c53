package bot

import (
	"context"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
)

// The bot is the assessor's Gate: Slack, the shell and the command line
// all answer and decide through assessor.Service, which asks it.
var _ assessor.Gate = (*Bot)(nil)

// MayDecide implements assessor.Gate: only a lead confirms, adjusts or
// rejects a rating. Errors: errs.Unauthorized, errs.Invalid without a
// program.
func (b *Bot) MayDecide(ctx context.Context, u UserID) error {
	p, err := b.program(ctx)
	if err != nil {
		return err
	}
	if !b.has(ctx, p, u, program.Lead) {
		return errs.E("bot", errs.Unauthorized, "only a compliance lead can confirm, adjust or reject a rating, and %s is not a lead of the program %q", u, p.Name)
	}
	return nil
}

// MayAnswer implements assessor.Gate: a control's owner (its assignment,
// else the program's owner rule) or the owner or delegate of its
// unfinished check-in answers it. Errors: errs.Unauthorized, errs.Invalid
// for a control outside the program.
func (b *Bot) MayAnswer(ctx context.Context, u UserID, k catalogs.Key, system string) error {
	p, err := b.program(ctx)
	if err != nil {
		return err
	}
	if !p.Covers(k) {
		return errs.E("bot", errs.Invalid, "%s is not in the program %q", k, p.Name)
	}
	if d, ok := p.DecisionFor(k); ok && !d.Applicable {
		return errs.E("bot", errs.Invalid, "%s is excluded from the assessment (%s): it is not answered or rated unless a lead includes it again", k, ReasonOf(d))
	}
	if system != "" {
		sys, ok := p.System(system)
		if !ok {
			return errs.E("bot", errs.Invalid, "no AI system %q in the register", system)
		}
		if sys.Owner == u {
			return nil
		}
		if ck, open, err := b.Store.OpenSystemCheckin(ctx, k, sys.ID); err != nil || open && ck.CanAnswer(u) {
			return err
		}
		return errs.E("bot", errs.Unauthorized, "only %s (the owner of the AI system %s) or their delegate can answer %s for it", mention(sys.Owner), sys.Name, k)
	}
	owner, ok, err := b.OwnerOf(ctx, p, k)
	if err != nil || ok && owner == u {
		return err
	}
	if ck, open, err := b.Store.OpenCheckin(ctx, k); err != nil || open && ck.CanAnswer(u) {
		return err
	}
	if !ok {
		return errs.E("bot", errs.Unauthorized, "%s has no owner, so nobody can answer it yet: an admin assigns one with /assay assign", k)
	}
	return errs.E("bot", errs.Unauthorized, "only %s (the owner of %s) or their delegate can answer it", mention(owner), k)
}

// HasRole reports whether u holds a role in the program in force.
func (b *Bot) HasRole(ctx context.Context, u UserID, r program.Role) (bool, error) {
	p, err := b.program(ctx)
	if err != nil {
		return false, err
	}
	return b.has(ctx, p, u, r), nil
}

// Sees reports whether u may see the program's maturity figures (false
// before a program is applied).
func (b *Bot) Sees(ctx context.Context, u UserID) (bool, error) {
	p, err := b.program(ctx)
	if err != nil {
		return false, err
	}
	return b.sees(ctx, p, u)
}

// sees reports whether u may see maturity figures: anyone when the
// program's visibility is the workspace; else the people it names (roles
// and owner rules) and the owners it assigns.
func (b *Bot) sees(ctx context.Context, p *program.Program, u UserID) (bool, error) {
	if p.Visibility == program.VisibleToWorkspace || p.Names(u, b.memberOf(ctx, u)) {
		return true, nil
	}
	assigned, err := b.Store.Assignments(ctx)
	if err != nil {
		return false, err
	}
	for _, owner := range assigned {
		if owner == u {
			return true, nil
		}
	}
	return false, nil
}
