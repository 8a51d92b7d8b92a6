-- Cases opened from referrals, and their statutory steps.
CREATE SEQUENCE case_number;

CREATE TABLE child_case (
    id                 uuid        PRIMARY KEY,
    reference          text        NOT NULL UNIQUE,
    referral_id        uuid        NOT NULL REFERENCES referral (id),
    area_code          text        NOT NULL,
    owning_agency_id   uuid        NOT NULL REFERENCES agency (id),
    status             text        NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    opened_at          timestamptz NOT NULL,
    assigned_worker_id uuid        REFERENCES app_user (id),
    review_reason      text,
    review_flagged_at  timestamptz,
    outcome            text,
    closure_summary    text        CHECK (length(closure_summary) <= 10000),
    closed_at          timestamptz
);
CREATE INDEX child_case_area ON child_case (area_code, status);
CREATE INDEX child_case_worker ON child_case (assigned_worker_id) WHERE status = 'OPEN';

CREATE TABLE case_child (
    case_id  uuid NOT NULL REFERENCES child_case (id),
    child_id uuid NOT NULL REFERENCES child (id),
    PRIMARY KEY (case_id, child_id)
);
CREATE INDEX case_child_child ON case_child (child_id);

CREATE TABLE assessment (
    case_id      uuid        PRIMARY KEY REFERENCES child_case (id),
    due_at       timestamptz NOT NULL,
    completed_at timestamptz,
    summary      text        CHECK (length(summary) <= 10000),
    factors      text[]      NOT NULL DEFAULT '{}'
);

CREATE TABLE strategy_discussion (
    id          uuid        PRIMARY KEY,
    case_id     uuid        NOT NULL REFERENCES child_case (id),
    held_at     timestamptz NOT NULL,
    decision    text        NOT NULL,
    notes       text        CHECK (length(notes) <= 10000),
    recorded_by text        NOT NULL,
    recorded_at timestamptz NOT NULL
);
CREATE INDEX strategy_discussion_case ON strategy_discussion (case_id, held_at);

CREATE TABLE strategy_attendee (
    id            uuid PRIMARY KEY,
    discussion_id uuid NOT NULL REFERENCES strategy_discussion (id),
    name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    agency_id     uuid REFERENCES agency (id),
    agency_name   text NOT NULL,
    role          text CHECK (length(role) <= 120)
);
CREATE INDEX strategy_attendee_discussion ON strategy_attendee (discussion_id);

CREATE TABLE section47_enquiry (
    case_id      uuid        PRIMARY KEY REFERENCES child_case (id),
    started_at   timestamptz NOT NULL,
    completed_at timestamptz,
    outcome      text,
    summary      text        CHECK (length(summary) <= 10000)
);

CREATE TABLE child_protection_conference (
    case_id uuid        PRIMARY KEY REFERENCES child_case (id),
    due_at  timestamptz NOT NULL,
    held_at timestamptz,
    outcome text,
    notes   text        CHECK (length(notes) <= 10000)
);

CREATE TABLE case_action (
    id            uuid        PRIMARY KEY,
    case_id       uuid        NOT NULL REFERENCES child_case (id),
    description   text        NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
    owner_user_id uuid        NOT NULL REFERENCES app_user (id),
    due_at        timestamptz NOT NULL,
    created_at    timestamptz NOT NULL,
    completed_at  timestamptz
);
CREATE INDEX case_action_case ON case_action (case_id, due_at);
