-- +goose Up
-- Search limited to a collection sizes and reads that collection's chunks
-- through this index instead of scanning every chunk (about 0.5 s at
-- 100,000 chunks).
CREATE INDEX chunks_collection ON chunks (collection);

-- +goose Down
DROP INDEX chunks_collection;
