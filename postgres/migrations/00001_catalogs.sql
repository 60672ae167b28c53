-- +goose Up
-- Frameworks, their controls, and the crosswalk links each catalog brings.
CREATE TABLE frameworks (
    id                      text PRIMARY KEY,
    name                    text NOT NULL,
    version                 text NOT NULL DEFAULT '',
    kind                    text NOT NULL CHECK (kind IN ('requirements', 'guidance')),
    license                 text NOT NULL DEFAULT '',
    description             text NOT NULL DEFAULT '',
    aliases                 text[] NOT NULL DEFAULT '{}',
    ref_aliases             jsonb NOT NULL DEFAULT '{}',
    annex_b_mirrors_annex_a boolean NOT NULL DEFAULT false,
    origin                  text NOT NULL CHECK (origin IN ('builtin', 'import')),
    content_hash            text NOT NULL,
    position                integer NOT NULL,
    updated_at              timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE controls (
    framework_id text NOT NULL REFERENCES frameworks (id) ON DELETE CASCADE,
    ref          text NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('control', 'clause', 'topic', 'group')),
    title        text NOT NULL,
    parent_ref   text NOT NULL DEFAULT '',
    statement    text NOT NULL DEFAULT '',
    guidance     text NOT NULL DEFAULT '',
    questions    text[] NOT NULL DEFAULT '{}',
    level_hints  jsonb NOT NULL DEFAULT '{}',
    position     integer NOT NULL,
    PRIMARY KEY (framework_id, ref)
);

-- A link is owned by the catalog that brought it and is replaced with it.
-- Its ends are not foreign keys: a link may name a framework imported later.
CREATE TABLE control_links (
    owner_framework text NOT NULL REFERENCES frameworks (id) ON DELETE CASCADE,
    from_framework  text NOT NULL,
    from_ref        text NOT NULL,
    to_framework    text NOT NULL,
    to_ref          text NOT NULL,
    relationship    text NOT NULL CHECK (relationship IN ('equal', 'subset', 'superset', 'intersects')),
    source          text NOT NULL,
    position        integer NOT NULL,
    PRIMARY KEY (owner_framework, from_framework, from_ref, to_framework, to_ref)
);
CREATE INDEX control_links_to ON control_links (to_framework, to_ref);

-- +goose Down
DROP TABLE control_links;
DROP TABLE controls;
DROP TABLE frameworks;
