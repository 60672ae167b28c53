package llm

import (
	"context"
	"errors"
	"fmt"

	openai "github.com/sashabaranov/go-openai"

	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/retrieval"
)

// EmbedderConfig configures the OpenAI-compatible embedder.
type EmbedderConfig struct {
	Endpoint Config
	Model    string
	// Dims is the model's output size; 0 means the known size of the model
	// (text-embedding-3-small: 1536). For a model whose size is known, a
	// different Dims is asked for through "dimensions" (text-embedding-3
	// models shorten their vectors); for any other model Dims declares its
	// size and is not sent, as servers refuse "dimensions" for models that
	// cannot shorten their output.
	Dims      int
	BatchSize int // texts per request (default 64)
}

// Embedder embeds through any OpenAI-compatible /embeddings endpoint, in
// batches, retried with backoff (honouring Retry-After) on 429 and 5xx.
type Embedder struct {
	client *openai.Client
	cfg    EmbedderConfig
}

var _ retrieval.Embedder = (*Embedder)(nil)

var knownDims = map[string]int{
	"text-embedding-3-small": 1536, "text-embedding-3-large": 3072, "text-embedding-ada-002": 1536,
	"nomic-embed-text": 768, "mxbai-embed-large": 1024, "all-minilm": 384,
}

// NewEmbedder returns the embedder. Errors: errs.Invalid when the model's
// dimensions are unknown and not given.
func NewEmbedder(cfg EmbedderConfig) (*Embedder, error) {
	if cfg.Model == "" {
		cfg.Model = "text-embedding-3-small"
	}
	if cfg.Dims == 0 {
		cfg.Dims = knownDims[cfg.Model]
	}
	if cfg.Dims == 0 {
		return nil, errs.E("llm.NewEmbedder", errs.Invalid, "unknown dimensions for embedding model %q; set ASSAY_EMBED_DIMS to its output size", cfg.Model)
	}
	if cfg.BatchSize <= 0 {
		cfg.BatchSize = 64
	}
	return &Embedder{client: NewClient(cfg.Endpoint), cfg: cfg}, nil
}

// Space implements retrieval.Embedder.
func (o *Embedder) Space() retrieval.Space {
	return retrieval.Space{Model: o.cfg.Model, Dims: o.cfg.Dims}
}

// Embed implements retrieval.Embedder.
func (o *Embedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	const op = "llm.Embed"
	out := make([][]float32, 0, len(texts))
	for start := 0; start < len(texts); start += o.cfg.BatchSize {
		batch := texts[start:min(start+o.cfg.BatchSize, len(texts))]
		req := openai.EmbeddingRequestStrings{Input: batch, Model: openai.EmbeddingModel(o.cfg.Model)}
		if native, known := knownDims[o.cfg.Model]; known && native != o.cfg.Dims {
			req.Dimensions = o.cfg.Dims
		}
		resp, err := o.client.CreateEmbeddings(ctx, req)
		if err != nil {
			var apiErr *openai.APIError
			if errors.As(err, &apiErr) && apiErr.HTTPStatusCode >= 400 && apiErr.HTTPStatusCode < 500 && apiErr.HTTPStatusCode != 429 {
				return nil, errs.E(op, errs.Invalid, "the embedding endpoint refused the request (HTTP %d): %s", apiErr.HTTPStatusCode, apiErr.Message)
			}
			return nil, errs.Wrap(op, errs.Unavailable, err, "the embedding endpoint failed")
		}
		if len(resp.Data) != len(batch) {
			return nil, errs.E(op, errs.Invalid, "the embedding endpoint returned %d vectors for %d texts", len(resp.Data), len(batch))
		}
		vecs := make([][]float32, len(batch))
		for _, d := range resp.Data {
			if d.Index < 0 || d.Index >= len(batch) || vecs[d.Index] != nil {
				return nil, errs.E(op, errs.Invalid, "the embedding endpoint returned a bad index %d", d.Index)
			}
			if len(d.Embedding) != o.cfg.Dims {
				return nil, errs.E(op, errs.Invalid, "the embedding endpoint returned %d dimensions; %s expects %d", len(d.Embedding), o.cfg.Model, o.cfg.Dims)
			}
			vecs[d.Index] = d.Embedding
		}
		out = append(out, vecs...)
	}
	if len(out) != len(texts) {
		return nil, errs.E(op, errs.Internal, "%s", fmt.Sprintf("embedded %d of %d texts", len(out), len(texts)))
	}
	return out, nil
}
