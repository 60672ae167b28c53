package ask

import (
	"strings"
	"testing"
)

// A base control found below one of its enhancements moves up to just
// before it; an enhancement whose base was above it gives way.
func TestBasesFirst(t *testing.T) {
	t.Parallel()
	in := []Control{{Framework: "sp", Ref: "AU-11(1)"}, {Framework: "sp", Ref: "AU-2"}, {Framework: "sp", Ref: "AU-4"}, {Framework: "sp", Ref: "AU-4(1)"}, {Framework: "iso", Ref: "A.8.15"}, {Framework: "sp", Ref: "AU-11"}}
	var got []string
	for _, c := range basesFirst(in) {
		got = append(got, c.Ref)
	}
	if want := "AU-11 AU-11(1) AU-2 AU-4 A.8.15 AU-4(1)"; strings.Join(got, " ") != want {
		t.Errorf("got %s, want %s", strings.Join(got, " "), want)
	}
}
