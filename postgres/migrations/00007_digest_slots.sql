-- +goose Up
-- A scheduled digest is posted once per schedule slot, whichever replica
-- gets there first; previews have no slot.
ALTER TABLE digests ADD COLUMN slot timestamptz;
CREATE UNIQUE INDEX digests_slot ON digests (program, slot) WHERE slot IS NOT NULL;
CREATE INDEX digests_latest ON digests (program, created_at DESC);

-- +goose Down
DROP INDEX digests_latest;
DROP INDEX digests_slot;
ALTER TABLE digests DROP COLUMN slot;
