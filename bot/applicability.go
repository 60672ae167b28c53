package bot

import (
	"context"

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
