package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/assay-dev/assay/errs"

	"github.com/assay-dev/assay/program"
)

// Home-tab list lengths: Slack allows 100 blocks; the lists stay well inside.
const (
	homeCheckins = 15
	homeReviews  = 15
)

// maxWaiting bounds the drafts waiting for review the bot lists (pending
// and failed, each).
const maxWaiting = 500

// HandleHome publishes a user's home tab: their open check-ins; for leads,
// the drafts waiting for review; for everyone, scores against target.
func (b *Bot) HandleHome(ctx context.Context, u UserID) error { return b.homePage(ctx, u, 0, 0) }

// homePage publishes the home tab with the check-in and review lists
// starting at the given offsets; long lists get Previous/Next buttons.
func (b *Bot) homePage(ctx context.Context, u UserID, ckFrom, rvFrom int) error {
	p, err := b.program(ctx)
	if err != nil {
		return b.Chat.PublishHome(ctx, u, text("Assay is running, but no assessment program is applied yet."))
	}
	m := Message{Text: "Assay — " + p.Name}
	m.Blocks = append(m.Blocks, Header{Text: Trim("Assay — "+p.Name, 150)})

	cks, err := b.Store.CheckinsFor(ctx, u)
	if err != nil {
		return err
	}
	m.Blocks = append(m.Blocks, Section{Text: fmt.Sprintf("*Your open check-ins* (%d)", len(cks))})
	ckFrom = min(max(ckFrom, 0), max(len(cks)-1, 0))
	for _, ck := range cks[min(ckFrom, len(cks)):min(ckFrom+homeCheckins, len(cks))] {
		c, ok := b.Catalogs().Lookup(ck.Key)
		if !ok {
			continue
		}
		line := Trim(title(c), 200) + " — " + statusWords(ck.Status)
		if ck.Status == CheckinOpen || ck.Status == CheckinSnoozed {
			m.Blocks = append(m.Blocks, Section{Text: line}, Actions{Buttons: []Button{{ActionID: ActAnswer, Value: string(ck.ID), Text: "Answer", Style: Primary},
				{ActionID: ActHistory, Value: ck.Key.String(), Text: "History"}}})
		} else {
			m.Blocks = append(m.Blocks, Context{Text: line})
		}
	}
	m.Blocks = append(m.Blocks, pager(len(cks), ckFrom, homeCheckins, func(from int) string { return fmt.Sprintf("%d:%d", from, rvFrom) })...)
	if b.has(ctx, p, u, program.Lead) {
		ds, err := b.Assessor.Waiting(ctx, maxWaiting)
		if err != nil {
			return err
		}
		m.Blocks = append(m.Blocks, Divider{}, Section{Text: fmt.Sprintf("*Waiting for your review* (%d)", len(ds))})
		rvFrom = min(max(rvFrom, 0), max(len(ds)-1, 0))
		for _, d := range ds[min(rvFrom, len(ds)):min(rvFrom+homeReviews, len(ds))] {
			lvl := "failed: rate it yourself"
			if d.Level != nil {
				lvl = fmt.Sprintf("level %d", *d.Level)
			}
			m.Blocks = append(m.Blocks, Context{Text: fmt.Sprintf("%s — %s (%s)", d.Key(), lvl, d.Drafter)})
		}
		m.Blocks = append(m.Blocks, pager(len(ds), rvFrom, homeReviews, func(from int) string { return fmt.Sprintf("%d:%d", ckFrom, from) })...)
	}
	if ok, err := b.sees(ctx, p, u); err != nil {
		return err
	} else if !ok {
		m.Blocks = append(m.Blocks, Divider{}, Context{Text: "Maturity figures are for the people in the program; ask a lead to add you. Anyone may ask what the standards say: /assay ask QUESTION"})
		return b.Chat.PublishHome(ctx, u, m)
	}
	scores, err := b.Scores(ctx, p, "")
	if err != nil {
		return err
	}
	m.Blocks = append(m.Blocks, Divider{}, Section{Text: "*Maturity by framework*\n" + Trim(scoreLines(scores, 20), 2800)})
	if len(p.AssessedSystems()) > 0 {
		rated, err := b.Store.SystemRatings(ctx)
		if err != nil {
			return err
		}
		var lines []string
		for i, s := range SystemStatuses(p, rated, b.now()) {
			if i == 15 {
				lines = append(lines, "… and more: the digest lists every system")
				break
			}
			lines = append(lines, "• "+Trim(s.Line(), 180))
		}
		m.Blocks = append(m.Blocks, Section{Text: Trim("*AI system impact assessments*\n"+strings.Join(lines, "\n"), 2900)})
	}
	return b.Chat.PublishHome(ctx, u, m)
}

// pager returns Previous/Next buttons for a list of n shown from `from`,
// size at a time; value renders the offsets a button carries.
func pager(n, from, size int, value func(from int) string) []Block {
	if n <= size {
		return nil
	}
	var buttons []Button
	if from > 0 {
		buttons = append(buttons, Button{ActionID: ActHomePage, Value: value(max(from-size, 0)), Text: "Previous"})
	}
	if from+size < n {
		buttons = append(buttons, Button{ActionID: ActHomePage, Value: value(from + size), Text: "Next"})
	}
	return []Block{Context{Text: fmt.Sprintf("%d–%d of %d", from+1, min(from+size, n), n)}, Actions{Buttons: buttons}}
}

// homeAction turns a page of the home tab.
func (b *Bot) homeAction(ctx context.Context, a Action) error {
	var ck, rv int
	if _, err := fmt.Sscanf(a.Value, "%d:%d", &ck, &rv); err != nil {
		return errs.E("bot", errs.Invalid, "that page button is out of date; reopen the Home tab")
	}
	return b.homePage(ctx, a.User, ck, rv)
}
