package assessor

import (
	"math"
	"sort"

	"github.com/assay-dev/assay/catalogs"
)

// Pair is a drafted level and the level a lead settled on.
type Pair struct {
	Framework      catalogs.FrameworkID
	Scale          ScaleID
	Drafted, Final int
}

// Agreement measures how far drafts can be trusted.
type Agreement struct {
	Framework string `json:"framework,omitempty"`
	N         int    `json:"n"`
	// Exact and WithinOne are shares of pairs; MeanSignedDiff is drafted
	// minus final (positive: drafts overstate).
	Exact          float64  `json:"exact"`
	WithinOne      float64  `json:"within_one"`
	Kappa          *float64 `json:"quadratic_weighted_kappa"` // nil when undefined (one level only)
	MeanSignedDiff float64  `json:"mean_signed_difference"`
}

// Calibration is agreement overall and per framework.
type Calibration struct {
	Overall     Agreement   `json:"overall"`
	ByFramework []Agreement `json:"by_framework"`
}

// Calibrate computes agreement between drafted and final levels.
func Calibrate(pairs []Pair) Calibration {
	by := map[catalogs.FrameworkID][]Pair{}
	for _, p := range pairs {
		by[p.Framework] = append(by[p.Framework], p)
	}
	out := Calibration{Overall: agreement(pairs), ByFramework: []Agreement{}}
	for fw, ps := range by {
		a := agreement(ps)
		a.Framework = string(fw)
		out.ByFramework = append(out.ByFramework, a)
	}
	sort.Slice(out.ByFramework, func(i, j int) bool { return out.ByFramework[i].Framework < out.ByFramework[j].Framework })
	return out
}

func agreement(ps []Pair) Agreement {
	a := Agreement{N: len(ps)}
	if len(ps) == 0 {
		return a
	}
	lo, hi := math.MaxInt, math.MinInt
	var exact, within, diff float64
	for _, p := range ps {
		if p.Drafted == p.Final {
			exact++
		}
		if abs(p.Drafted-p.Final) <= 1 {
			within++
		}
		diff += float64(p.Drafted - p.Final)
		lo, hi = min(lo, p.Drafted, p.Final), max(hi, p.Drafted, p.Final)
		if s, err := ScaleByID(p.Scale); err == nil {
			lo, hi = min(lo, s.Min()), max(hi, s.Max())
		}
	}
	n := float64(len(ps))
	a.Exact, a.WithinOne, a.MeanSignedDiff = exact/n, within/n, diff/n
	a.Kappa = quadraticKappa(ps, lo, hi)
	return a
}

// quadraticKappa is Cohen's kappa with quadratic weights over the levels
// lo..hi: 1 - Σ w·observed / Σ w·expected, w = (i-j)²/(k-1)².
func quadraticKappa(ps []Pair, lo, hi int) *float64 {
	k := hi - lo + 1
	if k < 2 {
		return nil
	}
	obs := make([][]float64, k)
	for i := range obs {
		obs[i] = make([]float64, k)
	}
	rowSum, colSum := make([]float64, k), make([]float64, k)
	for _, p := range ps {
		i, j := p.Drafted-lo, p.Final-lo
		obs[i][j]++
		rowSum[i]++
		colSum[j]++
	}
	n := float64(len(ps))
	var num, den float64
	for i := 0; i < k; i++ {
		for j := 0; j < k; j++ {
			w := float64((i-j)*(i-j)) / float64((k-1)*(k-1))
			num += w * obs[i][j]
			den += w * rowSum[i] * colSum[j] / n
		}
	}
	if den == 0 {
		return nil
	}
	v := 1 - num/den
	return &v
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
