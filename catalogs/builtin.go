package catalogs

import (
	"bytes"
	"embed"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/assay-dev/assay/errs"
)

// BuiltinFS holds the catalogs shipped in the binary: ISO catalogs in
// Assay's own words (YAML) and NIST publications (public domain), each data
// folder with a SOURCE.md saying where it came from.
//
//go:embed builtin
var BuiltinFS embed.FS

// Framework ids of the built-in catalogs.
const (
	ISO27001 FrameworkID = "iso27001-2022"
	ISO42001 FrameworkID = "iso42001-2023"
	ISO27032 FrameworkID = "iso27032-2023"
	CSF2     FrameworkID = "nist-csf-2.0"
	AIRMF    FrameworkID = "nist-ai-rmf-1.0"
	SP80053  FrameworkID = "nist-sp800-53-r5"
)

// Crosswalk sources, as stored with each link.
const (
	SourceAIRMF42001 = "NIST AI RMF to ISO/IEC 42001 Crosswalk (NIST AIRC)"
	SourceCSF27001   = "NIST CSF 2.0 Reference Tool: informative references (ISO/IEC 27001:2022)"
	SourceCSF80053   = "NIST CSF 2.0 Reference Tool: informative references (SP 800-53 Rev 5.2.0)"
)

var (
	builtinOnce sync.Once
	builtinCats []Catalog
	builtinErr  error
	// builtinHashes holds Hash of each built-in catalog, in Builtin's
	// order: OpenLibrary compares them with the store's on every start,
	// and hashing marshals every control (about a tenth of a second).
	builtinHashes []string
	// ownerAsked holds each built-in control's question in owners' words
	// (see addOwnerQuestions), set once with the catalogs.
	ownerAsked map[Key]string
)

// OwnerQuestion is a built-in control's question in the words owners use,
// Assay's own ("" when it has none): search indexes the control's
// passages by it, so people find them in their own words.
func OwnerQuestion(k Key) string {
	if _, err := Builtin(); err != nil {
		return ""
	}
	return ownerAsked[k]
}

// Builtin returns the six built-in catalogs with their crosswalk links, in a
// fixed order. The result is shared: callers must not modify it.
func Builtin() ([]Catalog, error) {
	builtinOnce.Do(func() {
		builtinCats, builtinErr = loadBuiltin()
		for i := range builtinCats {
			builtinHashes = append(builtinHashes, Hash(&builtinCats[i]))
		}
	})
	return builtinCats, builtinErr
}

func loadBuiltin() ([]Catalog, error) {
	const op = "catalogs.Builtin"
	var cats []Catalog
	for _, name := range []string{"iso27001-2022.yaml", "iso42001-2023.yaml"} {
		c, err := builtinYAML(name, nil)
		if err != nil {
			return nil, err
		}
		cats = append(cats, *c)
	}
	csf, err := loadCSF()
	if err != nil {
		return nil, errs.Wrap(op, errs.Internal, err, "CSF 2.0")
	}
	airmf, err := loadAIRMF()
	if err != nil {
		return nil, errs.Wrap(op, errs.Internal, err, "AI RMF")
	}
	sp, err := loadSP80053()
	if err != nil {
		return nil, errs.Wrap(op, errs.Internal, err, "SP 800-53")
	}
	asked := map[Key]string{}
	for _, o := range []struct {
		cat  *Catalog
		path string
	}{{sp, spOwnerQuestions}, {csf, csfOwnerQuestions}, {airmf, airmfOwnerQuestions}} {
		data, err := BuiltinFS.ReadFile(o.path)
		if err == nil {
			err = addOwnerQuestions(o.cat, o.path, data, asked)
		}
		if err != nil {
			return nil, errs.Wrap(op, errs.Internal, err, "owner questions")
		}
	}
	ownerAsked = asked
	cats = append(cats, Catalog{}, *csf, *airmf, *sp) // 27032 slot filled below

	// 27032's mappings name 27001 controls, so it is parsed against the rest.
	set, err := NewSet(append(append([]Catalog(nil), cats[:2]...), cats[3:]...))
	if err != nil {
		return nil, err
	}
	resolve := func(fw, ref string) (Key, error) {
		c, err := set.Resolve(fw, ref)
		return c.Key(), err
	}
	iso27032, err := builtinYAML("iso27032-2023.yaml", resolve)
	if err != nil {
		return nil, err
	}
	cats[2] = *iso27032

	if cats[3].Links, err = csfLinks(set); err != nil {
		return nil, errs.Wrap(op, errs.Internal, err, "CSF crosswalks")
	}
	if cats[4].Links, err = airmfLinks(set); err != nil {
		return nil, errs.Wrap(op, errs.Internal, err, "AI RMF crosswalk")
	}
	for i := range cats {
		cats[i].Framework.Origin = OriginBuiltin
	}
	return cats, nil
}

