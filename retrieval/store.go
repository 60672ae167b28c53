package retrieval

import (
	"context"

	"github.com/assay-dev/assay/catalogs"
)

// Store keeps documents, chunks, BM25 statistics and vectors.
// Implementations: postgres.RetrievalStore.
type Store interface {
	// EnsureAnalyzer rebuilds the BM25 postings if another lexical analyser
	// (AnalyzerVersion) wrote them.
	EnsureAnalyzer(ctx context.Context) error
	// DocumentHash returns the stored content hash of a document.
	DocumentHash(ctx context.Context, id string) (hash string, found bool, err error)
	// EnsureSpace returns the id of an embedding space, creating its storage.
	EnsureSpace(ctx context.Context, s Space) (int, error)
	// CachedEmbeddings returns stored vectors for the given text hashes.
	CachedEmbeddings(ctx context.Context, space int, hashes []string) (map[string][]float32, error)
	// ReplaceDocument stores a document with its chunks and their vectors in
	// one transaction, replacing any previous version; on error nothing changes.
	ReplaceDocument(ctx context.Context, doc *Document, hash string, chunks []ChunkRecord, space int, vecs [][]float32) error
	// ChunksWithoutVectors lists chunks that have no vector in a space.
	ChunksWithoutVectors(ctx context.Context, space int, limit int) ([]ChunkRecord, error)
	// PutVectors stores vectors for existing chunks (and caches them).
	PutVectors(ctx context.Context, space int, chunks []ChunkRecord, vecs [][]float32) error
	// SetLexicalParams sets a collection's BM25F parameters (validated);
	// searches use them at once, nothing is rewritten.
	SetLexicalParams(ctx context.Context, collection string, p LexicalParams) error
	// CollectionParams lists the collections given parameters of their own.
	CollectionParams(ctx context.Context) (map[string]LexicalParams, error)
	// Lexical ranks chunks by BM25F for the query, with expansion terms
	// weighted lower: exactly the top k (LexicalTopK).
	Lexical(ctx context.Context, query, expansion string, f Filter, k int) ([]Hit, error)
	// Vector ranks chunks by cosine similarity in a space.
	Vector(ctx context.Context, space int, vec []float32, f Filter, k int) ([]Hit, error)
	// Chunks fetches chunks by id.
	Chunks(ctx context.Context, ids []ChunkID) (map[ChunkID]ChunkRecord, error)
	// EachChunk calls fn with every chunk the filter admits, in no set
	// order, and stops at fn's first error, which it returns.
	EachChunk(ctx context.Context, f Filter, fn func(ChunkRecord) error) error
	// Counts returns how many documents and chunks a collection ("" = all) holds.
	Counts(ctx context.Context, collection string) (docs, chunks int, err error)
}

// Filter narrows a search; zero fields match everything.
type Filter struct {
	Collection string
	Framework  catalogs.FrameworkID
	Doc        string
	Keys       []catalogs.Key // chunks tagged with any of these controls
}

// Admits reports whether a chunk with this metadata passes the filter.
func (f Filter) Admits(collection string, fw catalogs.FrameworkID, doc string, ref catalogs.Ref) bool {
	if f.Collection != "" && collection != f.Collection || f.Framework != "" && fw != f.Framework || f.Doc != "" && doc != f.Doc {
		return false
	}
	if len(f.Keys) == 0 {
		return true
	}
	for _, k := range f.Keys {
		if k.Framework == fw && k.Ref == ref {
			return true
		}
	}
	return false
}

// Hit is a ranked chunk id from one ranker.
type Hit struct {
	Chunk ChunkID
	Score float64
}

// BulkLoader is a Store that can build its vector index after a large load
// instead of row by row, which is many times faster. Engine.Ingest uses it
// when a load is larger than what the space already holds.
type BulkLoader interface {
	// VectorCount returns how many vectors a space holds.
	VectorCount(ctx context.Context, space int) (int, error)
	// SuspendVectorIndex drops the space's vector index; resume rebuilds it.
	// Searches stay correct meanwhile, only slower.
	SuspendVectorIndex(ctx context.Context, space int) (resume func(context.Context) error, err error)
}
