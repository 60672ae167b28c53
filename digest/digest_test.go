package digest_test

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/digest"
	"github.com/assay-dev/assay/program"
)

func fixture(t *testing.T) digest.Inputs {
	t.Helper()
	cats, err := catalogs.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	set, _ := catalogs.NewSet(cats)
	f, err := program.Parse("p.yaml", []byte(`name: fixture
frameworks: [{id: iso42001, controls: ["A.2.*", "A.3.*"]}]
targets: [{framework: iso42001, level: 3}, {framework: iso42001, ref: A.3, level: 4}]
roles: {leads: [U0LEAD]}
owners: {"iso42001-2023:A.*": U0OWNER}
channels: {review: C0REVIEW}
`))
	if err != nil {
		t.Fatal(err)
	}
	p, err := f.Bind(set)
	if err != nil {
		t.Fatal(err)
	}
	k := func(ref string) catalogs.Key {
		return catalogs.Key{Framework: catalogs.ISO42001, Ref: catalogs.Ref(ref)}
	}
	return digest.Inputs{
		Program: p, Set: set, At: time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC),
		Ratings: map[catalogs.Key]int{k("A.2.2"): 4, k("A.2.3"): 1, k("A.3.2"): 2},
		Open:    map[catalogs.FrameworkID]int{catalogs.ISO42001: 2}, Overdue: map[catalogs.FrameworkID]int{catalogs.ISO42001: 1},
		Pending:  map[catalogs.FrameworkID]int{catalogs.ISO42001: 1},
		Reviewed: map[catalogs.FrameworkID]int{catalogs.ISO42001: 3, catalogs.CSF2: 1},
		Changed:  map[catalogs.FrameworkID]int{catalogs.ISO42001: 1, catalogs.CSF2: 1},
		Owner:    func(catalogs.Key) string { return "U0OWNER" },
		Previous: &digest.Snapshot{Levels: map[string]int{
			"iso42001-2023:A.2.2": 3, "iso42001-2023:A.2.3": 1, "iso42001-2023:A.3.3": 2}},
	}
}

func f64(x float64) *float64 { return &x }

// approx compares the hand-worked means with the computed ones.
var approx = cmp.Comparer(func(a, b float64) bool { return math.Abs(a-b) < 1e-9 })

// An excluded control leaves every figure, its rating too. Worked by hand
// from the fixture with A.2.3 (rated 1) excluded: four controls (A.2.2,
// A.2.4, A.3.2, A.3.3), two rated (4, 2), targets 3, 3, 4, 4.
func TestExcludedControlsLeaveEveryFigure(t *testing.T) {
	t.Parallel()
	in := fixture(t)
	a23 := catalogs.Key{Framework: catalogs.ISO42001, Ref: "A.2.3"}
	in.Program = in.Program.WithDecisions(map[catalogs.Key]program.Decision{a23: {Key: a23, Reason: program.ReasonBusiness,
		Justification: "Covered by the group policy.", DecidedBy: "U0LEAD", DecidedAt: time.Now()}})
	s := digest.Compute(in)
	got := s.Frameworks[0]
	want := digest.Framework{
		ID: "iso42001-2023", Name: "ISO/IEC 42001:2023", Controls: 4, Applicable: 4, Excluded: 1, Rated: 2,
		Mean:         f64(3),        // (4+2)/2
		Target:       f64(14.0 / 4), // (3+3+4+4)/4
		AtTarget:     f64(1.0 / 2),  // A.2.2 (4 ≥ 3); A.3.2 (2 < 4)
		WithTarget:   2,
		Distribution: []digest.Count{{0, 0}, {1, 0}, {2, 1}, {3, 0}, {4, 1}, {5, 0}},
		Up:           1, Down: 0, New: 1,
		Gaps: []digest.Gap{
			{Control: "iso42001-2023:A.3.2", Title: "AI roles and responsibilities", Level: 2, Target: 4, Owner: "U0OWNER"},
		},
		Open: 2, Overdue: 1, Pending: 1, Reviewed: 3, Changed: 1,
		Groups: []digest.Group{
			{Name: "A.2 AI policies", Controls: 2, Rated: 1, Mean: f64(4), Target: f64(3)},
			{Name: "A.3 Organising for AI", Controls: 2, Rated: 1, Mean: f64(2), Target: f64(4)},
		},
	}
	if diff := cmp.Diff(want, got, approx); diff != "" {
		t.Errorf("digest (-want +got):\n%s", diff)
	}
	if _, ok := s.Levels[a23.String()]; ok || len(s.Levels) != 2 {
		t.Errorf("levels kept for the next digest: %v", s.Levels)
	}
	if text := s.Text(); !strings.Contains(text, "at or above target: 50% of 2 rated controls (4 applicable of 5 in scope, 1 excluded)") {
		t.Errorf("text does not say what is excluded:\n%s", text)
	}
}

