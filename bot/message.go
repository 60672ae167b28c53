package bot

import (
	"strings"
	"unicode/utf8"
)

// Message is chat-neutral content: the Slack adapter renders it as Block
// Kit, the shell as text with numbered choices.
type Message struct {
	Text   string // the notification / fallback text
	Blocks []Block
	// Ref tags a posted message with our id for it, so a sender that
	// cannot tell whether a post went through can look for it (Chat.Posted).
	Ref string
}

// Block is one part of a message.
type Block interface{ isBlock() }

// Header is a message's title line.
type Header struct{ Text string }

// Section is a paragraph (Markdown as Slack's mrkdwn), with optional
// two-column fields.
type Section struct {
	Text   string
	Fields []string
}

// Context is small print under a section.
type Context struct{ Text string }

// Divider separates parts of a message.
type Divider struct{}

// Actions is a row of buttons.
type Actions struct{ Buttons []Button }

// Button styles.
const (
	Primary = "primary"
	Danger  = "danger"
)

// Button is a choice. ActionID names the handler, Value its argument.
type Button struct {
	ActionID, Value, Text, Style string
	// Confirm, when set, asks the person to confirm before the click
	// counts (a decision that cannot be taken back).
	Confirm *Confirm
}

// Confirm is a button's confirmation dialog.
type Confirm struct {
	Title, Text, Yes, No string
}

func (Header) isBlock()  {}
func (Section) isBlock() {}
func (Context) isBlock() {}
func (Divider) isBlock() {}
func (Actions) isBlock() {}

// Modal is a form.
type Modal struct {
	CallbackID string
	Title      string
	Submit     string
	Private    string // round-trips to the submission
	Blocks     []Block
	Inputs     []Input
}

// Input is one form field. With Options it is a single choice.
type Input struct {
	ID, Label, Hint, Initial string
	Multiline                bool
	MaxLen                   int
	Optional                 bool
	Options                  []Option
	UserSelect               bool // pick a workspace user
	// Files takes up to MaxFiles files (Slack's file_input); Date a day
	// (a date picker, "2006-01-02").
	Files    bool
	MaxFiles int
	Date     bool
}

// Option is one choice of a select input.
type Option struct{ Value, Text string }

// Trim shortens text to at most n characters, marking the cut.
func Trim(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	const marker = "… (trimmed)"
	r := []rune(s)
	keep := n - utf8.RuneCountInString(marker)
	if keep < 1 {
		return string(r[:n])
	}
	return strings.TrimRightFunc(string(r[:keep]), func(r rune) bool { return r == ' ' || r == '\n' }) + marker
}
