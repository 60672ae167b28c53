package errs

import (
	"errors"
	"fmt"
	"testing"
)

func TestKindsAndMessages(t *testing.T) {
	t.Parallel()
	base := E("catalogs.Resolve", NotFound, "no control %q", "X.1")
	wrapped := fmt.Errorf("show: %w", Wrap("cli.show", Invalid, base, "looking up"))
	tests := []struct {
		err  error
		kind Kind
		msg  string
	}{
		{base, NotFound, `no control "X.1"`},
		{wrapped, Invalid, `looking up: no control "X.1"`},
		{errors.New("plain"), Internal, "plain"},
		{Wrap("op", Conflict, errors.New("cause"), ""), Conflict, "cause"},
	}
	for _, tt := range tests {
		if got := KindOf(tt.err); got != tt.kind {
			t.Errorf("KindOf(%v) = %s, want %s", tt.err, got, tt.kind)
		}
		if got := Message(tt.err); got != tt.msg {
			t.Errorf("Message(%v) = %q, want %q", tt.err, got, tt.msg)
		}
	}
	if !errors.Is(wrapped, base) {
		t.Error("wrapping lost the cause")
	}
	if Wrap("op", Invalid, nil, "x") != nil {
		t.Error("Wrap(nil) is not nil")
	}
	if base.Error() != `catalogs.Resolve: no control "X.1"` {
		t.Errorf("Error() = %q", base.Error())
	}
}
