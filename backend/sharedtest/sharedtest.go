// Package sharedtest is the contract every backend.Shared keeps: Redis,
// which replicas share, and the in-process state of the one process on
// the embedded store. Event ids are first seen once, a lock has one holder
// until it is released or lapses, and a rate limit holds across callers.
package sharedtest

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/assay-dev/assay/backend"
	"github.com/assay-dev/assay/contract"
)

// Opener returns shared state of its own for one test (a fresh key
// prefix, a fresh process state).
type Opener func(t *testing.T) backend.Shared

// Run runs the contract as subtests.
func Run(t *testing.T, open Opener) {
	contract.Run(t, open, map[string]func(*testing.T, Opener){
		"AnEventIsFirstSeenOnce":       anEventIsFirstSeenOnce,
		"ALockHasOneHolder":            aLockHasOneHolder,
		"ALockLapsesAfterItsTTL":       aLockLapsesAfterItsTTL,
		"ARateLimitHoldsAcrossCallers": aRateLimitHoldsAcrossCallers,
		"PingAnswersAndCloseReleases":  pingAnswersAndCloseReleases,
	})
}

var ctx = context.Background()

func anEventIsFirstSeenOnce(t *testing.T, open Opener) {
	s := open(t)
	var firsts atomic.Int32
	var wg sync.WaitGroup
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if ok, err := s.First(ctx, "event:Ev1"); err != nil {
				t.Error(err)
			} else if ok {
				firsts.Add(1)
			}
		}()
	}
	wg.Wait()
	if firsts.Load() != 1 {
		t.Errorf("%d callers saw the event first, want 1", firsts.Load())
	}
	if ok, err := s.First(ctx, "event:Ev2"); err != nil || !ok {
		t.Errorf("another event was taken as seen: %v %v", ok, err)
	}
}

func aLockHasOneHolder(t *testing.T, open Opener) {
	s := open(t)
	var holders atomic.Int32
	releases := make(chan func(), 10)
	var wg sync.WaitGroup
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			release, ok, err := s.Lock(ctx, "scheduler", time.Minute)
			if err != nil {
				t.Error(err)
			} else if ok {
				holders.Add(1)
				releases <- release
			}
		}()
	}
	wg.Wait()
	close(releases)
	if holders.Load() != 1 {
		t.Fatalf("%d holders of one lock", holders.Load())
	}
	if _, ok, err := s.Lock(ctx, "another", time.Minute); err != nil || !ok {
		t.Errorf("another lock was held: %v %v", ok, err)
	}
	(<-releases)()
	release, ok, err := s.Lock(ctx, "scheduler", time.Minute)
	if err != nil || !ok {
		t.Fatalf("the released lock: %v %v", ok, err)
	}
	release()
}

func aLockLapsesAfterItsTTL(t *testing.T, open Opener) {
	s := open(t)
	stale, ok, err := s.Lock(ctx, "scheduler", 200*time.Millisecond)
	if err != nil || !ok {
		t.Fatalf("lock: %v %v", ok, err)
	}
	time.Sleep(400 * time.Millisecond)
	release, ok, err := s.Lock(ctx, "scheduler", time.Minute)
	if err != nil || !ok {
		t.Fatalf("a lapsed lock was still held: %v %v", ok, err)
	}
	// The lapsed holder's release must not free its successor's lock.
	stale()
	if _, ok, err := s.Lock(ctx, "scheduler", time.Minute); err != nil || ok {
		t.Errorf("a stale release freed the new holder's lock: %v %v", ok, err)
	}
	release()
}

func aRateLimitHoldsAcrossCallers(t *testing.T, open Opener) {
	s := open(t)
	const window = 10 * time.Minute // long: the test never straddles two
	var allowed atomic.Int32
	var wg sync.WaitGroup
	for range 12 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if ok, wait, err := s.Allow(ctx, "chat.postMessage", 5, window); err != nil {
				t.Error(err)
			} else if ok {
				allowed.Add(1)
			} else if wait <= 0 || wait > window {
				t.Errorf("a refusal said to wait %v", wait)
			}
		}()
	}
	wg.Wait()
	if allowed.Load() != 5 {
		t.Errorf("%d allowed, limit 5", allowed.Load())
	}
	if ok, _, err := s.Allow(ctx, "another key", 5, window); err != nil || !ok {
		t.Errorf("another key was limited: %v %v", ok, err)
	}
}

func pingAnswersAndCloseReleases(t *testing.T, open Opener) {
	s := open(t)
	if err := s.Ping(ctx); err != nil {
		t.Errorf("ping: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("close: %v", err)
	}
}
