-- +goose Up
-- The owner's notice of a decision is posted once through the chat
-- effects' claims (key 'notice:<draft>'), as every other chat post is:
-- the claims and posts recorded so far move there, so none is sent twice.
-- decision_notices keeps when a decision was announced in full.
INSERT INTO chat_effects (key, claimed_at, ts)
SELECT 'notice:' || draft_id::text, claimed_at, ts FROM decision_notices
WHERE claimed_at IS NOT NULL OR ts <> ''
ON CONFLICT (key) DO NOTHING;
ALTER TABLE decision_notices DROP COLUMN claimed_at;
ALTER TABLE decision_notices DROP COLUMN ts;

-- +goose Down
ALTER TABLE decision_notices ADD COLUMN claimed_at timestamptz;
ALTER TABLE decision_notices ADD COLUMN ts text NOT NULL DEFAULT '';
