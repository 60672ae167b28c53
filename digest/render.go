package digest

import (
	"fmt"
	"strings"

	"github.com/assay-dev/assay/bot"
)

// Message renders the digest for chat: the chart is posted first (as a
// file), then this. Each framework is a section with fields; a program with
// many frameworks stays inside Slack's 50 blocks.
func (s *Snapshot) Message() bot.Message {
	m := bot.Message{Text: fmt.Sprintf("Maturity digest — %s — %s", s.Program, s.At.Format("2006-01-02"))}
	m.Blocks = append(m.Blocks, bot.Header{Text: bot.Trim("Maturity digest — "+s.Program, 150)},
		bot.Context{Text: fmt.Sprintf("%s · scale %s", s.At.Format("Monday 2 January 2006"), s.Scale)})
	for i, f := range s.Frameworks {
		if len(m.Blocks) > 44 {
			m.Blocks = append(m.Blocks, bot.Context{Text: fmt.Sprintf("… and %d more frameworks: `assay digest preview` shows all.", len(s.Frameworks)-i)})
			break
		}
		var dist []string
		for _, c := range f.Distribution {
			dist = append(dist, fmt.Sprintf("%d:%d", c.Level, c.Controls))
		}
		m.Blocks = append(m.Blocks, bot.Divider{}, bot.Section{
			Text: fmt.Sprintf("*%s*", bot.Trim(f.Name, 200)),
			Fields: []string{
				fmt.Sprintf("*Maturity*\n%s against target %s", num(f.Mean), num(f.Target)),
				fmt.Sprintf("*At or above target*\n%s (%d of %d rated%s)", pct(f.AtTarget), f.Rated, f.Controls, excluded(f)),
				fmt.Sprintf("*Since last digest*\n▲ %d  ▼ %d  new %d", f.Up, f.Down, f.New),
				fmt.Sprintf("*Levels*\n%s", strings.Join(dist, "  ")),
				fmt.Sprintf("*Check-ins*\n%d open, %d overdue", f.Open, f.Overdue),
				fmt.Sprintf("*Reviews*\n%d pending; leads changed %d of %d drafts", f.Pending, f.Changed, f.Reviewed),
			},
		})
		if len(f.Gaps) > 0 {
			var lines []string
			for _, g := range f.Gaps {
				owner := "no owner"
				if g.Owner != "" {
					owner = "<@" + g.Owner + ">"
				}
				lines = append(lines, fmt.Sprintf("• %s %s — level %d, target %d (%s)", g.Control, bot.Trim(g.Title, 80), g.Level, g.Target, owner))
			}
			m.Blocks = append(m.Blocks, bot.Section{Text: "*Largest gaps*\n" + strings.Join(lines, "\n")})
		}
	}
	if len(s.Systems) > 0 {
		var lines []string
		for i, sys := range s.Systems {
			if i == 20 {
				lines = append(lines, fmt.Sprintf("… and %d more systems", len(s.Systems)-i))
				break
			}
			lines = append(lines, "• "+bot.Trim(sys.Line(), 200))
		}
		m.Blocks = append(m.Blocks, bot.Divider{}, bot.Section{Text: bot.Trim("*AI system impact assessments*\n"+strings.Join(lines, "\n"), 2900)})
	}
	return m
}
