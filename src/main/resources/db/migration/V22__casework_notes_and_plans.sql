-- Case notes, visits and contacts, and plans with their reviews. Nothing here is deleted: the retention purge
-- replaces the narrative of an old closed case with a marker, as it does for the other steps.

CREATE TABLE case_entry (
    id           uuid        PRIMARY KEY,
    case_id      uuid        NOT NULL REFERENCES child_case (id),
    kind         text        NOT NULL CHECK (kind IN ('NOTE', 'VISIT', 'CONTACT')),
    occurred_on  date        NOT NULL,
    -- Who was seen or spoken with; a note may name no one.
    with_whom    text        CHECK (length(with_whom) <= 200),
    -- Whether the child was seen alone: asked on every visit, so never null for one.
    seen_alone   boolean,
    text         text        NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
    recorded_by  uuid        NOT NULL REFERENCES app_user (id),
    recorded_at  timestamptz NOT NULL,
    CHECK (kind <> 'VISIT' OR seen_alone IS NOT NULL)
);
CREATE INDEX case_entry_case ON case_entry (case_id, occurred_on DESC, recorded_at DESC);

CREATE TABLE case_plan (
    id             uuid        PRIMARY KEY,
    case_id        uuid        NOT NULL REFERENCES child_case (id),
    kind           text        NOT NULL CHECK (kind IN ('CHILD_PROTECTION', 'SAFETY')),
    summary        text        NOT NULL CHECK (length(summary) BETWEEN 1 AND 10000),
    started_on     date        NOT NULL,
    next_review_on date        NOT NULL,
    started_by     uuid        NOT NULL REFERENCES app_user (id),
    ended_at       timestamptz,
    end_reason     text        CHECK (length(end_reason) <= 10000)
);
CREATE INDEX case_plan_case ON case_plan (case_id);
-- One plan of each kind at a time; an ended plan makes way for a new one.
CREATE UNIQUE INDEX case_plan_one_active ON case_plan (case_id, kind) WHERE ended_at IS NULL;

CREATE TABLE case_plan_review (
    id             uuid        PRIMARY KEY,
    plan_id        uuid        NOT NULL REFERENCES case_plan (id),
    held_on        date        NOT NULL,
    summary        text        NOT NULL CHECK (length(summary) BETWEEN 1 AND 10000),
    next_review_on date,
    recorded_by    uuid        NOT NULL REFERENCES app_user (id),
    recorded_at    timestamptz NOT NULL
);
CREATE INDEX case_plan_review_plan ON case_plan_review (plan_id, held_on);

-- An action may belong to a plan.
ALTER TABLE case_action ADD COLUMN plan_id uuid REFERENCES case_plan (id);
