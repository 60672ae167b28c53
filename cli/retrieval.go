package cli

import (
	"bytes"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/assay-dev/assay/ask"
	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/llm"
	"github.com/assay-dev/assay/pdftotext"
	"github.com/assay-dev/assay/retrieval"
)

// Engine opens retrieval over the database with the configured embedder,
// loading the built-in corpus on first use.
func (a *App) Engine(cmd *cobra.Command, builtin bool) (*retrieval.Engine, error) {
	ctx := cmd.Context()
	if a.engine != nil {
		return a.engine, nil
	}
	st, err := a.Storage(ctx)
	if err != nil {
		return nil, err
	}
	lib, err := a.Library(ctx)
	if err != nil {
		return nil, err
	}
	emb, err := a.Embedder()
	if err != nil {
		return nil, err
	}
	eng := &retrieval.Engine{
		Store:    st.Retrieval,
		Embedder: emb, Catalogs: lib.Set, Log: a.Log,
	}
	if builtin {
		st, err := eng.EnsureBuiltin(ctx)
		if err != nil {
			return nil, err
		}
		if st.Documents > 0 || st.Embedded > 0 {
			a.Log.Info("built-in corpus loaded", "documents", st.Documents, "chunks", st.Chunks, "took", st.Took)
		}
	}
	a.engine = eng
	return eng, nil
}

// Embedder is the OpenAI-compatible embedder when a key is set, else the
// offline one (and the logs say so).
func (a *App) Embedder() (retrieval.Embedder, error) {
	if a.Config.OfflineEmbedder() {
		a.Log.Debug("using the offline embedder", "model", retrieval.OfflineModel)
		return retrieval.NewOffline(384, nil), nil
	}
	if a.Config.EmbedDims < 0 {
		return nil, errs.E("embedder", errs.Invalid, "ASSAY_EMBED_DIMS must be a positive whole number (the embedding model's output size)")
	}
	return llm.NewEmbedder(llm.EmbedderConfig{
		Endpoint: llm.Config{APIKey: a.Config.OpenAIAPIKey, BaseURL: a.Config.OpenAIBaseURL}, Model: a.Config.EmbedModel, Dims: a.Config.EmbedDims,
	})
}

func (a *App) ingestCommand() *cobra.Command {
	var collection, framework, format string
	var builtin bool
	cmd := &cobra.Command{
		Use:   "ingest PATH... | --builtin",
		Short: "Add documents to the search corpus (Markdown, text, HTML, PDF, JSONL, OSCAL)",
		Long: `Parse, chunk along the document's structure, embed and index documents.
Ingesting an unchanged document adds nothing; a changed one replaces its old
chunks in one transaction. Every file is read and checked before anything
is stored: a file that cannot be read, or a JSONL file with any bad line
(each named as FILE:LINE), stops the command and nothing is stored.

JSONL: one passage per line, {"id","title","text"} with optional
"framework" (one the catalogs know) and "ref". With --framework, headings that name a control of
that framework ("A.5.15 Access control") tag the text under them.`,
		Example: "  assay ingest --builtin\n  assay ingest iso27001-2022.pdf --framework iso27001\n  assay ingest policies/*.md --collection policies",
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 && !builtin {
				return usageError{fmt.Errorf("give files to ingest, or --builtin")}
			}
			eng, err := a.Engine(cmd, false)
			if err != nil {
				return err
			}
			var fw catalogs.FrameworkID
			var refOf func(string) (catalogs.FrameworkID, catalogs.Ref, bool)
			if framework != "" {
				cat, err := a.library.Set().Catalog(framework)
				if err != nil {
					return err
				}
				fw = cat.Framework.ID
				refOf = headingRef(a.library.Set(), fw)
			}
			var docs []*retrieval.Document
			if builtin {
				bd, err := retrieval.BuiltinDocuments()
				if err != nil {
					return err
				}
				docs = append(docs, bd...)
			}
			for _, path := range args {
				data, err := readFileLimited(path, retrieval.MaxIngestBytes)
				if err != nil {
					return err
				}
				ds, err := retrieval.Parse(cmd.Context(), path, data, retrieval.ParseOptions{
					Collection: collection, Framework: fw, Format: format, RefOf: refOf, PDF: pdftotext.Extractor{},
					ResolveFramework: func(name string) (catalogs.FrameworkID, error) {
						cat, err := a.library.Set().Catalog(name)
						if err != nil {
							return "", err
						}
						return cat.Framework.ID, nil
					},
				})
				if err != nil {
					return err
				}
				docs = append(docs, ds...)
			}
			eng.Progress = a.progress(len(docs))
			st, err := eng.Ingest(cmd.Context(), docs)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.Stdout, "%s (embedder %s)\n", st, eng.Embedder.Space())
			return nil
		},
	}
	cmd.Flags().StringVar(&collection, "collection", retrieval.CollectionStandards, "collection the documents belong to")
	cmd.Flags().StringVar(&framework, "framework", "", "framework the documents belong to (tags headings that name its controls)")
	cmd.Flags().StringVar(&format, "format", "", "md, txt, html, pdf, jsonl or oscal (default: from the file name)")
	cmd.Flags().BoolVar(&builtin, "builtin", false, "ingest the built-in NIST corpus")
	return cmd
}

