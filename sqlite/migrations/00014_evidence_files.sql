-- +goose Up
-- Evidence files attached to an answer (see the PostgreSQL migration
-- 00021): a JSON list, and the earliest validity among them.
ALTER TABLE answers ADD COLUMN files TEXT NOT NULL DEFAULT '[]';
ALTER TABLE answers ADD COLUMN evidence_valid_until TEXT;

-- A check-in Assay sends of itself (evidence about to expire) says why
-- in its note.
ALTER TABLE checkins ADD COLUMN note TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE checkins DROP COLUMN note;
ALTER TABLE answers DROP COLUMN evidence_valid_until;
ALTER TABLE answers DROP COLUMN files;
