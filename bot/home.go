package bot

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
)

// Home-tab list lengths: Slack allows 100 blocks; the lists stay well inside.
const (
	homeCheckins = 10
	homeReviews  = 8
	homeWaiting  = 12
)

// maxWaiting bounds the drafts waiting for review the bot lists (pending
// and failed, each).
const maxWaiting = 500

// HandleHome publishes a user's home tab: their open check-ins; for leads,
// the drafts waiting for review; for everyone, scores against target.
func (b *Bot) HandleHome(ctx context.Context, u UserID) error { return b.homePage(ctx, u, 0, 0, 0) }

// homePage publishes the home tab with the check-in, review and
// across-owners lists starting at the given offsets; long lists get
// Previous/Next buttons.
func (b *Bot) homePage(ctx context.Context, u UserID, ckFrom, rvFrom, wtFrom int) error {
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
	m.Blocks = append(m.Blocks, pager(len(cks), ckFrom, homeCheckins, func(from int) string { return fmt.Sprintf("%d:%d:%d", from, rvFrom, wtFrom) })...)
	if b.has(ctx, p, u, program.Lead) {
		// The drafts waiting, each with the buttons its review card has.
		ds, err := b.Assessor.Waiting(ctx, maxWaiting)
		if err != nil {
			return err
		}
		m.Blocks = append(m.Blocks, Divider{}, Section{Text: fmt.Sprintf("*Waiting for your review* (%d)", len(ds))})
		rvFrom = min(max(rvFrom, 0), max(len(ds)-1, 0))
		for _, d := range ds[min(rvFrom, len(ds)):min(rvFrom+homeReviews, len(ds))] {
			lvl := "no valid draft: rate it yourself"
			if d.Level != nil {
				lvl = fmt.Sprintf("drafted level %d", *d.Level)
			}
			name := string(d.Ref)
			if c, ok := b.Catalogs().Lookup(d.Key()); ok {
				name = string(c.Ref) + " " + c.Title
			}
			if d.System != "" {
				name += " (AI system " + d.System + ")"
			}
			m.Blocks = append(m.Blocks, Section{Text: Trim(fmt.Sprintf("*%s* — %s · %s", name, lvl, drafterWords(d.Drafter)), 2900)},
				Actions{Buttons: reviewButtons(d, nil)})
		}
		m.Blocks = append(m.Blocks, pager(len(ds), rvFrom, homeReviews, func(from int) string { return fmt.Sprintf("%d:%d:%d", ckFrom, from, wtFrom) })...)
		// The check-ins waiting across owners, overdue first.
		wt, err := b.Store.WaitingCheckins(ctx)
		if err != nil {
			return err
		}
		now, overdue := b.now(), 0
		for _, ck := range wt {
			if ck.Overdue(now) {
				overdue++
			}
		}
		m.Blocks = append(m.Blocks, Divider{}, Section{Text: fmt.Sprintf("*Check-ins waiting for their owners* (%d, %d overdue)", len(wt), overdue)})
		wtFrom = min(max(wtFrom, 0), max(len(wt)-1, 0))
		var lines []string
		for _, ck := range wt[min(wtFrom, len(wt)):min(wtFrom+homeWaiting, len(wt))] {
			line := "• " + string(ck.Key.Ref)
			if c, ok := b.Catalogs().Lookup(ck.Key); ok {
				line += " " + Trim(c.Title, 60)
			}
			line += " — " + mention(ck.Owner)
			if ck.Delegate != "" {
				line += " (delegated to " + mention(ck.Delegate) + ")"
			}
			if ck.DueAt != nil {
				if ck.Overdue(now) {
					line += ", :warning: overdue since " + dueWords(p, *ck.DueAt)
				} else {
					line += ", due " + dueWords(p, *ck.DueAt)
				}
			}
			lines = append(lines, line)
		}
		if len(lines) > 0 {
			m.Blocks = append(m.Blocks, Section{Text: Trim(strings.Join(lines, "\n"), 2900)})
		}
		m.Blocks = append(m.Blocks, pager(len(wt), wtFrom, homeWaiting, func(from int) string { return fmt.Sprintf("%d:%d:%d", ckFrom, rvFrom, from) })...)
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
	if trend, err := b.trendLines(ctx, p); err != nil {
		return err
	} else if trend != "" {
		m.Blocks = append(m.Blocks, Section{Text: Trim(trend, 2900)})
	}
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
	var ck, rv, wt int
	if n, _ := fmt.Sscanf(a.Value, "%d:%d:%d", &ck, &rv, &wt); n < 2 {
		return errs.E("bot", errs.Invalid, "that page button is out of date; reopen the Home tab")
	}
	return b.homePage(ctx, a.User, ck, rv, wt)
}

// drafterWords names what drafted a rating, as the review card does.
func drafterWords(d string) string {
	switch d {
	case assessor.OfflineDrafter:
		return "offline draft"
	case assessor.CrosswalkDrafter:
		return "proposed through a crosswalk"
	}
	return "drafted by " + d
}

// trendLines is each framework's mean maturity over the kept digests,
// and where the last digest was posted: what an executive opens the home
// tab for. Empty before the first digest.
func (b *Bot) trendLines(ctx context.Context, p *program.Program) (string, error) {
	raw, ok, err := b.Store.LastDigest(ctx, p.Name)
	if err != nil || !ok {
		return "", err
	}
	var last struct {
		At    time.Time `json:"at"`
		Trend []struct {
			At        time.Time `json:"at"`
			Framework string    `json:"framework"`
			Mean      *float64  `json:"mean"`
		} `json:"trend"`
	}
	if err := json.Unmarshal(raw, &last); err != nil {
		return "", errs.Wrap("bot.Home", errs.Internal, err, "reading the last digest")
	}
	series := map[string][]string{}
	var order []string
	for _, pt := range last.Trend {
		if _, seen := series[pt.Framework]; !seen {
			order = append(order, pt.Framework)
		}
		v := "unrated"
		if pt.Mean != nil {
			v = fmt.Sprintf("%.1f", *pt.Mean)
		}
		series[pt.Framework] = append(series[pt.Framework], v)
	}
	var lines []string
	for _, fw := range order {
		vs := series[fw]
		vs = vs[max(0, len(vs)-6):]
		lines = append(lines, fmt.Sprintf("• *%s*: %s", fw, strings.Join(vs, " → ")))
	}
	out := "*Trend over the last digests*\n" + strings.Join(lines, "\n")
	ch, ts, at, posted, err := b.Store.LastDigestPost(ctx, p.Name)
	if err != nil || !posted {
		return out, err
	}
	day := at.In(cmp.Or(p.TimeZone, time.UTC)).Format("Monday 2 January")
	link, err := b.Chat.Permalink(ctx, ch, ts)
	if err != nil {
		b.log().Warn("no link to the last digest", "err", err)
	}
	if link != "" {
		return out + fmt.Sprintf("\n<%s|The last digest>, %s, in <#%s>.", link, day, ch), nil
	}
	return out + fmt.Sprintf("\nThe last digest: %s, in <#%s>.", day, ch), nil
}
