-- +goose Up
-- Applicability decisions: whether a control in scope applies, and if not
-- why (a reason code and a justification), who approved it, through which
-- door, when. Rows are only added; a control's newest row is in force.
CREATE TABLE applicability (
    id            bigserial PRIMARY KEY,
    framework     text NOT NULL,
    ref           text NOT NULL,
    applicable    boolean NOT NULL,
    reason        text NOT NULL DEFAULT '',
    justification text NOT NULL DEFAULT '',
    decided_by    text NOT NULL,
    door          text NOT NULL DEFAULT '',
    decided_at    timestamptz NOT NULL
);
CREATE INDEX applicability_control ON applicability (framework, ref, id);

-- +goose Down
DROP TABLE applicability;
