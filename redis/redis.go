// Package redis holds what spans Assay's replicas in Redis: event
// de-duplication (SET NX with a TTL), locks so a scheduled job fires once,
// and rate limits.
package redis

import (
	"context"
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