// progress draws a bar on a terminal and logs periodically otherwise.
func (a *App) progress(total int) func(done, total int) {
	f, hasFd := a.Stderr.(interface{ Fd() uintptr })
	tty := hasFd && term.IsTerminal(int(f.Fd()))
	last := time.Now()
	return func(done, total int) {
		if tty {
			width := 30
			filled := width * done / max(total, 1)
			fmt.Fprintf(a.Stderr, "\r[%s%s] %d/%d documents", strings.Repeat("#", filled), strings.Repeat(".", width-filled), done, total)
			if done == total {
				fmt.Fprintln(a.Stderr)
			}
			return
		}
		if time.Since(last) > 5*time.Second || done == total {
			a.Log.Info("ingest progress", "documents", done, "of", total)
			last = time.Now()
		}
	}
}

// headingRef finds a control ref at the start of a heading.
func headingRef(set *catalogs.Set, fw catalogs.FrameworkID) func(string) (catalogs.FrameworkID, catalogs.Ref, bool) {
	return func(h string) (catalogs.FrameworkID, catalogs.Ref, bool) {
		f := strings.Fields(h)
		for n := min(2, len(f)); n >= 1; n-- {
			cand := strings.Join(f[:n], " ")
			if strings.IndexFunc(cand, func(r rune) bool { return r >= '0' && r <= '9' }) < 0 {
				continue
			}
			if c, err := set.Resolve(string(fw), cand); err == nil && c.Kind != catalogs.KindGroup {
				return fw, c.Ref, true
			}
		}
		return "", "", false
	}
}

type resultJSON struct {
	Doc       string            `json:"doc"`
	Framework string            `json:"framework"`
	Ref       string            `json:"ref"`
	Heading   string            `json:"heading"`
	Chunk     retrieval.ChunkID `json:"chunk"`
	Score     float64           `json:"score"`
	Text      string            `json:"text"`
}

// searchFlags are the flags search and eval share.
type searchFlags struct {
	collection, framework, mode string
	k                           int
	asJSON                      bool
	baseline                    bool // eval: --mode bm25, the textbook yardstick, is allowed
}

func (f *searchFlags) register(cmd *cobra.Command, k int, kHelp string) {
	cmd.Flags().StringVar(&f.collection, "collection", "", "only passages of this collection")
	cmd.Flags().StringVar(&f.framework, "framework", "", "only passages of this framework")
	modes := "hybrid, lexical or vector"
	if f.baseline {
		modes = "hybrid, lexical, vector, or bm25 (textbook Okapi BM25 over passage text: the yardstick, not search)"
	}
	cmd.Flags().StringVar(&f.mode, "mode", "hybrid", modes)
	cmd.Flags().IntVar(&f.k, "k", k, kHelp)
	cmd.Flags().BoolVar(&f.asJSON, "json", false, "print JSON")
}

