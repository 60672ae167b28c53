package retrieval

import (
	"context"
	"math"
	"sort"
	"sync"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
)

// IndexReader is what a store gives a MemIndex: the corpus's version and,
// in one snapshot, what changed since an earlier one.
type IndexReader interface {
	// CorpusVersion changes with every write of documents or lexical
	// parameters.
	CorpusVersion(ctx context.Context) (int64, error)
	// ReadIndex fills load, in one snapshot, with the chunks and postings
	// of the documents changed after version since, or of every document
	// when since is negative or the store no longer knows what changed
	// since then (load.Full), and with the lexical parameters.
	ReadIndex(ctx context.Context, since int64, load *IndexLoad) error
}

// IndexChunk is one chunk as the index keeps it.
type IndexChunk struct {
	ID                ChunkID
	Doc, Collection   string
	Framework         catalogs.FrameworkID
	Ref               catalogs.Ref
	BodyLen, TitleLen int
}

// IndexLoad is what a store's ReadIndex fills: Version, Full or Changed,
// Params, then AddChunk for each chunk and AddPosting for each of their
// postings.
type IndexLoad struct {
	Version int64
	Full    bool
	Changed []string // the documents whose chunks are replaced (unless Full)
	Params  map[string]LexicalParams
	seg     memState
	ids     map[ChunkID]uint32
}

// ChangesKept is how many corpus changes a store's change log keeps: a
// process further behind reloads everything.
const ChangesKept = 100000

// Decide sets Full, once Version is read: a first load, a change to every
// document (a rebuild, new parameters: rebuilt), or changes the log no
// longer holds (its oldest entry, nil when empty, is past since+1) need
// everything read again.
func (l *IndexLoad) Decide(since int64, oldest *int64, rebuilt bool) {
	l.Full = since < 0 || rebuilt || since < l.Version && (oldest == nil || *oldest > since+1)
}

// AddChunk adds a chunk to the load.
func (l *IndexLoad) AddChunk(c IndexChunk) {
	if l.ids == nil {
		l.ids = map[ChunkID]uint32{}
	}
	l.ids[c.ID] = uint32(len(l.seg.docs))
	l.seg.addDoc(c)
}

// AddPosting adds one posting of a chunk added before; term and chunk may
// be reused by the caller afterwards.
func (l *IndexLoad) AddPosting(term, chunk []byte, tf, titleTF int) {
	d, ok := l.ids[ChunkID(chunk)]
	if !ok {
		return
	}
	pl := l.seg.terms[string(term)]
	if pl == nil {
		if l.seg.terms == nil {
			l.seg.terms = map[string]*memPostings{}
		}
		pl = &memPostings{}
		l.seg.terms[string(term)] = pl
	}
	pl.add(d, tf, titleTF)
}

// Static is an IndexReader over chunks held in memory rather than in a
// store (the catalogs' own words, say): one version, loaded once.
type Static struct {
	Chunks []ChunkRecord
	Params map[string]LexicalParams // per collection; the defaults otherwise
}

// CorpusVersion implements IndexReader.
func (s Static) CorpusVersion(context.Context) (int64, error) { return 1, nil }

// ReadIndex implements IndexReader.
func (s Static) ReadIndex(_ context.Context, since int64, l *IndexLoad) error {
	l.Version, l.Params = 1, s.Params
	l.Decide(since, nil, false)
	for i := range s.Chunks {
		c := &s.Chunks[i]
		f := ChunkFields(c)
		l.AddChunk(IndexChunk{ID: c.ID, Doc: c.Doc, Collection: c.Collection, Framework: c.Framework, Ref: c.Ref, BodyLen: f.BodyLen, TitleLen: f.TitleLen})
		for _, t := range f.Terms() {
			l.AddPosting([]byte(t), []byte(c.ID), f.Body[t], f.Title[t])
		}
	}
	return nil
}

// MemIndex is exact BM25F over a store's postings, held in memory: the
// top k are exactly those scoring every chunk would give (ties broken by
// chunk id), found by MaxScore (see Search), and a search costs a few
// milliseconds at 100,000 chunks. Each search asks the store for the
// corpus version first and, when another process or call changed the
// corpus, reads what changed (only the changed documents' postings),
// so every replica searches the corpus as committed. The zero value is
// ready to use.
type MemIndex struct {
	mu      sync.RWMutex
	st      *memState
	loading sync.Mutex
}

