// Package shell runs the bot's flows in a terminal: messages print as text,
// buttons as numbered choices, forms as prompts, and "/as USER" switches
// persona the way chat-ops shells do. It is how a newcomer tries Assay
// without a Slack workspace, and an end-to-end harness for tests.
package shell

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/errs"
)

// Shell is bot.Chat in a terminal.
type Shell struct {
	Bot *bot.Bot
	In  *bufio.Reader
	Out io.Writer
	// As is the current persona.
	As bot.UserID
	// Names label users in output (U0LEAD → "lead").
	Names map[bot.UserID]string
	// FilesDir is where uploaded files go.
	FilesDir string

	mu      sync.Mutex
	outMu   sync.Mutex // orders writes to Out: jobs post while a command prints
	choices map[int]choice
	next    int
	msgs    int
}

type choice struct {
	action  bot.Action
	forUser bot.UserID // "" when anyone may click it
}

var _ bot.Chat = (*Shell)(nil)

// New returns a shell reading in and writing out.
func New(in io.Reader, out io.Writer, as bot.UserID) *Shell {
	return &Shell{In: bufio.NewReader(in), Out: out, As: as, choices: map[int]choice{}}
}

// Name is how a user is shown: their label and id.
func (s *Shell) Name(u bot.UserID) string { return s.name(u) }

// ButtonFor returns the number of the newest button with this action and
// value, as a user would type it.
func (s *Shell) ButtonFor(actionID, value string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	best := 0
	for n, c := range s.choices {
		if c.action.ActionID == actionID && c.action.Value == value && n > best {
			best = n
		}
	}
	if best == 0 {
		return "", fmt.Errorf("no %s button for %s is shown", actionID, value)
	}
	return strconv.Itoa(best), nil
}