func builtinYAML(name string, resolve Resolver) (*Catalog, error) {
	data, err := BuiltinFS.ReadFile("builtin/" + name)
	if err != nil {
		return nil, errs.Wrap("catalogs.Builtin", errs.Internal, err, name)
	}
	return ParseYAML("builtin/"+name, data, resolve)
}

type csfRow struct {
	Status              string `json:"Status"`
	FunctionID          string `json:"Function ID"`
	FunctionName        string `json:"Function Name"`
	FunctionDescription string `json:"Function Description"`
	CategoryID          string `json:"Category ID"`
	CategoryName        string `json:"Category Name"`
	CategoryDescription string `json:"Category Description"`
	SubcategoryID       string `json:"Subcategory ID"`
	Subcategory         string `json:"Subcategory"`
	Examples            string `json:"Implementation Examples"`
	References          string `json:"Informative References"`
}

func csfRows() ([]csfRow, error) {
	data, err := BuiltinFS.ReadFile("builtin/nist-csf-2.0/csf-2.0.json")
	if err != nil {
		return nil, err
	}
	var all []csfRow
	if err := json.Unmarshal(data, &all); err != nil {
		return nil, fmt.Errorf("csf-2.0.json: %w", err)
	}
	var rows []csfRow
	for _, r := range all {
		if r.Status == "Active" {
			rows = append(rows, r)
		}
	}
	return rows, nil
}

func loadCSF() (*Catalog, error) {
	rows, err := csfRows()
	if err != nil {
		return nil, err
	}
	cat := &Catalog{Framework: Framework{
		ID: CSF2, Name: "NIST Cybersecurity Framework 2.0", Version: "2.0", Kind: Guidance,
		Aliases: []string{"csf", "csf2", "csf-2.0", "nist-csf", "cybersecurity-framework"},
		License: "NIST CSWP 29 and the CSF 2.0 Reference Tool: U.S. Government work, public domain.",
	}}
	add := onceAdder(cat)
	for _, r := range rows {
		add(Control{Ref: Ref(r.FunctionID), Kind: KindGroup, Title: titleCase(r.FunctionName), Statement: r.FunctionDescription})
		add(Control{Ref: Ref(r.CategoryID), Kind: KindGroup, Title: r.CategoryName, Parent: Ref(r.FunctionID), Statement: r.CategoryDescription})
		add(Control{
			Ref: Ref(r.SubcategoryID), Kind: KindControl, Title: shortTitle(r.Subcategory), Parent: Ref(r.CategoryID),
			Statement: r.Subcategory, Guidance: strings.TrimSpace(r.Examples),
			Questions: []string{outcomeQuestion(r.Subcategory)},
		})
	}
	return cat, nil
}

// csfLinks reads CSF → ISO 27001 from the derived crosswalk CSV and CSF →
// SP 800-53 from the informative references. A reference to an 800-53
// control newer than the shipped catalog (5.0.1) is skipped.
func csfLinks(set *Set) ([]Link, error) {
	var links []Link
	recs, err := readCSV("builtin/crosswalks/csf2-to-iso27001-2022.csv")
	if err != nil {
		return nil, err
	}
	for i, rec := range recs {
		if len(rec) < 3 {
			return nil, fmt.Errorf("csf2-to-iso27001-2022.csv row %d: %d fields", i+2, len(rec))
		}
		from, err := set.Resolve(string(CSF2), rec[0])
		if err != nil {
			return nil, fmt.Errorf("csf2-to-iso27001-2022.csv row %d: %w", i+2, err)
		}
		to, err := resolveOrParent(set, ISO27001, rec[2])
		if err != nil {
			return nil, fmt.Errorf("csf2-to-iso27001-2022.csv row %d: %w", i+2, err)
		}
		links = append(links, Link{From: from.Key(), To: to.Key(), Relationship: Intersects, Source: SourceCSF27001})
	}
	rows, err := csfRows()
	if err != nil {
		return nil, err
	}
	const prefix = "SP 800-53 Rev 5.2.0:"
	for _, r := range rows {
		for _, line := range strings.Split(r.References, "\n") {
			ref, ok := strings.CutPrefix(strings.TrimSpace(line), prefix)
			if !ok {
				continue
			}
			to, err := set.Resolve(string(SP80053), strings.TrimSpace(ref))
			if err != nil {
				continue // added after rev 5.0.1 (e.g. SA-24): not in the shipped catalog
			}
			links = append(links, Link{From: Key{CSF2, Ref(r.SubcategoryID)}, To: to.Key(), Relationship: Intersects, Source: SourceCSF80053})
		}
	}
	return dedupeLinks(links), nil
}

