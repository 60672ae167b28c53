-- +goose Up
-- How far a chat effect of a check-in change got (bot.Effect): its post
-- claimed while a process makes it, ts once it is made (so a retried
-- effect never posts twice), done_at once all of it is shown (so the job
-- that follows the acting request does nothing more).
CREATE TABLE chat_effects (
    key        text PRIMARY KEY,
    claimed_at timestamptz,
    ts         text NOT NULL DEFAULT '',
    done_at    timestamptz
);

-- +goose Down
DROP TABLE chat_effects;
