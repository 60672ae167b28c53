package retrieval

import (
	"strconv"
	"strings"
	"unicode"
)

// Chunking bounds chunk size in tokens (estimated) with a small overlap
// between the consecutive chunks of one long section.
type Chunking struct {
	MaxTokens     int
	OverlapTokens int
}

// DefaultChunking suits embedding models with 512-token windows and keeps
// a control's statement together in most cases.
var DefaultChunking = Chunking{MaxTokens: 320, OverlapTokens: 40}

// EstimateTokens approximates BPE tokens from words (about 1.3 per word).
func EstimateTokens(s string) int {
	return (len(strings.Fields(s))*13 + 9) / 10
}

// Chunk splits a document along its sections. A section within budget is
// one chunk; a longer one is split at paragraph, then sentence, then word
// boundaries, each piece overlapping the previous by OverlapTokens.
func Chunk(d *Document, c Chunking) []ChunkRecord {
	out := chunk(d, c, true)
	if len(out) == 0 {
		// A document of fragments alone (a record that is one heading
		// word) is still what it is: index them.
		out = chunk(d, c, false)
	}
	return dedupeIDs(out)
}

func chunk(d *Document, c Chunking, dropFragments bool) []ChunkRecord {
	var out []ChunkRecord
	for _, s := range d.Sections {
		text := strings.TrimSpace(s.Text)
		if text == "" {
			continue
		}
		// Fragments such as page numbers carry nothing to retrieve.
		if dropFragments && len(strings.Fields(text)) < 4 && s.Ref == "" {
			continue
		}
		for _, piece := range splitBudget(text, c) {
			rec := ChunkRecord{
				Doc: d.ID, Collection: d.Collection, Ordinal: len(out), Heading: s.Heading,
				Framework: s.Framework, Ref: s.Ref, Text: piece, Asked: s.Asked,
			}
			if rec.Framework == "" {
				rec.Framework = d.Framework
			}
			rec.TextHash = hashHex(rec.EmbedText())
			rec.ID = ChunkID(hashHex(d.ID, strings.Join(s.Heading, "\x1f"), string(rec.Ref), piece)[:20])
			out = append(out, rec)
		}
	}
	return out
}

// dedupeIDs keeps ids unique when a document repeats a section verbatim,
// however often: the n-th repeat's id is derived from the first's and n,
// and any id already taken is derived again.
func dedupeIDs(cs []ChunkRecord) []ChunkRecord {
	taken := map[ChunkID]bool{}
	repeats := map[ChunkID]int{}
	for i := range cs {
		orig := cs[i].ID
		for id := orig; ; {
			if !taken[id] {
				cs[i].ID = id
				taken[id] = true
				break
			}
			repeats[orig]++
			id = ChunkID(hashHex(string(orig), "repeat", strconv.Itoa(repeats[orig]))[:20])
		}
	}
	return cs
}

func splitBudget(text string, c Chunking) []string {
	if EstimateTokens(text) <= c.MaxTokens {
		return []string{text}
	}
	// Units: paragraphs, with over-long paragraphs broken into sentences,
	// and over-long sentences into word runs.
	var units []string
	for _, p := range strings.Split(text, "\n\n") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if EstimateTokens(p) <= c.MaxTokens {
			units = append(units, p)
			continue
		}
		for _, s := range sentences(p) {
			if EstimateTokens(s) <= c.MaxTokens {
				units = append(units, s)
				continue
			}
			words := strings.Fields(s)
			step := c.MaxTokens * 10 / 13
			for i := 0; i < len(words); i += step {
				units = append(units, strings.Join(words[i:min(i+step, len(words))], " "))
			}
		}
	}
	var out []string
	var cur []string
	curTok := 0
	for _, u := range units {
		t := EstimateTokens(u)
		if curTok+t > c.MaxTokens && len(cur) > 0 {
			out = append(out, strings.Join(cur, "\n\n"))
			cur, curTok = overlapTail(cur, c.OverlapTokens)
		}
		cur = append(cur, u)
		curTok += t
	}
	if len(cur) > 0 {
		out = append(out, strings.Join(cur, "\n\n"))
	}
	return out
}

// overlapTail returns the last words of the previous chunk, up to budget.
func overlapTail(units []string, budget int) ([]string, int) {
	if budget <= 0 {
		return nil, 0
	}
	words := strings.Fields(units[len(units)-1])
	n := min(len(words), budget*10/13)
	if n == 0 {
		return nil, 0
	}
	tail := "… " + strings.Join(words[len(words)-n:], " ")
	return []string{tail}, EstimateTokens(tail)
}

func sentences(p string) []string {
	var out []string
	start := 0
	rs := []rune(p)
	for i := 0; i < len(rs)-1; i++ {
		if (rs[i] == '.' || rs[i] == '?' || rs[i] == '!' || rs[i] == ';') && unicode.IsSpace(rs[i+1]) {
			out = append(out, strings.TrimSpace(string(rs[start:i+1])))
			start = i + 1
		}
	}
	if rest := strings.TrimSpace(string(rs[start:])); rest != "" {
		out = append(out, rest)
	}
	return out
}
