package retrieval

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/jsonl"
)

// EvalQuery is one labelled query: relevant entries are document ids,
// "FRAMEWORK:REF" keys, or "DOC#SECTION" for one section of a document
// (a heading on the passage's path that is SECTION or starts with it:
// "builtin:nist-ai-100-1#3.5" is section 3.5 and what it holds).
type EvalQuery struct {
	ID       string   `json:"id"`
	Query    string   `json:"query"`
	Relevant []string `json:"relevant"`
}

// ParseEvalQueries reads JSONL, reporting every malformed line by number.
func ParseEvalQueries(name string, data []byte) ([]EvalQuery, error) {
	var out []EvalQuery
	problems := forEachLine("", data, func(n int, line []byte) string {
		var q EvalQuery
		if err := json.Unmarshal(line, &q); err != nil {
			return err.Error()
		}
		if q.Query == "" || len(q.Relevant) == 0 {
			return `"query" and a non-empty "relevant" are required`
		}
		if q.ID == "" {
			q.ID = fmt.Sprintf("line-%d", n)
		}
		out = append(out, q)
		return ""
	})
	if len(problems) > 0 {
		return nil, errs.E("retrieval.ParseEvalQueries", errs.Invalid, "%s: %s", name, jsonl.Summary(problems))
	}
	if len(out) == 0 {
		return nil, errs.E("retrieval.ParseEvalQueries", errs.Invalid, "%s: no queries", name)
	}
	return out, nil
}

// ResolveRelevant checks each relevant "FRAMEWORK:REF" entry whose
// framework the set knows (by id or alias) against its catalog, and
// writes it as the control's canonical key, so "sp800-53:ac-2" counts as
// nist-sp800-53-r5:AC-2 does. A ref the catalog does not hold is an
// error naming every such entry: a label nothing can match would only
// lower the figures silently. Document ids and DOC#SECTION entries are
// left as they are.
func ResolveRelevant(name string, qs []EvalQuery, set *catalogs.Set) error {
	var problems []string
	for i := range qs {
		for j, rel := range qs[i].Relevant {
			if strings.Contains(rel, "#") {
				continue
			}
			k, err := catalogs.ParseKey(rel)
			if err != nil {
				continue // a document id
			}
			if _, err := set.Catalog(string(k.Framework)); err != nil {
				continue // a document id such as builtin:nist-ai-100-1
			}
			c, err := set.Resolve(string(k.Framework), string(k.Ref))
			if err != nil {
				problems = append(problems, fmt.Sprintf("%s: relevant %q: %v", qs[i].ID, rel, err))
				continue
			}
			qs[i].Relevant[j] = c.Key().String()
		}
	}
	if len(problems) > 0 {
		return errs.E("retrieval.ResolveRelevant", errs.Invalid, "%s: %s", name, jsonl.Summary(problems))
	}
	return nil
}

// Metrics are averaged over queries. Names follow trec_eval.
type Metrics struct {
	Queries  int     `json:"queries"`
	Recall1  float64 `json:"recall@1"`
	Recall5  float64 `json:"recall@5"`
	Recall10 float64 `json:"recall@10"`
	MRR10    float64 `json:"mrr@10"`
	MAP10    float64 `json:"map@10"`
	NDCG10   float64 `json:"ndcg@10"`
}

// Matches reports which relevant entry (index) a result satisfies, or -1:
// its document id, or its framework and ref, where an enhancement such as
// AC-2(1) also counts for its base control AC-2.
func Matches(r ChunkRecord, relevant []string) int {
	key := string(r.Framework) + ":" + string(r.Ref)
	base := key
	if i := strings.IndexByte(key, '('); i > 0 {
		base = key[:i]
	}
	for i, rel := range relevant {
		if rel == r.Doc || (r.Ref != "" && (strings.EqualFold(rel, key) || strings.EqualFold(rel, base))) {
			return i
		}
		if doc, sec, ok := strings.Cut(rel, "#"); ok && doc == r.Doc && inSection(r.Heading, sec) {
			return i
		}
	}
	return -1
}

