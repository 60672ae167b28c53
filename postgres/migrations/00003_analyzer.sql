-- +goose Up
-- Which lexical analyser wrote the BM25 postings. Postings written by
-- another (before this migration: PostgreSQL's 'english' configuration)
-- are rebuilt by RetrievalStore.EnsureAnalyzer on first use.
ALTER TABLE corpus_stats ADD COLUMN analyzer text NOT NULL DEFAULT 'postgres-english';

-- +goose Down
ALTER TABLE corpus_stats DROP COLUMN analyzer;
