-- +goose Up
-- Evidence files attached to an answer: name, size, SHA-256, permalink,
-- who and when, and how long each holds (valid_until). They are part of
-- the answer, which is never changed. evidence_valid_until is the
-- earliest validity among them, for the scheduler's refresh reminders.
ALTER TABLE answers ADD COLUMN files jsonb NOT NULL DEFAULT '[]';
ALTER TABLE answers ADD COLUMN evidence_valid_until timestamptz;

-- A check-in Assay sends of itself (evidence about to expire) says why
-- in its note.
ALTER TABLE checkins ADD COLUMN note text NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE checkins DROP COLUMN note;
ALTER TABLE answers DROP COLUMN evidence_valid_until;
ALTER TABLE answers DROP COLUMN files;