func (a *App) searchCommand() *cobra.Command {
	var f searchFlags
	var control string
	cmd := &cobra.Command{
		Use:   "search QUERY",
		Short: "Search the standard text: hybrid BM25 and vector search with citations",
		Example: "  assay search \"we wipe laptops before disposal\"\n" +
			"  assay search \"how do we test models for bias\" --control iso42001:A.6.2.4 --k 5 --json",
		Args: exactArgs(1, "a QUERY (quote it)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			q, err := f.query(args[0], control)
			if err != nil {
				return err
			}
			eng, err := a.Engine(cmd, true)
			if err != nil {
				return err
			}
			// A filter that matches nothing is a mistake, not "no passages".
			if q.Filter.Framework != "" {
				cat, err := a.library.Set().Catalog(string(q.Filter.Framework))
				if err != nil {
					return err
				}
				q.Filter.Framework = cat.Framework.ID
			}
			if q.Filter.Collection != "" {
				if docs, _, err := eng.Store.Counts(cmd.Context(), q.Filter.Collection); err != nil {
					return err
				} else if docs == 0 {
					return errs.E("search", errs.NotFound, "no collection %q: nothing was ingested into it (assay ingest FILE --collection %s)", q.Filter.Collection, q.Filter.Collection)
				}
			}
			res, err := eng.Search(cmd.Context(), q)
			if err != nil {
				return err
			}
			out := make([]resultJSON, len(res))
			for i, r := range res {
				out[i] = resultJSON{r.Chunk.Doc, string(r.Chunk.Framework), string(r.Chunk.Ref), r.Chunk.HeadingPath(), r.Chunk.ID, r.Score, r.Chunk.Text}
			}
			if f.asJSON {
				return a.writeJSON(out)
			}
			if a.Config.Offline() {
				fmt.Fprintln(a.Stdout, "(offline embedder: no OPENAI_API_KEY set)")
			}
			if len(out) == 0 {
				fmt.Fprintln(a.Stdout, "No passages found.")
			}
			for i, r := range out {
				cite := r.Doc
				if r.Ref != "" {
					cite = r.Framework + " " + r.Ref + " · " + r.Doc
				}
				fmt.Fprintf(a.Stdout, "%d. [%s] %s  (score %.4f, chunk %s)\n   %s\n\n", i+1, cite, r.Heading, r.Score, r.Chunk, truncate(strings.Join(strings.Fields(r.Text), " "), 280))
			}
			return nil
		},
	}
	f.register(cmd, 10, "how many passages")
	cmd.Flags().StringVar(&control, "control", "", "FRAMEWORK:REF: also rank passages of this control and the controls it maps to")
	return cmd
}

// query validates the flags into a query.
func (f *searchFlags) query(text, control string) (retrieval.Query, error) {
	q := retrieval.Query{Text: text, K: f.k, Mode: retrieval.Mode(f.mode), Filter: retrieval.Filter{Collection: f.collection}}
	switch {
	case q.Mode == retrieval.Hybrid, q.Mode == retrieval.Lexical, q.Mode == retrieval.Vector:
	case q.Mode == retrieval.BM25Baseline && f.baseline: // eval only, which has no --control
	case f.baseline:
		return q, usageError{fmt.Errorf("--mode must be hybrid, lexical, vector or bm25")}
	default:
		return q, usageError{fmt.Errorf("--mode must be hybrid, lexical or vector")}
	}
	if f.k <= 0 || f.k > 100 {
		return q, usageError{fmt.Errorf("--k must be between 1 and 100")}
	}
	q.Filter.Framework = catalogs.FrameworkID(f.framework)
	if control != "" {
		key, err := catalogs.ParseKey(control)
		if err != nil {
			return q, usageError{fmt.Errorf("--control: %v", err)}
		}
		q.Control = &key
	}
	return q, nil
}

