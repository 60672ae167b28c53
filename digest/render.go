package digest

import (
	"fmt"
	"strings"

	"github.com/assay-dev/assay/bot"
)

// Message renders the digest for chat: the charts are posted first (as
// files), then this. Each framework is a section with fields, its groups
// and its largest gaps; a program with many frameworks stays inside
// Slack's 50 blocks. The fallback text carries the figures, for
// notifications and screen readers.
func (s *Snapshot) Message() bot.Message {
	if s.Kickoff != nil {
		return s.KickoffMessage()
	}
	m := bot.Message{Text: bot.Trim(s.Fallback(), 3000)}
	m.Blocks = append(m.Blocks, bot.Header{Text: bot.Trim("Maturity digest — "+s.Program, 150)},
		bot.Context{Text: fmt.Sprintf("%s · scale %s", s.At.Format("Monday 2 January 2006"), s.ScaleLabel())})
	for i, f := range s.Frameworks {
		if len(m.Blocks) > 42 {
			m.Blocks = append(m.Blocks, bot.Context{Text: fmt.Sprintf("… and %d more frameworks: `assay digest preview` shows all.", len(s.Frameworks)-i)})
			break
		}
		var dist []string
		for _, c := range f.Distribution {
			dist = append(dist, fmt.Sprintf("L%d: %d", c.Level, c.Controls))
		}
		m.Blocks = append(m.Blocks, bot.Divider{}, bot.Section{
			Text: fmt.Sprintf("*%s*", bot.Trim(f.Name, 200)),
			Fields: []string{
				"*Maturity*\n" + strings.TrimPrefix(MaturityText(f), "maturity "),
				"*At or above target*\n" + strings.TrimPrefix(AtTargetText(f), "at or above target: "),
				fmt.Sprintf("*Since last digest*\n▲ %d up  ▼ %d down  · %d newly rated", f.Up, f.Down, f.New),
				fmt.Sprintf("*Rated controls per level*\n%s", strings.Join(dist, "  ")),
				fmt.Sprintf("*Check-ins*\n%d open, %d past their due date", f.Open, f.Overdue),
				fmt.Sprintf("*Reviews*\n%d waiting; %s", f.Pending, ChangedText(f)),
			},
		})
		if len(f.Groups) > 0 {
			var lines []string
			for _, g := range f.Groups {
				lines = append(lines, "• "+GroupText(g))
			}
			m.Blocks = append(m.Blocks, bot.Section{Text: bot.Trim("*By group*\n"+strings.Join(lines, "\n"), 2900)})
		}
		if len(f.Gaps) > 0 {
			var lines []string
			for _, g := range f.Gaps {
				owner := "no owner"
				if g.Owner != "" {
					owner = "<@" + g.Owner + ">"
				}
				lines = append(lines, fmt.Sprintf("• %s %s — level %d, target %d (%s)", refOf(g.Control), bot.Trim(g.Title, 80), g.Level, g.Target, owner))
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

// Fallback is the digest's figures in one paragraph: the text a
// notification shows and a screen reader reads in place of the blocks.
func (s *Snapshot) Fallback() string {
	parts := []string{fmt.Sprintf("Maturity digest — %s — %s.", s.Program, s.At.Format("2006-01-02"))}
	for _, f := range s.Frameworks {
		parts = append(parts, fmt.Sprintf("%s: %s; %s; %d check-ins open, %d past due.",
			f.Name, MaturityText(f), AtTargetText(f), f.Open, f.Overdue))
	}
	return strings.Join(parts, " ")
}

// refOf is a gap's control as people read it: iso42001-2023:A.5.2 → A.5.2.
func refOf(key string) string {
	if _, ref, ok := strings.Cut(key, ":"); ok {
		return ref
	}
	return key
}

// KickoffMessage is what the digest channel gets before anything is
// rated: how many check-ins went out, to how many owners, by when they
// are due.
func (s *Snapshot) KickoffMessage() bot.Message {
	text := s.KickoffText()
	return bot.Message{Text: bot.Trim("Kickoff — "+s.Program+": "+text, 3000), Blocks: []bot.Block{
		bot.Header{Text: bot.Trim("Assessment under way — "+s.Program, 150)},
		bot.Section{Text: bot.Trim(text, 2900)},
		bot.Context{Text: "The weekly digest of maturity against target starts once the first rating is confirmed."},
	}}
}
