-- +goose Up
CREATE TABLE answers (
    id         uuid PRIMARY KEY,
    framework  text NOT NULL,
    ref        text NOT NULL,
    text       text NOT NULL,
    evidence   text[] NOT NULL DEFAULT '{}',
    author     text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX answers_control ON answers (framework, ref, created_at);

CREATE TABLE drafts (
    id                uuid PRIMARY KEY,
    answer_id         uuid UNIQUE REFERENCES answers (id), -- one draft per answer
    proposed_from     uuid REFERENCES drafts (id),
    framework         text NOT NULL,
    ref               text NOT NULL,
    scale             text NOT NULL,
    level             integer,
    confidence        double precision NOT NULL DEFAULT 0,
    rationale         text NOT NULL DEFAULT '',
    citations         jsonb NOT NULL DEFAULT '[]',
    evidence_used     text[] NOT NULL DEFAULT '{}',
    gaps              text[] NOT NULL DEFAULT '{}',
    next_steps        text[] NOT NULL DEFAULT '{}',
    follow_up         text,
    flags             text[] NOT NULL DEFAULT '{}',
    drafter           text NOT NULL,
    prompt_version    text NOT NULL DEFAULT '',
    prompt_tokens     integer NOT NULL DEFAULT 0,
    completion_tokens integer NOT NULL DEFAULT 0,
    status            text NOT NULL CHECK (status IN ('pending', 'failed', 'confirmed', 'adjusted', 'rejected')),
    error             text NOT NULL DEFAULT '',
    created_at        timestamptz NOT NULL DEFAULT now(),
    final_level       integer,
    decided_by        text NOT NULL DEFAULT '',
    decided_at        timestamptz,
    reason            text NOT NULL DEFAULT '',
    question          text NOT NULL DEFAULT '',
    CHECK (status NOT IN ('confirmed', 'adjusted') OR final_level IS NOT NULL),
    CHECK (status <> 'failed' OR level IS NULL)
);
CREATE INDEX drafts_control ON drafts (framework, ref, status);
CREATE INDEX drafts_status ON drafts (status, created_at);

-- The audit log is append-only: each entry's hash covers its content and
-- the previous hash (assessor.ChainHash); updates and deletes are refused.
CREATE TABLE audit_log (
    seq       bigint PRIMARY KEY,
    at        timestamptz NOT NULL,
    actor     text NOT NULL,
    action    text NOT NULL,
    draft_id  uuid,
    before    text NOT NULL DEFAULT '',
    after     text NOT NULL DEFAULT '',
    prompt    text NOT NULL DEFAULT '',
    model     text NOT NULL DEFAULT '',
    prev_hash text NOT NULL,
    hash      text NOT NULL
);
CREATE INDEX audit_log_draft ON audit_log (draft_id);

-- +goose StatementBegin
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END $$;
-- +goose StatementEnd
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- +goose Down
DROP TABLE audit_log;
DROP FUNCTION audit_log_append_only();
DROP TABLE drafts;
DROP TABLE answers;
