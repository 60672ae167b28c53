// Package slack is the Slack adapter: it renders the bot's chat-neutral
// messages as Block Kit within Slack's limits, calls the Web API through
// slack-go, and receives commands, events and interactions over Socket
// Mode or signed HTTP requests.
package slack

import (
	"fmt"

	"github.com/slack-go/slack"

	"github.com/assay-dev/assay/bot"
)

// Slack's Block Kit limits (https://docs.slack.dev/reference/block-kit).
const (
	MaxMessageBlocks = 50
	MaxViewBlocks    = 100
	MaxSectionText   = 3000
	MaxFieldText     = 2000
	MaxFields        = 10
	MaxHeaderText    = 150
	MaxButtonText    = 75
	MaxButtonValue   = 2000
	MaxConfirmTitle  = 100
	MaxConfirmText   = 300
	MaxConfirmButton = 30
	MaxActionsPerRow = 25
	MaxContextText   = 3000
	MaxOptions       = 100
	MaxOptionText    = 75
	MaxModalTitle    = 24
	MaxModalSubmit   = 24
	MaxInputLabel    = 2000
	MaxPlaceholder   = 150
	MaxPrivateMeta   = 3000
	MaxFallbackText  = 3000
	buttonsPerRow    = 5 // more fit, but five stay readable
)

func plain(s string, n int) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.PlainTextType, bot.Trim(s, n), true, false)
}

func mrkdwn(s string, n int) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.MarkdownType, bot.Trim(s, n), false, false)
}

// Blocks renders blocks, at most max of them: a longer list ends with a
// note saying how many were left out.
func Blocks(in []bot.Block, max int) []slack.Block {
	var out []slack.Block
	for _, b := range in {
		switch b := b.(type) {
		case bot.Header:
			out = append(out, slack.NewHeaderBlock(plain(b.Text, MaxHeaderText)))
		case bot.Section:
			var fields []*slack.TextBlockObject
			for i, f := range b.Fields {
				if i == MaxFields {
					break
				}
				fields = append(fields, mrkdwn(f, MaxFieldText))
			}
			var txt *slack.TextBlockObject
			if b.Text != "" {
				txt = mrkdwn(b.Text, MaxSectionText)
			}
			if txt == nil && len(fields) == 0 {
				continue
			}
			out = append(out, slack.NewSectionBlock(txt, fields, nil))
		case bot.Context:
			out = append(out, slack.NewContextBlock("", mrkdwn(b.Text, MaxContextText)))
		case bot.Divider:
			out = append(out, slack.NewDividerBlock())
		case bot.Actions:
			for start := 0; start < len(b.Buttons); start += buttonsPerRow {
				var els []slack.BlockElement
				for _, bt := range b.Buttons[start:min(start+buttonsPerRow, len(b.Buttons))] {
					e := slack.NewButtonBlockElement(bt.ActionID, bot.Trim(bt.Value, MaxButtonValue), plain(bt.Text, MaxButtonText))
					switch bt.Style {
					case bot.Primary:
						e = e.WithStyle(slack.StylePrimary)
					case bot.Danger:
						e = e.WithStyle(slack.StyleDanger)
					}
					if c := bt.Confirm; c != nil {
						e = e.WithConfirm(slack.NewConfirmationBlockObject(plain(c.Title, MaxConfirmTitle), mrkdwn(c.Text, MaxConfirmText),
							plain(c.Yes, MaxConfirmButton), plain(c.No, MaxConfirmButton)))
					}
					els = append(els, e)
				}
				out = append(out, slack.NewActionBlock("", els...))
			}
		}
	}
	if len(out) > max {
		left := len(out) - (max - 1)
		out = append(out[:max-1], slack.NewContextBlock("", mrkdwn(fmt.Sprintf("… %d more parts not shown (Slack shows at most %d).", left, max), MaxContextText)))
	}
	return out
}

// MessageOptions renders a message for chat.postMessage / chat.update.
func MessageOptions(m bot.Message) []slack.MsgOption {
	opts := []slack.MsgOption{
		slack.MsgOptionText(bot.Trim(m.Text, MaxFallbackText), false),
		slack.MsgOptionBlocks(Blocks(m.Blocks, MaxMessageBlocks)...),
	}
	if m.Ref != "" {
		opts = append(opts, slack.MsgOptionMetadata(slack.SlackMetadata{EventType: RefEvent, EventPayload: map[string]any{"ref": m.Ref}}))
	}
	return opts
}

// RefEvent is the message-metadata event type that carries Message.Ref.
const RefEvent = "assay_ref"

// Modal renders a form. Input ids are the block and action ids, so a
// submission's values come back under them.
func Modal(m bot.Modal) slack.ModalViewRequest {
	inputs := make([]slack.Block, 0, len(m.Inputs))
	for _, in := range m.Inputs {
		var el slack.BlockElement
		switch {
		case in.Files:
			fi := slack.NewFileInputBlockElement(in.ID)
			fi.MaxFiles = max(1, min(in.MaxFiles, 10))
			el = fi
		case in.Date:
			dp := slack.NewDatePickerBlockElement(in.ID)
			dp.InitialDate = in.Initial
			el = dp
		case in.UserSelect:
			el = slack.NewOptionsSelectBlockElement(slack.OptTypeUser, plain("Choose someone", MaxPlaceholder), in.ID)
		case len(in.Options) > 0:
			var opts []*slack.OptionBlockObject
			for i, o := range in.Options {
				if i == MaxOptions {
					break
				}
				opts = append(opts, slack.NewOptionBlockObject(o.Value, plain(o.Text, MaxOptionText), nil))
			}
			sel := slack.NewOptionsSelectBlockElement(slack.OptTypeStatic, plain("Choose", MaxPlaceholder), in.ID, opts...)
			for _, o := range opts {
				if in.Initial != "" && o.Value == in.Initial {
					sel.InitialOption = o // a form that preselects (Adjust: the drafted level)
				}
			}
			el = sel
		default:
			t := slack.NewPlainTextInputBlockElement(nil, in.ID)
			t.Multiline = in.Multiline
			if in.MaxLen > 0 {
				t.MaxLength = min(in.MaxLen, 3000)
			}
			if in.Initial != "" {
				t.InitialValue = bot.Trim(in.Initial, 3000)
			}
			el = t
		}
		var hint *slack.TextBlockObject
		if in.Hint != "" {
			hint = plain(in.Hint, MaxInputLabel)
		}
		ib := slack.NewInputBlock(in.ID, plain(in.Label, MaxInputLabel), hint, el)
		ib.Optional = in.Optional
		inputs = append(inputs, ib)
	}
	blocks := Blocks(m.Blocks, MaxViewBlocks-len(inputs))
	v := slack.ModalViewRequest{
		Type: slack.VTModal, Title: plain(m.Title, MaxModalTitle), Close: plain("Cancel", MaxModalSubmit),
		Blocks: slack.Blocks{BlockSet: append(blocks, inputs...)}, CallbackID: m.CallbackID,
		PrivateMetadata: bot.Trim(m.Private, MaxPrivateMeta),
	}
	if len(m.Inputs) > 0 {
		v.Submit = plain(orDefault(m.Submit, "Submit"), MaxModalSubmit)
	} else {
		v.Close = plain("Close", MaxModalSubmit)
	}
	return v
}

// Home renders an App Home tab.
func Home(m bot.Message) slack.HomeTabViewRequest {
	return slack.HomeTabViewRequest{Type: slack.VTHomeTab, Blocks: slack.Blocks{BlockSet: Blocks(m.Blocks, MaxViewBlocks)}}
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}
