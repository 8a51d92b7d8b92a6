-- Referrals: a concern about one or more children, from any agency, to the children's social care front door
-- of the child's area.
CREATE SEQUENCE referral_number;

CREATE TABLE referral (
    id                   uuid        PRIMARY KEY,
    reference            text        NOT NULL UNIQUE,
    source_system        text,
    source_id            text,
    received_at          timestamptz NOT NULL,
    referrer_user_id     uuid        REFERENCES app_user (id),
    referrer_name        text        NOT NULL CHECK (length(referrer_name) BETWEEN 1 AND 120),
    referrer_agency_id   uuid        NOT NULL REFERENCES agency (id),
    referrer_email       text        CHECK (length(referrer_email) <= 254),
    referrer_phone       text        CHECK (length(referrer_phone) <= 30),
    area_code            text        NOT NULL,
    owning_agency_id     uuid        NOT NULL REFERENCES agency (id),
    concern              text        NOT NULL CHECK (length(concern) BETWEEN 1 AND 10000),
    cse_concern          boolean     NOT NULL,
    indicators           text[]      NOT NULL DEFAULT '{}',
    urgency              text        NOT NULL CHECK (urgency IN ('IMMEDIATE', 'URGENT', 'ROUTINE')),
    lawful_basis         text        NOT NULL,
    status               text        NOT NULL,
    decision_due_at      timestamptz NOT NULL,
    outcome              text,
    outcome_recorded_at  timestamptz,
    -- The advisory CSE screening at intake, and a practitioner's override of it: both are kept.
    screening_version    integer     NOT NULL,
    screening_level      text        NOT NULL,
    override_level       text,
    override_narrative   text        CHECK (length(override_narrative) <= 4000),
    override_reason      text        CHECK (length(override_reason) <= 1000),
    overridden_by        text,
    overridden_at        timestamptz,
    UNIQUE (source_system, source_id)
);
CREATE INDEX referral_front_door ON referral (area_code, status, received_at);
CREATE INDEX referral_by_referrer ON referral (referrer_user_id, received_at DESC);

CREATE TABLE referral_child (
    referral_id uuid    NOT NULL REFERENCES referral (id),
    child_id    uuid    NOT NULL REFERENCES child (id),
    position    integer NOT NULL,
    PRIMARY KEY (referral_id, child_id)
);
CREATE INDEX referral_child_child ON referral_child (child_id);

CREATE TABLE referral_decision (
    id                 uuid        PRIMARY KEY,
    referral_id        uuid        NOT NULL REFERENCES referral (id),
    outcome            text        NOT NULL,
    reasons            text        NOT NULL CHECK (length(reasons) BETWEEN 1 AND 10000),
    decided_by         text        NOT NULL,
    decided_by_user_id uuid        REFERENCES app_user (id),
    decided_at         timestamptz NOT NULL,
    sign_off           text        NOT NULL CHECK (sign_off IN ('NOT_NEEDED', 'PENDING', 'APPROVED', 'REPLACED')),
    signed_off_by      text,
    signed_off_at      timestamptz,
    sign_off_note      text        CHECK (length(sign_off_note) <= 4000),
    superseded         boolean     NOT NULL DEFAULT false,
    source_system      text,
    source_id          text,
    UNIQUE (source_system, source_id)
);
CREATE INDEX referral_decision_referral ON referral_decision (referral_id, decided_at);
