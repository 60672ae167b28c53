package bot

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"encoding/hex"
	"fmt"
	"regexp"
	"strings"

	"github.com/assay-dev/assay/ask"
	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
)

// helpEntry is one command of /assay help: who may run it (nil: anyone)
// and an example.
type helpEntry struct {
	usage, what, example string
	roles                []program.Role
}

var helpEntries = []helpEntry{
	{"status [FRAMEWORK]", "maturity by group against target, open check-ins and reviews", "/assay status iso42001", nil},
	{"ask QUESTION", "what the standards say, with citations", "/assay ask how do we assess the impact of our AI systems?", nil},
	{"checkin FRAMEWORK REF [@user]", "send a check-in now", "/assay checkin iso42001 A.6.2.4 @dana", []program.Role{program.Lead, program.Admin}},
	{"applicability [FRAMEWORK]", "which controls apply, and why the others do not", "/assay applicability iso42001", []program.Role{program.Lead}},
	{"systems", "the AI system register", "/assay systems", []program.Role{program.Lead}},
	{"soa [FRAMEWORK]", "the Statement of Applicability, as a summary and an XLSX file", "/assay soa iso42001", []program.Role{program.Lead, program.Exec}},
	{"assign FRAMEWORK REF @user", "make someone a control's owner", "/assay assign iso42001 A.7.4 @sam", []program.Role{program.Admin}},
	{"mcp-token [revoke]", "a token for your AI assistant to reach Assay as you over MCP (shown once), or revoke yours", "/assay mcp-token", nil},
}

// Help is /assay help for everyone: the commands anyone may run.
var Help = helpFor(nil)

// helpFor lists, with an example each, the commands someone holding
// roles may run (the others would only refuse them); what owners do
// happens on their check-in messages.
func helpFor(roles map[program.Role]bool) string {
	var b strings.Builder
	b.WriteString("*/assay* — compliance maturity assessments. Check-ins come to you as messages: answer them there.\n")
	for _, e := range helpEntries {
		allowed := len(e.roles) == 0
		for _, r := range e.roles {
			allowed = allowed || roles[r]
		}
		if !allowed {
			continue
		}
		fmt.Fprintf(&b, "• `/assay %s` — %s. For example `%s`\n", e.usage, e.what, e.example)
	}
	b.WriteString("• `/assay help` — this list")
	return b.String()
}

// helpText is /assay help for one person.
func (b *Bot) helpText(ctx context.Context, u UserID) string {
	p, err := b.program(ctx)
	if err != nil || p == nil {
		return Help
	}
	roles := map[program.Role]bool{}
	for _, r := range []program.Role{program.Lead, program.Exec, program.Admin} {
		roles[r] = b.has(ctx, p, u, r)
	}
	return helpFor(roles)
}

var mentionRE = regexp.MustCompile(`^<@([UW][A-Z0-9]+)(\|[^>]*)?>$|^@?([UW][A-Z0-9]{2,})$`)

// parseUser reads a user mention as Slack escapes it (<@U123|name>) or a bare id.
func parseUser(s string) (UserID, bool) {
	m := mentionRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return "", false
	}
	if m[1] != "" {
		return UserID(m[1]), true
	}
	return UserID(m[3]), true
}

// HandleCommand runs /assay and returns the reply for the user who typed it
// (shown only to them). Slow work (ask) replies later, ephemerally.
func (b *Bot) HandleCommand(ctx context.Context, c Command) Message {
	fields := strings.Fields(c.Text)
	verb := ""
	if len(fields) > 0 {
		verb = strings.ToLower(fields[0])
		fields = fields[1:]
	}
	var m Message
	var err error
	switch verb {
	case "", "help":
		return text(b.helpText(ctx, c.User))
	case "status":
		m, err = b.status(ctx, c.User, fields)
	case "ask":
		m, err = b.ask(ctx, strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(c.Text), fields0(c.Text))))
	case "checkin":
		m, err = b.checkinCommand(ctx, c, fields)
	case "assign":
		m, err = b.assign(ctx, c, fields)
	case "applicability":
		m, err = b.applicabilityView(ctx, c.User, fields)
	case "systems":
		m, err = b.systemsView(ctx, c.User)
	case "soa":
		m, err = b.soaCommand(ctx, c, fields)
	case "mcp-token":
		m, err = b.mcpToken(ctx, c.User, fields)
	default:
		return text(fmt.Sprintf("I don't know `%s`.\n\n%s", Trim(verb, 40), b.helpText(ctx, c.User)))
	}
	if err != nil {
		switch errs.KindOf(err) {
		case errs.Invalid, errs.NotFound, errs.Conflict, errs.Unauthorized:
			return text(":no_entry: " + errs.Message(err))
		}
		b.log().Error("slash command failed", "verb", verb, "err", err)
		return text("Something went wrong on our side; nothing was changed. Please try again in a minute.")
	}
	return m
}

