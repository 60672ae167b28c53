-- +goose Up
-- The applied assessment program: its source, kept whole; the newest row
-- is the program in force.
CREATE TABLE programs (
    id         bigserial PRIMARY KEY,
    name       text NOT NULL,
    source     text NOT NULL,
    applied_by text NOT NULL DEFAULT '',
    applied_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE checkins (
    id            uuid PRIMARY KEY,
    framework     text NOT NULL,
    ref           text NOT NULL,
    owner         text NOT NULL,
    delegate      text NOT NULL DEFAULT '',
    status        text NOT NULL CHECK (status IN ('open', 'snoozed', 'answered', 'na_pending', 'na', 'closed')),
    channel       text NOT NULL DEFAULT '',
    ts            text NOT NULL DEFAULT '',
    snoozed_until timestamptz,
    answer_id     uuid REFERENCES answers (id),
    question      text NOT NULL DEFAULT '',
    reason        text NOT NULL DEFAULT '',
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
-- One unfinished check-in per control: sending twice is harmless.
CREATE UNIQUE INDEX checkins_one_open ON checkins (framework, ref) WHERE status IN ('open', 'snoozed', 'answered', 'na_pending');
CREATE INDEX checkins_owner ON checkins (owner, status);
CREATE INDEX checkins_delegate ON checkins (delegate, status) WHERE delegate <> '';
CREATE INDEX checkins_answer ON checkins (answer_id);

CREATE TABLE review_posts (
    draft_id uuid PRIMARY KEY REFERENCES drafts (id),
    channel  text NOT NULL,
    ts       text NOT NULL DEFAULT '',
    claimed_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE owner_assignments (
    framework   text NOT NULL,
    ref         text NOT NULL,
    owner       text NOT NULL,
    assigned_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (framework, ref)
);

-- +goose Down
DROP TABLE owner_assignments;
DROP TABLE review_posts;
DROP TABLE checkins;
DROP TABLE programs;
