package retrieval

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
)

func TestChunkFollowsStructureWithinBudget(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("Access is reviewed by the system owner every quarter. ", 80) // ~640 words
	doc := &Document{ID: "d", Collection: "c", Sections: []Section{
		{Heading: []string{"A", "A.1 Short"}, Ref: "A.1", Text: "One short paragraph about access."},
		{Heading: []string{"A", "A.2 Long"}, Ref: "A.2", Text: long},
		{Heading: []string{"B"}, Text: "12"}, // a page number: dropped
	}}
	c := Chunking{MaxTokens: 120, OverlapTokens: 20}
	chunks := Chunk(doc, c)
	if chunks[0].Ref != "A.1" || chunks[0].HeadingPath() != "A › A.1 Short" {
		t.Errorf("first chunk = %+v", chunks[0])
	}
	var longParts int
	for i, ch := range chunks {
		if ch.Ordinal != i {
			t.Errorf("chunk %d has ordinal %d", i, ch.Ordinal)
		}
		if EstimateTokens(ch.Text) > c.MaxTokens+c.OverlapTokens {
			t.Errorf("chunk %d has %d tokens, over budget", i, EstimateTokens(ch.Text))
		}
		if ch.Ref == "A.2" {
			longParts++
			if i > 1 && !strings.HasPrefix(ch.Text, "… ") {
				t.Errorf("continuation chunk %d does not overlap the previous one", i)
			}
		}
		if ch.Heading[0] == "B" {
			t.Error("a two-character fragment became a chunk")
		}
	}
	if longParts < 5 {
		t.Errorf("a ~830-token section became %d chunks of ≤120 tokens", longParts)
	}
	// Ids are content-derived: the same document chunks to the same ids.
	again := Chunk(doc, c)
	for i := range chunks {
		if chunks[i].ID != again[i].ID || chunks[i].TextHash != again[i].TextHash {
			t.Fatalf("chunk %d id changed between runs", i)
		}
	}
	// Changing one section changes only its chunks' ids.
	doc.Sections[0].Text = "One short paragraph about access, revised."
	changed := Chunk(doc, c)
	if changed[0].ID == chunks[0].ID || changed[1].ID != chunks[1].ID {
		t.Error("ids do not follow content")
	}
}

func TestMarkdownAndTextSections(t *testing.T) {
	t.Parallel()
	refOf := func(h string) (catalogs.FrameworkID, catalogs.Ref, bool) {
		if strings.HasPrefix(h, "A.5.15") {
			return "iso27001-2022", "A.5.15", true
		}
		return "", "", false
	}
	md := "# Policy\nIntro text here for all.\n\n## A.5.15 Access control\nRules for access are set.\n```\n# not a heading\n```\n### Detail\nMore rules apply here.\n"
	secs := markdownSections(md, refOf)
	want := []Section{
		{Heading: []string{"Policy"}, Text: "Intro text here for all."},
		{Heading: []string{"Policy", "A.5.15 Access control"}, Framework: "iso27001-2022", Ref: "A.5.15", Text: "Rules for access are set.\n```\n# not a heading\n```"},
		{Heading: []string{"Policy", "A.5.15 Access control", "Detail"}, Framework: "iso27001-2022", Ref: "A.5.15", Text: "More rules apply here."},
	}
	if diff := cmp.Diff(want, secs); diff != "" {
		t.Errorf("markdown sections (-want +got):\n%s", diff)
	}
	txt := "5 Organizational controls\n5.1 Policies for security\nText of five one.\nIt ends here.\n5.2 Roles\nText of five two.\n"
	ts := textSections(txt, nil)
	if len(ts) != 2 || ts[0].Heading[1] != "5.1 Policies for security" || ts[1].Heading[1] != "5.2 Roles" {
		t.Errorf("text sections = %+v", ts)
	}
}

var badInputs = []struct {
	name, path, data, want string
	kind                   errs.Kind
}{
	{"unsupported", "notes.docx", "PK\x03\x04", "unsupported file type", errs.Invalid},
	{"empty", "empty.md", "  \n", "empty", errs.Invalid},
	{"binary", "blob.txt", "abc\x00def", "binary", errs.Invalid},
	{"bad jsonl", "p.jsonl", "{\"id\":\"a\",\"text\":\"ok\"}\nnot json\n{\"id\":\"b\"}\n{\"id\":\"a\",\"text\":\"dup\"}\n{\"id\":\"c\",\"text\":\"x\",\"colour\":1}\n", "4 malformed line(s), so none of the file's records is kept: p.jsonl:2:", errs.Invalid},
}