// The figures below are worked by hand from the fixture: five controls
// (A.2.2-4, A.3.2-3), three rated (4, 1, 2), targets 3 for A.2 and 4 for A.3.
func TestDigestAgainstHandComputedFixture(t *testing.T) {
	t.Parallel()
	s := digest.Compute(fixture(t))
	if len(s.Frameworks) != 1 {
		t.Fatalf("%d frameworks", len(s.Frameworks))
	}
	got := s.Frameworks[0]
	want := digest.Framework{
		ID: "iso42001-2023", Name: "ISO/IEC 42001:2023", Controls: 5, Applicable: 5, Rated: 3,
		Mean:         f64(7.0 / 3),  // (4+1+2)/3
		Target:       f64(17.0 / 5), // (3+3+3+4+4)/5
		AtTarget:     f64(1.0 / 3),  // only A.2.2 (4 ≥ 3) of the three rated
		WithTarget:   3,
		Distribution: []digest.Count{{0, 0}, {1, 1}, {2, 1}, {3, 0}, {4, 1}, {5, 0}},
		Up:           1, Down: 0, New: 1, // A.2.2 3→4; A.2.3 unchanged; A.3.2 new
		Gaps: []digest.Gap{ // both two levels short; by control
			{Control: "iso42001-2023:A.2.3", Title: "Fit with other organisational policies", Level: 1, Target: 3, Owner: "U0OWNER"},
			{Control: "iso42001-2023:A.3.2", Title: "AI roles and responsibilities", Level: 2, Target: 4, Owner: "U0OWNER"},
		},
		Open: 2, Overdue: 1, Pending: 1, Reviewed: 3, Changed: 1,
		Groups: []digest.Group{
			{Name: "A.2 AI policies", Controls: 3, Rated: 2, Mean: f64(2.5), Target: f64(3)},
			{Name: "A.3 Organising for AI", Controls: 2, Rated: 1, Mean: f64(2), Target: f64(4)},
		},
	}
	if diff := cmp.Diff(want, got, approx); diff != "" {
		t.Errorf("digest (-want +got):\n%s", diff)
	}
	if s.Levels["iso42001-2023:A.2.2"] != 4 || len(s.Levels) != 3 {
		t.Errorf("levels kept for the next digest: %v", s.Levels)
	}
	text := s.Text()
	for _, w := range []string{"maturity 2.3 against target 3.4", "at or above target: 33% of 3 rated controls (5 in scope)",
		"1 up, 0 down, 1 new", "leads changed the AI's level on 1 of 3 drafts", "A.2 AI policies: 2.5 against target 3.0 (2/3 rated)", "gap: iso42001-2023:A.2.3"} {
		if !strings.Contains(text, w) {
			t.Errorf("text lacks %q:\n%s", w, text)
		}
	}
	png, err := s.Chart(5)
	if err != nil || len(png) < 1000 || string(png[1:4]) != "PNG" {
		t.Errorf("chart: %d bytes, %v", len(png), err)
	}
	// The first digest has nothing to compare with: everything rated is new.
	in := fixture(t)
	in.Previous = nil
	if f := digest.Compute(in).Frameworks[0]; f.New != 3 || f.Up != 0 {
		t.Errorf("first digest: %d new, %d up", f.New, f.Up)
	}
}

