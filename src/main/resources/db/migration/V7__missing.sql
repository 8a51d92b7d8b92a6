-- Missing episodes, return home interviews, and what they tell us (structured mentions for intelligence work).
CREATE TABLE missing_episode (
    id                  uuid        PRIMARY KEY,
    child_id            uuid        NOT NULL REFERENCES child (id),
    reported_missing_at timestamptz NOT NULL,
    last_seen_at        timestamptz,
    last_seen_location  text        CHECK (length(last_seen_location) <= 500),
    returned_at         timestamptz,
    found_location      text        CHECK (length(found_location) <= 500),
    found_with          text        CHECK (length(found_with) <= 1000),
    vehicles_seen       text[]      NOT NULL DEFAULT '{}',
    reporting_agency_id uuid        REFERENCES agency (id),
    recorded_by         text        NOT NULL,
    recorded_at         timestamptz NOT NULL,
    source_system       text,
    source_id           text,
    UNIQUE (source_system, source_id)
);
CREATE INDEX missing_episode_child ON missing_episode (child_id, reported_missing_at);

CREATE TABLE return_interview (
    episode_id      uuid        PRIMARY KEY REFERENCES missing_episode (id),
    due_at          timestamptz NOT NULL,
    status          text        NOT NULL CHECK (status IN ('DUE', 'OFFERED', 'COMPLETED', 'DECLINED')),
    offered_at      timestamptz,
    completed_at    timestamptz,
    declined_reason text        CHECK (length(declined_reason) <= 2000),
    findings        text        CHECK (length(findings) <= 10000),
    source_system   text,
    source_id       text,
    UNIQUE (source_system, source_id)
);

CREATE TABLE mention (
    id          uuid        PRIMARY KEY,
    source_type text        NOT NULL CHECK (source_type IN ('MISSING_EPISODE', 'RETURN_INTERVIEW')),
    episode_id  uuid        NOT NULL REFERENCES missing_episode (id),
    child_id    uuid        NOT NULL REFERENCES child (id),
    kind        text        NOT NULL CHECK (kind IN ('PERSON', 'PLACE', 'VEHICLE', 'PHONE')),
    value       text        NOT NULL CHECK (length(value) BETWEEN 1 AND 200),
    normalised  text        NOT NULL,
    detail      text        CHECK (length(detail) <= 1000),
    recorded_at timestamptz NOT NULL
);
CREATE INDEX mention_normalised ON mention (kind, normalised);
CREATE INDEX mention_child ON mention (child_id);
