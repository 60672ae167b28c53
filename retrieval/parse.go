package retrieval

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/jsonl"
)

// MaxIngestBytes bounds one input file.
const MaxIngestBytes = 32 << 20

// Formats that Parse reads.
const (
	FormatMarkdown = "md"
	FormatText     = "txt"
	FormatHTML     = "html"
	FormatPDF      = "pdf"
	FormatJSONL    = "jsonl"
	FormatOSCAL    = "oscal"
)

// ParseOptions say where parsed documents belong.
type ParseOptions struct {
	Collection string
	Framework  catalogs.FrameworkID
	Format     string // "" detects from the file name
	// RefOf finds the control a heading names ("A.5.15 Access control",
	// "AC-2 ACCOUNT MANAGEMENT"); nil tags nothing.
	RefOf func(heading string) (catalogs.FrameworkID, catalogs.Ref, bool)
	// PDF extracts the text of PDF files; nil refuses them.
	PDF PDFExtractor
	// ResolveFramework canonicalises a JSONL record's framework and
	// refuses one the catalogs lack; nil keeps it as written.
	ResolveFramework func(string) (catalogs.FrameworkID, error)
}

// PDFExtractor turns a PDF's bytes into its text (pdftotext.Extractor
// runs poppler's pdftotext). Errors: errs.Invalid for a PDF it cannot
// read, errs.Unavailable when it cannot run at all.
type PDFExtractor interface {
	ExtractPDF(ctx context.Context, data []byte) (string, error)
}

// DetectFormat maps a file name to a format, or "".
func DetectFormat(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown":
		return FormatMarkdown
	case ".txt", ".text":
		return FormatText
	case ".html", ".htm":
		return FormatHTML
	case ".pdf":
		return FormatPDF
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".json":
		return FormatOSCAL
	}
	return ""
}

func parseErr(path, format string, args ...any) error {
	return errs.E("retrieval.Parse", errs.Invalid, "%s: %s", path, fmt.Sprintf(format, args...))
}

// Parse reads one file's bytes into documents (one, or one per JSONL
// record). Errors: errs.Invalid naming the file (and line) for unsupported,
// binary, empty, oversized or malformed input; errs.Unavailable when a PDF
// needs a text extractor that is not installed.
func Parse(ctx context.Context, path string, data []byte, opt ParseOptions) ([]*Document, error) {
	format := opt.Format
	if format == "" {
		format = DetectFormat(path)
	}
	if format == "" {
		return nil, parseErr(path, "unsupported file type %q (supported: .md .txt .html .pdf .jsonl, OSCAL .json)", filepath.Ext(path))
	}
	if len(data) > MaxIngestBytes {
		return nil, parseErr(path, "file is %d bytes; the limit is %d", len(data), MaxIngestBytes)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, parseErr(path, "file is empty")
	}
	if opt.Collection == "" {
		opt.Collection = CollectionStandards
	}
	if format == FormatPDF {
		text, err := pdfText(ctx, path, data, opt.PDF)
		if err != nil {
			return nil, err
		}
		data, format = []byte(text), FormatText
		if len(bytes.TrimSpace(data)) == 0 {
			return nil, parseErr(path, "the PDF has no extractable text (scanned images need OCR first)")
		}
	} else if format != FormatOSCAL && looksBinary(data) {
		return nil, parseErr(path, "looks like a binary file, not %s text", format)
	}
	doc := &Document{ID: filepath.Base(path), Collection: opt.Collection, Framework: opt.Framework, Source: path, Format: format}
	switch format {
	case FormatMarkdown:
		doc.Sections = markdownSections(string(data), opt.RefOf)
	case FormatText:
		doc.Sections = textSections(string(data), opt.RefOf)
	case FormatHTML:
		secs, err := htmlSections(data, opt.RefOf)
		if err != nil {
			return nil, parseErr(path, "not readable HTML: %v", err)
		}
		doc.Sections = secs
	case FormatJSONL:
		return parseJSONL(path, data, opt)
	case FormatOSCAL:
		cat, err := catalogs.ParseOSCAL(path, data, catalogs.OSCALOptions{ID: opt.Framework})
		if err != nil {
			return nil, err
		}
		set, err := catalogs.NewSet([]catalogs.Catalog{*cat})
		if err != nil {
			return nil, parseErr(path, "%s", errs.Message(err))
		}
		return []*Document{catalogDocument(set, cat, opt.Collection, filepath.Base(path))}, nil
	default:
		return nil, parseErr(path, "unknown format %q (want md, txt, html, pdf, jsonl or oscal)", format)
	}
	if len(doc.Sections) == 0 {
		return nil, parseErr(path, "no text found")
	}
	doc.Title = firstHeading(doc)
	return []*Document{doc}, nil
}