func TestParseBadInput(t *testing.T) {
	t.Parallel()
	for _, tt := range badInputs {
		_, err := Parse(context.Background(), tt.path, []byte(tt.data), ParseOptions{})
		if errs.KindOf(err) != tt.kind || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), tt.path) {
			t.Errorf("%s: err = %v, want %s containing %q and the file name", tt.name, err, tt.kind, tt.want)
		}
	}
	_, err := Parse(context.Background(), "p.jsonl", []byte(badInputs[3].data), ParseOptions{})
	for _, line := range []string{"p.jsonl:2: invalid character", `p.jsonl:3: "text" is required`, `p.jsonl:4: id "a" repeats line 1`, `p.jsonl:5: json: unknown field "colour"`} {
		if !strings.Contains(err.Error(), line) {
			t.Errorf("JSONL error does not report %s: %v", line, err)
		}
	}
	// A record's framework must be one the catalogs know.
	resolve := func(fw string) (catalogs.FrameworkID, error) {
		if fw == "iso27001" {
			return catalogs.ISO27001, nil
		}
		return "", errs.E("test", errs.NotFound, "unknown framework %q", fw)
	}
	docs, err := Parse(context.Background(), "f.jsonl", []byte(`{"id":"a","text":"Patch monthly.","framework":"iso27001"}`+"\n"+`{"id":"b","text":"x","framework":"iso9999"}`+"\n"), ParseOptions{ResolveFramework: resolve})
	if err == nil || !strings.Contains(err.Error(), `f.jsonl:2: framework "iso9999": unknown framework`) || docs != nil {
		t.Errorf("unknown framework in JSONL: %v %v", docs, err)
	}
	if docs, err := Parse(context.Background(), "f.jsonl", []byte(`{"id":"a","text":"Patch monthly.","framework":"iso27001"}`), ParseOptions{ResolveFramework: resolve}); err != nil || docs[0].Framework != catalogs.ISO27001 {
		t.Errorf("known framework in JSONL: %v %v", docs, err)
	}
	big := make([]byte, MaxIngestBytes+1)
	if _, err := Parse(context.Background(), "big.md", big, ParseOptions{}); err == nil || !strings.Contains(err.Error(), "limit") {
		t.Errorf("oversized file: %v", err)
	}
}

func TestParseJSONLAndHTML(t *testing.T) {
	t.Parallel()
	docs, err := Parse(context.Background(), "p.jsonl", []byte(`{"id":"p-1","title":"Laptops","text":"Laptops are encrypted.","framework":"acme","ref":"P.1"}
{"id":"p-2","text":"Visitors are escorted."}`), ParseOptions{Collection: "policies"})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].ID != "p-1" || docs[0].Collection != "policies" || docs[0].Sections[0].Ref != "P.1" || docs[0].Sections[0].Framework != "acme" {
		t.Errorf("docs = %+v", docs[0])
	}
	h := `<html><head><style>x{}</style><script>var a</script></head><body><h1>Rules</h1><p>First   rule.</p><h2>Sub</h2><ul><li>Item one</li></ul></body></html>`
	hd, err := Parse(context.Background(), "r.html", []byte(h), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []Section{{Heading: []string{"Rules"}, Text: "First rule."}, {Heading: []string{"Rules", "Sub"}, Text: "Item one"}}
	if diff := cmp.Diff(want, hd[0].Sections); diff != "" {
		t.Errorf("html (-want +got):\n%s", diff)
	}
}

func TestExpandVocabulary(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, has, not string }{
		{"All staff use MFA", "multi-factor authentication", ""},
		{"we run a pen test yearly", "penetration testing", ""},
		{"Our EDR covers laptops", "malicious code protection", ""},
		{"dosage", "", "denial-of-service"}, // whole words only
		{"pentesting", "", "penetration"},
	}
	for _, tt := range tests {
		got := Expand(tt.in)
		if tt.has != "" && !strings.Contains(got, tt.has) {
			t.Errorf("Expand(%q) = %q, want %q", tt.in, got, tt.has)
		}
		if tt.not != "" && strings.Contains(got, tt.not) {
			t.Errorf("Expand(%q) = %q, must not contain %q", tt.in, got, tt.not)
		}
	}
}

