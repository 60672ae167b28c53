package digest

import (
	"bytes"
	"fmt"
	"image/color"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/assay-dev/assay/errs"
)

// MaxChartGroups bounds the bars in one chart; a larger program shows its
// first groups and says how many more there are.
const MaxChartGroups = 30

// Chart draws maturity by group against target as a PNG: one bar per group
// for its mean level, one beside it for its target.
func (s *Snapshot) Chart(maxLevel int) ([]byte, error) {
	var names []string
	var means, targets plotter.Values
	total := 0
	for _, f := range s.Frameworks {
		for _, g := range f.Groups {
			total++
			if len(names) == MaxChartGroups {
				continue
			}
			label := strings.SplitN(g.Name, " ", 2)[0]
			if len(s.Frameworks) > 1 {
				label = shortFW(f.ID) + " " + label
			}
			names = append(names, label)
			means = append(means, val(g.Mean))
			targets = append(targets, val(g.Target))
		}
	}
	p := plot.New()
	p.Title.Text = "Maturity by group against target — " + s.Program
	if total > len(names) {
		p.Title.Text += fmt.Sprintf(" (first %d of %d groups)", len(names), total)
	}
	p.Y.Label.Text = "level"
	p.Y.Min, p.Y.Max = 0, float64(maxLevel)
	if len(names) == 0 {
		names, means, targets = []string{"(no groups)"}, plotter.Values{0}, plotter.Values{0}
	}
	w := vg.Points(min(20, 600/float64(len(names))))
	mb, err := plotter.NewBarChart(means, w)
	if err != nil {
		return nil, errs.Wrap("digest.Chart", errs.Internal, err, "bars")
	}
	mb.Color = color.RGBA{R: 29, G: 53, B: 87, A: 255}
	mb.Offset = -w / 2
	tb, err := plotter.NewBarChart(targets, w)
	if err != nil {
		return nil, errs.Wrap("digest.Chart", errs.Internal, err, "bars")
	}
	tb.Color = color.RGBA{R: 230, G: 57, B: 70, A: 120}
	tb.Offset = w / 2
	p.Add(mb, tb, plotter.NewGrid())
	p.Legend.Add("mean level", mb)
	p.Legend.Add("target", tb)
	p.Legend.Top = true
	p.NominalX(names...)
	p.X.Tick.Label.Rotation = 0.6
	p.X.Tick.Label.XAlign = -0.8
	wt, err := p.WriterTo(vg.Points(float64(max(700, 40*len(names)))), 420, "png")
	if err != nil {
		return nil, errs.Wrap("digest.Chart", errs.Internal, err, "rendering")
	}
	var buf bytes.Buffer
	if _, err := wt.WriteTo(&buf); err != nil {
		return nil, errs.Wrap("digest.Chart", errs.Internal, err, "rendering")
	}
	return buf.Bytes(), nil
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