type airmfRow struct {
	SubcategoryID string `json:"subcategory_id"`
	Function      string `json:"function"`
	CategoryID    string `json:"category_id"`
	CategoryText  string `json:"category_text"`
	Description   string `json:"description"`
}

func loadAIRMF() (*Catalog, error) {
	data, err := BuiltinFS.ReadFile("builtin/nist-ai-rmf-1.0/ai-rmf-1.0-subcategories.json")
	if err != nil {
		return nil, err
	}
	var rows []airmfRow
	if err := json.Unmarshal(data, &rows); err != nil {
		return nil, fmt.Errorf("ai-rmf-1.0-subcategories.json: %w", err)
	}
	cat := &Catalog{Framework: Framework{
		ID: AIRMF, Name: "NIST AI Risk Management Framework 1.0", Version: "1.0", Kind: Guidance,
		Aliases:    []string{"ai-rmf", "airmf", "ai-100-1", "nist-ai-rmf", "nist-ai-100-1"},
		License:    "NIST AI 100-1: U.S. Government work, public domain.",
		RefAliases: map[string]string{"GV": "GOVERN", "MP": "MAP", "MS": "MEASURE", "MG": "MANAGE"},
	}}
	add := onceAdder(cat)
	for _, r := range rows {
		fn := strings.ToUpper(r.Function)
		add(Control{Ref: Ref(fn), Kind: KindGroup, Title: titleCase(fn)})
		add(Control{Ref: Ref(r.CategoryID), Kind: KindGroup, Title: shortTitle(r.CategoryText), Parent: Ref(fn), Statement: r.CategoryText})
		add(Control{
			Ref: Ref(r.SubcategoryID), Kind: KindControl, Title: shortTitle(r.Description), Parent: Ref(r.CategoryID),
			Statement: strings.TrimSpace(r.Description), Questions: []string{outcomeQuestion(r.Description)},
		})
	}
	return cat, nil
}

// airmfLinks reads AI RMF → ISO/IEC 42001. Annex B rows point at their
// Annex A control; clause sub-items the catalog does not list (9.2.1) map to
// the enclosing clause (9.2).
func airmfLinks(set *Set) ([]Link, error) {
	recs, err := readCSV("builtin/crosswalks/ai-rmf-to-iso42001.csv")
	if err != nil {
		return nil, err
	}
	var links []Link
	for i, rec := range recs {
		if len(rec) < 3 {
			return nil, fmt.Errorf("ai-rmf-to-iso42001.csv row %d: %d fields", i+2, len(rec))
		}
		from, err := set.Resolve(string(AIRMF), rec[0])
		if err != nil {
			return nil, fmt.Errorf("ai-rmf-to-iso42001.csv row %d: %w", i+2, err)
		}
		ref := rec[1]
		if rec[2] != "" {
			ref = rec[2]
		}
		to, err := resolveOrParent(set, ISO42001, ref)
		if err != nil {
			return nil, fmt.Errorf("ai-rmf-to-iso42001.csv row %d: %w", i+2, err)
		}
		links = append(links, Link{From: from.Key(), To: to.Key(), Relationship: Intersects, Source: SourceAIRMF42001})
	}
	return dedupeLinks(links), nil
}

func loadSP80053() (*Catalog, error) {
	data, err := BuiltinFS.ReadFile("builtin/nist-sp800-53-rev5/NIST_SP-800-53_rev5_catalog-min.json")
	if err != nil {
		return nil, err
	}
	return ParseOSCAL("builtin/nist-sp800-53-rev5/NIST_SP-800-53_rev5_catalog-min.json", data, OSCALOptions{
		ID: SP80053, Name: "NIST SP 800-53 Rev. 5", Kind: Requirements,
		Aliases: []string{"800-53", "sp800-53", "nist-800-53", "sp-800-53", "800-53r5"},
		License: "NIST SP 800-53 Rev. 5 (OSCAL catalog 5.0.1): U.S. Government work, public domain.",
	})
}

