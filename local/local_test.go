package local_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/assay-dev/assay/backend"
	"github.com/assay-dev/assay/backend/sharedtest"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/local"
)

func TestLocalState(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	now := time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)
	s := local.New()
	s.Now = func() time.Time { return now }
	if ok, _ := s.First(ctx, "ev1"); !ok {
		t.Error("first sight")
	}
	if ok, _ := s.First(ctx, "ev1"); ok {
		t.Error("second sight counted as first")
	}
	release, ok, _ := s.Lock(ctx, "scheduler", time.Minute)
	if !ok {
		t.Fatal("lock")
	}
	if _, ok, _ := s.Lock(ctx, "scheduler", time.Minute); ok {
		t.Error("lock taken twice")
	}
	release()
	if _, ok, _ := s.Lock(ctx, "scheduler", time.Second); !ok {
		t.Error("released lock not free")
	}
	now = now.Add(2 * time.Second)
	if _, ok, _ := s.Lock(ctx, "scheduler", time.Second); !ok {
		t.Error("expired lock not free")
	}
	allowed := 0
	for range 8 {
		if ok, _, _ := s.Allow(ctx, "chat.postMessage", 5, time.Minute); ok {
			allowed++
		}
	}
	if allowed != 5 {
		t.Errorf("%d allowed, limit 5", allowed)
	}
	now = now.Add(24*time.Hour + time.Second)
	if ok, _ := s.First(ctx, "ev1"); !ok {
		t.Error("an event id is remembered past the TTL")
	}
}

func TestExclusiveRefusesASecondHolder(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "assay.db.serve.lock")
	release, err := local.Exclusive(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := local.Exclusive(path); errs.KindOf(err) != errs.Conflict || !strings.Contains(err.Error(), "already running") {
		t.Errorf("second holder: %v", err)
	}
	release()
	r2, err := local.Exclusive(path)
	if err != nil {
		t.Errorf("after release: %v", err)
	} else {
		r2()
	}
}

// The in-process state keeps the same contract as Redis.
func TestSharedContract(t *testing.T) {
	t.Parallel()
	sharedtest.Run(t, func(t *testing.T) backend.Shared {
		s, err := local.Open(filepath.Join(t.TempDir(), "assay.db.serve.lock"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}

// The state Open returns holds the store's lock file until Close.
func TestOpenHoldsTheLockUntilClose(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "assay.db.serve.lock")
	s, err := local.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := local.Open(path); errs.KindOf(err) != errs.Conflict {
		t.Errorf("a second process on the store: %v", err)
	}
	s.Close()
	s2, err := local.Open(path)
	if err != nil {
		t.Fatalf("after Close: %v", err)
	}
	s2.Close()
}
