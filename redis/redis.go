// Package redis holds what spans Assay's replicas in Redis: event
// de-duplication (SET NX with a TTL), locks so a scheduled job fires once,
// and rate limits.
package redis

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/assay-dev/assay/errs"
)

// Client wraps go-redis with Assay's key prefix.
type Client struct {
	RDB    *goredis.Client
	Prefix string // "assay:" unless set; tests use one per test
}

// Open connects and pings. Errors: errs.Unavailable naming the URL's host.
func Open(ctx context.Context, url string) (*Client, error) {
	opts, err := goredis.ParseURL(url)
	if err != nil {
		return nil, errs.E("redis.Open", errs.Invalid, "REDIS_URL is not a Redis URL (redis://host:port/db)")
	}
	c := &Client{RDB: goredis.NewClient(opts), Prefix: "assay:"}
	if err := c.Ping(ctx); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// Close releases the connections.
func (c *Client) Close() error { return c.RDB.Close() }

// Ping checks the connection.
func (c *Client) Ping(ctx context.Context) error {
	if err := c.RDB.Ping(ctx).Err(); err != nil {
		return errs.Wrap("redis.Ping", errs.Unavailable, err, "Redis at "+c.RDB.Options().Addr)
	}
	return nil
}

// DedupTTL is how long an event id is remembered; Slack retries within
// minutes.
const DedupTTL = 24 * time.Hour

// First reports whether key is seen for the first time (across replicas).
func (c *Client) First(ctx context.Context, key string) (bool, error) {
	ok, err := c.RDB.SetNX(ctx, c.Prefix+"seen:"+key, 1, DedupTTL).Result()
	if err != nil {
		return false, errs.Wrap("redis.First", errs.Unavailable, err, "de-duplicating "+key)
	}
	return ok, nil
}

var unlockScript = goredis.NewScript(`if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`)

// Lock takes a lock shared by all replicas for at most ttl; ok is false
// when another holder has it. Release gives it up if still held.
func (c *Client) Lock(ctx context.Context, name string, ttl time.Duration) (release func(), ok bool, err error) {
	host, _ := os.Hostname()
	// The holder is named in the token (host and process), for operators.
	token := fmt.Sprintf("%s/%d/%s", host, os.Getpid(), strconv.FormatInt(rand.Int64(), 36))
	key := c.Prefix + "lock:" + name
	ok, err = c.RDB.SetNX(ctx, key, token, ttl).Result()
	if err != nil {
		return nil, false, errs.Wrap("redis.Lock", errs.Unavailable, err, "locking "+name)
	}
	if !ok {
		return nil, false, nil
	}
	return func() { unlockScript.Run(context.WithoutCancel(ctx), c.RDB, []string{key}, token) }, true, nil
}

// Allow counts one use of key in the current window and reports whether
// it stays within limit; when not, wait says when the window ends. The
// count is shared by all replicas.
func (c *Client) Allow(ctx context.Context, key string, limit int, window time.Duration) (bool, time.Duration, error) {
	now := time.Now()
	slot := now.UnixNano() / int64(window)
	k := c.Prefix + "rate:" + key + ":" + strconv.FormatInt(slot, 10)
	pipe := c.RDB.TxPipeline()
	incr := pipe.Incr(ctx, k)
	pipe.PExpire(ctx, k, 2*window)
	if _, err := pipe.Exec(ctx); err != nil {
		return false, 0, errs.Wrap("redis.Allow", errs.Unavailable, err, "rate limit "+key)
	}
	if incr.Val() <= int64(limit) {
		return true, 0, nil
	}
	end := time.Unix(0, (slot+1)*int64(window))
	return false, end.Sub(now), nil
}
