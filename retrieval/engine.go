package retrieval

import (
	"context"
	"log/slog"
	"sync"

	"github.com/assay-dev/assay/catalogs"
)

// Engine ingests documents and searches them.
type Engine struct {
	Store    Store
	Embedder Embedder
	// Catalogs resolves controls for control-aware search; nil disables it.
	Catalogs func() *catalogs.Set
	Log      *slog.Logger
	Chunking Chunking
	// Progress, if set, is called after each document is ingested.
	Progress func(done, total int)
	// BulkThreshold is the smallest load, in sections, for which a
	// BulkLoader store builds its indexes after loading (default 2000).
	BulkThreshold int
	// Fusion merges a hybrid search's lists; nil means OfflineFusion for
	// the offline embedder and EqualRRF for any other.
	Fusion *Fusion

	mu    sync.Mutex
	space int // the embedder's space id, once known
}

func (e *Engine) fusion() Fusion {
	if e.Fusion != nil {
		return *e.Fusion
	}
	if _, ok := e.Embedder.(*Offline); ok {
		return OfflineFusion
	}
	return EqualRRF
}

func (e *Engine) log() *slog.Logger {
	if e.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return e.Log
}

func (e *Engine) spaceID(ctx context.Context) (int, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.space != 0 {
		return e.space, nil
	}
	if err := e.Store.EnsureAnalyzer(ctx); err != nil {
		return 0, err
	}
	id, err := e.Store.EnsureSpace(ctx, e.Embedder.Space())
	if err != nil {
		return 0, err
	}
	e.space = id
	return id, nil
}
