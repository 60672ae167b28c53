// Package local stands in for Redis when Assay runs as one process on the
// embedded store: event de-duplication, the scheduler lock and rate limits,
// kept in memory; and a lock file so a second process on the same store
// refuses to start instead of sending twice.
package local

import (
	"context"
	"fmt"
	"os"
	"sync"
	"syscall"
	"time"

	"github.com/assay-dev/assay/errs"
)

// State is the in-process shared state.
type State struct {
	mu      sync.Mutex
	seen    map[string]time.Time
	locks   map[string]time.Time
	rates   map[string]int
	release func() // the lock file's, when Open took one
	Now     func() time.Time
}

// New returns empty state.
func New() *State {
	return &State{seen: map[string]time.Time{}, locks: map[string]time.Time{}, rates: map[string]int{}}
}

// Open returns empty state for the one process allowed on a store: it
// holds an exclusive lock on lockPath until Close. Errors: errs.Conflict
// when another process holds it.
func Open(lockPath string) (*State, error) {
	release, err := Exclusive(lockPath)
	if err != nil {
		return nil, err
	}
	s := New()
	s.release = release
	return s, nil
}

func (s *State) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

// DedupTTL is how long an event id is remembered.
const DedupTTL = 24 * time.Hour

// First reports whether key is seen for the first time.
func (s *State) First(_ context.Context, key string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	for k, at := range s.seen { // forget what is older than the TTL
		if now.Sub(at) > DedupTTL {
			delete(s.seen, k)
		}
	}
	if _, ok := s.seen[key]; ok {
		return false, nil
	}
	s.seen[key] = now
	return true, nil
}

// Lock takes a named lock for at most ttl.
func (s *State) Lock(_ context.Context, name string, ttl time.Duration) (func(), bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	if until, ok := s.locks[name]; ok && now.Before(until) {
		return nil, false, nil
	}
	until := now.Add(ttl)
	s.locks[name] = until
	return func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.locks[name] == until {
			delete(s.locks, name)
		}
	}, true, nil
}

// Allow counts one use of key in the current window.
func (s *State) Allow(_ context.Context, key string, limit int, window time.Duration) (bool, time.Duration, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	slot := now.UnixNano() / int64(window)
	k := fmt.Sprintf("%s:%d", key, slot)
	if len(s.rates) > 10000 {
		s.rates = map[string]int{}
	}
	s.rates[k]++
	if s.rates[k] <= limit {
		return true, 0, nil
	}
	return false, time.Unix(0, (slot+1)*int64(window)).Sub(now), nil
}

// Ping implements the readiness check: memory is always there.
func (s *State) Ping(context.Context) error { return nil }

// Close releases the lock file, if Open took one.
func (s *State) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.release != nil {
		s.release()
		s.release = nil
	}
	return nil
}

// Exclusive takes an exclusive lock on path (created if missing) for the
// life of the process; a second process gets errs.Conflict at once.
func Exclusive(path string) (release func(), err error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, errs.Wrap("local.Exclusive", errs.Unavailable, err, "opening "+path)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		return nil, errs.E("local.Exclusive", errs.Conflict,
			"another assay serve is already running on this store (%s): the embedded store serves one process; use PostgreSQL and Redis for replicas", path)
	}
	return func() { syscall.Flock(int(f.Fd()), syscall.LOCK_UN); f.Close() }, nil
}
