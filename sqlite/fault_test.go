package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"

	msqlite "modernc.org/sqlite"
)

// Fault breaks result sets off mid-stream, as a failing disk or a
// corrupted page does: once armed with n, the next n rows read from the
// store (by any query) are delivered, and reading the one after fails.
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

// ErrBrokenStream is what a broken result set reports.
var ErrBrokenStream = errors.New("injected fault: the result set broke off")

// BreakAfter arms the fault; it fires once.
func (f *Fault) BreakAfter(n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.armed, f.left = true, n
}

// next reports whether one more row may be read.
func (f *Fault) next() bool {
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

var faultDrivers atomic.Int64

// OpenFaulty opens the store file at path through a driver that f can
// break.
func OpenFaulty(ctx context.Context, path string, log *slog.Logger) (*DB, *Fault, error) {
	f := &Fault{}
	name := fmt.Sprintf("sqlite-fault-%d", faultDrivers.Add(1))
	sql.Register(name, &faultDriver{inner: &msqlite.Driver{}, fault: f})
	db, err := open(ctx, path, log, name)
	return db, f, err
}

type faultDriver struct {
	inner driver.Driver
	fault *Fault
}

func (d *faultDriver) Open(name string) (driver.Conn, error) {
	c, err := d.inner.Open(name)
	if err != nil {
		return nil, err
	}
	return &faultConn{Conn: c, fault: d.fault}, nil
}

// faultConn passes everything through, wrapping the result sets.
type faultConn struct {
	driver.Conn
	fault *Fault
}

func (c *faultConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	return c.Conn.(driver.ConnBeginTx).BeginTx(ctx, opts)
}

func (c *faultConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	s, err := c.Conn.(driver.ConnPrepareContext).PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	return &faultStmt{Stmt: s, fault: c.fault}, nil
}

func (c *faultConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	return c.Conn.(driver.ExecerContext).ExecContext(ctx, query, args)
}

func (c *faultConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	r, err := c.Conn.(driver.QueryerContext).QueryContext(ctx, query, args)
	if err != nil {
		return nil, err
	}
	return &faultRows{Rows: r, fault: c.fault}, nil
}

func (c *faultConn) Ping(ctx context.Context) error { return c.Conn.(driver.Pinger).Ping(ctx) }

func (c *faultConn) ResetSession(ctx context.Context) error {
	return c.Conn.(driver.SessionResetter).ResetSession(ctx)
}

type faultStmt struct {
	driver.Stmt
	fault *Fault
}

func (s *faultStmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	return s.Stmt.(driver.StmtExecContext).ExecContext(ctx, args)
}

func (s *faultStmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	r, err := s.Stmt.(driver.StmtQueryContext).QueryContext(ctx, args)
	if err != nil {
		return nil, err
	}
	return &faultRows{Rows: r, fault: s.fault}, nil
}

type faultRows struct {
	driver.Rows
	fault *Fault
}

func (r *faultRows) Next(dest []driver.Value) error {
	if err := r.Rows.Next(dest); err != nil {
		return err // io.EOF at the real end
	}
	if !r.fault.next() {
		return ErrBrokenStream
	}
	return nil
}