func TestOfflineEmbedder(t *testing.T) {
	t.Parallel()
	e := NewOffline(256, func(string) float64 { return 1 })
	vs, err := e.Embed(context.Background(), []string{"media sanitization before disposal", "media sanitization before disposal", "we wipe laptops before disposal", "cryptographic key rotation", ""})
	if err != nil {
		t.Fatal(err)
	}
	cos := func(a, b []float32) float64 {
		var s float64
		for i := range a {
			s += float64(a[i]) * float64(b[i])
		}
		return s
	}
	if !cmp.Equal(vs[0], vs[1]) {
		t.Error("the offline embedder is not deterministic")
	}
	if n := cos(vs[0], vs[0]); math.Abs(n-1) > 1e-5 {
		t.Errorf("not L2-normalised: |v|² = %f", n)
	}
	// The vocabulary brings "wipe laptops" next to the standard's words.
	if cos(vs[0], vs[2]) <= cos(vs[0], vs[3]) {
		t.Errorf("sim(sanitization, wipe laptops) = %.3f ≤ sim(sanitization, key rotation) = %.3f", cos(vs[0], vs[2]), cos(vs[0], vs[3]))
	}
	if e.Space() != (Space{OfflineModel + "+" + VocabularyVersion(), 256}) || len(VocabularyVersion()) != 6 || len(vs[4]) != 256 {
		t.Errorf("space %v, empty text vector %d dims", e.Space(), len(vs[4]))
	}
}

func TestFuseEqualRRF(t *testing.T) {
	t.Parallel()
	lex := []Hit{{"a", 9}, {"b", 8}, {"c", 7}}
	vec := []Hit{{"c", .9}, {"d", .8}, {"a", .7}}
	got := EqualRRF.Fuse(lex, vec)
	// a: 1/61 + 1/63; c: 1/63 + 1/61 (tie, a seen first); b: 1/62; d: 1/62 (tie, b first).
	if diff := cmp.Diff([]ChunkID{"a", "c", "b", "d"}, hitIDs(got)); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
	if want := 1.0/61 + 1.0/63; math.Abs(got[0].Score-want) > 1e-12 {
		t.Errorf("score(a) = %v, want %v", got[0].Score, want)
	}
}

func hitIDs(hs []Hit) []ChunkID {
	ids := make([]ChunkID, len(hs))
	for i, h := range hs {
		ids[i] = h.Chunk
	}
	return ids
}

// ranked makes a list of n hits named prefix0, prefix1, …
func ranked(prefix string, n int) []Hit {
	out := make([]Hit, n)
	for i := range out {
		out[i] = Hit{Chunk: ChunkID(fmt.Sprintf("%s%d", prefix, i)), Score: float64(n - i)}
	}
	return out
}

// The failure OfflineFusion exists for: a lexical first place that the
// vector list lacks, against passages both lists hold far down. Equal RRF
// puts the shared passages first; the offline rule keeps the lexical first
// place first, lets the vector list re-rank the lexical head, and still
// returns every passage, the ones past the depths last.
func TestOfflineFusionKeepsTheLexicalHead(t *testing.T) {
	t.Parallel()
	lex := append([]Hit{{"top", 9}}, ranked("l", 40)...)
	vec := ranked("v", 40)
	// Passages both lists hold at ranks 21-30 of the lexical list and
	// 11-20 of the vector list.
	for i := 0; i < 10; i++ {
		id := ChunkID(fmt.Sprintf("shared%d", i))
		lex[21+i].Chunk, vec[10+i].Chunk = id, id
	}
	// One lexical passage the vector list also ranks high.
	vec[0].Chunk = lex[6].Chunk

	if eq := hitIDs(EqualRRF.Fuse(lex, vec)); slices.Index(eq, "shared0") > slices.Index(eq, "top") {
		t.Fatalf("equal RRF ranks top before shared0 (%v): the example no longer shows the failure", eq[:12])
	}
	got := OfflineFusion.Fuse(lex, vec)
	ids := hitIDs(got)
	pos := map[ChunkID]int{}
	for i, id := range ids {
		pos[id] = i
	}
	if pos["top"] != 0 {
		t.Errorf("offline fusion ranks the lexical first place %d", pos["top"]+1)
	}
	if pos[lex[6].Chunk] > pos[lex[1].Chunk] {
		t.Errorf("%s (lexical 7th, vector 1st) after the lexical 2nd: the vector list did not re-rank the head", lex[6].Chunk)
	}
	if want := len(lex) + len(vec) - 11; len(got) != want {
		t.Errorf("%d passages fused, want all %d", len(got), want)
	}
	for i := 0; i < 20; i++ { // the lexical top 20
		if pos[lex[i].Chunk] > pos["shared0"] {
			t.Errorf("lexical head %s (rank %d) after a passage past both depths", lex[i].Chunk, i+1)
		}
	}
	for i := 1; i < len(got); i++ {
		if got[i].Score > got[i-1].Score {
			t.Fatalf("scores rise at %d: %v then %v", i, got[i-1].Score, got[i].Score)
		}
	}
	// Past the depths, the whole lists' order holds: shared passages
	// (in both lists) before passages in one.
	if pos["shared0"] > pos[lex[32].Chunk] {
		t.Errorf("past the depths, shared0 (in both lists) comes after %s (in one)", lex[32].Chunk)
	}
}

