-- +goose Up
-- Tokens for AI assistants over MCP (see the PostgreSQL migration 00023):
-- only each token's SHA-256 is kept.
CREATE TABLE mcp_tokens (
    hash       TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE INDEX mcp_tokens_user ON mcp_tokens (user_id) WHERE revoked_at IS NULL;

-- +goose Down
DROP TABLE mcp_tokens;
