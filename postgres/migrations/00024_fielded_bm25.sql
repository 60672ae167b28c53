-- +goose Up
-- BM25F, exact, from an in-memory index each process keeps
-- (retrieval.MemIndex). A chunk's title (its heading path) and body (its
-- text) are two fields, each normalised against its collection's own
-- average length; k1, b and the title's weight may be set per collection.
-- The tables below are what the index is loaded from: the postings with
-- both fields' term frequencies, the chunks' field lengths, and a log of
-- which documents changed at which corpus version, so a process brings its
-- index up to date by reading only what changed. Document frequencies and
-- lengths are counted in memory from the postings, so nothing else needs
-- keeping exact. The postings are rebuilt in the new shape on first use
-- (RetrievalStore.EnsureAnalyzer: the analyser name below no longer
-- matches).
ALTER TABLE chunks ADD COLUMN title_length integer NOT NULL DEFAULT 0;
DROP INDEX chunk_terms_impact;
DROP INDEX chunk_terms_chunk;
ALTER TABLE chunk_terms DROP COLUMN impact, ADD COLUMN title_tf integer NOT NULL DEFAULT 0;
CREATE INDEX chunk_terms_chunk ON chunk_terms (chunk_id);
DROP TABLE term_df;

ALTER TABLE corpus_stats DROP COLUMN chunks, DROP COLUMN total_length, ADD COLUMN version bigint NOT NULL DEFAULT 0;
UPDATE corpus_stats SET analyzer = 'before-fields';

-- doc_id '' marks a change to every document (a rebuild) or to none (new
-- parameters): a process reloads everything.
CREATE TABLE corpus_changes (
    version bigint PRIMARY KEY,
    doc_id  text NOT NULL
);

CREATE TABLE lexical_params (
    collection   text PRIMARY KEY,
    k1           double precision NOT NULL CHECK (k1 > 0 AND k1 <= 10),
    b            double precision NOT NULL CHECK (b >= 0 AND b <= 1),
    title_weight double precision NOT NULL CHECK (title_weight >= 0 AND title_weight <= 10),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

-- +goose Down
DROP TABLE lexical_params;
DROP TABLE corpus_changes;
CREATE TABLE term_df (
    term text PRIMARY KEY,
    df   integer NOT NULL
);
ALTER TABLE corpus_stats DROP COLUMN version, ADD COLUMN chunks bigint NOT NULL DEFAULT 0, ADD COLUMN total_length bigint NOT NULL DEFAULT 0;
UPDATE corpus_stats SET analyzer = 'after-fields';
DROP INDEX chunk_terms_chunk;
ALTER TABLE chunk_terms DROP COLUMN title_tf, ADD COLUMN impact real NOT NULL DEFAULT 0;
CREATE INDEX chunk_terms_impact ON chunk_terms (term, impact DESC) INCLUDE (chunk_id);
CREATE INDEX chunk_terms_chunk ON chunk_terms (chunk_id);
ALTER TABLE chunks DROP COLUMN title_length;