// Each AI system assessed one by one has its impact-assessment status in
// the digest: worked by hand, the assistant has two of the six ISO 42001
// impact controls rated (2 and 3, mean 2.5); once its review date has
// come, those ratings are stale and the review is due.
func TestTheDigestShowsEachAISystem(t *testing.T) {
	t.Parallel()
	cats, err := catalogs.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	set, _ := catalogs.NewSet(cats)
	f, err := program.Parse("p.yaml", []byte(`name: systems
frameworks: [iso42001]
roles: {leads: [U0LEAD]}
channels: {review: C0REVIEW}
context: {roles: [provider]}
ai_systems:
  - {id: assistant, name: Assistant, owner: U0ML, role: provider, stage: operation, risk: high, next_review: 2027-01-04}
  - {id: ranker, name: Ranker, owner: U0ML, role: provider, stage: operation, risk: limited}
`))
	if err != nil {
		t.Fatal(err)
	}
	p, err := f.Bind(set)
	if err != nil {
		t.Fatal(err)
	}
	k := func(ref string) catalogs.Key {
		return catalogs.Key{Framework: catalogs.ISO42001, Ref: catalogs.Ref(ref)}
	}
	at := time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)
	rated := map[bot.SystemKey]bot.Rating{
		{Key: k("A.5.2"), System: "assistant"}: {Level: 2, At: at.Add(-time.Hour)},
		{Key: k("8.4"), System: "assistant"}:   {Level: 3, At: at.Add(-time.Hour)},
		{Key: k("A.5.3"), System: "ranker"}:    {Level: 5, At: at.Add(-time.Hour)}, // not assessed one by one
	}
	s := digest.Compute(digest.Inputs{Program: p, Set: set, At: at, SystemRatings: rated})
	if len(s.Systems) != 1 {
		t.Fatalf("systems %+v", s.Systems)
	}
	got := s.Systems[0]
	if got.ID != "assistant" || got.Controls != 6 || got.Rated != 2 || got.Mean == nil || *got.Mean != 2.5 || got.NextReview != "2027-01-04" || got.Overdue {
		t.Errorf("the assistant %+v", got)
	}
	if text := s.Text(); !strings.Contains(text, "Assistant (high risk): 2 of 6 impact controls rated, mean 2.5, next review 2027-01-04") {
		t.Errorf("text:\n%s", text)
	}
	later := digest.Compute(digest.Inputs{Program: p, Set: set, At: time.Date(2027, 1, 5, 8, 0, 0, 0, time.UTC), SystemRatings: rated})
	if got := later.Systems[0]; got.Rated != 0 || got.Mean != nil || !got.Overdue {
		t.Errorf("after the review date %+v", got)
	}
}

