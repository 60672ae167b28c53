// Package retrieval puts standard text in front of the model: documents are
// parsed and chunked along their structure (clauses, headings, control
// parts), embedded, and searched by a hybrid of vector similarity and BM25
// ranking fused by Reciprocal Rank Fusion, with citations on every result.
//
// The package owns its types and the Store and Embedder interfaces it
// needs: postgres.RetrievalStore (pgvector HNSW and BM25 postings) and
// sqlite.RetrievalStore (the same postings; exact vector search in memory)
// implement Store, held to one contract by retrieval/storetest; the
// offline embedder is here, the OpenAI-compatible one in package llm.
package retrieval

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/assay-dev/assay/catalogs"
)

// CollectionStandards holds the built-in corpus and imported standards.
const CollectionStandards = "standards"

// Document is one source text: a file, a JSONL record, a built-in source.
type Document struct {
	ID         string // the JSONL id, "builtin:…", or the file name
	Collection string
	Title      string
	Framework  catalogs.FrameworkID // when the whole document belongs to one
	Source     string               // where it came from (path)
	Format     string
	Sections   []Section // the document's structure, in order
}

// Section is a run of text under a heading path, optionally tied to a control.
type Section struct {
	Heading   []string
	Framework catalogs.FrameworkID
	Ref       catalogs.Ref
	Text      string
	// Asked is how people ask about the section in their own words
	// (Assay's own question for the control, not the document's text):
	// indexed with the title, never shown as the passage's.
	Asked string
}

// Hash is the document's content hash; an unchanged document is not re-ingested.
func (d *Document) Hash() string {
	h := sha256.New()
	h.Write([]byte(d.Collection + "\x00" + d.Title + "\x00" + string(d.Framework) + "\x00"))
	for _, s := range d.Sections {
		h.Write([]byte(strings.Join(s.Heading, "\x1f") + "\x00" + string(s.Framework) + "\x00" + string(s.Ref) + "\x00" + s.Text + "\x00"))
		if s.Asked != "" {
			h.Write([]byte("asked\x00" + s.Asked + "\x00"))
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// ChunkID names a stored chunk: derived from its content, so the same
// document, place and text always have the same id.
type ChunkID string

// ChunkRecord is a stored piece of a document, the unit of search.
type ChunkRecord struct {
	ID         ChunkID
	Doc        string
	Collection string
	Ordinal    int
	Heading    []string
	Framework  catalogs.FrameworkID
	Ref        catalogs.Ref
	Text       string
	TextHash   string // hash of EmbedText: the embedding cache key
	Asked      string // the section's Asked: searched with the title, not shown
}

// HeadingPath renders the heading path as "A › B › C".
func (c *ChunkRecord) HeadingPath() string { return strings.Join(c.Heading, " › ") }

// EmbedText is what is embedded: the headings give context, and how
// people ask about the chunk (Asked) their words.
func (c *ChunkRecord) EmbedText() string {
	head := c.HeadingPath()
	if c.Asked != "" {
		head = strings.TrimPrefix(head+"\n"+c.Asked, "\n")
	}
	if head == "" {
		return c.Text
	}
	return head + "\n" + c.Text
}

func hashHex(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}