func fields0(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

func text(s string) Message { return Message{Text: s, Blocks: []Block{Section{Text: s}}} }

func (b *Bot) checkinCommand(ctx context.Context, c Command, args []string) (Message, error) {
	p, err := b.program(ctx)
	if err != nil {
		return Message{}, err
	}
	if !b.has(ctx, p, c.User, program.Lead) && !b.has(ctx, p, c.User, program.Admin) {
		return Message{}, errs.E("bot", errs.Unauthorized, "only leads and admins send check-ins")
	}
	if len(args) < 2 || len(args) > 3 {
		return Message{}, errs.E("bot", errs.Invalid, "usage: /assay checkin FRAMEWORK REF [@user]")
	}
	var owner UserID
	if len(args) == 3 {
		u, ok := parseUser(args[2])
		if !ok {
			return Message{}, errs.E("bot", errs.Invalid, "%q is not a user: mention them (@name)", args[2])
		}
		owner = u
	}
	ck, sent, err := b.SendCheckin(ctx, catalogs.Key{Framework: catalogs.FrameworkID(args[0]), Ref: catalogs.Ref(args[1])}, owner)
	if err != nil {
		return Message{}, err
	}
	if !sent {
		// Already asked: say so, with a link to the check-in, rather than
		// claim it was sent again.
		msg := fmt.Sprintf("%s already has an open check-in with %s (%s); it was not sent again.", ck.Key, mention(ck.Owner), statusWords(ck.Status))
		if ck.SentAt != nil {
			msg = fmt.Sprintf("%s already has an open check-in, sent to %s on %s (%s); it was not sent again.", ck.Key, mention(ck.Owner), ck.SentAt.UTC().Format("2006-01-02"), statusWords(ck.Status))
		}
		if ck.TS != "" {
			if link, err := b.Chat.Permalink(ctx, ck.Channel, ck.TS); err == nil && link != "" {
				msg += " <" + link + "|Open it>"
			}
		}
		return text(msg), nil
	}
	return text(fmt.Sprintf("Check-in for %s sent to %s.", ck.Key, mention(ck.Owner))), nil
}

func (b *Bot) assign(ctx context.Context, c Command, args []string) (Message, error) {
	p, err := b.program(ctx)
	if err != nil {
		return Message{}, err
	}
	if !b.has(ctx, p, c.User, program.Admin) {
		return Message{}, errs.E("bot", errs.Unauthorized, "only admins assign owners")
	}
	if len(args) != 3 {
		return Message{}, errs.E("bot", errs.Invalid, "usage: /assay assign FRAMEWORK REF @user")
	}
	u, ok := parseUser(args[2])
	if !ok {
		return Message{}, errs.E("bot", errs.Invalid, "%q is not a user: mention them (@name)", args[2])
	}
	ctl, err := b.Catalogs().Resolve(args[0], args[1])
	if err != nil {
		return Message{}, err
	}
	if !p.Covers(ctl.Key()) {
		return Message{}, errs.E("bot", errs.Invalid, "%s is not in the program %q", ctl.Key(), p.Name)
	}
	if err := b.Store.Assign(ctx, ctl.Key(), u); err != nil {
		return Message{}, err
	}
	return text(fmt.Sprintf("%s now owns %s.", mention(u), title(ctl))), nil
}

// ask answers from the standard text: written by the model when one is
// configured, otherwise the best passages quoted.
func (b *Bot) ask(ctx context.Context, q string) (Message, error) {
	if q == "" {
		return Message{}, errs.E("bot", errs.Invalid, "usage: /assay ask QUESTION, e.g. /assay ask how often should access be reviewed?")
	}
	if b.Search == nil {
		return Message{}, errs.E("bot", errs.Invalid, "search is not configured")
	}
	ans, err := b.Ask(ctx, q)
	if err != nil {
		return Message{}, err
	}
	return AnswerMessage(ans), nil
}

// Ask answers a question about the standards, naming the controls of the
// program's frameworks (every framework's before a program is applied).
func (b *Bot) Ask(ctx context.Context, q string) (*ask.Answer, error) {
	var fws []catalogs.FrameworkID
	if p, err := b.program(ctx); err == nil && p != nil {
		fws = p.Frameworks()
	}
	b.askMu.Lock()
	if b.asker == nil {
		b.asker = &ask.Asker{Set: b.Catalogs, Search: b.Search, Explain: b.Explain}
	}
	a := b.asker
	b.askMu.Unlock()
	return a.Ask(ctx, q, fws)
}

// AnswerMessage renders an answer: the controls that apply, then each
// passage with its framework, ref, document and title.
func AnswerMessage(a *ask.Answer) Message {
	m := Message{Text: Trim("Answer: "+a.Question, 150)}
	m.Blocks = append(m.Blocks, Section{Text: "*" + Trim(a.Question, 500) + "*"}, Section{Text: Trim(a.Answer, 2500)})
	if len(a.Controls) > 0 {
		var lines []string
		for _, c := range a.Controls {
			line := fmt.Sprintf("• %s %s — %s", c.Framework, c.Ref, Trim(c.Title, 120))
			if c.Via != "" {
				line += " _(" + Trim(c.Via, 80) + ")_"
			}
			lines = append(lines, line)
		}
		m.Blocks = append(m.Blocks, Section{Text: Trim("*Controls that apply*\n"+strings.Join(lines, "\n"), 2900)})
	}
	for i, p := range a.Passages {
		where := p.Framework
		if p.Ref != "" {
			where += " " + p.Ref
		}
		cite := fmt.Sprintf("[%d] %s · %s · %s", i+1, where, p.Doc, Trim(p.Title, 150))
		m.Blocks = append(m.Blocks, Section{Text: ">" + strings.ReplaceAll(Trim(p.Text, 700), "\n", "\n>")}, Context{Text: Trim(cite, 300)})
	}
	if a.Offline {
		m.Blocks = append(m.Blocks, Context{Text: "No model is configured: the controls are found by their words and the crosswalks, the passages quoted as they are."})
	}
	return m
}

// Scores computes maturity for the program (assessor.Score over each
// control's latest rating and target): per framework, or, given fw, per
// top-level group of that framework.
func (b *Bot) Scores(ctx context.Context, p *program.Program, fw catalogs.FrameworkID) ([]assessor.Maturity, error) {
	ratings, err := b.Store.LatestRatings(ctx)
	if err != nil {
		return nil, err
	}
	set := b.Catalogs()
	var cs []assessor.Scored
	for _, c := range p.Controls() {
		group := string(c.Framework)
		if fw != "" {
			if c.Framework != fw {
				continue
			}
			group = set.TopGroup(c)
		}
		lvl, rated := ratings[c.Key()]
		t, hasTarget := p.Target(c)
		cs = append(cs, assessor.Scored{Group: group, Level: lvl, Rated: rated, Target: t, HasTarget: hasTarget})
	}
	return assessor.Score(cs), nil
}

// scoreLines renders scores, at most max lines, saying how many were left out.
func scoreLines(scores []assessor.Maturity, limit int) string {
	var lines []string
	for i, s := range scores {
		if i == limit {
			lines = append(lines, fmt.Sprintf("… and %d more", len(scores)-limit))
			break
		}
		line := fmt.Sprintf("• *%s*: ", Trim(s.Name, 80))
		if s.Mean == nil {
			line += "not rated yet"
		} else {
			line += fmt.Sprintf("%.1f", *s.Mean)
		}
		if s.Target != nil {
			line += fmt.Sprintf(" / target %.1f", *s.Target)
		}
		line += fmt.Sprintf(" (%d of %d rated)", s.Rated, s.Controls)
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

func (b *Bot) status(ctx context.Context, u UserID, args []string) (Message, error) {
	p, err := b.program(ctx)
	if err != nil {
		return Message{}, err
	}
	if ok, err := b.sees(ctx, p, u); err != nil {
		return Message{}, err
	} else if !ok {
		return Message{}, errs.E("bot", errs.Unauthorized, "maturity figures are for the people in the program %q; ask a lead to add you (anyone may /assay ask)", p.Name)
	}
	var fw catalogs.FrameworkID
	if len(args) > 0 {
		cat, err := b.Catalogs().Catalog(args[0])
		if err != nil {
			return Message{}, err
		}
		fw = cat.Framework.ID
		if !containsFW(p.Frameworks(), fw) {
			return Message{}, errs.E("bot", errs.Invalid, "%s is not in the program %q", fw, p.Name)
		}
	}
	scores, err := b.Scores(ctx, p, fw)
	if err != nil {
		return Message{}, err
	}
	open, err := b.Store.CountCheckins(ctx)
	if err != nil {
		return Message{}, err
	}
	pending, err := b.pendingReviews(ctx)
	if err != nil {
		return Message{}, err
	}
	nOpen := 0
	for f, n := range open {
		if fw == "" || f == fw {
			nOpen += n
		}
	}
	head := "Maturity — " + p.Name
	if fw != "" {
		head += " — " + string(fw)
	}
	return Message{Text: head, Blocks: []Block{
		Header{Text: Trim(head, 150)},
		Section{Text: Trim(scoreLines(scores, 30), 2900)},
		Context{Text: fmt.Sprintf("%d open check-ins · %d drafts waiting for review · scale %s", nOpen, pending, p.Scale.Name)},
	}}, nil
}

func containsFW(xs []catalogs.FrameworkID, x catalogs.FrameworkID) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func (b *Bot) pendingReviews(ctx context.Context) (int, error) {
	ds, err := b.Assessor.Waiting(ctx, maxWaiting)
	return len(ds), err
}

// MCPTokenPrefix starts every token /assay mcp-token makes, so a leaked
// one is recognisable.
const MCPTokenPrefix = "assay_mcp_"

// HashMCPToken is how a token is kept and looked up: its SHA-256.
func HashMCPToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// mcpToken makes a token for the person's AI assistant (shown once, kept
// only as its hash) or revokes all of theirs.
func (b *Bot) mcpToken(ctx context.Context, u UserID, args []string) (Message, error) {
	if len(args) > 0 {
		if strings.ToLower(args[0]) != "revoke" || len(args) > 1 {
			return Message{}, errs.E("bot", errs.Invalid, "usage: /assay mcp-token, or /assay mcp-token revoke")
		}
		n, err := b.Store.RevokeMCPTokens(ctx, u)
		if err != nil {
			return Message{}, err
		}
		return text(fmt.Sprintf("Revoked %s: an assistant using one is refused from now on.", Plural(n, "MCP token"))), nil
	}
	raw := make([]byte, 24)
	if _, err := rand.Read(raw); err != nil {
		return Message{}, errs.Wrap("bot", errs.Internal, err, "making a token")
	}
	token := MCPTokenPrefix + strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(raw))
	if err := b.Store.SaveMCPToken(ctx, HashMCPToken(token), u); err != nil {
		return Message{}, err
	}
	msg := "Your MCP token, shown this once (Assay keeps only its hash): `" + token + "`\n" +
		"Give it to your AI assistant as a bearer token for Assay's `/mcp` endpoint: it acts as you, with what you may see and answer. " +
		"Decisions on ratings stay with leads in Slack. Revoke it with `/assay mcp-token revoke`."
	return Message{Text: "Your MCP token (shown once)", Blocks: []Block{Section{Text: msg}}}, nil
}

// Plural counts a noun: "1 draft", "2 drafts".
func Plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
