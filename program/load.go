package program

import (
	"context"
	"sync"
	"time"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
)

// Loader reads the program in force: the newest applied file, parsed and
// bound once per applied version, with the applicability decisions
// stored since (WithDecisions) read on every load.
type Loader struct {
	Store interface {
		Store
		DecisionStore
	}
	Set func() *catalogs.Set

	mu   sync.Mutex
	at   time.Time
	prog *Program
}

// Load returns the program in force, or nil when none is applied.
func (l *Loader) Load(ctx context.Context) (*Program, error) {
	src, ok, err := l.Store.CurrentProgram(ctx)
	if err != nil || !ok {
		return nil, err
	}
	p, err := l.bound(src)
	if err != nil {
		return nil, err
	}
	stored, err := l.Store.Decisions(ctx)
	if err != nil {
		return nil, err
	}
	return p.WithDecisions(stored), nil
}

func (l *Loader) bound(src *Stored) (*Program, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.prog != nil && l.at.Equal(src.AppliedAt) {
		return l.prog, nil
	}
	f, err := Parse(src.Name, []byte(src.Source))
	if err != nil {
		return nil, err
	}
	p, err := f.Bind(l.Set())
	if err != nil {
		return nil, errs.Wrap("program", errs.Invalid, err, "the applied program no longer fits the catalogs; apply a corrected file")
	}
	p.AppliedBy, p.AppliedAt = src.AppliedBy, src.AppliedAt
	l.prog, l.at = p, src.AppliedAt
	return p, nil
}
