-- +goose Up
CREATE EXTENSION IF NOT EXISTS vector;

CREATE TABLE documents (
    id           text PRIMARY KEY,
    collection   text NOT NULL,
    title        text NOT NULL DEFAULT '',
    framework    text NOT NULL DEFAULT '',
    source       text NOT NULL DEFAULT '',
    format       text NOT NULL DEFAULT '',
    content_hash text NOT NULL,
    chunk_count  integer NOT NULL,
    ingested_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_collection ON documents (collection);

CREATE TABLE chunks (
    id         text PRIMARY KEY,
    doc_id     text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    collection text NOT NULL,
    ordinal    integer NOT NULL,
    heading    text[] NOT NULL DEFAULT '{}',
    framework  text NOT NULL DEFAULT '',
    ref        text NOT NULL DEFAULT '',
    text       text NOT NULL,
    text_hash  text NOT NULL,
    length     integer NOT NULL -- terms, for BM25 length normalisation
);
CREATE INDEX chunks_doc ON chunks (doc_id, ordinal);
CREATE INDEX chunks_framework_ref ON chunks (framework, ref);

-- BM25 with impact-ordered postings: per chunk and term (PostgreSQL
-- 'english' lexemes) the term frequency and its BM25 impact,
-- tf(k1+1) / (tf + k1(1 - b + b len/avglen)), fixed when written. A query
-- reads each term's postings in impact order and stops early, so its cost
-- does not grow with the corpus. Document frequencies are kept exact.
-- No foreign key to chunks: its per-row check costs more than the insert
-- itself; postgres.deleteDocument removes postings with their chunks.
CREATE TABLE chunk_terms (
    term     text NOT NULL,
    chunk_id text NOT NULL,
    tf       integer NOT NULL,
    impact   real NOT NULL
);
CREATE INDEX chunk_terms_impact ON chunk_terms (term, impact DESC) INCLUDE (chunk_id);
CREATE INDEX chunk_terms_chunk ON chunk_terms (chunk_id);

CREATE TABLE term_df (
    term text PRIMARY KEY,
    df   integer NOT NULL
);

CREATE TABLE corpus_stats (
    id           boolean PRIMARY KEY DEFAULT true CHECK (id),
    chunks       bigint NOT NULL,
    total_length bigint NOT NULL
);
INSERT INTO corpus_stats VALUES (true, 0, 0);

-- Each embedding space (model + dimensions) gets its own vector table,
-- created on first use as chunk_vectors_<id>, so models never mix.
CREATE TABLE embedding_spaces (
    id         serial PRIMARY KEY,
    model      text NOT NULL,
    dims       integer NOT NULL CHECK (dims > 0 AND dims <= 2000),
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (model, dims)
);

-- Embeddings by content hash, so nothing is embedded (or paid for) twice.
CREATE TABLE embedding_cache (
    space_id  integer NOT NULL REFERENCES embedding_spaces (id) ON DELETE CASCADE,
    text_hash text NOT NULL,
    embedding vector NOT NULL,
    PRIMARY KEY (space_id, text_hash)
);

-- +goose Down
DROP TABLE embedding_cache;
DROP TABLE embedding_spaces;
DROP TABLE corpus_stats;
DROP TABLE term_df;
DROP TABLE chunk_terms;
DROP TABLE chunks;
DROP TABLE documents;