// AwaitButton is ButtonFor, waiting up to timeout for the button to be
// shown: a message a background job posts (a draft's review card) arrives
// a moment after what it is about is stored.
func (s *Shell) AwaitButton(ctx context.Context, actionID, value string, timeout time.Duration) (string, error) {
	deadline := time.Now().Add(timeout)
	for {
		n, err := s.ButtonFor(actionID, value)
		if err == nil || !time.Now().Before(deadline) {
			return n, err
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func (s *Shell) name(u bot.UserID) string {
	if n, ok := s.Names[u]; ok {
		return n + " (" + string(u) + ")"
	}
	return string(u)
}

var mentionRE = regexp.MustCompile(`<@([A-Z0-9]+)>`)

// typedMention is "@name" in a typed command, which Slack would turn into <@ID>.
var typedMention = regexp.MustCompile(`@([A-Za-z0-9]+)`)

// boldRE is Slack's bold: *words* (not a lone star, as in A.6.*).
var boldRE = regexp.MustCompile("\\*([^*`\n]+)\\*")

// plain turns Slack-flavoured text into terminal text.
func (s *Shell) plain(t string) string {
	t = mentionRE.ReplaceAllStringFunc(t, func(m string) string { return "@" + s.name(bot.UserID(mentionRE.FindStringSubmatch(m)[1])) })
	// Bold marks go; a star inside code (a pattern such as A.6.*) stays.
	t = boldRE.ReplaceAllString(t, "$1")
	return strings.NewReplacer(":paperclip:", "📎", ":calendar:", "📅", ":white_check_mark:", "✓", ":warning:", "!", ":no_entry:", "✗", ":pencil2:", "✎",
		":leftwards_arrow_with_hook:", "↩", ":hourglass:", "…", ":speech_balloon:", "»", ":heavy_minus_sign:", "–").Replace(t)
}

// render prints a message and numbers its buttons.
func (s *Shell) render(header string, ch bot.ChannelID, ts string, to bot.UserID, m bot.Message) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var b strings.Builder
	fmt.Fprintf(&b, "\n── %s ──\n", header)
	for _, bl := range m.Blocks {
		switch bl := bl.(type) {
		case bot.Header:
			fmt.Fprintf(&b, "# %s\n", s.plain(bl.Text))
		case bot.Section:
			if bl.Text != "" {
				fmt.Fprintf(&b, "%s\n", s.plain(bl.Text))
			}
			for _, f := range bl.Fields {
				fmt.Fprintf(&b, "  %s\n", strings.ReplaceAll(s.plain(f), "\n", ": "))
			}
		case bot.Context:
			fmt.Fprintf(&b, "  %s\n", s.plain(bl.Text))
		case bot.Divider:
			b.WriteString("  ----\n")
		case bot.Actions:
			var opts []string
			for _, bt := range bl.Buttons {
				s.next++
				s.choices[s.next] = choice{action: bot.Action{Channel: ch, MessageTS: ts, ActionID: bt.ActionID, Value: bt.Value}, forUser: to}
				opts = append(opts, fmt.Sprintf("[%d] %s", s.next, bt.Text))
			}
			fmt.Fprintf(&b, "  %s\n", strings.Join(opts, "  "))
		}
	}
	if len(m.Blocks) == 0 {
		fmt.Fprintf(&b, "%s\n", s.plain(m.Text))
	}
	s.print(b.String())
}

// print writes text to Out whole, never interleaved with another
// goroutine's output (a queued draft posting its review while a command
// prints).
func (s *Shell) print(text string) {
	s.outMu.Lock()
	defer s.outMu.Unlock()
	io.WriteString(s.Out, text)
}

func (s *Shell) printf(format string, args ...any) { s.print(fmt.Sprintf(format, args...)) }

// OpenDM implements bot.Chat: a user's DM channel is named after them.
func (s *Shell) OpenDM(_ context.Context, u bot.UserID) (bot.ChannelID, error) {
	return bot.ChannelID("D-" + string(u)), nil
}

func dmUser(ch bot.ChannelID) bot.UserID {
	if u, ok := strings.CutPrefix(string(ch), "D-"); ok {
		return bot.UserID(u)
	}
	return ""
}

// Post implements bot.Chat.
func (s *Shell) Post(_ context.Context, ch bot.ChannelID, thread string, m bot.Message) (string, error) {
	s.mu.Lock()
	s.msgs++
	ts := strconv.Itoa(s.msgs)
	s.mu.Unlock()
	where := "#" + string(ch)
	if u := dmUser(ch); u != "" {
		where = "DM to " + s.name(u)
	}
	if thread != "" {
		where += ", in thread " + thread
	}
	s.render(where+" · message "+ts, ch, ts, dmUser(ch), m)
	return ts, nil
}

// Update implements bot.Chat.
func (s *Shell) Update(_ context.Context, ch bot.ChannelID, ts string, m bot.Message) error {
	where := "#" + string(ch)
	if u := dmUser(ch); u != "" {
		where = "DM to " + s.name(u)
	}
	s.render(where+" · message "+ts+" updated", ch, ts, dmUser(ch), m)
	return nil
}

// Ephemeral implements bot.Chat.
func (s *Shell) Ephemeral(_ context.Context, ch bot.ChannelID, u bot.UserID, m bot.Message) error {
	s.render("only "+s.name(u)+" sees this", ch, "", u, m)
	return nil
}

// PublishHome implements bot.Chat.
func (s *Shell) PublishHome(_ context.Context, u bot.UserID, m bot.Message) error {
	s.render("Home of "+s.name(u), "", "", u, m)
	return nil
}

// GroupMembers implements bot.Chat: the shell has no user groups.
func (s *Shell) GroupMembers(context.Context, bot.UserID) ([]bot.UserID, error) { return nil, nil }

// OpenModal implements bot.Chat: each input is a prompt; a form whose
// fields are refused is asked again, the refusals shown.
func (s *Shell) OpenModal(ctx context.Context, _ string, m bot.Modal) error {
	s.render("form: "+m.Title, "", "", s.As, bot.Message{Blocks: m.Blocks})
	if len(m.Inputs) == 0 {
		return nil
	}
	for attempt := 0; attempt < 3; attempt++ {
		vals, files := map[string]string{}, map[string][]bot.File{}
		for _, in := range m.Inputs {
			v, err := s.prompt(in)
			if err != nil {
				return err
			}
			if in.Files {
				// A file input takes local paths, one per line.
				for _, path := range strings.Split(v, "\n") {
					if path = strings.TrimSpace(path); path != "" {
						files[in.ID] = append(files[in.ID], localFile(path))
					}
				}
				continue
			}
			vals[in.ID] = v
		}
		fieldErrs, err := s.Bot.HandleSubmission(ctx, bot.Submission{User: s.As, CallbackID: m.CallbackID, Private: m.Private, Values: vals, Files: files})
		if err != nil {
			return err
		}
		if len(fieldErrs) == 0 {
			return nil
		}
		keys := make([]string, 0, len(fieldErrs))
		for k := range fieldErrs {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			s.printf("  ✗ %s: %s\n", k, fieldErrs[k])
		}
	}
	s.print("  form abandoned; nothing was saved\n")
	return nil
}

// localFile is a local path as a form's file.
func localFile(path string) bot.File {
	f := bot.File{ID: path, Name: filepath.Base(path), URL: "file://" + path}
	if st, err := os.Stat(path); err == nil {
		f.Size = st.Size()
	}
	return f
}

func (s *Shell) prompt(in bot.Input) (string, error) {
	label := in.Label
	if in.Optional {
		label += " (optional, Enter to skip)"
	}
	switch {
	case in.Files:
		label = strings.TrimSuffix(label, " (optional, Enter to skip)")
		s.printf("%s — paths of local files, one per line, an empty line to end:\n", label)
		var lines []string
		for {
			line, err := s.line()
			if line == "" || err != nil {
				break
			}
			lines = append(lines, line)
		}
		return strings.Join(lines, "\n"), nil
	case in.Date:
		s.printf("%s (YYYY-MM-DD): ", label)
		return s.line()
	case len(in.Options) > 0:
		s.printf("%s:\n", label)
		for i, o := range in.Options {
			s.printf("  (%d) %s\n", i+1, o.Text)
		}
		s.print("> ")
		line, err := s.line()
		if err != nil {
			return "", err
		}
		if n, err := strconv.Atoi(line); err == nil && n >= 1 && n <= len(in.Options) {
			return in.Options[n-1].Value, nil
		}
		return line, nil
	case in.Multiline:
		s.printf("%s (end with a line holding only \".\"):\n", label)
		var lines []string
		for {
			line, err := s.line()
			if err != nil && len(lines) == 0 {
				return "", err
			}
			if line == "." || err != nil || (in.Optional && line == "" && len(lines) == 0) {
				break
			}
			lines = append(lines, line)
		}
		return strings.Join(lines, "\n"), nil
	case in.UserSelect:
		s.printf("%s (a name or id): ", label)
		line, err := s.line()
		if err != nil {
			return "", err
		}
		// A user select hands the bot an id, as Slack's does.
		name := strings.TrimPrefix(strings.TrimSpace(line), "@")
		for id, n := range s.Names {
			if strings.EqualFold(n, name) {
				return string(id), nil
			}
		}
		return name, nil
	default:
		s.printf("%s: ", label)
		return s.line()
	}
}

func (s *Shell) line() (string, error) {
	l, err := s.In.ReadString('\n')
	if err != nil && l == "" {
		return "", err
	}
	return strings.TrimRight(l, "\r\n"), nil
}

// Help is the shell's own help.
const Help = `Type:
  /assay help | status | ask … | checkin FW REF [@USER] | assign FW REF @USER
  /as USER     act as another person (owner, lead, exec)
  /home        show your App Home
  N            click button [N]
  /quit        leave`

// Run reads commands until the input ends or /quit.
func (s *Shell) Run(ctx context.Context) error {
	s.printf("Assay shell — you are %s. /help for help.\n", s.name(s.As))
	for ctx.Err() == nil {
		s.printf("%s> ", s.name(s.As))
		line, err := s.line()
		if err == io.EOF {
			s.print("\n")
			return nil
		}
		if err != nil {
			return err
		}
		if err := s.Do(ctx, strings.TrimSpace(line)); err == errQuit {
			return nil
		} else if err != nil {
			s.printf("✗ %v\n", err)
		}
	}
	return ctx.Err()
}

var errQuit = fmt.Errorf("quit")

// Do runs one shell line.
func (s *Shell) Do(ctx context.Context, line string) error {
	switch {
	case line == "":
		return nil
	case line == "/quit" || line == "/exit":
		return errQuit
	case line == "/help" || line == "help":
		s.print(Help + "\n")
	case line == "/as" || strings.HasPrefix(line, "/as "):
		u := strings.TrimPrefix(strings.TrimSpace(strings.TrimPrefix(line, "/as")), "@")
		if u == "" {
			return fmt.Errorf("usage: /as USER")
		}
		for id, n := range s.Names {
			if strings.EqualFold(n, u) {
				u = string(id)
			}
		}
		s.As = bot.UserID(u)
		s.printf("you are now %s\n", s.name(s.As))
	case line == "/home":
		return s.Bot.HandleHome(ctx, s.As)
	case strings.HasPrefix(line, "/assay"):
		text := strings.TrimSpace(strings.TrimPrefix(line, "/assay"))
		text = typedMention.ReplaceAllStringFunc(text, func(m string) string {
			n := m[1:]
			for id, name := range s.Names {
				if strings.EqualFold(name, n) {
					return "<@" + string(id) + ">"
				}
			}
			return "<@" + n + ">"
		})
		reply := s.Bot.HandleCommand(ctx, bot.Command{User: s.As, Channel: bot.ChannelID("D-" + string(s.As)), Text: text, TriggerID: "shell"})
		s.render("only "+s.name(s.As)+" sees this", "D-"+bot.ChannelID(s.As), "", s.As, reply)
	default:
		n, err := strconv.Atoi(strings.Trim(line, "[]"))
		if err != nil {
			return fmt.Errorf("I don't know %q: /help lists what I do", line)
		}
		s.mu.Lock()
		c, ok := s.choices[n]
		s.mu.Unlock()
		if !ok {
			return fmt.Errorf("there is no button [%d]", n)
		}
		a := c.action
		a.User, a.TriggerID = s.As, "shell"
		return s.Bot.HandleAction(ctx, a)
	}
	return nil
}

// Upload implements bot.Chat: the file is written to FilesDir (or the
// system's temporary directory) and its path printed.
func (s *Shell) Upload(_ context.Context, ch bot.ChannelID, filename, title string, data []byte) error {
	dir := s.FilesDir
	if dir == "" {
		dir = os.TempDir()
	}
	path := filepath.Join(dir, filepath.Base(filename))
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.printf("\n── #%s · file ──\n%s: %s\n", ch, title, path)
	return nil
}

// Posted implements bot.Chat: one shell process posts each message once.
func (s *Shell) Posted(context.Context, bot.ChannelID, string) (string, bool, error) {
	return "", false, nil
}

// FetchFile implements bot.Chat: in the shell a file is a local path.
func (s *Shell) FetchFile(_ context.Context, f bot.File, max int64) ([]byte, error) {
	path := strings.TrimPrefix(f.URL, "file://")
	st, err := os.Stat(path)
	if err != nil {
		return nil, errs.Wrap("shell.FetchFile", errs.Invalid, err, "reading "+f.Name)
	}
	if st.Size() > max {
		return nil, errs.E("shell.FetchFile", errs.Invalid, "%s is %d bytes; files up to %d bytes are kept as evidence", f.Name, st.Size(), max)
	}
	data, err := os.ReadFile(path)
	return data, errs.Wrap("shell.FetchFile", errs.Invalid, err, "reading "+f.Name)
}

// Permalink implements bot.Chat: a terminal's messages have no links.
func (s *Shell) Permalink(context.Context, bot.ChannelID, string) (string, error) { return "", nil }
