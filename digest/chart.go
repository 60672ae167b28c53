package digest

import (
	"bytes"
	"fmt"
	"image/color"
	"sort"
	"strconv"
	"strings"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/assay-dev/assay/errs"
)

// MaxChartGroups bounds the bars in one chart; a larger program shows its
// first groups and says how many more there are.
const MaxChartGroups = 30

// Bar is one group of the chart: its mean level against its target, and
// how many of its applicable controls are rated. A group with none rated
// is Unrated: drawn as a shaded column labelled "unrated", never as a bar
// at level 0 (which is a rating).
type Bar struct {
	Label           string
	Mean, Target    *float64
	Rated, Controls int
}

// Unrated reports whether no control of the group is rated.
func (b Bar) Unrated() bool { return b.Rated == 0 || b.Mean == nil }

// Caption is the label above the bar: "3/9" rated of applicable, or
// "unrated 0/9".
func (b Bar) Caption() string {
	if b.Unrated() {
		return fmt.Sprintf("unrated 0/%d", b.Controls)
	}
	return fmt.Sprintf("%d/%d", b.Rated, b.Controls)
}

// Bars lists the chart's groups, at most MaxChartGroups, and how many
// groups there are in all.
func (s *Snapshot) Bars() ([]Bar, int) {
	var out []Bar
	total := 0
	for _, f := range s.Frameworks {
		for _, g := range f.Groups {
			total++
			if len(out) == MaxChartGroups {
				continue
			}
			label := shortName(g.Name, 26)
			if len(s.Frameworks) > 1 {
				label = shortFW(f.ID) + " " + label
			}
			out = append(out, Bar{Label: label, Mean: g.Mean, Target: g.Target, Rated: g.Rated, Controls: g.Controls})
		}
	}
	return out, total
}

var (
	meanColor    = color.RGBA{R: 29, G: 53, B: 87, A: 255}
	targetColor  = color.RGBA{R: 240, G: 150, B: 155, A: 255}
	unratedColor = color.RGBA{R: 228, G: 228, B: 228, A: 255}
	captionColor = color.RGBA{R: 60, G: 60, B: 60, A: 255}
)

// legendWidth is the margin right of the plot that holds the legend, so
// it never covers a bar.
const legendWidth = vg.Length(150)

// Chart draws maturity by group against target as a PNG: per group a bar
// for its mean level, one beside it for its target, and above them how
// many of its controls are rated ("3/9"). Groups with nothing rated are
// shaded and labelled "unrated"; the level axis has whole-number ticks;
// the legend sits outside the plot.
func (s *Snapshot) Chart(maxLevel int) ([]byte, error) {
	const op = "digest.Chart"
	bars, total := s.Bars()
	p := plot.New()
	p.Title.Text = "Maturity by group against target — " + s.Program
	if total > len(bars) {
		p.Title.Text += fmt.Sprintf(" (first %d of %d groups)", len(bars), total)
	}
	p.Y.Label.Text = "level (" + s.ScaleLabel() + ")"
	p.Y.Min, p.Y.Max = 0, float64(maxLevel)+0.6 // room for the captions
	p.Y.Tick.Marker = levelTicks(maxLevel)
	if len(bars) == 0 {
		bars = []Bar{{Label: "(no groups)"}}
	}
	var names []string
	var means, targets, shade plotter.Values
	var xys plotter.XYs
	var captions []string
	for i, b := range bars {
		names = append(names, b.Label)
		means = append(means, val(b.Mean))
		targets = append(targets, val(b.Target))
		top := max(val(b.Mean), val(b.Target))
		if b.Unrated() {
			shade = append(shade, float64(maxLevel))
			top = float64(maxLevel)
		} else {
			shade = append(shade, 0)
		}
		xys = append(xys, plotter.XY{X: float64(i), Y: top})
		captions = append(captions, b.Caption())
	}
	w := vg.Points(min(20, 600/float64(len(names))))
	sb, err := plotter.NewBarChart(shade, 2*w)
	if err != nil {
		return nil, errs.Wrap(op, errs.Internal, err, "bars")
	}
	sb.Color, sb.LineStyle.Width = unratedColor, 0
	mb, err := plotter.NewBarChart(means, w)
	if err != nil {
		return nil, errs.Wrap(op, errs.Internal, err, "bars")
	}
	mb.Color, mb.Offset = meanColor, -w/2
	tb, err := plotter.NewBarChart(targets, w)
	if err != nil {
		return nil, errs.Wrap(op, errs.Internal, err, "bars")
	}
	tb.Color, tb.Offset = targetColor, w/2
	labels, err := plotter.NewLabels(plotter.XYLabels{XYs: xys, Labels: captions})
	if err != nil {
		return nil, errs.Wrap(op, errs.Internal, err, "captions")
	}
	for i := range labels.TextStyle {
		labels.TextStyle[i].XAlign = text.XCenter
		labels.TextStyle[i].Color = captionColor
		labels.TextStyle[i].Font.Size = vg.Points(8)
	}
	labels.Offset = vg.Point{Y: 3}
	grid := plotter.NewGrid()
	grid.Vertical.Width = 0
	p.Add(grid, sb, mb, tb, labels)
	p.NominalX(names...)
	p.X.Tick.Label.Rotation = 0.6
	p.X.Tick.Label.XAlign = -0.8
	legend := plot.NewLegend()
	legend.Add("mean level of rated", mb)
	legend.Add("target", tb)
	legend.Add("unrated group", sb)
	return render(p, legend, vg.Points(float64(max(760, 44*len(names)))), 460)
}