type memDoc struct {
	id        ChunkID
	doc       string
	coll      uint16
	framework catalogs.FrameworkID
	ref       catalogs.Ref
	bl, tl    uint32
}

type memPostings struct {
	docs    []uint32
	tf, ttf []uint16
}

// sort orders the list by chunk number, which searches walk in step.
func (p *memPostings) sort() {
	if sort.SliceIsSorted(p.docs, func(i, j int) bool { return p.docs[i] < p.docs[j] }) {
		return
	}
	idx := make([]int, len(p.docs))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(i, j int) bool { return p.docs[idx[i]] < p.docs[idx[j]] })
	docs, tf, ttf := make([]uint32, len(idx)), make([]uint16, len(idx)), make([]uint16, len(idx))
	for i, k := range idx {
		docs[i], tf[i], ttf[i] = p.docs[k], p.tf[k], p.ttf[k]
	}
	p.docs, p.tf, p.ttf = docs, tf, ttf
}

func (p *memPostings) add(d uint32, tf, ttf int) {
	p.docs = append(p.docs, d)
	p.tf = append(p.tf, uint16(min(max(tf, 0), 65535)))
	p.ttf = append(p.ttf, uint16(min(max(ttf, 0), 65535)))
}

type memColl struct {
	name        string
	n           int64 // live chunks
	body, title int64 // their total lengths
}

// memState is one version of the index. Documents that changed are
// marked dead and their new chunks appended; a state with many dead
// chunks is compacted.
type memState struct {
	version int64
	docs    []memDoc
	dead    []bool
	ndead   int
	byDoc   map[string][]uint32
	terms   map[string]*memPostings
	colls   []memColl
	collIdx map[string]uint16
	params  map[string]LexicalParams

	// Set by prepare: per chunk, the weights its body and title term
	// frequencies get under its collection's parameters and average
	// lengths (1/norm, title weight/norm); per collection, k1.
	bodyW, titleW []float64
	k1            []float64
	statsMu       sync.Mutex
	stats         map[string]*termStats
}

// termStats is one term's document frequency and largest pseudo-frequency
// per collection, over live chunks: counted once per state, on first use.
type termStats struct {
	df   []int64
	maxY []float64
}

// prepare computes the chunks' field weights under their collections'
// parameters and average lengths; a state is read-only afterwards.
func (s *memState) prepare() *memState {
	if s.terms == nil {
		s.terms = map[string]*memPostings{}
	}
	s.k1 = make([]float64, len(s.colls))
	type shape struct{ b, tw, avgB, avgT float64 }
	shapes := make([]shape, len(s.colls))
	for ci, c := range s.colls {
		p := ParamsFor(s.params, c.name)
		s.k1[ci] = p.K1
		shapes[ci] = shape{b: p.B, tw: p.TitleWeight}
		if c.n > 0 {
			shapes[ci].avgB, shapes[ci].avgT = float64(c.body)/float64(c.n), float64(c.title)/float64(c.n)
		}
	}
	norm := func(b, x, avg float64) float64 {
		if avg <= 0 {
			return 1
		}
		return 1 - b + b*x/avg
	}
	s.bodyW, s.titleW = make([]float64, len(s.docs)), make([]float64, len(s.docs))
	for d, doc := range s.docs {
		sh := shapes[doc.coll]
		s.bodyW[d] = 1 / norm(sh.b, float64(doc.bl), sh.avgB)
		s.titleW[d] = sh.tw / norm(sh.b, float64(doc.tl), sh.avgT)
	}
	s.stats = map[string]*termStats{}
	return s
}

// termStats returns a term's statistics, counting them on first use.
func (s *memState) termStats(t string, pl *memPostings) *termStats {
	s.statsMu.Lock()
	ts := s.stats[t]
	s.statsMu.Unlock()
	if ts != nil {
		return ts
	}
	ts = &termStats{df: make([]int64, len(s.colls)), maxY: make([]float64, len(s.colls))}
	for j, d := range pl.docs {
		if s.dead[d] {
			continue
		}
		c := s.docs[d].coll
		ts.df[c]++
		ts.maxY[c] = max(ts.maxY[c], s.pseudo(pl, j, d))
	}
	s.statsMu.Lock()
	s.stats[t] = ts
	s.statsMu.Unlock()
	return ts
}

