-- +goose Up
-- Applicability decisions: whether a control in scope applies, and if not
-- why (a reason code and a justification), who approved it, through which
-- door, when. Rows are only added; a control's newest row is in force.
CREATE TABLE applicability (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    framework     TEXT NOT NULL,
    ref           TEXT NOT NULL,
    applicable    INTEGER NOT NULL,
    reason        TEXT NOT NULL DEFAULT '',
    justification TEXT NOT NULL DEFAULT '',
    decided_by    TEXT NOT NULL,
    door          TEXT NOT NULL DEFAULT '',
    decided_at    TEXT NOT NULL
);
CREATE INDEX applicability_control ON applicability (framework, ref, id);

-- +goose Down
DROP TABLE applicability;