// TrendChart draws each framework's mean maturity at each kept digest
// (the snapshots' Trend), one line per framework; a digest at which a
// framework had nothing rated leaves a gap, not a zero.
func (s *Snapshot) TrendChart(maxLevel int) ([]byte, error) {
	const op = "digest.TrendChart"
	p := plot.New()
	p.Title.Text = "Maturity over time — " + s.Program
	p.Y.Label.Text = "mean level (" + s.ScaleLabel() + ")"
	p.Y.Min, p.Y.Max = 0, float64(maxLevel)
	p.Y.Tick.Marker = levelTicks(maxLevel)
	p.X.Tick.Marker = plot.TimeTicks{Format: "2 Jan"}
	p.Add(plotter.NewGrid())
	legend := plot.NewLegend()
	series := map[string]plotter.XYs{}
	var order []string
	for _, pt := range s.Trend {
		if _, ok := series[pt.Name]; !ok {
			order = append(order, pt.Name)
			series[pt.Name] = nil
		}
		if pt.Mean != nil {
			series[pt.Name] = append(series[pt.Name], plotter.XY{X: float64(pt.At.Unix()), Y: *pt.Mean})
		}
	}
	palette := []color.RGBA{meanColor, {R: 230, G: 57, B: 70, A: 255}, {R: 42, G: 157, B: 143, A: 255}, {R: 233, G: 196, B: 106, A: 255},
		{R: 131, G: 56, B: 236, A: 255}, {R: 244, G: 162, B: 97, A: 255}}
	drawn := 0
	for i, name := range order {
		pts := series[name]
		if len(pts) == 0 {
			continue
		}
		line, points, err := plotter.NewLinePoints(pts)
		if err != nil {
			return nil, errs.Wrap(op, errs.Internal, err, "lines")
		}
		c := palette[i%len(palette)]
		line.Color, points.Color = c, c
		p.Add(line, points)
		legend.Add(shortName(name, 18), line, points)
		drawn++
	}
	if drawn == 0 {
		p.Title.Text += " (nothing rated yet)"
		p.X.Min, p.X.Max = float64(s.At.Add(-7*24*time.Hour).Unix()), float64(s.At.Unix())
	}
	return render(p, legend, 760, 420)
}

// render draws the plot with its legend in a margin on the right.
func render(p *plot.Plot, legend plot.Legend, w, h vg.Length) ([]byte, error) {
	img := vgimg.New(w+legendWidth, h)
	dc := draw.New(img)
	dc.SetColor(color.White)
	dc.Fill(dc.Rectangle.Path())
	p.Draw(draw.Crop(dc, 0, -legendWidth, 0, 0))
	legend.Top, legend.Left = true, true
	legend.TextStyle.Font.Size = vg.Points(10)
	legend.Draw(draw.Crop(dc, w+8, 0, 0, -36))
	var buf bytes.Buffer
	if _, err := (vgimg.PngCanvas{Canvas: img}).WriteTo(&buf); err != nil {
		return nil, errs.Wrap("digest.Chart", errs.Internal, err, "rendering")
	}
	return buf.Bytes(), nil
}

// levelTicks labels every whole level and nothing in between.
func levelTicks(maxLevel int) plot.ConstantTicks {
	var ts plot.ConstantTicks
	for l := 0; l <= maxLevel; l++ {
		ts = append(ts, plot.Tick{Value: float64(l), Label: strconv.Itoa(l)})
	}
	return ts
}

// shortName keeps a group's code and as much of its title as fits.
func shortName(name string, n int) string {
	r := []rune(name)
	if len(r) <= n {
		return name
	}
	return strings.TrimRight(string(r[:n-1]), " ,;:-") + "…"
}

func val(x *float64) float64 {
	if x == nil {
		return 0
	}
	return *x
}

// shortFW is a framework id without its version: iso42001-2023 → iso42001.
func shortFW(id string) string {
	if i := strings.LastIndex(id, "-"); i > 0 && strings.Count(id, "-") >= 1 && !strings.HasPrefix(id, "nist-") {
		return id[:i]
	}
	return strings.TrimPrefix(id, "nist-")
}

// Point is one framework's maturity at one digest.
type Point struct {
	At        time.Time `json:"at"`
	Framework string    `json:"framework"`
	Name      string    `json:"name"`
	Mean      *float64  `json:"mean"`
	Rated     int       `json:"rated"`
	Controls  int       `json:"controls"`
}

// MaxTrend bounds the digests a trend remembers (a year of weekly ones).
const MaxTrend = 52

// trend carries the previous digest's trend forward and adds this one's
// points: the last MaxTrend digests, oldest first.
func trend(prev *Snapshot, s *Snapshot) []Point {
	var out []Point
	if prev != nil {
		out = append(out, prev.Trend...)
	}
	for _, f := range s.Frameworks {
		out = append(out, Point{At: s.At, Framework: f.ID, Name: f.Name, Mean: f.Mean, Rated: f.Rated, Controls: f.Controls})
	}
	var dates []time.Time
	seen := map[time.Time]bool{}
	for _, p := range out {
		if !seen[p.At] {
			seen[p.At] = true
			dates = append(dates, p.At)
		}
	}
	sort.Slice(dates, func(i, j int) bool { return dates[i].Before(dates[j]) })
	if len(dates) <= MaxTrend {
		return out
	}
	cut := dates[len(dates)-MaxTrend]
	kept := out[:0]
	for _, p := range out {
		if !p.At.Before(cut) {
			kept = append(kept, p)
		}
	}
	return kept
}

// TrendDates counts the digests the trend covers.
func (s *Snapshot) TrendDates() int {
	seen := map[time.Time]bool{}
	for _, p := range s.Trend {
		seen[p.At] = true
	}
	return len(seen)
}
