package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"log/slog"
	"sync/atomic"

	msqlite "modernc.org/sqlite"

	"github.com/assay-dev/assay/backend/backendtest"
)

// ErrBrokenStream is what a broken result set reports.
var ErrBrokenStream = errors.New("injected fault: the result set broke off")

var faultDrivers atomic.Int64

// OpenFaulty opens the store file at path through a driver that f can
// break: every row any result set yields asks it first.
func OpenFaulty(ctx context.Context, path string, log *slog.Logger) (*DB, *backendtest.Fault, error) {
	f := &backendtest.Fault{}
	name := fmt.Sprintf("sqlite-fault-%d", faultDrivers.Add(1))
	sql.Register(name, &faultDriver{inner: &msqlite.Driver{}, fault: f})
	db, err := open(ctx, path, log, name)
	return db, f, err
}

type faultDriver struct {
	inner driver.Driver
	fault *backendtest.Fault
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
	fault *backendtest.Fault
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
	fault *backendtest.Fault
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
	fault *backendtest.Fault
}

func (r *faultRows) Next(dest []driver.Value) error {
	if err := r.Rows.Next(dest); err != nil {
		return err // io.EOF at the real end
	}
	if !r.fault.Row() {
		return ErrBrokenStream
	}
	return nil
}
