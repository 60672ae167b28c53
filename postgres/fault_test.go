package postgres

import (
	"context"
	"encoding/binary"
	"errors"
	"log/slog"
	"net"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/assay-dev/assay/backend/backendtest"
)

// ErrBrokenStream is what a broken connection reports.
var ErrBrokenStream = errors.New("injected fault: the connection dropped")

// OpenFaulty connects to dsn through connections f can break: it counts
// DataRow messages, on any connection, and cuts the stream before the one
// it refuses.
func OpenFaulty(ctx context.Context, dsn string, log *slog.Logger) (*DB, *backendtest.Fault, error) {
	f := &backendtest.Fault{}
	db, err := open(ctx, dsn, log, func(cfg *pgxpool.Config) {
		dial := cfg.ConnConfig.DialFunc
		cfg.ConnConfig.DialFunc = func(ctx context.Context, network, addr string) (net.Conn, error) {
			c, err := dial(ctx, network, addr)
			if err != nil {
				return nil, err
			}
			return &faultConn{Conn: c, fault: f}, nil
		}
	})
	return db, f, err
}

// faultConn follows the server's messages (a type byte, then a length
// that counts itself) and cuts the stream where a DataRow the fault
// refuses begins.
type faultConn struct {
	net.Conn
	fault  *backendtest.Fault
	header []byte // the current message's header, while incomplete
	rest   int    // bytes of the current message's body still to come
	broken bool
}

func (c *faultConn) Read(p []byte) (int, error) {
	if c.broken {
		return 0, ErrBrokenStream
	}
	n, err := c.Conn.Read(p)
	for i := 0; i < n; {
		if c.rest > 0 {
			k := min(c.rest, n-i)
			c.rest -= k
			i += k
			continue
		}
		if len(c.header) == 0 && p[i] == 'D' && !c.fault.Row() {
			c.broken = true
			c.Conn.Close()
			if i == 0 {
				return 0, ErrBrokenStream
			}
			return i, nil
		}
		c.header = append(c.header, p[i])
		i++
		if len(c.header) == 5 {
			c.rest = int(binary.BigEndian.Uint32(c.header[1:])) - 4
			c.header = c.header[:0]
		}
	}
	return n, err
}