// The lexical list's second place stays in the first five even when four
// passages both lists hold outscore it there (held-out-8: CP-2(8), second
// in the lexical list and in no vector list, fell out of the first five
// behind CP-2's siblings).
func TestOfflineFusionKeepsTheLexicalSecondInTheHead(t *testing.T) {
	t.Parallel()
	lex := ranked("l", 20)
	vec := []Hit{{"l3", 1}, {"l4", .9}, {"l2", .8}, {"l5", .7}, {"l6", .6}}
	if eq := hitIDs(Fusion{K: 10, LexicalDepth: 20, VectorDepth: 10, VectorWeight: 0.5, Head: 5, LexicalFirst: true}.Fuse(lex, vec)); slices.Index(eq, "l1") < 5 {
		t.Fatalf("without LexicalKeep l1 is in the head (%v): the example no longer shows the failure", eq[:6])
	}
	got := hitIDs(OfflineFusion.Fuse(lex, vec))
	if i := slices.Index(got, "l1"); i < 0 || i >= 5 {
		t.Errorf("lexical second place at %d, want in the first five: %v", i+1, got[:6])
	}
	if got[0] != "l0" || len(got) != 20 {
		t.Errorf("fused %v", got)
	}
	// The head keeps fused order: the shared passages before l1.
	if slices.Index(got, "l3") > slices.Index(got, "l1") {
		t.Errorf("head %v: l3 (both lists) after l1", got[:5])
	}
}

// Past its first five, the offline rule follows the lexical list: passages
// the vector list shares with the lexical list's ranks 9-18 may lead, but
// they no longer push the lexical ranks 3-7 out of the top ten.
func TestOfflineFusionFollowsTheLexicalListPastTheHead(t *testing.T) {
	t.Parallel()
	lex := ranked("l", 30)
	vec := slices.Clone(lex[8:18])
	got := hitIDs(OfflineFusion.Fuse(lex, vec))
	want := []ChunkID{"l0", "l8", "l9", "l10", "l1", "l2", "l3", "l4", "l5", "l6"}
	if diff := cmp.Diff(want, got[:10]); diff != "" {
		t.Errorf("top ten (-want +got):\n%s", diff)
	}
	whole := OfflineFusion
	whole.Head = 0
	if fused := hitIDs(whole.Fuse(lex, vec)); !slices.Contains(fused[:10], "l12") || slices.Contains(fused[:10], "l4") {
		t.Fatalf("fused throughout, the top ten is %v: the example no longer shows what the head is for", fused[:10])
	}
	if len(got) != len(lex) || len(slices.Compact(slices.Sorted(slices.Values(got)))) != len(lex) {
		t.Errorf("%d passages, want each of the %d once", len(got), len(lex))
	}
	scored := OfflineFusion.Fuse(lex, vec)
	for i := 1; i < len(scored); i++ {
		if scored[i].Score > scored[i-1].Score {
			t.Fatalf("scores rise at %d: %v then %v", i, scored[i-1].Score, scored[i].Score)
		}
	}
	// A control-aware search's third list is fused throughout.
	ctl := ranked("c", 5)
	if diff := cmp.Diff(hitIDs(whole.Fuse(lex, vec, ctl)), hitIDs(OfflineFusion.Fuse(lex, vec, ctl))); diff != "" {
		t.Errorf("with a control list (-fused throughout +got):\n%s", diff)
	}
}

