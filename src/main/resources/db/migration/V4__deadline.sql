-- A manager can be designated head of service: the second level of escalation.
ALTER TABLE app_user ADD COLUMN head_of_service boolean NOT NULL DEFAULT false;

-- Statutory clocks on records, and their escalations.
CREATE TABLE deadline (
    id               uuid        PRIMARY KEY,
    kind             text        NOT NULL,
    subject_type     text        NOT NULL,
    subject_id       text        NOT NULL,
    reference        text,
    owning_agency_id uuid        NOT NULL REFERENCES agency (id),
    started_at       timestamptz NOT NULL,
    due_at           timestamptz NOT NULL,
    met_at           timestamptz,
    escalation_level integer     NOT NULL DEFAULT 0 CHECK (escalation_level BETWEEN 0 AND 2),
    escalated_at     timestamptz,
    link             text,
    UNIQUE (subject_type, subject_id, kind)
);
CREATE INDEX deadline_open_by_due ON deadline (due_at) WHERE met_at IS NULL;

CREATE TABLE escalation (
    id            uuid        PRIMARY KEY,
    deadline_id   uuid        NOT NULL REFERENCES deadline (id),
    level         integer     NOT NULL CHECK (level IN (1, 2)),
    trigger       text        NOT NULL CHECK (trigger IN ('OVERDUE', 'REFERRER')),
    reason        text,
    escalated_by  text        NOT NULL,
    escalated_at  timestamptz NOT NULL,
    recipients    uuid[]      NOT NULL
);
CREATE INDEX escalation_deadline ON escalation (deadline_id, escalated_at);
CREATE INDEX escalation_recipients ON escalation USING gin (recipients);
