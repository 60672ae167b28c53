-- +goose Up
-- Vector indexes are built over half-precision casts (see
-- postgres.DefaultEfSearch), which pgvector indexes up to 4,000 dimensions:
-- models such as text-embedding-3-large (3,072) now fit. Existing spaces'
-- indexes are rebuilt by EnsureSpace the first time they are used.
ALTER TABLE embedding_spaces DROP CONSTRAINT embedding_spaces_dims_check;
ALTER TABLE embedding_spaces ADD CONSTRAINT embedding_spaces_dims_check CHECK (dims > 0 AND dims <= 4000);

-- +goose Down
ALTER TABLE embedding_spaces DROP CONSTRAINT embedding_spaces_dims_check;
ALTER TABLE embedding_spaces ADD CONSTRAINT embedding_spaces_dims_check CHECK (dims > 0 AND dims <= 2000);