// The offline rule lets the vector list re-rank what follows the lexical
// first place, never the first place itself.
func TestOfflineFusionKeepsTheLexicalFirstPlace(t *testing.T) {
	t.Parallel()
	lex := []Hit{{"a", 9}, {"b", 8}, {"c", 7}}
	vec := []Hit{{"b", .9}, {"c", .8}, {"d", .7}}
	free := OfflineFusion
	free.LexicalFirst = false
	if diff := cmp.Diff([]ChunkID{"b", "c", "a", "d"}, hitIDs(free.Fuse(lex, vec))); diff != "" {
		t.Fatalf("without the rule (-want +got):\n%s", diff)
	}
	got := OfflineFusion.Fuse(lex, vec)
	if diff := cmp.Diff([]ChunkID{"a", "b", "c", "d"}, hitIDs(got)); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
	for i := 1; i < len(got); i++ {
		if got[i].Score > got[i-1].Score {
			t.Errorf("scores rise at %d: %v", i, got)
		}
	}
	if got := OfflineFusion.Fuse(nil, vec); got[0].Chunk != "b" {
		t.Errorf("with no lexical list: %v", got)
	}
	if got := hitIDs(OfflineFusion.Fuse(lex, vec, []Hit{{"d", 1}})); got[0] == "a" {
		t.Errorf("a control-aware search pinned the lexical first place: %v", got)
	}
}

func TestEngineFusionFollowsTheEmbedder(t *testing.T) {
	t.Parallel()
	if got := (&Engine{Embedder: NewOffline(8, nil)}).fusion(); got != OfflineFusion {
		t.Errorf("offline embedder: fusion %+v, want OfflineFusion", got)
	}
	if got := (&Engine{Embedder: modelStub{}}).fusion(); got != EqualRRF {
		t.Errorf("a model's embedder: fusion %+v, want EqualRRF", got)
	}
	set := Fusion{K: 5, VectorWeight: 2}
	if got := (&Engine{Embedder: NewOffline(8, nil), Fusion: &set}).fusion(); got != set {
		t.Errorf("set fusion %+v, got %+v", set, got)
	}
}

type modelStub struct{}

func (modelStub) Space() Space { return Space{"text-embedding-3-small", 8} }
func (modelStub) Embed(_ context.Context, texts []string) ([][]float32, error) {
	return make([][]float32, len(texts)), nil
}

// A hand-worked example of the eval metrics (trec_eval definitions).
func TestScoreByHand(t *testing.T) {
	t.Parallel()
	r := func(doc, fw, ref string) ChunkRecord {
		return ChunkRecord{Doc: doc, Framework: catalogs.FrameworkID(fw), Ref: catalogs.Ref(ref)}
	}
	results := []ChunkRecord{
		r("x", "", ""),                        // 1: miss
		r("d", "nist-sp800-53-r5", "AC-2(1)"), // 2: hits AC-2 through its enhancement
		r("d", "nist-sp800-53-r5", "AC-2"),    // 3: AC-2 again: no new gain
		r("x", "", ""),                        // 4: miss
		r("policy-7", "", ""),                 // 5: hits the document id
	}
	m := Score(results, []string{"nist-sp800-53-r5:AC-2", "policy-7", "nist-csf-2.0:PR.AA-05"})
	want := Metrics{
		Queries: 1,
		Recall1: 0, Recall5: 2.0 / 3, Recall10: 2.0 / 3,
		MRR10:  1.0 / 2,
		MAP10:  (1.0/2 + 2.0/5) / 3,
		NDCG10: (1/math.Log2(3) + 1/math.Log2(6)) / (1 + 1/math.Log2(3) + 1/math.Log2(4)),
	}
	if diff := cmp.Diff(want, m, cmp.Comparer(func(a, b float64) bool { return math.Abs(a-b) < 1e-12 })); diff != "" {
		t.Errorf("metrics (-want +got):\n%s", diff)
	}
	avg := Average([]Metrics{m, {Queries: 1, Recall5: 1, MRR10: 1}})
	if avg.Queries != 2 || math.Abs(avg.Recall5-(2.0/3+1)/2) > 1e-12 || math.Abs(avg.MRR10-0.75) > 1e-12 {
		t.Errorf("average = %+v", avg)
	}
}

