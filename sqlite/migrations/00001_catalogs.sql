-- +goose Up
-- Frameworks, their controls, and the crosswalk links each catalog brings
-- (the same tables as PostgreSQL's; lists and maps are JSON text).
CREATE TABLE frameworks (
    id                      TEXT PRIMARY KEY,
    name                    TEXT NOT NULL,
    version                 TEXT NOT NULL DEFAULT '',
    kind                    TEXT NOT NULL CHECK (kind IN ('requirements', 'guidance')),
    license                 TEXT NOT NULL DEFAULT '',
    description             TEXT NOT NULL DEFAULT '',
    aliases                 TEXT NOT NULL DEFAULT '[]',
    ref_aliases             TEXT NOT NULL DEFAULT '{}',
    annex_b_mirrors_annex_a INTEGER NOT NULL DEFAULT 0,
    origin                  TEXT NOT NULL CHECK (origin IN ('builtin', 'import')),
    content_hash            TEXT NOT NULL,
    position                INTEGER NOT NULL,
    updated_at              TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE controls (
    framework_id TEXT NOT NULL REFERENCES frameworks (id) ON DELETE CASCADE,
    ref          TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('control', 'clause', 'topic', 'group')),
    title        TEXT NOT NULL,
    parent_ref   TEXT NOT NULL DEFAULT '',
    statement    TEXT NOT NULL DEFAULT '',
    guidance     TEXT NOT NULL DEFAULT '',
    questions    TEXT NOT NULL DEFAULT '[]',
    level_hints  TEXT NOT NULL DEFAULT '{}',
    position     INTEGER NOT NULL,
    PRIMARY KEY (framework_id, ref)
);

CREATE TABLE control_links (
    owner_framework TEXT NOT NULL REFERENCES frameworks (id) ON DELETE CASCADE,
    from_framework  TEXT NOT NULL,
    from_ref        TEXT NOT NULL,
    to_framework    TEXT NOT NULL,
    to_ref          TEXT NOT NULL,
    relationship    TEXT NOT NULL CHECK (relationship IN ('equal', 'subset', 'superset', 'intersects')),
    source          TEXT NOT NULL,
    position        INTEGER NOT NULL,
    PRIMARY KEY (owner_framework, from_framework, from_ref, to_framework, to_ref)
);
CREATE INDEX control_links_to ON control_links (to_framework, to_ref);

-- +goose Down
DROP TABLE control_links;
DROP TABLE controls;
DROP TABLE frameworks;
