-- +goose Up
-- Impact assessments are asked per AI system: a check-in, its answer and
-- the draft rating it leads to may concern one system of the register
-- (its id), or the organisation as a whole (''). One unfinished check-in
-- per control and system; one per control, system, owner and slot.
ALTER TABLE checkins ADD COLUMN system TEXT NOT NULL DEFAULT '';
ALTER TABLE answers ADD COLUMN system TEXT NOT NULL DEFAULT '';
ALTER TABLE drafts ADD COLUMN system TEXT NOT NULL DEFAULT '';
DROP INDEX checkins_one_open;
CREATE UNIQUE INDEX checkins_one_open ON checkins (framework, ref, system) WHERE status IN ('open', 'snoozed', 'answered', 'na_pending');
DROP INDEX checkins_slot;
CREATE UNIQUE INDEX checkins_slot ON checkins (framework, ref, system, owner, slot) WHERE slot IS NOT NULL;

-- +goose Down
DROP INDEX checkins_slot;
CREATE UNIQUE INDEX checkins_slot ON checkins (framework, ref, owner, slot) WHERE slot IS NOT NULL;
DROP INDEX checkins_one_open;
CREATE UNIQUE INDEX checkins_one_open ON checkins (framework, ref) WHERE status IN ('open', 'snoozed', 'answered', 'na_pending');
ALTER TABLE drafts DROP COLUMN system;
ALTER TABLE answers DROP COLUMN system;
ALTER TABLE checkins DROP COLUMN system;
