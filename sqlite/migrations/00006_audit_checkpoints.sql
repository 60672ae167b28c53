-- +goose Up
-- Signed statements that an audit entry had a hash (assessor.Checkpoint),
-- made with a key the store does not hold; append-only, like the log.
CREATE TABLE audit_checkpoints (
    seq    INTEGER PRIMARY KEY,
    hash   TEXT NOT NULL,
    at     TEXT NOT NULL,
    key_id TEXT NOT NULL,
    sig    TEXT NOT NULL
);
-- +goose StatementBegin
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
-- +goose StatementEnd

-- +goose Down
DROP TABLE audit_checkpoints;
