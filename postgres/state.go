package postgres

import (
	"context"
	"encoding/json"

	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/metrics"
)

// stateReader implements metrics.StateReader in one round trip.
type stateReader struct{ db *DB }

var _ metrics.StateReader = stateReader{}

// ReadState implements metrics.StateReader.
func (r stateReader) ReadState(ctx context.Context) (metrics.State, error) {
	var st metrics.State
	var checkins, drafts, jobs []byte
	err := r.db.Pool.QueryRow(ctx, `SELECT
		(SELECT COALESCE(json_object_agg(status, n), '{}') FROM (SELECT status, count(*) AS n FROM checkins GROUP BY status) c),
		(SELECT count(*) FROM checkins WHERE status IN ('open', 'snoozed') AND nudges > 0),
		(SELECT COALESCE(json_object_agg(status, n), '{}') FROM (SELECT status, count(*) AS n FROM drafts GROUP BY status) d),
		(SELECT COALESCE(sum(prompt_tokens), 0) FROM drafts), (SELECT COALESCE(sum(completion_tokens), 0) FROM drafts),
		(SELECT COALESCE(json_object_agg(state, n), '{}') FROM (SELECT state::text, count(*) AS n FROM river_job GROUP BY state) j)`).
		Scan(&checkins, &st.Overdue, &drafts, &st.PromptTokens, &st.CompletionTokens, &jobs)
	if err != nil {
		return st, errs.Wrap("postgres.ReadState", errs.Unavailable, err, "query")
	}
	for _, x := range []struct {
		raw []byte
		dst *map[string]int
	}{{checkins, &st.Checkins}, {drafts, &st.Drafts}, {jobs, &st.Jobs}} {
		if err := json.Unmarshal(x.raw, x.dst); err != nil {
			return st, errs.Wrap("postgres.ReadState", errs.Internal, err, "decoding counts")
		}
	}
	return st, nil
}
