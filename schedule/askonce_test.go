package schedule_test

import (
	"strings"
	"testing"
	"time"

	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/program"
	"github.com/assay-dev/assay/schedule"
)

// Controls a crosswalk makes equal are asked once: the first in natural
// order, noting that the answer counts for the other; the other is not
// asked while its twin's check-in is unfinished, nor while a rating
// proposed for it waits. Intersecting controls are asked apart.
func TestEqualControlsAreAskedOnce(t *testing.T) {
	t.Parallel()
	cats, err := catalogs.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	a52 := catalogs.Key{Framework: catalogs.ISO42001, Ref: "A.5.2"}
	gv42 := catalogs.Key{Framework: catalogs.AIRMF, Ref: "GOVERN 4.2"}
	map14 := catalogs.Key{Framework: catalogs.AIRMF, Ref: "MAP 1.4"} // intersects A.5.2 in the built-in crosswalk
	// An imported crosswalk that makes A.5.2 and GOVERN 4.2 equal.
	cats = append(cats, catalogs.Catalog{Framework: catalogs.Framework{ID: "crosswalk-test", Name: "A test crosswalk", Kind: catalogs.Guidance},
		Links: []catalogs.Link{{From: a52, To: gv42, Relationship: catalogs.Equal, Source: "test"}}})
	set, err := catalogs.NewSet(cats)
	if err != nil {
		t.Fatal(err)
	}
	f, err := program.Parse("p.yaml", []byte(`name: twins
frameworks: [iso42001, nist-ai-rmf-1.0]
roles: {leads: [U0LEAD]}
owners: {"iso42001-2023:*": U0GRC, "nist-ai-rmf-1.0:*": U0RISK}
channels: {review: C0REVIEW}
`))
	if err != nil {
		t.Fatal(err)
	}
	p, err := f.Bind(set)
	if err != nil {
		t.Fatal(err)
	}
	slot := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	due := func() []*bot.Checkin {
		return []*bot.Checkin{{Key: gv42, Owner: "U0RISK", Slot: &slot}, {Key: map14, Owner: "U0RISK", Slot: &slot}, {Key: a52, Owner: "U0GRC", Slot: &slot}}
	}
	none := func(catalogs.Key) (bool, error) { return false, nil }
	keys := func(cks []*bot.Checkin) string {
		var out []string
		for _, c := range cks {
			out = append(out, string(c.Key.Ref))
		}
		return strings.Join(out, ", ")
	}

	got, err := schedule.AskOnce(due(), set, p, none, none)
	if err != nil {
		t.Fatal(err)
	}
	if keys(got) != "A.5.2, MAP 1.4" {
		t.Fatalf("asked %q, want A.5.2 (for both twins) and MAP 1.4 (only intersecting)", keys(got))
	}
	if !strings.Contains(got[0].Note, "also counts for nist-ai-rmf-1.0:GOVERN 4.2") || got[1].Note != "" {
		t.Errorf("notes %q, %q", got[0].Note, got[1].Note)
	}
	// A.5.2 is being asked already: its twin waits.
	open := func(k catalogs.Key) (bool, error) { return k == a52, nil }
	if got, err := schedule.AskOnce([]*bot.Checkin{{Key: gv42, Owner: "U0RISK", Slot: &slot}}, set, p, open, none); err != nil || len(got) != 0 {
		t.Errorf("the twin of an open check-in was asked: %q %v", keys(got), err)
	}
	// A rating proposed for GOVERN 4.2 from A.5.2's waits for a lead.
	proposed := func(k catalogs.Key) (bool, error) { return k == gv42, nil }
	if got, err := schedule.AskOnce([]*bot.Checkin{{Key: gv42, Owner: "U0RISK", Slot: &slot}}, set, p, none, proposed); err != nil || len(got) != 0 {
		t.Errorf("a control with a proposed rating waiting was asked: %q %v", keys(got), err)
	}
	// Alone and with nothing pending, the twin is asked.
	if got, err := schedule.AskOnce([]*bot.Checkin{{Key: gv42, Owner: "U0RISK", Slot: &slot}}, set, p, none, none); err != nil || len(got) != 1 {
		t.Errorf("GOVERN 4.2 alone: %q %v", keys(got), err)
	}
}
