package postgres

import (
	"context"
	"encoding/binary"
	"errors"
	"log/slog"
	"net"
	"sync"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Fault breaks result sets off mid-stream, as a dropped connection does:
// once armed with n, the next n rows (DataRow messages, on any connection)
// reach the client, and the connection then fails before the next one.
type Fault struct {
	mu    sync.Mutex
	armed bool
	left  int
	rows  int // rows read so far, armed or not
}

// Rows counts the rows read through the store so far.
func (f *Fault) Rows() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.rows
}

// Disarm takes back a fault that has not fired.
func (f *Fault) Disarm() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.armed = false
}

// ErrBrokenStream is what a broken connection reports.
var ErrBrokenStream = errors.New("injected fault: the connection dropped")

// BreakAfter arms the fault; it fires once.
func (f *Fault) BreakAfter(n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.armed, f.left = true, n
}

// row reports whether one more DataRow may pass.
func (f *Fault) row() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.armed && f.left == 0 {
		f.armed = false
		return false
	}
	f.left--
	f.rows++
	return true
}

// OpenFaulty connects to dsn through connections f can break.
func OpenFaulty(ctx context.Context, dsn string, log *slog.Logger) (*DB, *Fault, error) {
	f := &Fault{}
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
	fault  *Fault
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
		if len(c.header) == 0 && p[i] == 'D' && !c.fault.row() {
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
