package sqlite

import (
	"context"
	"encoding/json"

	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/metrics"
)

// stateReader implements metrics.StateReader in one query.
type stateReader struct{ db *DB }

var _ metrics.StateReader = stateReader{}

// ReadState implements metrics.StateReader.
func (r stateReader) ReadState(ctx context.Context) (metrics.State, error) {
	var st metrics.State
	var checkins, drafts, jobs string
	err := r.db.SQL.QueryRowContext(ctx, `SELECT
		(SELECT json_group_object(status, n) FROM (SELECT status, count(*) AS n FROM checkins GROUP BY status)),
		(SELECT count(*) FROM checkins WHERE status IN ('open', 'snoozed') AND nudges > 0),
		(SELECT json_group_object(status, n) FROM (SELECT status, count(*) AS n FROM drafts GROUP BY status)),
		(SELECT COALESCE(sum(prompt_tokens), 0) FROM drafts), (SELECT COALESCE(sum(completion_tokens), 0) FROM drafts),
		(SELECT json_group_object(state, n) FROM (SELECT state, count(*) AS n FROM river_job GROUP BY state))`).
		Scan(&checkins, &st.Overdue, &drafts, &st.PromptTokens, &st.CompletionTokens, &jobs)
	if err != nil {
		return st, errs.Wrap("sqlite.ReadState", errs.Unavailable, err, "query")
	}
	for _, x := range []struct {
		raw string
		dst *map[string]int
	}{{checkins, &st.Checkins}, {drafts, &st.Drafts}, {jobs, &st.Jobs}} {
		if err := json.Unmarshal([]byte(x.raw), x.dst); err != nil {
			return st, errs.Wrap("sqlite.ReadState", errs.Internal, err, "decoding counts")
		}
	}
	return st, nil
}