// pseudo is BM25F's pseudo-frequency of posting j (of chunk d).
func (s *memState) pseudo(pl *memPostings, j int, d uint32) float64 {
	return float64(pl.tf[j])*s.bodyW[d] + float64(pl.ttf[j])*s.titleW[d]
}

func (s *memState) addDoc(c IndexChunk) {
	if s.collIdx == nil {
		s.collIdx, s.byDoc = map[string]uint16{}, map[string][]uint32{}
	}
	ci, ok := s.collIdx[c.Collection]
	if !ok {
		ci = uint16(len(s.colls))
		s.collIdx[c.Collection] = ci
		s.colls = append(s.colls, memColl{name: c.Collection})
	}
	d := uint32(len(s.docs))
	s.docs = append(s.docs, memDoc{id: c.ID, doc: c.Doc, coll: ci, framework: c.Framework, ref: c.Ref, bl: uint32(c.BodyLen), tl: uint32(c.TitleLen)})
	s.dead = append(s.dead, false)
	s.byDoc[c.Doc] = append(s.byDoc[c.Doc], d)
	s.colls[ci].n++
	s.colls[ci].body += int64(c.BodyLen)
	s.colls[ci].title += int64(c.TitleLen)
}

// apply returns the state with a load applied: the load itself when it is
// full, otherwise a copy of s with the changed documents' chunks dead
// and the load's chunks appended (s itself is left to searches still
// reading it).
func (s *memState) apply(l *IndexLoad) *memState {
	seg := &l.seg
	// Postings arrive in whatever order the store keeps them; the lists
	// already held are in chunk order, and appending the load's (numbered
	// after every held chunk) or compacting keeps them so.
	for _, pl := range seg.terms {
		pl.sort()
	}
	if l.Full || s == nil {
		seg.version, seg.params = l.Version, l.Params
		return seg.prepare()
	}
	n := &memState{
		version: l.Version, params: l.Params, ndead: s.ndead,
		docs: append([]memDoc(nil), s.docs...), dead: append([]bool(nil), s.dead...),
		colls: append([]memColl(nil), s.colls...), collIdx: map[string]uint16{}, byDoc: make(map[string][]uint32, len(s.byDoc)),
		terms: make(map[string]*memPostings, len(s.terms)),
	}
	for k, v := range s.collIdx {
		n.collIdx[k] = v
	}
	for k, v := range s.byDoc {
		n.byDoc[k] = v
	}
	for t, pl := range s.terms {
		// Appending never writes into a list s still reads: the copy's
		// capacity is its length.
		n.terms[t] = &memPostings{docs: pl.docs[:len(pl.docs):len(pl.docs)], tf: pl.tf[:len(pl.tf):len(pl.tf)], ttf: pl.ttf[:len(pl.ttf):len(pl.ttf)]}
	}
	for _, doc := range l.Changed {
		for _, d := range n.byDoc[doc] {
			if !n.dead[d] {
				n.dead[d] = true
				n.ndead++
				c := &n.colls[n.docs[d].coll]
				c.n--
				c.body -= int64(n.docs[d].bl)
				c.title -= int64(n.docs[d].tl)
			}
		}
		delete(n.byDoc, doc)
	}
	base := uint32(len(n.docs))
	remap := make([]uint16, len(seg.colls))
	for i, c := range seg.colls {
		ci, ok := n.collIdx[c.name]
		if !ok {
			ci = uint16(len(n.colls))
			n.collIdx[c.name] = ci
			n.colls = append(n.colls, memColl{name: c.name})
		}
		remap[i] = ci
		n.colls[ci].n += c.n
		n.colls[ci].body += c.body
		n.colls[ci].title += c.title
	}
	for _, d := range seg.docs {
		d.coll = remap[d.coll]
		n.byDoc[d.doc] = append(n.byDoc[d.doc], uint32(len(n.docs)))
		n.docs = append(n.docs, d)
		n.dead = append(n.dead, false)
	}
	for t, pl := range seg.terms {
		np := n.terms[t]
		if np == nil {
			np = &memPostings{}
			n.terms[t] = np
		}
		for i, d := range pl.docs {
			np.docs = append(np.docs, base+d)
			np.tf = append(np.tf, pl.tf[i])
			np.ttf = append(np.ttf, pl.ttf[i])
		}
	}
	if n.ndead > len(n.docs)/4 {
		n = n.compact()
	}
	return n.prepare()
}