func TestEvalQuerySetsAreWellFormed(t *testing.T) {
	t.Parallel()
	cats, _ := catalogs.Builtin()
	set, _ := catalogs.NewSet(cats)
	total := 0
	chunks := builtinChunks(t)
	files, _ := filepath.Glob("testdata/queries*.jsonl")
	if len(files) < 6 {
		t.Fatalf("%d labelled sets, want 6", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		qs, err := ParseEvalQueries(f, data)
		if err != nil {
			t.Fatal(err)
		}
		total += len(qs)
		// Every FRAMEWORK:REF label names a control, already spelled as
		// its canonical key (ResolveRelevant would rewrite it otherwise).
		written := make([][]string, len(qs))
		for i, q := range qs {
			written[i] = slices.Clone(q.Relevant)
		}
		if err := ResolveRelevant(f, qs, set); err != nil {
			t.Errorf("%v", err)
		}
		for i, q := range qs {
			for j, rel := range written[i] {
				if q.Relevant[j] != rel {
					t.Errorf("%s %s: relevant %s is not spelled as the control's key %s", f, q.ID, rel, q.Relevant[j])
				}
				// A control, a document or a section of one: some built-in
				// passage answers to it (a mistyped framework would be read
				// as a document id and found nowhere).
				if !slices.ContainsFunc(chunks, func(c ChunkRecord) bool { return Matches(c, []string{rel}) == 0 }) {
					t.Errorf("%s %s: no built-in passage answers to %s", f, q.ID, rel)
				}
			}
		}
	}
	if total < 250 {
		t.Errorf("%d labelled queries, want at least 250", total)
	}
	if _, err := ParseEvalQueries("bad.jsonl", []byte("{\"query\":\"x\"}\nnope\n")); err == nil || !strings.Contains(err.Error(), "line 1") || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("bad query file: %v", err)
	}
}

func TestLexicalAnalyzer(t *testing.T) {
	got := LexicalTerms("The policies are Reviewed; multi-factor authentication for AC-2 accounts.")
	want := []string{"polici", "review", "multi-factor", "multi", "factor", "authent", "ac-2", "ac", "2", "account"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("LexicalTerms = %q, want %q", got, want)
	}
	terms, weights := QueryTerms("backup testing", "backup restore")
	if strings.Join(terms, " ") != "backup test restor" || weights[0] != 1 || weights[1] != 1 || weights[2] != ExpansionWeight {
		t.Errorf("QueryTerms = %q %v", terms, weights)
	}
	c := ChunkRecord{Heading: []string{"SP 800-53", "CP-9 System Backup"}, Text: "Conduct backups of the system."}
	f := ChunkFields(&c)
	if f.Title["backup"] != 1 || f.Title["sp"] != 1 || f.Body["backup"] != 1 || f.Body["sp"] != 0 || f.Body["system"] != 1 ||
		f.TitleLen != len(LexicalTerms("SP 800-53 CP-9 System Backup")) || f.BodyLen != 3 {
		t.Errorf("ChunkFields = %+v: the heading path is the title field, the text the body, each counted once", f)
	}
	if got := strings.Join(f.Terms(), " "); got != "53 800 800-53 9 backup conduct cp cp-9 sp system" {
		t.Errorf("Fields.Terms = %q", got)
	}
}

// fakePDF extracts a fixed text, or fails as its extractor would.
type fakePDF struct {
	text string
	err  error
}

func (f fakePDF) ExtractPDF(context.Context, []byte) (string, error) { return f.text, f.err }

// PDFs go through the extractor given; without one, or with one that
// cannot read the file, the error names the file and says why.
func TestParsePDFThroughTheExtractor(t *testing.T) {
	t.Parallel()
	pdf := []byte("%PDF-1.4\n...")
	docs, err := Parse(context.Background(), "iso.pdf", pdf, ParseOptions{PDF: fakePDF{text: "A.5.15 Access control\fRules decide who gets access."}})
	if err != nil || len(docs) != 1 || !strings.Contains(docs[0].Sections[0].Text, "Rules decide") || strings.Contains(docs[0].Sections[0].Text, "\f") {
		t.Errorf("through the extractor: %+v, %v", docs, err)
	}
	for _, tt := range []struct {
		data []byte
		x    PDFExtractor
		kind errs.Kind
		msg  string
	}{
		{pdf, nil, errs.Unavailable, "needs a text extractor"},
		{[]byte("not a pdf"), fakePDF{text: "x"}, errs.Invalid, "no %PDF header"},
		{pdf, fakePDF{err: errs.E("x", errs.Invalid, "broken or unreadable PDF: bad xref")}, errs.Invalid, "bad xref"},
		{pdf, fakePDF{text: "  \n"}, errs.Invalid, "no extractable text"},
	} {
		_, err := Parse(context.Background(), "scan.pdf", tt.data, ParseOptions{PDF: tt.x})
		if errs.KindOf(err) != tt.kind || !strings.Contains(errs.Message(err), tt.msg) || !strings.Contains(errs.Message(err), "scan.pdf") {
			t.Errorf("%q: %v (%s), want %s saying %q", tt.msg, err, errs.KindOf(err), tt.kind, tt.msg)
		}
	}
}

