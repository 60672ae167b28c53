package soa

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
)

// Columns are the statement's columns, in order, in every tabular format.
var Columns = []string{"Framework", "Control", "Title", "Applicable", "Reason", "Justification", "Implementation status",
	"Maturity level", "Target level", "Evidence", "Owner", "Last confirmed", "Confirmed by", "AI systems", "Applicability approved by"}

func (r Row) cells() []string {
	yes := "yes"
	if !r.Applicable {
		yes = "no"
	}
	return []string{r.Framework, r.Ref, r.Title, yes, program.ReasonText(program.Reason(r.Reason)), r.Justification, r.Status,
		optInt(r.Level), optInt(r.Target), strings.Join(r.Evidence, "\n"), r.Owner, optDate(r.ConfirmedAt), r.ConfirmedBy,
		strings.Join(r.Systems, ", "), r.DecidedBy}
}

func optInt(p *int) string {
	if p == nil {
		return ""
	}
	return strconv.Itoa(*p)
}

func optDate(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.UTC().Format("2006-01-02")
}

// VersionLine says which version the statement is.
func (h Header) VersionLine() string {
	switch {
	case h.Version == 0:
		return "draft, never approved"
	case h.Approved:
		return fmt.Sprintf("version %d, approved by %s on %s", h.Version, h.ApprovedBy, optDate(h.ApprovedAt))
	}
	return fmt.Sprintf("draft: changed since version %d, approved by %s on %s", h.Version, h.ApprovedBy, optDate(h.ApprovedAt))
}

// headerLines are the header's fields as label and value.
func (h Header) lines() [][2]string {
	return [][2]string{
		{"Organisation", h.Organisation}, {"Scope", h.Scope}, {"Roles", strings.Join(h.Roles, ", ")},
		{"Program", h.Program}, {"Frameworks", strings.Join(h.Frameworks, ", ")}, {"Maturity scale", h.Scale},
		{"Version", h.VersionLine()}, {"Generated at", h.GeneratedAt.Format(time.RFC3339)}, {"Content hash", h.Hash},
	}
}

// CSV writes the rows as CSV, UTF-8 with a byte-order mark (so spreadsheet
// programs read it as UTF-8) and a header row; the statement's header is
// in the other formats.
func (s *Statement) CSV(w io.Writer) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(Columns); err != nil {
		return err
	}
	for _, r := range s.Rows {
		if err := cw.Write(r.cells()); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// Markdown writes the statement as a Markdown document: the header as a
// list, then one table.
func (s *Statement) Markdown(w io.Writer) error {
	var b strings.Builder
	b.WriteString("# Statement of Applicability\n\n")
	for _, l := range s.Header.lines() {
		if l[1] != "" {
			fmt.Fprintf(&b, "- **%s:** %s\n", l[0], mdCell(l[1]))
		}
	}
	b.WriteString("\n")
	for _, c := range s.Summary {
		fmt.Fprintf(&b, "- %s: %d controls in scope, %d applicable, %d rated, %d implemented\n", c.Framework, c.InScope, c.Applicable, c.Rated, c.Implemented)
	}
	b.WriteString("\n| " + strings.Join(Columns, " | ") + " |\n|" + strings.Repeat(" --- |", len(Columns)) + "\n")
	for _, r := range s.Rows {
		cells := r.cells()
		for i := range cells {
			cells[i] = mdCell(cells[i])
		}
		b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// mdCell keeps a value inside one table cell.
func mdCell(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r", ""), "\n", "<br>")
}

// Sheet is the XLSX workbook's sheet name.
const Sheet = "Statement of Applicability"

// XLSX renders the statement as a workbook: the header, a blank row, then
// the table with a bold, frozen header row and a filter.
func (s *Statement) XLSX() ([]byte, error) {
	const op = "soa.XLSX"
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", Sheet); err != nil {
		return nil, errs.Wrap(op, errs.Internal, err, "naming the sheet")
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return nil, errs.Wrap(op, errs.Internal, err, "styles")
	}
	wrap, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	if err != nil {
		return nil, errs.Wrap(op, errs.Internal, err, "styles")
	}
	row := 1
	set := func(r int, values []string) error {
		cells := make([]any, len(values))
		for i, v := range values {
			cells[i] = v
		}
		cell, _ := excelize.CoordinatesToCellName(1, r)
		return f.SetSheetRow(Sheet, cell, &cells)
	}
	if err := set(row, []string{"Statement of Applicability"}); err != nil {
		return nil, errs.Wrap(op, errs.Internal, err, "writing")
	}
	_ = f.SetCellStyle(Sheet, "A1", "A1", bold)
	for _, l := range s.Header.lines() {
		row++
		if err := set(row, []string{l[0], l[1]}); err != nil {
			return nil, errs.Wrap(op, errs.Internal, err, "writing")
		}
	}
	row += 2
	top := row
	if err := set(row, Columns); err != nil {
		return nil, errs.Wrap(op, errs.Internal, err, "writing")
	}
	last, _ := excelize.CoordinatesToCellName(len(Columns), row)
	_ = f.SetCellStyle(Sheet, fmt.Sprintf("A%d", row), last, bold)
	for _, r := range s.Rows {
		row++
		if err := set(row, r.cells()); err != nil {
			return nil, errs.Wrap(op, errs.Internal, err, "writing")
		}
	}
	end, _ := excelize.CoordinatesToCellName(len(Columns), row)
	_ = f.SetCellStyle(Sheet, fmt.Sprintf("A%d", top+1), end, wrap)
	if err := f.AutoFilter(Sheet, fmt.Sprintf("A%d:%s", top, end), nil); err != nil {
		return nil, errs.Wrap(op, errs.Internal, err, "filter")
	}
	if err := f.SetPanes(Sheet, &excelize.Panes{Freeze: true, YSplit: top, TopLeftCell: fmt.Sprintf("A%d", top+1), ActivePane: "bottomLeft"}); err != nil {
		return nil, errs.Wrap(op, errs.Internal, err, "panes")
	}
	for i, w := range []float64{16, 10, 40, 11, 26, 50, 22, 10, 10, 40, 14, 14, 14, 24, 18} {
		col, _ := excelize.ColumnNumberToName(i + 1)
		_ = f.SetColWidth(Sheet, col, col, w)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		return nil, errs.Wrap(op, errs.Internal, err, "writing the workbook")
	}
	return buf.Bytes(), nil
}

// HeaderRows is how many rows the XLSX sheet has above the table's header
// row (the title, the header's lines and a blank row).
func HeaderRows() int { return 1 + len(Header{}.lines()) + 1 }
