-- Historic review: referrals closed with "no further action", sent back for review when new information touches
-- their children. The module keeps its own record of those closures (from the decisions as they are made), what new
-- records still have to be checked, and the queue managers work.

CREATE TABLE nfa_closure (
    referral_id      uuid        PRIMARY KEY,
    reference        text        NOT NULL,
    child_ids        uuid[]      NOT NULL,
    area_code        text        NOT NULL,
    owning_agency_id uuid        NOT NULL,
    decided_at       timestamptz NOT NULL,
    reopened_at      timestamptz
);
CREATE INDEX nfa_closure_children ON nfa_closure USING gin (child_ids);

-- New links waiting to be checked against the closures: written in the transaction that recorded them, checked in
-- batches, so that recording intelligence never waits for network analysis.
CREATE TABLE review_trigger (
    id           uuid        PRIMARY KEY,
    subjects     text[]      NOT NULL,
    source       text        NOT NULL,
    source_label text        NOT NULL,
    recorded_at  timestamptz NOT NULL,
    checked_at   timestamptz
);
CREATE INDEX review_trigger_unchecked ON review_trigger (recorded_at) WHERE checked_at IS NULL;

CREATE TABLE historic_review (
    id              uuid        PRIMARY KEY,
    referral_id     uuid        NOT NULL REFERENCES nfa_closure (referral_id),
    status          text        NOT NULL CHECK (status IN ('QUEUED', 'REOPENED', 'CONFIRMED')),
    queued_at       timestamptz NOT NULL,
    decided_by      text,
    decided_at      timestamptz,
    decision_reason text        CHECK (length(decision_reason) <= 2000),
    CHECK ((status = 'QUEUED') = (decided_at IS NULL))
);
CREATE UNIQUE INDEX historic_review_one_open ON historic_review (referral_id) WHERE status = 'QUEUED';

-- Why a review is queued: which new record, which child, and the chain of links from one to the other.
CREATE TABLE historic_review_reason (
    id           uuid        PRIMARY KEY,
    review_id    uuid        NOT NULL REFERENCES historic_review (id),
    child_id     uuid        NOT NULL,
    source       text        NOT NULL,
    source_label text        NOT NULL,
    links        text        NOT NULL,
    found_at     timestamptz NOT NULL,
    UNIQUE (review_id, child_id, source)
);
