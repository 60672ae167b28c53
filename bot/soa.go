package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
	"github.com/assay-dev/assay/soa"
)

// Statement builds the Statement of Applicability of the program in
// force, for one framework or (fw "") all of them.
func (b *Bot) Statement(ctx context.Context, fw string) (*soa.Statement, catalogs.FrameworkID, error) {
	p, err := b.program(ctx)
	if err != nil {
		return nil, "", err
	}
	var id catalogs.FrameworkID
	if fw != "" {
		cat, err := b.Catalogs().Catalog(fw)
		if err != nil {
			return nil, "", err
		}
		if id = cat.Framework.ID; !p.CoversFramework(id) {
			return nil, "", errs.E("bot", errs.Invalid, "%s is not in the program %q", id, p.Name)
		}
	}
	owners, err := b.Owners(ctx, p)
	if err != nil {
		return nil, "", err
	}
	approvals, err := soa.Approvals(ctx, b.Assessor.Store)
	if err != nil {
		return nil, "", err
	}
	s, err := soa.Build(ctx, soa.Inputs{Program: p, Framework: id, Ratings: b.Assessor, Owner: owners, Approvals: approvals, At: b.now()})
	return s, id, err
}

// ApproveStatement records a lead's approval of the statement as it
// stands now, as its next version.
func (b *Bot) ApproveStatement(ctx context.Context, fw string, by UserID, door string) (*soa.Statement, error) {
	if err := b.MayDecide(ctx, by); err != nil {
		return nil, errs.E("bot", errs.Unauthorized, "only a compliance lead approves the Statement of Applicability")
	}
	s, id, err := b.Statement(ctx, fw)
	if err != nil {
		return nil, err
	}
	return s, soa.Approve(ctx, b.Assessor.Store, s, id, by, door)
}

// soaCommand is /assay soa [FRAMEWORK]: a summary, and the statement as
// an XLSX file in the channel the lead asked from.
func (b *Bot) soaCommand(ctx context.Context, c Command, args []string) (Message, error) {
	p, err := b.program(ctx)
	if err != nil {
		return Message{}, err
	}
	if !b.has(ctx, p, c.User, program.Lead) && !b.has(ctx, p, c.User, program.Exec) {
		return Message{}, errs.E("bot", errs.Unauthorized, "the Statement of Applicability is for the program's leads and executives")
	}
	fw := ""
	if len(args) > 0 {
		fw = args[0]
	}
	s, _, err := b.Statement(ctx, fw)
	if err != nil {
		return Message{}, err
	}
	data, err := s.XLSX()
	if err != nil {
		return Message{}, err
	}
	name := "statement-of-applicability"
	if fw != "" {
		name += "-" + strings.Join(s.Header.Frameworks, "-")
	}
	var lines []string
	for _, n := range s.Summary {
		lines = append(lines, fmt.Sprintf("• *%s*: %d in scope, %d applicable, %d rated, %d implemented", n.Framework, n.InScope, n.Applicable, n.Rated, n.Implemented))
	}
	upload := "The workbook is attached below."
	if err := b.Chat.Upload(ctx, c.Channel, name+".xlsx", "Statement of Applicability — "+p.Name, data); err != nil {
		b.log().Warn("could not upload the Statement of Applicability", "err", err)
		upload = "The workbook could not be attached here; export it with `assay soa export --format xlsx`."
	}
	head := "Statement of Applicability — " + p.Name
	return Message{Text: head, Blocks: []Block{Header{Text: Trim(head, 150)}, Section{Text: Trim(strings.Join(lines, "\n"), 2900)},
		Context{Text: Trim(s.Header.VersionLine()+" · "+upload, 2900)}}}, nil
}
