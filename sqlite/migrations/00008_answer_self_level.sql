-- +goose Up
-- The owner's own rating, kept beside the answer rather than in its text.
ALTER TABLE answers ADD COLUMN self_level INTEGER;

-- +goose Down
ALTER TABLE answers DROP COLUMN self_level;