func looksBinary(data []byte) bool {
	head := data[:min(len(data), 8192)]
	return bytes.IndexByte(head, 0) >= 0 || !utf8.Valid(head[:max(0, len(head)-4)])
}

func firstHeading(d *Document) string {
	for _, s := range d.Sections {
		if len(s.Heading) > 0 {
			return s.Heading[0]
		}
	}
	return d.ID
}

var mdHeading = regexp.MustCompile(`^(#{1,6})\s+(.*?)\s*#*\s*$`)

func markdownSections(text string, refOf func(string) (catalogs.FrameworkID, catalogs.Ref, bool)) []Section {
	b := sectionBuilder{refOf: refOf}
	inFence := false
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			inFence = !inFence
		}
		if m := mdHeading.FindStringSubmatch(line); m != nil && !inFence {
			b.heading(len(m[1]), cleanInline(m[2]))
			continue
		}
		b.line(line)
	}
	return b.done()
}

// A clause heading in plain text: "5.15 Access control", "A.8.8 Management
// of technical vulnerabilities", "AC-2 ACCOUNT MANAGEMENT", "GOVERN 1.1".
var textHeading = regexp.MustCompile(`^(?:Annex\s+)?((?:[A-Z]\.)?\d+(?:\.\d+){0,4}|[A-Z]{2}-\d+(?:\(\d+\))?|[A-Z]{2}\.[A-Z]{2}-\d{2}|(?:GOVERN|MAP|MEASURE|MANAGE) \d+\.\d+)\s+(\S.{1,110})$`)

func textSections(text string, refOf func(string) (catalogs.FrameworkID, catalogs.Ref, bool)) []Section {
	b := sectionBuilder{refOf: refOf}
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		t := strings.TrimSpace(line)
		if m := textHeading.FindStringSubmatch(t); m != nil && !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ",") {
			level := strings.Count(m[1], ".") + 1
			if strings.HasPrefix(m[1], "A.") || strings.HasPrefix(m[1], "B.") {
				level--
			}
			b.heading(max(level, 1), t)
			continue
		}
		b.line(line)
	}
	return b.done()
}

func htmlSections(data []byte, refOf func(string) (catalogs.FrameworkID, catalogs.Ref, bool)) ([]Section, error) {
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	b := sectionBuilder{refOf: refOf}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "nav", "noscript", "template":
				return
			case "h1", "h2", "h3", "h4", "h5", "h6":
				b.heading(int(n.Data[1]-'0'), strings.Join(strings.Fields(nodeText(n)), " "))
				return
			case "p", "li", "td", "th", "pre", "blockquote", "dd", "dt":
				b.line(strings.Join(strings.Fields(nodeText(n)), " "))
				b.line("")
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return b.done(), nil
}

func nodeText(n *html.Node) string {
	var sb strings.Builder
	var f func(*html.Node)
	f = func(n *html.Node) {
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
			sb.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.Data == "script" || c.Data == "style") {
				continue
			}
			f(c)
		}
	}
	f(n)
	return sb.String()
}

// sectionBuilder turns a stream of headings and lines into sections.
type sectionBuilder struct {
	refOf  func(string) (catalogs.FrameworkID, catalogs.Ref, bool)
	path   []string
	levels []int
	fw     catalogs.FrameworkID
	ref    catalogs.Ref
	buf    []string
	out    []Section
}

func (b *sectionBuilder) flush() {
	text := strings.TrimSpace(collapseBlank(strings.Join(b.buf, "\n")))
	if text != "" {
		b.out = append(b.out, Section{Heading: append([]string(nil), b.path...), Framework: b.fw, Ref: b.ref, Text: text})
	}
	b.buf = nil
}

func (b *sectionBuilder) heading(level int, title string) {
	b.flush()
	for len(b.levels) > 0 && b.levels[len(b.levels)-1] >= level {
		b.levels = b.levels[:len(b.levels)-1]
		b.path = b.path[:len(b.path)-1]
	}
	b.levels = append(b.levels, level)
	b.path = append(b.path, title)
	// The nearest heading that names a control tags the text under it.
	b.fw, b.ref = "", ""
	if b.refOf != nil {
		for i := len(b.path) - 1; i >= 0; i-- {
			if fw, ref, ok := b.refOf(b.path[i]); ok {
				b.fw, b.ref = fw, ref
				break
			}
		}
	}
}

func (b *sectionBuilder) line(l string) { b.buf = append(b.buf, strings.TrimRight(l, " \t")) }

func (b *sectionBuilder) done() []Section { b.flush(); return b.out }

var blankRuns = regexp.MustCompile(`\n{3,}`)

func collapseBlank(s string) string { return blankRuns.ReplaceAllString(s, "\n\n") }

var inlineMarks = regexp.MustCompile(`\*\*|__|\*|` + "`")