// inSection reports whether a heading path runs through a section: one of
// its headings is the section's name or number, or starts with it.
func inSection(path []string, sec string) bool {
	sec = strings.ToLower(strings.TrimSpace(sec))
	for _, h := range path {
		h = strings.ToLower(strings.TrimSpace(h))
		if h == sec || strings.HasPrefix(h, sec+" ") || strings.HasPrefix(h, sec+":") {
			return true
		}
	}
	return false
}

// Score computes the metrics for one query's ranked results. Each relevant
// entry counts once: the first result that satisfies it is a hit; later
// results for the same entry are not.
func Score(results []ChunkRecord, relevant []string) Metrics {
	found := make([]bool, len(relevant))
	gains := make([]float64, 0, 10) // 1 at ranks that satisfy a new relevant entry
	hitsAt := func(k int) int {
		n := 0
		for _, g := range gains[:min(k, len(gains))] {
			if g > 0 {
				n++
			}
		}
		return n
	}
	for _, r := range results[:min(10, len(results))] {
		g := 0.0
		if i := Matches(r, relevant); i >= 0 && !found[i] {
			found[i] = true
			g = 1
		}
		gains = append(gains, g)
	}
	R := float64(len(relevant))
	m := Metrics{Queries: 1}
	m.Recall1 = float64(hitsAt(1)) / R
	m.Recall5 = float64(hitsAt(5)) / R
	m.Recall10 = float64(hitsAt(10)) / R
	hits := 0.0
	var dcg float64
	for i, g := range gains {
		if g == 0 {
			continue
		}
		if m.MRR10 == 0 {
			m.MRR10 = 1 / float64(i+1)
		}
		hits++
		m.MAP10 += hits / float64(i+1)
		dcg += 1 / math.Log2(float64(i+2))
	}
	m.MAP10 /= R
	var idcg float64
	for i := 0; i < min(len(relevant), 10); i++ {
		idcg += 1 / math.Log2(float64(i+2))
	}
	m.NDCG10 = dcg / idcg
	return m
}

// Average adds per-query metrics up into their mean.
func Average(ms []Metrics) Metrics {
	var out Metrics
	for _, m := range ms {
		out.Recall1 += m.Recall1
		out.Recall5 += m.Recall5
		out.Recall10 += m.Recall10
		out.MRR10 += m.MRR10
		out.MAP10 += m.MAP10
		out.NDCG10 += m.NDCG10
	}
	n := float64(len(ms))
	if n > 0 {
		out.Recall1 /= n
		out.Recall5 /= n
		out.Recall10 /= n
		out.MRR10 /= n
		out.MAP10 /= n
		out.NDCG10 /= n
	}
	out.Queries = len(ms)
	return out
}

// Evaluate runs each labelled query as base with its text and averages the
// metrics; misses are the ids of queries not fully found in the top 5.
// Mode BM25Baseline ranks with the textbook BM25 yardstick instead of search.
// base.K below 10 is raised to 10, what the metrics look at.
func (e *Engine) Evaluate(ctx context.Context, base Query, qs []EvalQuery) (avg Metrics, misses []string, err error) {
	base.K = max(base.K, 10)
	search := e.Search
	if base.Mode == BM25Baseline {
		if base.Control != nil {
			return Metrics{}, nil, errs.E("retrieval.Evaluate", errs.Invalid, "the bm25 baseline has no control-aware search")
		}
		b, err := e.baseline(ctx, base.Filter)
		if err != nil {
			return Metrics{}, nil, err
		}
		search = func(_ context.Context, q Query) ([]Result, error) { return b.Search(q.Text, q.K), nil }
	}
	per := make([]Metrics, 0, len(qs))
	for _, q := range qs {
		query := base
		query.Text = q.Query
		res, err := search(ctx, query)
		if err != nil {
			return Metrics{}, nil, errs.Wrap("retrieval.Evaluate", errs.KindOf(err), err, "query "+q.ID)
		}
		chunks := make([]ChunkRecord, len(res))
		for i, r := range res {
			chunks[i] = r.Chunk
		}
		m := Score(chunks, q.Relevant)
		if m.Recall5 < 1 {
			misses = append(misses, q.ID)
		}
		per = append(per, m)
	}
	return Average(per), misses, nil
}
