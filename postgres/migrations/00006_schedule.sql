-- +goose Up
-- Scheduled check-ins: one per (control, owner, period slot), so restarts,
-- replicas and retries never send one twice. A check-in is stored before it
-- is sent; a sender claims it for a lease, so a fan-out that stops half-way
-- is resumed by the next tick, on any replica.
ALTER TABLE checkins
    ADD COLUMN slot           timestamptz,
    ADD COLUMN claimed_at     timestamptz,
    ADD COLUMN sent_at        timestamptz,
    ADD COLUMN nudges         integer NOT NULL DEFAULT 0,
    ADD COLUMN last_nudged_at timestamptz,
    ADD COLUMN escalated_at   timestamptz;
CREATE UNIQUE INDEX checkins_slot ON checkins (framework, ref, owner, slot) WHERE slot IS NOT NULL;
CREATE INDEX checkins_unsent ON checkins (created_at) WHERE ts = '' AND status = 'open';

-- Every digest, as computed: trends come from stored snapshots, and a past
-- digest can be shown again.
CREATE TABLE digests (
    id         bigserial PRIMARY KEY,
    program    text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    snapshot   jsonb NOT NULL
);

-- +goose Down
DROP TABLE digests;
DROP INDEX checkins_unsent;
DROP INDEX checkins_slot;
ALTER TABLE checkins DROP COLUMN slot, DROP COLUMN claimed_at, DROP COLUMN sent_at, DROP COLUMN nudges,
    DROP COLUMN last_nudged_at, DROP COLUMN escalated_at;