func cleanInline(s string) string { return strings.TrimSpace(inlineMarks.ReplaceAllString(s, "")) }

// JSONLRecord is one passage of a JSONL file.
type JSONLRecord struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Framework string `json:"framework"`
	Ref       string `json:"ref"`
}

// forEachLine is jsonl.Lines over ingested files, whose lines may be as
// long as a whole file; a read failure is one more problem.
func forEachLine(file string, data []byte, fn func(n int, line []byte) string) []string {
	problems, err := jsonl.Lines(file, data, MaxIngestBytes, fn)
	if err != nil {
		problems = append(problems, err.Error())
	}
	return problems
}

// parseJSONL reads every line; any malformed line fails the file (none of
// its records is kept), and every bad line is reported as FILE:LINE, so
// nothing is skipped silently.
func parseJSONL(path string, data []byte, opt ParseOptions) ([]*Document, error) {
	var docs []*Document
	seen := map[string]int{}
	problems := forEachLine(path, data, func(n int, line []byte) string {
		var r JSONLRecord
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&r); err != nil {
			return err.Error()
		}
		switch {
		case strings.TrimSpace(r.ID) == "":
			return `"id" is required`
		case strings.TrimSpace(r.Text) == "":
			return `"text" is required`
		}
		if prev, dup := seen[r.ID]; dup {
			return fmt.Sprintf("id %q repeats line %d", r.ID, prev)
		}
		seen[r.ID] = n
		fw := catalogs.FrameworkID(r.Framework)
		if fw == "" {
			fw = opt.Framework
		} else if opt.ResolveFramework != nil {
			id, err := opt.ResolveFramework(r.Framework)
			if err != nil {
				return fmt.Sprintf("framework %q: %s", r.Framework, errs.Message(err))
			}
			fw = id
		}
		var heading []string
		if r.Title != "" {
			heading = []string{r.Title}
		}
		docs = append(docs, &Document{
			ID: r.ID, Collection: opt.Collection, Title: r.Title, Framework: fw, Source: path, Format: FormatJSONL,
			Sections: []Section{{Heading: heading, Framework: fw, Ref: catalogs.Ref(r.Ref), Text: r.Text}},
		})
		return ""
	})
	if len(problems) > 0 {
		return nil, errs.E("retrieval.Parse", errs.Invalid, "%d malformed line(s), so none of the file's records is kept: %s", len(problems), jsonl.Summary(problems))
	}
	if len(docs) == 0 {
		return nil, parseErr(path, "no records")
	}
	return docs, nil
}

// pdfText extracts a PDF's text with the extractor given.
func pdfText(ctx context.Context, path string, data []byte, x PDFExtractor) (string, error) {
	if !bytes.HasPrefix(bytes.TrimLeft(data, " \t\r\n"), []byte("%PDF-")) {
		return "", parseErr(path, "not a PDF file (no %%PDF header)")
	}
	if x == nil {
		return "", errs.E("retrieval.Parse", errs.Unavailable, "%s: reading PDF needs a text extractor, and none is configured", path)
	}
	text, err := x.ExtractPDF(ctx, data)
	if err != nil {
		return "", errs.Wrap("retrieval.Parse", errs.KindOf(err), err, path)
	}
	return strings.ReplaceAll(text, "\f", "\n"), nil
}

// ancestorHeadings renders the items enclosing c, outermost first, as
// "REF Title" headings.
func ancestorHeadings(set *catalogs.Set, c catalogs.Control) []string {
	anc := set.Ancestors(c)
	out := make([]string, len(anc))
	for i, a := range anc {
		out[len(anc)-1-i] = string(a.Ref) + " " + a.Title
	}
	return out
}

// catalogDocument turns a control catalog into a document: one section per
// control, holding its statement and discussion, tagged with its ref.
// set must index cat (it resolves the headings above each control).
func catalogDocument(set *catalogs.Set, cat *catalogs.Catalog, collection, id string) *Document {
	doc := &Document{ID: id, Collection: collection, Title: cat.Framework.Name, Framework: cat.Framework.ID, Format: FormatOSCAL}
	for _, c := range cat.Controls {
		if c.Kind == catalogs.KindGroup || (c.Statement == "" && c.Guidance == "") {
			continue
		}
		heading := append(ancestorHeadings(set, c), string(c.Ref)+" "+c.Title)
		var text strings.Builder
		if c.Statement != "" {
			text.WriteString(c.Statement)
		}
		if c.Guidance != "" {
			if text.Len() > 0 {
				text.WriteString("\n\n")
			}
			text.WriteString("Discussion: " + c.Guidance)
		}
		doc.Sections = append(doc.Sections, Section{Heading: heading, Framework: c.Framework, Ref: c.Ref, Text: text.String(),
			Asked: catalogs.OwnerQuestion(c.Key())})
	}
	return doc
}