// compact drops dead chunks and renumbers the rest.
func (s *memState) compact() *memState {
	n := &memState{version: s.version, params: s.params, terms: make(map[string]*memPostings, len(s.terms))}
	renum := make([]uint32, len(s.docs))
	for d, doc := range s.docs {
		if s.dead[d] {
			continue
		}
		renum[d] = uint32(len(n.docs))
		n.addDoc(IndexChunk{ID: doc.id, Doc: doc.doc, Collection: s.colls[doc.coll].name, Framework: doc.framework, Ref: doc.ref, BodyLen: int(doc.bl), TitleLen: int(doc.tl)})
	}
	for t, pl := range s.terms {
		np := &memPostings{}
		for i, d := range pl.docs {
			if !s.dead[d] {
				np.add(renum[d], int(pl.tf[i]), int(pl.ttf[i]))
			}
		}
		if len(np.docs) > 0 {
			n.terms[t] = np
		}
	}
	return n
}

// state returns the index at the store's current version, reading what
// changed first when it is behind.
func (x *MemIndex) state(ctx context.Context, r IndexReader) (*memState, error) {
	v, err := r.CorpusVersion(ctx)
	if err != nil {
		return nil, err
	}
	x.mu.RLock()
	st := x.st
	x.mu.RUnlock()
	if st != nil && st.version >= v {
		return st, nil
	}
	x.loading.Lock()
	defer x.loading.Unlock()
	x.mu.RLock()
	st = x.st
	x.mu.RUnlock()
	if st != nil && st.version >= v {
		return st, nil
	}
	since := int64(-1)
	if st != nil {
		since = st.version
	}
	load := &IndexLoad{}
	if err := r.ReadIndex(ctx, since, load); err != nil {
		return nil, errs.Wrap("retrieval.MemIndex", errs.KindOf(err), err, "loading the lexical index")
	}
	next := st.apply(load)
	x.mu.Lock()
	x.st = next
	x.mu.Unlock()
	return next, nil
}

// Search ranks chunks by BM25F for the query (its own terms weighted 1,
// the expansion's ExpansionWeight): each chunk's fields normalised against
// its collection's average lengths, with its collection's parameters;
// document frequencies over the collection the filter names, or over all.
// The top k are exact, found by MaxScore (Turtle and Flood, 1995): the query's terms are walked in step,
// chunk by chunk; once k chunks are held, the terms whose largest possible
// scores sum below the k-th score cannot make a chunk on their own, so
// only chunks holding one of the other terms are considered, and a
// chunk's score stops being summed as soon as what is left cannot lift it
// to the k-th.
func (x *MemIndex) Search(ctx context.Context, r IndexReader, query, expansion string, f Filter, k int) ([]Hit, error) {
	terms, weights := QueryTerms(query, expansion)
	if len(terms) == 0 || k <= 0 {
		return nil, nil
	}
	st, err := x.state(ctx, r)
	if err != nil {
		return nil, err
	}
	return st.search(terms, weights, f, k), nil
}

// cursor walks one query term's postings.
type cursor struct {
	pl  *memPostings
	pos int
	idf float64 // times the term's weight
	ub  float64 // the most the term adds to any chunk's score
}

