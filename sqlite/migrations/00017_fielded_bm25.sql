-- +goose Up
-- BM25F from an in-memory index, as in PostgreSQL (see its migration
-- 00024). The postings are rebuilt on first use.
ALTER TABLE chunks ADD COLUMN title_length INTEGER NOT NULL DEFAULT 0;
DROP INDEX chunk_terms_impact;
DROP INDEX chunk_terms_chunk;
ALTER TABLE chunk_terms DROP COLUMN impact;
ALTER TABLE chunk_terms ADD COLUMN title_tf INTEGER NOT NULL DEFAULT 0;
CREATE INDEX chunk_terms_chunk ON chunk_terms (chunk_id);
DROP TABLE term_df;

ALTER TABLE corpus_stats DROP COLUMN chunks;
ALTER TABLE corpus_stats DROP COLUMN total_length;
ALTER TABLE corpus_stats ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
UPDATE corpus_stats SET analyzer = 'before-fields';

CREATE TABLE corpus_changes (
    version INTEGER PRIMARY KEY,
    doc_id  TEXT NOT NULL
);

CREATE TABLE lexical_params (
    collection   TEXT PRIMARY KEY,
    k1           REAL NOT NULL CHECK (k1 > 0 AND k1 <= 10),
    b            REAL NOT NULL CHECK (b >= 0 AND b <= 1),
    title_weight REAL NOT NULL CHECK (title_weight >= 0 AND title_weight <= 10),
    updated_at   TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- +goose Down
DROP TABLE lexical_params;
DROP TABLE corpus_changes;
CREATE TABLE term_df (
    term TEXT PRIMARY KEY,
    df   INTEGER NOT NULL
);
ALTER TABLE corpus_stats DROP COLUMN version;
ALTER TABLE corpus_stats ADD COLUMN chunks INTEGER NOT NULL DEFAULT 0;
ALTER TABLE corpus_stats ADD COLUMN total_length INTEGER NOT NULL DEFAULT 0;
UPDATE corpus_stats SET analyzer = 'after-fields';
DROP INDEX chunk_terms_chunk;
ALTER TABLE chunk_terms DROP COLUMN title_tf;
ALTER TABLE chunk_terms ADD COLUMN impact REAL NOT NULL DEFAULT 0;
CREATE INDEX chunk_terms_impact ON chunk_terms (term, impact DESC, chunk_id);
CREATE INDEX chunk_terms_chunk ON chunk_terms (chunk_id);
ALTER TABLE chunks DROP COLUMN title_length;
