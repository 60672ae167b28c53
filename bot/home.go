package bot

import (
	"context"
	"fmt"

	"github.com/assay-dev/assay/program"
)

// Home-tab list lengths: Slack allows 100 blocks; the lists stay well inside.
const (
	homeCheckins = 15
	homeReviews  = 15
)

// HandleHome publishes a user's home tab: their open check-ins; for leads,
// the drafts waiting for review; for everyone, scores against target.
func (b *Bot) HandleHome(ctx context.Context, u UserID) error {
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
	for i, ck := range cks {
		if i == homeCheckins {
			m.Blocks = append(m.Blocks, Context{Text: fmt.Sprintf("… and %d more in your DMs", len(cks)-homeCheckins)})
			break
		}
		c, ok := b.Catalogs().Lookup(ck.Key)
		if !ok {
			continue
		}
		line := Trim(title(c), 200) + " — " + statusWords(ck.Status)
		if ck.Status == CheckinOpen || ck.Status == CheckinSnoozed {
			m.Blocks = append(m.Blocks, Section{Text: line}, Actions{Buttons: []Button{{ActionID: ActAnswer, Value: ck.ID, Text: "Answer", Style: Primary}}})
		} else {
			m.Blocks = append(m.Blocks, Context{Text: line})
		}
	}
	if b.has(ctx, p, u, program.Lead) && b.PendingDrafts != nil {
		ds, err := b.PendingDrafts(ctx)
		if err != nil {
			return err
		}
		m.Blocks = append(m.Blocks, Divider{}, Section{Text: fmt.Sprintf("*Waiting for your review* (%d)", len(ds))})
		for i, d := range ds {
			if i == homeReviews {
				m.Blocks = append(m.Blocks, Context{Text: fmt.Sprintf("… and %d more in the review channel", len(ds)-homeReviews)})
				break
			}
			lvl := "failed: rate it yourself"
			if d.Level != nil {
				lvl = fmt.Sprintf("level %d", *d.Level)
			}
			m.Blocks = append(m.Blocks, Context{Text: fmt.Sprintf("%s — %s (%s)", d.Key(), lvl, d.Drafter)})
		}
	}
	scores, err := b.Scores(ctx, p, "")
	if err != nil {
		return err
	}
	m.Blocks = append(m.Blocks, Divider{}, Section{Text: "*Maturity by framework*\n" + Trim(scoreLines(scores, 20), 2800)})
	return b.Chat.PublishHome(ctx, u, m)
}
