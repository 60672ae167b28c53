-- +goose Up
-- How the actor reached Assay: slack, shell, or cli:<os user> acting as
-- them; '' for entries Assay writes itself and for earlier entries.
ALTER TABLE audit_log ADD COLUMN door TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE audit_log DROP COLUMN door;
