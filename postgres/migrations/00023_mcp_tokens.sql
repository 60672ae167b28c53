-- +goose Up
-- Tokens that let an AI assistant reach Assay over MCP as a person: only
-- the SHA-256 of each is kept; a revoked one is refused from then on.
CREATE TABLE mcp_tokens (
    hash       text PRIMARY KEY,
    user_id    text NOT NULL,
    created_at timestamptz NOT NULL,
    revoked_at timestamptz
);
CREATE INDEX mcp_tokens_user ON mcp_tokens (user_id) WHERE revoked_at IS NULL;

-- +goose Down
DROP TABLE mcp_tokens;