func (s *memState) search(terms []string, weights []float64, f Filter, k int) []Hit {
	var cs []*cursor
	for i, t := range terms {
		pl := s.terms[t]
		if pl == nil {
			continue
		}
		ts := s.termStats(t, pl)
		// Document frequency over the collection the filter names, or
		// over every collection: a small collection of one's own policies
		// is not a corpus of its own when searched with the standards.
		var n, df int64
		for ci, col := range s.colls {
			if f.Collection == "" || col.name == f.Collection {
				n += col.n
				df += ts.df[ci]
			}
		}
		if df == 0 {
			continue
		}
		c := &cursor{pl: pl, idf: weights[i] * IDF(n, df)}
		for ci, y := range ts.maxY {
			if f.Collection == "" || s.colls[ci].name == f.Collection {
				c.ub = max(c.ub, c.idf*saturate(y, s.k1[ci]))
			}
		}
		if c.ub > 0 {
			cs = append(cs, c)
		}
	}
	if len(cs) == 0 {
		return nil
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].ub < cs[j].ub })
	// below[i] is the sum of the bounds of cursors before i.
	below := make([]float64, len(cs)+1)
	for i, c := range cs {
		below[i+1] = below[i] + c.ub
	}
	score := func(c *cursor, d uint32) float64 {
		ci := s.docs[d].coll
		return c.idf * saturate(s.pseudo(c.pl, c.pos, d), s.k1[ci])
	}
	const margin = 1e-7 // below the k-th by more than rounding can explain
	h := hitHeap{k: k}
	theta := math.Inf(-1)
	essential := 0 // cursors before it cannot make a chunk on their own
	filtered := f.Collection != "" || f.Framework != "" || f.Doc != "" || len(f.Keys) > 0
	for {
		d := uint32(math.MaxUint32)
		for _, c := range cs[essential:] {
			if c.pos < len(c.pl.docs) && c.pl.docs[c.pos] < d {
				d = c.pl.docs[c.pos]
			}
		}
		if d == math.MaxUint32 {
			break
		}
		md := &s.docs[d]
		live := !s.dead[d] && (!filtered || f.Admits(s.colls[md.coll].name, md.framework, md.doc, md.ref))
		sum := 0.0
		for _, c := range cs[essential:] {
			if c.pos < len(c.pl.docs) && c.pl.docs[c.pos] == d {
				if live {
					sum += score(c, d)
				}
				c.pos++
			}
		}
		if !live {
			continue
		}
		for i := essential - 1; i >= 0; i-- {
			if sum+below[i+1] < theta-margin {
				break
			}
			c := cs[i]
			docs := c.pl.docs
			if c.pos < len(docs) && docs[c.pos] < d {
				c.pos += sort.Search(len(docs)-c.pos, func(j int) bool { return docs[c.pos+j] >= d })
			}
			if c.pos < len(docs) && docs[c.pos] == d {
				sum += score(c, d)
			}
		}
		if sum <= 0 {
			continue
		}
		if h.offer(Hit{Chunk: s.docs[d].id, Score: RoundScore(sum)}) {
			theta = h.items[0].Score
			for essential < len(cs) && below[essential+1] < theta-margin {
				essential++
			}
		}
	}
	return h.sorted()
}

// hitHeap keeps the k best hits: a higher score, then the smaller chunk
// id. It reports when it is full, its worst at items[0].
type hitHeap struct {
	k     int
	items []Hit
}

func worse(a, b Hit) bool { // a ranks below b
	if a.Score != b.Score {
		return a.Score < b.Score
	}
	return a.Chunk > b.Chunk
}

// offer adds h if it belongs in the top k; it returns whether the heap is
// full afterwards (its worst is then the bar to beat).
func (q *hitHeap) offer(h Hit) bool {
	if len(q.items) < q.k {
		q.items = append(q.items, h)
		for i := len(q.items) - 1; i > 0; {
			p := (i - 1) / 2
			if !worse(q.items[i], q.items[p]) {
				break
			}
			q.items[i], q.items[p] = q.items[p], q.items[i]
			i = p
		}
		return len(q.items) == q.k
	}
	if !worse(q.items[0], h) {
		return true
	}
	q.items[0] = h
	for i := 0; ; {
		l, m := 2*i+1, i
		if l < len(q.items) && worse(q.items[l], q.items[m]) {
			m = l
		}
		if r := l + 1; r < len(q.items) && worse(q.items[r], q.items[m]) {
			m = r
		}
		if m == i {
			return true
		}
		q.items[i], q.items[m] = q.items[m], q.items[i]
		i = m
	}
}

func (q *hitHeap) sorted() []Hit {
	sort.Slice(q.items, func(i, j int) bool { return worse(q.items[j], q.items[i]) })
	return q.items
}
