-- +goose Up
-- A calm rollout: check-ins wait in their natural order (sort_key) and go
-- out to an owner in one message a day; the message's check-ins share a
-- batch, under which the message is posted once (its ref names the batch).
-- Each check-in is due at due_at; "overdue" means past it. Check-ins sent
-- before this had no due date: they get the default of 14 days from when
-- they were sent. A check-in of its own (sent by hand) is its own batch.
ALTER TABLE checkins ADD COLUMN due_at timestamptz;
ALTER TABLE checkins ADD COLUMN sort_key text NOT NULL DEFAULT '';
ALTER TABLE checkins ADD COLUMN batch text NOT NULL DEFAULT '';
UPDATE checkins SET due_at = sent_at + interval '14 days' WHERE sent_at IS NOT NULL;
UPDATE checkins SET batch = id::text WHERE ts <> '';
CREATE INDEX checkins_unsent_by_owner ON checkins (owner, sort_key) WHERE ts = '' AND status = 'open';
CREATE INDEX checkins_batch ON checkins (batch) WHERE batch <> '';

-- +goose Down
DROP INDEX checkins_batch;
DROP INDEX checkins_unsent_by_owner;
ALTER TABLE checkins DROP COLUMN batch;
ALTER TABLE checkins DROP COLUMN sort_key;
ALTER TABLE checkins DROP COLUMN due_at;
