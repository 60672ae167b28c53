-- +goose Up
-- How often a check-in was claimed for sending: a second claim means a
-- sender died mid-send, so the new sender first looks in the DM for the
-- message (tagged with the check-in's id) before posting it again.
ALTER TABLE checkins ADD COLUMN claims integer NOT NULL DEFAULT 0;

-- +goose Down
ALTER TABLE checkins DROP COLUMN claims;
