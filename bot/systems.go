package bot

import (
	"fmt"
	"time"

	"github.com/assay-dev/assay/program"
)

// SystemStatus is one AI system's impact assessment: its impact-assessment
// controls rated for it, their mean, and its next review.
type SystemStatus struct {
	ID         string   `json:"id"`
	Name       string   `json:"name"`
	Risk       string   `json:"risk"`
	Controls   int      `json:"controls"`
	Rated      int      `json:"rated"`
	Mean       *float64 `json:"mean"`
	NextReview string   `json:"next_review,omitempty"`
	Overdue    bool     `json:"review_overdue"`
}

// SystemStatuses computes each assessed AI system's impact-assessment status: a
// rating counts when it is not older than the system's review date that
// has come (a review makes the earlier assessment stale).
func SystemStatuses(p *program.Program, rated map[SystemKey]Rating, at time.Time) []SystemStatus {
	controls := p.ImpactControls()
	var out []SystemStatus
	for _, sys := range p.AssessedSystems() {
		st := SystemStatus{ID: sys.ID, Name: sys.Name, Risk: string(sys.Risk), Controls: len(controls)}
		due := sys.NextReview != nil && !at.Before(*sys.NextReview)
		if sys.NextReview != nil {
			st.NextReview = sys.NextReview.Format("2006-01-02")
		}
		sum := 0
		for _, c := range controls {
			r, ok := rated[SystemKey{Key: c.Key(), System: sys.ID}]
			if !ok || (due && r.At.Before(*sys.NextReview)) {
				continue
			}
			st.Rated++
			sum += r.Level
		}
		if st.Rated > 0 {
			m := float64(sum) / float64(st.Rated)
			st.Mean = &m
		}
		st.Overdue = due && st.Rated < st.Controls
		out = append(out, st)
	}
	return out
}

// Line says where an AI system's impact assessment stands, in one line.
func (s SystemStatus) Line() string {
	line := fmt.Sprintf("%s (%s risk): %d of %d impact controls rated", s.Name, s.Risk, s.Rated, s.Controls)
	if s.Mean != nil {
		line += fmt.Sprintf(", mean %.1f", *s.Mean)
	}
	if s.NextReview != "" {
		line += ", next review " + s.NextReview
	}
	if s.Overdue {
		line += " (review due)"
	}
	return line
}
