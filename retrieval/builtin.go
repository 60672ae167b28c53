package retrieval

import (
	"embed"
	"encoding/json"
	"fmt"
	"strings"
	"sync"

	"github.com/assay-dev/assay/catalogs"
)

//go:embed corpus
var corpusFS embed.FS

// Built-in document ids.
const (
	DocSP80053  = "builtin:nist-sp800-53-r5"
	DocCSF      = "builtin:nist-csf-2.0"
	DocAIRMF    = "builtin:nist-ai-rmf-1.0-core"
	DocPlaybook = "builtin:nist-ai-rmf-playbook"
	DocAI1001   = "builtin:nist-ai-100-1"
)

var (
	builtinDocsOnce sync.Once
	builtinDocs     []*Document
	builtinDocsErr  error
)

// BuiltinDocuments is the public-domain corpus shipped in the binary:
// SP 800-53 statements and discussion per control, CSF 2.0 subcategories
// with implementation examples, the AI RMF Core and Playbook, and the full
// text of NIST AI 100-1. The result is shared; do not modify it.
func BuiltinDocuments() ([]*Document, error) {
	builtinDocsOnce.Do(func() { builtinDocs, builtinDocsErr = loadBuiltinDocs() })
	return builtinDocs, builtinDocsErr
}

func loadBuiltinDocs() ([]*Document, error) {
	cats, err := catalogs.Builtin()
	if err != nil {
		return nil, err
	}
	set, err := catalogs.NewSet(cats)
	if err != nil {
		return nil, err
	}
	var docs []*Document
	sp, _ := set.Catalog(string(catalogs.SP80053))
	d := catalogDocument(set, sp, CollectionStandards, DocSP80053)
	d.Title, d.Source = "NIST SP 800-53 Rev. 5", "builtin"
	docs = append(docs, d)

	docs = append(docs, outcomeDocument(set, catalogs.CSF2, DocCSF, "NIST Cybersecurity Framework 2.0", "Implementation examples"))
	docs = append(docs, outcomeDocument(set, catalogs.AIRMF, DocAIRMF, "NIST AI RMF 1.0 Core", ""))

	pb, err := playbookDocument()
	if err != nil {
		return nil, err
	}
	docs = append(docs, pb)

	md, err := corpusFS.ReadFile("corpus/nist.ai.100-1.md")
	if err != nil {
		return nil, err
	}
	docs = append(docs, &Document{ID: DocAI1001, Collection: CollectionStandards, Title: "NIST AI 100-1: AI Risk Management Framework 1.0",
		Framework: catalogs.AIRMF, Source: "builtin", Format: FormatMarkdown, Sections: markdownSections(string(md), nil)})
	return docs, nil
}

// outcomeDocument makes one section per CSF or AI RMF subcategory, headed by
// its function and category.
func outcomeDocument(set *catalogs.Set, fw catalogs.FrameworkID, id, title, guidanceLabel string) *Document {
	cat, _ := set.Catalog(string(fw))
	doc := &Document{ID: id, Collection: CollectionStandards, Title: title, Framework: fw, Source: "builtin", Format: "catalog"}
	for _, c := range cat.Controls {
		if c.Kind != catalogs.KindControl {
			continue
		}
		heading := append(ancestorHeadings(set, c), string(c.Ref))
		text := c.Statement
		if c.Guidance != "" && guidanceLabel != "" {
			text += "\n\n" + guidanceLabel + ":\n" + c.Guidance
		}
		doc.Sections = append(doc.Sections, Section{Heading: heading, Framework: fw, Ref: c.Ref, Text: text, Asked: catalogs.OwnerQuestion(c.Key())})
	}
	return doc
}

type playbookEntry struct {
	Type    string `json:"type"`
	Title   string `json:"title"`
	Desc    string `json:"description"`
	About   string `json:"section_about"`
	Actions string `json:"section_actions"`
}

func playbookDocument() (*Document, error) {
	data, err := corpusFS.ReadFile("corpus/nist_ai_rmf_playbook.json")
	if err != nil {
		return nil, err
	}
	var entries []playbookEntry
	if err := json.Unmarshal(data, &entries); err != nil {
		return nil, fmt.Errorf("playbook: %w", err)
	}
	doc := &Document{ID: DocPlaybook, Collection: CollectionStandards, Title: "NIST AI RMF Playbook", Framework: catalogs.AIRMF, Source: "builtin", Format: "playbook"}
	for _, e := range entries {
		ref := catalogs.Ref(strings.TrimSpace(e.Title))
		// The Playbook's "transparency and documentation" lists are generic
		// questions that match nearly any AI query and crowd out the
		// passages that answer it; About and Suggested actions carry the guidance.
		for _, part := range []struct{ name, text string }{
			{"About", e.About}, {"Suggested actions", e.Actions},
		} {
			text := strings.TrimSpace(stripMarkdown(part.text))
			if text == "" {
				continue
			}
			doc.Sections = append(doc.Sections, Section{
				Heading: []string{"Playbook " + string(ref), part.name}, Framework: catalogs.AIRMF, Ref: ref, Text: text,
			})
		}
	}
	return doc, nil
}

func stripMarkdown(s string) string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		l = strings.TrimLeft(l, "#*- ")
		lines = append(lines, cleanInline(l))
	}
	return collapseBlank(strings.Join(lines, "\n"))
}
