-- +goose Up
-- How people ask about a chunk in their own words (Assay's own question
-- for its control): indexed with the title field, never shown. Kept so a
-- rebuild of the postings (EnsureAnalyzer) and an export keep it.
ALTER TABLE chunks ADD COLUMN asked text NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE chunks DROP COLUMN asked;
