-- +goose Up
CREATE TABLE documents (
    id           TEXT PRIMARY KEY,
    collection   TEXT NOT NULL,
    title        TEXT NOT NULL DEFAULT '',
    framework    TEXT NOT NULL DEFAULT '',
    source       TEXT NOT NULL DEFAULT '',
    format       TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL,
    chunk_count  INTEGER NOT NULL,
    ingested_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX documents_collection ON documents (collection);

CREATE TABLE chunks (
    id         TEXT PRIMARY KEY,
    doc_id     TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    collection TEXT NOT NULL,
    ordinal    INTEGER NOT NULL,
    heading    TEXT NOT NULL DEFAULT '[]', -- JSON list
    framework  TEXT NOT NULL DEFAULT '',
    ref        TEXT NOT NULL DEFAULT '',
    text       TEXT NOT NULL,
    text_hash  TEXT NOT NULL,
    length     INTEGER NOT NULL
);
CREATE INDEX chunks_doc ON chunks (doc_id, ordinal);
CREATE INDEX chunks_framework_ref ON chunks (framework, ref);

-- BM25 postings with their impact, as in PostgreSQL (see its migration).
CREATE TABLE chunk_terms (
    term     TEXT NOT NULL,
    chunk_id TEXT NOT NULL REFERENCES chunks (id) ON DELETE CASCADE,
    tf       INTEGER NOT NULL,
    impact   REAL NOT NULL
);
CREATE INDEX chunk_terms_impact ON chunk_terms (term, impact DESC, chunk_id);
CREATE INDEX chunk_terms_chunk ON chunk_terms (chunk_id);

CREATE TABLE term_df (
    term TEXT PRIMARY KEY,
    df   INTEGER NOT NULL
);

CREATE TABLE corpus_stats (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    chunks       INTEGER NOT NULL,
    total_length INTEGER NOT NULL,
    analyzer     TEXT NOT NULL DEFAULT ''
);
INSERT INTO corpus_stats VALUES (1, 0, 0, '');

CREATE TABLE embedding_spaces (
    id    INTEGER PRIMARY KEY AUTOINCREMENT,
    model TEXT NOT NULL,
    dims  INTEGER NOT NULL CHECK (dims > 0),
    UNIQUE (model, dims)
);

-- Vectors (little-endian float32) per space; searched exactly, in Go.
CREATE TABLE chunk_vectors (
    space_id  INTEGER NOT NULL REFERENCES embedding_spaces (id) ON DELETE CASCADE,
    chunk_id  TEXT NOT NULL REFERENCES chunks (id) ON DELETE CASCADE,
    embedding BLOB NOT NULL,
    PRIMARY KEY (space_id, chunk_id)
);

CREATE TABLE embedding_cache (
    space_id  INTEGER NOT NULL REFERENCES embedding_spaces (id) ON DELETE CASCADE,
    text_hash TEXT NOT NULL,
    embedding BLOB NOT NULL,
    PRIMARY KEY (space_id, text_hash)
);

-- +goose Down
DROP TABLE embedding_cache;
DROP TABLE chunk_vectors;
DROP TABLE embedding_spaces;
DROP TABLE corpus_stats;
DROP TABLE term_df;
DROP TABLE chunk_terms;
DROP TABLE chunks;
DROP TABLE documents;
