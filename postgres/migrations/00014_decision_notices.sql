-- +goose Up
-- How far the announcement of a decision got: the owner's notice claimed
-- while a process posts it, ts once it is posted (so a retried
-- announcement never tells them twice), announced_at once all of it is
-- done (so the job that follows the deciding request does nothing more).
CREATE TABLE decision_notices (
    draft_id   uuid PRIMARY KEY REFERENCES drafts (id),
    claimed_at timestamptz,
    ts         text NOT NULL DEFAULT '',
    announced_at timestamptz
);

-- +goose Down
DROP TABLE decision_notices;
