-- +goose Up
-- Where each digest was posted, so App Home links to the last one.
ALTER TABLE digests ADD COLUMN channel text NOT NULL DEFAULT '';
ALTER TABLE digests ADD COLUMN ts text NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE digests DROP COLUMN ts;
ALTER TABLE digests DROP COLUMN channel;