// A document that repeats a section verbatim, however often, gets one
// chunk per repeat with ids all different; a document that is a single
// heading word ("INTRODUCTION") is indexed, not refused.
func TestChunkRepeatsAndFragments(t *testing.T) {
	t.Parallel()
	var secs []Section
	for range 5 {
		secs = append(secs, Section{Heading: []string{"Boilerplate"}, Text: "This page intentionally left blank for printing."})
	}
	cs := Chunk(&Document{ID: "rep", Sections: secs}, DefaultChunking)
	ids := map[ChunkID]bool{}
	for _, c := range cs {
		ids[c.ID] = true
	}
	if len(cs) != 5 || len(ids) != 5 {
		t.Errorf("%d chunks, %d distinct ids for five repeats", len(cs), len(ids))
	}
	for _, text := range []string{"INTRODUCTION", "Jurisdiction"} {
		cs := Chunk(&Document{ID: "one", Sections: []Section{{Text: text}}}, DefaultChunking)
		if len(cs) != 1 || cs[0].Text != text {
			t.Errorf("%q: chunks %+v", text, cs)
		}
	}
	// Beside real text, fragments (page numbers) are still dropped.
	cs = Chunk(&Document{ID: "mixed", Sections: []Section{{Text: "12"}, {Text: "Staff patch servers every month under the policy."}}}, DefaultChunking)
	if len(cs) != 1 {
		t.Errorf("fragments beside text: %+v", cs)
	}
}

// A relevant entry may name one section of a document ("DOC#3.5"): it
// matches passages whose heading path runs through that section, not its
// neighbours. (That every section a labelled set names exists is
// TestEvalQuerySetsAreWellFormed's.)
func TestSectionRelevance(t *testing.T) {
	t.Parallel()
	c := ChunkRecord{Doc: "builtin:nist-ai-100-1", Heading: []string{"Part 1: Foundational Information", "3. Ai Risks And Trustworthiness", "3.5 Explainable And Interpretable"}}
	for rel, want := range map[string]int{
		"builtin:nist-ai-100-1#3.5": 0, "builtin:nist-ai-100-1#3.": 0, "builtin:nist-ai-100-1#Part 1": 0,
		"builtin:nist-ai-100-1#3.6": -1, "builtin:nist-ai-100-1#3": -1, "other#3.5": -1,
	} {
		if got := Matches(c, []string{rel}); got != want {
			t.Errorf("%s: %d, want %d", rel, got, want)
		}
	}
}

func TestExpandLongestKeyOnce(t *testing.T) {
	t.Parallel()
	// "vendor review" and "vendor" are both keys: the longer one wins and
	// the shorter one's expansion is not added as well.
	long, short := Expand("vendor review"), Expand("vendor")
	if long == "" || short == "" || long == short {
		t.Fatalf("Expand(vendor review) = %q, Expand(vendor) = %q: want two different expansions", long, short)
	}
	if got := Expand("every vendor review"); got != long {
		t.Errorf("Expand(every vendor review) = %q, want only %q", got, long)
	}
	// "third party" and "third-party" expand to the same words: once.
	if a, b := Expand("third party"), Expand("third-party third party"); a == "" || a != b {
		t.Errorf("Expand(third-party third party) = %q, want %q once", b, a)
	}
}

// TestVocabularyKeysAreNotTheStandardsWords holds the vocabulary to its
// rule: a key is a word the standards rarely use. One they use in 5% of
// the built-in passages or more is already their word, and expanding it
// only adds weight to every passage that says it (README, "Search quality").
func TestVocabularyKeysAreNotTheStandardsWords(t *testing.T) {
	t.Parallel()
	var passages []string
	for _, c := range builtinChunks(t) {
		passages = append(passages, " "+strings.Join(words(c.EmbedText()), " ")+" ")
	}
	for key := range vocabulary {
		phrase := " " + strings.Join(words(key), " ") + " "
		n := 0
		for _, p := range passages {
			if strings.Contains(p, phrase) {
				n++
			}
		}
		if share := float64(n) / float64(len(passages)); share >= 0.05 {
			t.Errorf("vocabulary key %q is in %.1f%% of the built-in passages: it is the standards' own word, not one to expand", key, 100*share)
		}
	}
}

