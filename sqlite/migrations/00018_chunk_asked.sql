-- +goose Up
-- How people ask about a chunk in their own words, as in PostgreSQL (see
-- its migration 00025).
ALTER TABLE chunks ADD COLUMN asked TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE chunks DROP COLUMN asked;
