-- +goose Up
-- Signed statements that an audit entry had a hash (assessor.Checkpoint),
-- made with a key the database does not hold; append-only, like the log.
CREATE TABLE audit_checkpoints (
    seq    bigint PRIMARY KEY,
    hash   text NOT NULL,
    at     timestamptz NOT NULL,
    key_id text NOT NULL,
    sig    text NOT NULL
);
CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_checkpoints
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- +goose Down
DROP TABLE audit_checkpoints;