func (a *App) evalCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "eval", Short: "Measure quality"}
	f := searchFlags{baseline: true}
	var queries string
	ret := &cobra.Command{
		Use:   "retrieval --queries FILE.jsonl",
		Short: "Recall, MRR, MAP and nDCG of search over labelled queries",
		Long: `Each line: {"id","query","relevant":[...]}, where a relevant entry is a
document id, FRAMEWORK:REF (the framework by id or alias; an enhancement
such as AC-2(1) also counts for AC-2; a ref the catalog does not hold is an
error) or DOC#SECTION (a section of a document and what it holds). Prints
recall@1/5/10, mrr@10, map@10 and ndcg@10 averaged over queries.
--mode bm25 ranks with textbook Okapi BM25 (k1 1.5, b 0.75, passage text
only, no stemming, no vocabulary) over the same passages: the yardstick
search should beat.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if queries == "" {
				return usageError{fmt.Errorf("--queries FILE is required")}
			}
			data, err := readFileLimited(queries, 64<<20)
			if err != nil {
				return err
			}
			qs, err := retrieval.ParseEvalQueries(filepath.Base(queries), data)
			if err != nil {
				return err
			}
			lib, err := a.Library(cmd.Context())
			if err != nil {
				return err
			}
			if err := retrieval.ResolveRelevant(filepath.Base(queries), qs, lib.Set()); err != nil {
				return err
			}
			base, err := f.query("", "")
			if err != nil {
				return err
			}
			eng, err := a.Engine(cmd, true)
			if err != nil {
				return err
			}
			avg, misses, err := eng.Evaluate(cmd.Context(), base, qs)
			if err != nil {
				return err
			}
			if f.asJSON {
				return a.writeJSON(avg)
			}
			fmt.Fprintf(a.Stdout, "queries %d  recall@1 %.3f  recall@5 %.3f  recall@10 %.3f  mrr@10 %.3f  map@10 %.3f  ndcg@10 %.3f  (%s)\n",
				avg.Queries, avg.Recall1, avg.Recall5, avg.Recall10, avg.MRR10, avg.MAP10, avg.NDCG10, f.mode)
			if len(misses) > 0 {
				sort.Strings(misses)
				fmt.Fprintf(a.Stdout, "not fully found in the top 5: %s\n", strings.Join(misses, ", "))
			}
			return nil
		},
	}
	ret.Flags().StringVar(&queries, "queries", "", "JSONL file of labelled queries (required)")
	f.register(ret, 10, "results per query (at least 10)")
	cmd.AddCommand(ret, a.evalDraftsCommand(), a.evalAskCommand())
	return group(cmd)
}

// textReport is a measurement's report, printed as text or JSON.
type textReport interface{ Text() string }

// evalSetCommand is an "assay eval" subcommand over a labelled JSONL set:
// it reads --set (at most 16 MB), measures, and prints the report as
// text or, with --json, as JSON. measure gets the file's bytes and name.
func (a *App) evalSetCommand(use, short, long, what string, measure func(cmd *cobra.Command, data []byte, name string) (textReport, error)) *cobra.Command {
	var set string
	var asJSON bool
	cmd := &cobra.Command{
		Use: use, Short: short, Long: long, Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if set == "" {
				return usageError{fmt.Errorf("--set FILE is required")}
			}
			data, err := readFileLimited(set, 16<<20)
			if err != nil {
				return err
			}
			rep, err := measure(cmd, data, filepath.Base(set))
			if err != nil {
				return err
			}
			if asJSON {
				return a.writeJSON(rep)
			}
			fmt.Fprint(a.Stdout, rep.Text())
			return nil
		},
	}
	cmd.Flags().StringVar(&set, "set", "", "JSONL file of labelled "+what+" (required)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func (a *App) evalDraftsCommand() *cobra.Command {
	return a.evalSetCommand("drafts --set FILE.jsonl [--json]",
		"Agreement of drafted levels with levels people gave the same answers",
		`Each line: {"framework","ref","answer","evidence":[...],"level":N}, N on the
0–5 maturity scale. Drafts every answer with the configured drafter (the
offline rules, or the model endpoint when OPENAI_API_KEY is set; passages
from the installation's search) and prints exact agreement, within one,
quadratic-weighted kappa, the mean signed difference (above 0: the drafter
overstates), how many drafts are two or more levels above the label, the
confusion matrix and each disagreement. Nothing is stored.`, "answers",
		func(cmd *cobra.Command, data []byte, name string) (textReport, error) {
			items, err := assessor.ReadLabelled(bytes.NewReader(data))
			if err != nil {
				return nil, errs.Wrap("eval", errs.Invalid, err, name)
			}
			lib, err := a.Library(cmd.Context())
			if err != nil {
				return nil, err
			}
			eng, err := a.Engine(cmd, true)
			if err != nil {
				return nil, err
			}
			drafter, _ := a.models()
			return assessor.Evaluate(cmd.Context(), drafter, lib.Set(), eng.Search, items)
		})
}

func (a *App) evalAskCommand() *cobra.Command {
	return a.evalSetCommand("ask --set FILE.jsonl [--json]",
		"How often answers name the controls people expect",
		`Each line: {"question","frameworks":[...],"controls":["FRAMEWORK:REF",...]};
frameworks may be left out (every framework). Asks every question as
'assay ask' does (the controls are named the same way with or without a
model, so no model is called) and prints the share of expected controls
named, among the first five, and the share of questions with all and
with any of them named, then each question with a control missing.
Nothing is stored.`, "questions",
		func(cmd *cobra.Command, data []byte, name string) (textReport, error) {
			lib, err := a.Library(cmd.Context())
			if err != nil {
				return nil, err
			}
			items, err := ask.ReadLabelled(bytes.NewReader(data), lib.Set())
			if err != nil {
				return nil, errs.Wrap("eval", errs.Invalid, err, name)
			}
			eng, err := a.Engine(cmd, true)
			if err != nil {
				return nil, err
			}
			return ask.Evaluate(cmd.Context(), &ask.Asker{Set: lib.Set, Search: eng.Search}, items)
		})
}

func (a *App) reindexCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "reindex",
		Short: "Embed every chunk that has no vector for the configured embedding model",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			eng, err := a.Engine(cmd, false)
			if err != nil {
				return err
			}
			n, err := eng.Reindex(cmd.Context())
			if err != nil {
				return err
			}
			fmt.Fprintf(a.Stdout, "embedded %d chunks into %s\n", n, eng.Embedder.Space())
			return nil
		},
	}
}

func (a *App) bm25Command() *cobra.Command {
	var collection string
	var k1, b, titleWeight float64
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "bm25 [--collection NAME] [--k1 X] [--b X] [--title-weight X] [--json]",
		Short: "Show or set a collection's lexical search parameters (BM25F)",
		Long: `Lexical search is BM25F over two fields of every passage, its title (the
heading path) and its text, each normalised against its collection's own
average length. Without flags this prints a collection's k1 (term-frequency
saturation), b (length normalisation) and title weight; with any of them it
sets those, keeping the others, and searches use them at once (nothing is
reindexed). The defaults were chosen by measurement on the labelled query
sets (README, "Search quality").`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			eng, err := a.Engine(cmd, false)
			if err != nil {
				return err
			}
			set, err := eng.Store.CollectionParams(cmd.Context())
			if err != nil {
				return err
			}
			p := retrieval.ParamsFor(set, collection)
			fl := cmd.Flags()
			if fl.Changed("k1") || fl.Changed("b") || fl.Changed("title-weight") {
				if fl.Changed("k1") {
					p.K1 = k1
				}
				if fl.Changed("b") {
					p.B = b
				}
				if fl.Changed("title-weight") {
					p.TitleWeight = titleWeight
				}
				if err := p.Validate(); err != nil {
					return usageError{err}
				}
				if err := eng.Store.SetLexicalParams(cmd.Context(), collection, p); err != nil {
					return err
				}
			}
			if asJSON {
				return a.writeJSON(struct {
					Collection string `json:"collection"`
					retrieval.LexicalParams
				}{collection, p})
			}
			fmt.Fprintf(a.Stdout, "%s: k1 %g, b %g, title weight %g\n", collection, p.K1, p.B, p.TitleWeight)
			return nil
		},
	}
	cmd.Flags().StringVar(&collection, "collection", retrieval.CollectionStandards, "the collection")
	cmd.Flags().Float64Var(&k1, "k1", 0, "term-frequency saturation, in (0, 10]")
	cmd.Flags().Float64Var(&b, "b", 0, "length normalisation, in [0, 1]")
	cmd.Flags().Float64Var(&titleWeight, "title-weight", 0, "the title's weight against the text's (1), in [0, 10]")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
