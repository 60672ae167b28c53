package redis_test

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/assay-dev/assay/backend"
	"github.com/assay-dev/assay/backend/sharedtest"
	"github.com/assay-dev/assay/redis"
)

func open(t *testing.T) *redis.Client {
	t.Helper()
	url := os.Getenv("ASSAY_TEST_REDIS_URL")
	if url == "" {
		url = "redis://127.0.0.1:6379/0"
	}
	c, err := redis.Open(context.Background(), url)
	if err != nil {
		t.Fatalf("Redis unavailable (%v); run scripts/setup.sh", err)
	}
	t.Cleanup(func() { c.Close() })
	c.Prefix = fmt.Sprintf("assaytest:%s:%d:", t.Name(), time.Now().UnixNano())
	return c
}

// Seen event ids expire (the suite in backend/sharedtest covers the rest
// of what replicas share).
func TestSeenIdsExpire(t *testing.T) {
	t.Parallel()
	c := open(t)
	ctx := context.Background()
	if ok, err := c.First(ctx, "event:Ev1"); err != nil || !ok {
		t.Fatalf("first sight: %v %v", ok, err)
	}
	ttl, err := c.RDB.TTL(ctx, c.Prefix+"seen:event:Ev1").Result()
	if err != nil || ttl <= 0 || ttl > redis.DedupTTL {
		t.Errorf("TTL %v, %v: seen ids must expire", ttl, err)
	}
}

func TestOpenRefusesABadURL(t *testing.T) {
	t.Parallel()
	if _, err := redis.Open(context.Background(), "http://nope"); err == nil {
		t.Error("a non-Redis URL was accepted")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if _, err := redis.Open(ctx, "redis://127.0.0.1:1/0"); err == nil {
		t.Error("an unreachable Redis was accepted")
	}
}

func TestLockIsHeldByOneReplica(t *testing.T) {
	t.Parallel()
	c := open(t)
	ctx := context.Background()
	release, ok, err := c.Lock(ctx, "scheduler", time.Minute)
	if err != nil || !ok {
		t.Fatalf("first lock: %v %v", ok, err)
	}
	if _, ok, _ := c.Lock(ctx, "scheduler", time.Minute); ok {
		t.Error("a second holder got the lock")
	}
	release()
	r2, ok, _ := c.Lock(ctx, "scheduler", 100*time.Millisecond)
	if !ok {
		t.Fatal("the released lock could not be taken")
	}
	time.Sleep(150 * time.Millisecond)
	if _, ok, _ := c.Lock(ctx, "scheduler", time.Minute); !ok {
		t.Error("an expired lock was not free")
	}
	r2() // releasing a lock someone else now holds must not free theirs
	if _, ok, _ := c.Lock(ctx, "scheduler", time.Minute); ok {
		t.Error("a stale release freed the new holder's lock")
	}
}

func TestAllowCountsAcrossCallers(t *testing.T) {
	t.Parallel()
	c := open(t)
	ctx := context.Background()
	allowed := 0
	var wait time.Duration
	for range 12 {
		ok, w, err := c.Allow(ctx, "chat.postMessage", 5, 10*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			allowed++
		} else {
			wait = w
		}
	}
	if allowed < 5 || allowed > 10 { // a window boundary may fall inside the loop
		t.Errorf("%d allowed with a limit of 5 per window", allowed)
	}
	if wait <= 0 || wait > 10*time.Second {
		t.Errorf("wait %v", wait)
	}
}

// Redis keeps the contract of what replicas share.
func TestSharedContract(t *testing.T) {
	t.Parallel()
	sharedtest.Run(t, func(t *testing.T) backend.Shared { return open(t) })
}
