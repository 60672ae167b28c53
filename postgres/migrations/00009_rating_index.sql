-- +goose Up
-- The latest rating per control (digests, status, scheduling) reads this
-- index in order instead of sorting every rating.
CREATE INDEX drafts_latest_rating ON drafts (framework, ref, decided_at DESC) INCLUDE (final_level)
    WHERE status IN ('confirmed', 'adjusted');

-- +goose Down
DROP INDEX drafts_latest_rating;