// builtinChunks is the built-in corpus as ingest cuts it.
func builtinChunks(t *testing.T) []ChunkRecord {
	t.Helper()
	docs, err := BuiltinDocuments()
	if err != nil {
		t.Fatal(err)
	}
	var chunks []ChunkRecord
	for _, d := range docs {
		chunks = append(chunks, Chunk(d, DefaultChunking)...)
	}
	return chunks
}

// The yardstick is textbook BM25 (k1 1.5, b 0.75) over text alone: scores
// worked by hand for a three-passage corpus; headings, stemming and the
// vocabulary play no part.
func TestBaselineIsTextbookBM25(t *testing.T) {
	chunks := []ChunkRecord{
		{ID: "a", Text: "Alpha beta", Heading: []string{"Gamma"}},
		{ID: "b", Text: "alpha, alpha; gamma delta"},
		{ID: "c", Text: "Beta. The controls"},
	}
	b := NewBaseline(chunks)
	got := b.Search("the alpha", 10)
	// idf = ln(1 + (3-2+0.5)/(2+0.5)); lengths 2, 4, 2 ("the" is a
	// stopword); average 8/3.
	idf := math.Log(1.6)
	want := map[ChunkID]float64{
		"b": idf * 2 * 2.5 / (2 + 1.5*(0.25+0.75*4/(8.0/3))),
		"a": idf * 1 * 2.5 / (1 + 1.5*(0.25+0.75*2/(8.0/3))),
	}
	if len(got) != 2 || got[0].Chunk.ID != "b" || got[1].Chunk.ID != "a" {
		t.Fatalf("alpha: %+v, want b then a", got)
	}
	for _, r := range got {
		if math.Abs(r.Score-want[r.Chunk.ID]) > 1e-12 {
			t.Errorf("%s scored %v, by hand %v", r.Chunk.ID, r.Score, want[r.Chunk.ID])
		}
	}
	if got := b.Search("gamma", 10); len(got) != 1 || got[0].Chunk.ID != "b" {
		t.Errorf("gamma matched a heading: %+v", got)
	}
	if got := b.Search("control", 10); len(got) != 0 {
		t.Errorf("the yardstick stems: %+v", got)
	}
	if got := NewBaseline([]ChunkRecord{{ID: "m", Text: "multi-factor authentication"}}).Search("MFA", 10); len(got) != 0 {
		t.Errorf("the yardstick expands the vocabulary: %+v", got)
	}
	if got := b.Search("alpha beta", 1); len(got) != 1 || got[0].Chunk.ID != "a" {
		t.Errorf("k 1: %+v", got)
	}
	if got := NewBaseline(nil).Search("alpha", 10); len(got) != 0 {
		t.Errorf("empty corpus: %+v", got)
	}
}

// A section longer than the chunk budget is cut into pieces, but it is one
// passage: a result list shows its best piece once and fills k with other
// passages, as a passage-level benchmark counts them.
func TestYardstickShowsEachPassageOnce(t *testing.T) {
	long := func(id ChunkID, text string) ChunkRecord {
		return ChunkRecord{ID: id, Doc: "reg.jsonl", Heading: []string{"§ 1005.11(c)"}, Text: text}
	}
	chunks := []ChunkRecord{
		long("p1", "escrow escrow refund"),
		long("p2", "escrow refund within twenty days"),
		{ID: "q", Doc: "reg.jsonl", Heading: []string{"§ 1005.11(d)"}, Text: "refund of escrow balance"},
		{ID: "r", Doc: "other.jsonl", Heading: []string{"§ 1005.11(c)"}, Text: "escrow account"},
	}
	got := NewBaseline(chunks).Search("escrow refund", 3)
	var ids []ChunkID
	for _, r := range got {
		ids = append(ids, r.Chunk.ID)
	}
	if !slices.Equal(ids, []ChunkID{"p1", "q", "r"}) {
		t.Errorf("escrow refund: %v, want the passage's best piece p1 once, then q and r", ids)
	}
	seen := passageSet{}
	if got := []bool{seen.first(chunks[1]), seen.first(chunks[0]), seen.first(chunks[2]), seen.first(chunks[3])}; !slices.Equal(got, []bool{true, false, true, true}) {
		t.Errorf("passageSet: p2, p1 (the same passage), q, r first = %v", got)
	}
}
