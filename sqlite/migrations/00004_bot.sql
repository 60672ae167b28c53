-- +goose Up
CREATE TABLE programs (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL,
    source     TEXT NOT NULL,
    applied_by TEXT NOT NULL DEFAULT '',
    applied_at TEXT NOT NULL
);

CREATE TABLE checkins (
    id             TEXT PRIMARY KEY,
    framework      TEXT NOT NULL,
    ref            TEXT NOT NULL,
    owner          TEXT NOT NULL,
    delegate       TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL CHECK (status IN ('open', 'snoozed', 'answered', 'na_pending', 'na', 'closed')),
    channel        TEXT NOT NULL DEFAULT '',
    ts             TEXT NOT NULL DEFAULT '',
    snoozed_until  TEXT,
    answer_id      TEXT REFERENCES answers (id),
    question       TEXT NOT NULL DEFAULT '',
    reason         TEXT NOT NULL DEFAULT '',
    slot           TEXT,
    claimed_at     TEXT,
    claims         INTEGER NOT NULL DEFAULT 0,
    sent_at        TEXT,
    nudges         INTEGER NOT NULL DEFAULT 0,
    last_nudged_at TEXT,
    escalated_at   TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE UNIQUE INDEX checkins_one_open ON checkins (framework, ref) WHERE status IN ('open', 'snoozed', 'answered', 'na_pending');
CREATE UNIQUE INDEX checkins_slot ON checkins (framework, ref, owner, slot) WHERE slot IS NOT NULL;
CREATE INDEX checkins_owner ON checkins (owner, status);
CREATE INDEX checkins_answer ON checkins (answer_id);

CREATE TABLE review_posts (
    draft_id TEXT PRIMARY KEY REFERENCES drafts (id),
    channel  TEXT NOT NULL,
    ts       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE owner_assignments (
    framework TEXT NOT NULL,
    ref       TEXT NOT NULL,
    owner     TEXT NOT NULL,
    PRIMARY KEY (framework, ref)
);

CREATE TABLE digests (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    program    TEXT NOT NULL,
    slot       TEXT,
    created_at TEXT NOT NULL,
    snapshot   TEXT NOT NULL
);
CREATE UNIQUE INDEX digests_slot ON digests (program, slot) WHERE slot IS NOT NULL;

CREATE INDEX drafts_latest_rating ON drafts (framework, ref, decided_at) WHERE status IN ('confirmed', 'adjusted');

-- +goose Down
DROP INDEX drafts_latest_rating;
DROP TABLE digests;
DROP TABLE owner_assignments;
DROP TABLE review_posts;
DROP TABLE checkins;
DROP TABLE programs;