// A group with nothing rated is unrated, not level 0: in the JSON (rated
// 0, no mean), in the text, in the chart's bars and in the message; a
// group whose one rated control is at level 0 is rated, at 0. Worked by
// hand: A.2 has A.2.2 rated 0 of three applicable; A.3 has nothing rated.
func TestUnratedIsNotLevelZero(t *testing.T) {
	t.Parallel()
	in := fixture(t)
	in.Ratings = map[catalogs.Key]int{{Framework: catalogs.ISO42001, Ref: "A.2.2"}: 0}
	in.Previous = nil
	s := digest.Compute(in)
	f := s.Frameworks[0]
	if f.Rated != 1 || f.Applicable != 5 || f.Mean == nil || *f.Mean != 0 {
		t.Fatalf("framework rated %d of %d applicable, mean %v", f.Rated, f.Applicable, f.Mean)
	}
	want := []digest.Group{
		{Name: "A.2 AI policies", Controls: 3, Rated: 1, Mean: f64(0), Target: f64(3)},
		{Name: "A.3 Organising for AI", Controls: 2, Rated: 0, Mean: nil, Target: f64(4)},
	}
	if diff := cmp.Diff(want, f.Groups, approx); diff != "" {
		t.Errorf("groups (-want +got):\n%s", diff)
	}
	bars, total := s.Bars()
	if total != 2 || len(bars) != 2 {
		t.Fatalf("%d bars of %d", len(bars), total)
	}
	if bars[0].Unrated() || bars[0].Caption() != "1/3" || !bars[1].Unrated() || bars[1].Caption() != "unrated 0/2" {
		t.Errorf("bars: %q (unrated %v), %q (unrated %v)", bars[0].Caption(), bars[0].Unrated(), bars[1].Caption(), bars[1].Unrated())
	}
	for _, w := range []string{"A.2 AI policies: 0.0 against target 3.0 (1/3 rated)", "A.3 Organising for AI: unrated (0/2 rated)"} {
		if !strings.Contains(s.Text(), w) {
			t.Errorf("text lacks %q:\n%s", w, s.Text())
		}
	}
	var blocks strings.Builder
	for _, b := range s.Message().Blocks {
		fmt.Fprintf(&blocks, "%+v\n", b)
	}
	if !strings.Contains(blocks.String(), "A.3 Organising for AI: unrated (0/2 rated)") {
		t.Errorf("message blocks lack the unrated group:\n%s", blocks.String())
	}
	raw, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var back struct {
		Frameworks []struct {
			Rated, Applicable int
			Groups            []struct {
				Rated int
				Mean  *float64
			}
		}
	}
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	fw := back.Frameworks[0]
	if fw.Rated != 1 || fw.Applicable != 5 || fw.Groups[1].Rated != 0 || fw.Groups[1].Mean != nil || fw.Groups[0].Mean == nil {
		t.Errorf("JSON: %s", raw)
	}
	// Nothing rated at all: the share says so rather than printing 0%.
	in.Ratings = nil
	if txt := digest.Compute(in).Text(); !strings.Contains(txt, "at or above target: none rated yet (5 in scope)") {
		t.Errorf("nothing rated:\n%s", txt)
	}
	png, err := s.Chart(5)
	if err != nil || string(png[1:4]) != "PNG" {
		t.Errorf("chart: %v", err)
	}
}

// The trend is carried from digest to digest: each adds its own point per
// framework, a framework with nothing rated has no mean (a gap in the
// line, not a zero), and the fallback text carries the figures.
func TestTrendAcrossDigests(t *testing.T) {
	t.Parallel()
	in := fixture(t)
	in.Previous = nil
	in.Ratings = nil
	first := digest.Compute(in)
	in.Previous, in.At = first, in.At.Add(7*24*time.Hour)
	in.Ratings = fixture(t).Ratings
	second := digest.Compute(in)
	if second.TrendDates() != 2 || len(second.Trend) != 2 {
		t.Fatalf("trend %+v", second.Trend)
	}
	if p := second.Trend[0]; p.Mean != nil || p.Rated != 0 || !p.At.Equal(first.At) {
		t.Errorf("first point %+v", p)
	}
	if p := second.Trend[1]; p.Mean == nil || math.Abs(*p.Mean-7.0/3) > 1e-9 || p.Rated != 3 {
		t.Errorf("second point %+v", p)
	}
	png, err := second.TrendChart(5)
	if err != nil || string(png[1:4]) != "PNG" {
		t.Errorf("trend chart: %v", err)
	}
	// A year of weekly digests keeps the last MaxTrend.
	s := second
	for i := range digest.MaxTrend + 5 {
		in.Previous, in.At = s, in.At.Add(time.Duration(i+1)*7*24*time.Hour)
		s = digest.Compute(in)
	}
	if s.TrendDates() != digest.MaxTrend || !s.Trend[len(s.Trend)-1].At.Equal(s.At) {
		t.Errorf("%d dates kept, last %v", s.TrendDates(), s.Trend[len(s.Trend)-1].At)
	}
	fb := second.Message().Text
	for _, w := range []string{"ISO/IEC 42001:2023: maturity 2.3 against target 3.4", "at or above target: 33% of 3 rated controls (5 in scope)", "2 check-ins open, 1 past due"} {
		if !strings.Contains(fb, w) {
			t.Errorf("fallback text lacks %q: %s", w, fb)
		}
	}
}
