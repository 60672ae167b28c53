// Package errs is Assay's one error vocabulary: a small set of kinds with a
// human message and the operation that failed. Adapters at the edge (the
// command line, chat replies, HTTP statuses) map kinds to what their users
// see; everything inside wraps with %w and keeps the kind.
package errs

import (
	"errors"
	"fmt"
)

// Kind classifies an error for the edge that reports it.
type Kind string

const (
	Invalid      Kind = "invalid"      // the caller's input is wrong
	NotFound     Kind = "not_found"    // what was named does not exist
	Conflict     Kind = "conflict"     // the state does not allow it (e.g. already decided)
	Unauthorized Kind = "unauthorized" // the caller may not do this
	Unavailable  Kind = "unavailable"  // a dependency failed; trying later may work
	Internal     Kind = "internal"     // a bug or an unexpected failure
)

// Error is an error with a kind, a message for people, and the operation.
type Error struct {
	Op   string // the operation, e.g. "catalogs.Import"
	Kind Kind
	Msg  string // a message fit to show a user
	Err  error  // the underlying cause, if any
}

func (e *Error) Error() string {
	msg := e.Msg
	if e.Err != nil {
		if msg == "" {
			msg = e.Err.Error()
		} else {
			msg += ": " + e.Err.Error()
		}
	}
	if e.Op == "" {
		return msg
	}
	return e.Op + ": " + msg
}

func (e *Error) Unwrap() error { return e.Err }

// E builds an error of the given kind with a formatted message.
func E(op string, kind Kind, format string, args ...any) error {
	return &Error{Op: op, Kind: kind, Msg: fmt.Sprintf(format, args...)}
}

// Wrap attaches an operation and kind to err; it returns nil for a nil err.
func Wrap(op string, kind Kind, err error, msg string) error {
	if err == nil {
		return nil
	}
	return &Error{Op: op, Kind: kind, Msg: msg, Err: err}
}

// KindOf reports the kind of the outermost *Error in err's chain, or Internal.
func KindOf(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	var k interface{ Kind() Kind }
	if errors.As(err, &k) {
		return k.Kind()
	}
	return Internal
}

// Message returns the message meant for people: the outermost *Error's
// message (with its cause), without operation prefixes. Non-Assay errors are
// returned as they are.
func Message(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if !errors.As(err, &e) {
		return err.Error()
	}
	if e.Err != nil {
		inner := Message(e.Err)
		if e.Msg == "" {
			return inner
		}
		return e.Msg + ": " + inner
	}
	return e.Msg
}
