-- +goose Up
-- A calm rollout (see the PostgreSQL migration 00020): sort_key orders
-- waiting check-ins naturally, batch names the one message an owner's
-- check-ins of a day go out in, due_at is when each is due (14 days from
-- sending for those sent before due dates existed).
ALTER TABLE checkins ADD COLUMN due_at TEXT;
ALTER TABLE checkins ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
ALTER TABLE checkins ADD COLUMN batch TEXT NOT NULL DEFAULT '';
UPDATE checkins SET due_at = strftime('%Y-%m-%dT%H:%M:%f', sent_at, '+14 days') || '000Z' WHERE sent_at IS NOT NULL;
UPDATE checkins SET batch = id WHERE ts <> '';
CREATE INDEX checkins_unsent_by_owner ON checkins (owner, sort_key) WHERE ts = '' AND status = 'open';
CREATE INDEX checkins_batch ON checkins (batch) WHERE batch <> '';

-- +goose Down
DROP INDEX checkins_batch;
DROP INDEX checkins_unsent_by_owner;
ALTER TABLE checkins DROP COLUMN batch;
ALTER TABLE checkins DROP COLUMN sort_key;
ALTER TABLE checkins DROP COLUMN due_at;