// The owner questions: one per SP 800-53 base control, CSF subcategory
// and AI RMF subcategory in the words owners use ("What happens when
// someone types the wrong password too many times?" for AC-7), Assay's
// own: the derived questions repeat the control's text, and people ask
// in other words.
const (
	spOwnerQuestions    = "builtin/nist-sp800-53-rev5/owner-questions.tsv"
	csfOwnerQuestions   = "builtin/nist-csf-2.0/owner-questions.tsv"
	airmfOwnerQuestions = "builtin/nist-ai-rmf-1.0/owner-questions.tsv"
)

// addOwnerQuestions appends to each control named in a tab-separated
// file (ref, question; "#" starts a comment) its question, after the
// catalog's own, so check-ins still ask the first, and notes it in asked.
// An unknown or repeated ref, or a line without a question, is an error.
func addOwnerQuestions(cat *Catalog, path string, data []byte, asked map[Key]string) error {
	at := map[Ref]int{}
	for i, c := range cat.Controls {
		at[c.Ref] = i
	}
	done := map[Ref]bool{}
	for n, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		ref, q, ok := strings.Cut(line, "\t")
		ref, q = strings.TrimSpace(ref), strings.TrimSpace(q)
		i, known := at[Ref(ref)]
		switch {
		case !ok || q == "":
			return fmt.Errorf("%s line %d: want a ref, a tab and a question", path, n+1)
		case !known:
			return fmt.Errorf("%s line %d: no control %q", path, n+1, ref)
		case done[Ref(ref)]:
			return fmt.Errorf("%s line %d: %s has a question already", path, n+1, ref)
		}
		done[Ref(ref)] = true
		cat.Controls[i].Questions = append(cat.Controls[i].Questions, q)
		asked[Key{Framework: cat.Framework.ID, Ref: Ref(ref)}] = q
	}
	return nil
}

// resolveOrParent resolves ref, or failing that its enclosing refs: "4.2(a)"
// becomes 4.2 and "9.2.1" becomes 9.2 where the catalog stops there.
func resolveOrParent(set *Set, fw FrameworkID, ref string) (Control, error) {
	c, err := set.Resolve(string(fw), ref)
	for k := normRef(ref); err != nil; {
		i := strings.LastIndexByte(k, '.')
		if i < 0 {
			return Control{}, err
		}
		k = k[:i]
		if c2, err2 := set.Resolve(string(fw), k); err2 == nil {
			return c2, nil
		}
	}
	return c, nil
}

func readCSV(path string) ([][]string, error) {
	data, err := BuiltinFS.ReadFile(path)
	if err != nil {
		return nil, err
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	var out [][]string
	header := true
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if header {
			header = false
			continue
		}
		out = append(out, rec)
	}
}

func dedupeLinks(ls []Link) []Link {
	seen := map[[2]Key]bool{}
	out := ls[:0]
	for _, l := range ls {
		k := [2]Key{l.From, l.To}
		if !seen[k] {
			seen[k] = true
			out = append(out, l)
		}
	}
	return out
}

// shortTitle makes a title from an outcome sentence: its first sentence,
// cut at a word boundary near 90 characters.
func shortTitle(s string) string {
	s = firstSentence(s)
	if utf8.RuneCountInString(s) <= 90 {
		return s
	}
	r := []rune(s)[:90]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > 50 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, ",;: ") + "…"
}

// onceAdder returns a function that appends a control to cat unless its ref
// is already there: the NIST tables repeat each function and category on
// every row.
func onceAdder(cat *Catalog) func(Control) {
	seen := map[Ref]bool{}
	return func(c Control) {
		if seen[c.Ref] {
			return
		}
		seen[c.Ref] = true
		c.Framework, c.Order = cat.Framework.ID, len(cat.Controls)
		cat.Controls = append(cat.Controls, c)
	}
}

func titleCase(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + strings.ToLower(s[1:])
}

// BuiltinSet is the built-in catalogs, indexed.
func BuiltinSet() (*Set, error) {
	cats, err := Builtin()
	if err != nil {
		return nil, err
	}
	return NewSet(cats)
}
