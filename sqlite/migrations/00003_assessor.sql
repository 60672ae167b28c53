-- +goose Up
CREATE TABLE answers (
    id         TEXT PRIMARY KEY,
    framework  TEXT NOT NULL,
    ref        TEXT NOT NULL,
    text       TEXT NOT NULL,
    evidence   TEXT NOT NULL DEFAULT '[]',
    author     TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX answers_control ON answers (framework, ref, created_at);

CREATE TABLE drafts (
    id                TEXT PRIMARY KEY,
    answer_id         TEXT UNIQUE REFERENCES answers (id),
    proposed_from     TEXT REFERENCES drafts (id),
    framework         TEXT NOT NULL,
    ref               TEXT NOT NULL,
    scale             TEXT NOT NULL,
    level             INTEGER,
    confidence        REAL NOT NULL DEFAULT 0,
    rationale         TEXT NOT NULL DEFAULT '',
    citations         TEXT NOT NULL DEFAULT '[]',
    evidence_used     TEXT NOT NULL DEFAULT '[]',
    gaps              TEXT NOT NULL DEFAULT '[]',
    next_steps        TEXT NOT NULL DEFAULT '[]',
    follow_up         TEXT,
    flags             TEXT NOT NULL DEFAULT '[]',
    drafter           TEXT NOT NULL,
    prompt_version    TEXT NOT NULL DEFAULT '',
    prompt_tokens     INTEGER NOT NULL DEFAULT 0,
    completion_tokens INTEGER NOT NULL DEFAULT 0,
    status            TEXT NOT NULL CHECK (status IN ('pending', 'failed', 'confirmed', 'adjusted', 'rejected')),
    error             TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    final_level       INTEGER,
    decided_by        TEXT NOT NULL DEFAULT '',
    decided_at        TEXT,
    reason            TEXT NOT NULL DEFAULT '',
    question          TEXT NOT NULL DEFAULT '',
    CHECK (status NOT IN ('confirmed', 'adjusted') OR final_level IS NOT NULL),
    CHECK (status <> 'failed' OR level IS NULL)
);
CREATE INDEX drafts_control ON drafts (framework, ref, status);
CREATE INDEX drafts_status ON drafts (status, created_at);

-- Append-only, hash-chained (assessor.ChainHash), as in PostgreSQL.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    draft_id  TEXT,
    before    TEXT NOT NULL DEFAULT '',
    after     TEXT NOT NULL DEFAULT '',
    prompt    TEXT NOT NULL DEFAULT '',
    model     TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
-- +goose StatementBegin
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
-- +goose StatementEnd

-- +goose Down
DROP TABLE audit_log;
DROP TABLE drafts;
DROP TABLE answers;
