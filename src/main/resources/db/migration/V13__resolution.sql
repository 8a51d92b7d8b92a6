-- Entity resolution: which records are the same person, the trained model, the pairs waiting for an analyst, and
-- the analysts' decisions. A record's identity is the id of its cluster (the smallest record id in it when it
-- formed). Children's and adults' records are resolved apart.

CREATE TABLE resolution_model (
    kind        text        PRIMARY KEY CHECK (kind IN ('CHILD', 'PERSON')),
    model       jsonb       NOT NULL,
    records     integer     NOT NULL,
    trained_at  timestamptz NOT NULL
);

CREATE TABLE resolved_record (
    kind        text        NOT NULL CHECK (kind IN ('CHILD', 'PERSON')),
    record_id   uuid        NOT NULL,
    identity_id text        NOT NULL,
    resolved_at timestamptz NOT NULL,
    PRIMARY KEY (kind, record_id)
);
CREATE INDEX resolved_record_identity ON resolved_record (kind, identity_id);

-- Records registered since the last run, resolved incrementally in batches.
CREATE TABLE resolution_pending (
    kind      text        NOT NULL CHECK (kind IN ('CHILD', 'PERSON')),
    record_id uuid        NOT NULL,
    queued_at timestamptz NOT NULL,
    PRIMARY KEY (kind, record_id)
);

-- Pairs an analyst looks at: those the model put between the two thresholds, and any pair an analyst decided.
-- first_record < second_record, so a pair has one row.
CREATE TABLE match_pair (
    id            uuid        PRIMARY KEY,
    kind          text        NOT NULL CHECK (kind IN ('CHILD', 'PERSON')),
    first_record  uuid        NOT NULL,
    second_record uuid        NOT NULL CHECK (first_record < second_record),
    probability   double precision NOT NULL,
    explanation   jsonb       NOT NULL,
    status        text        NOT NULL CHECK (status IN ('REVIEW', 'ACCEPTED', 'REJECTED')),
    found_at      timestamptz NOT NULL,
    decided_by    text,
    decided_at    timestamptz,
    reason        text        CHECK (length(reason) <= 2000),
    UNIQUE (kind, first_record, second_record),
    CHECK ((status = 'REVIEW') = (decided_at IS NULL))
);
CREATE INDEX match_pair_review ON match_pair (kind, probability DESC) WHERE status = 'REVIEW';

-- Waiting records are cleared once resolved, and a batch run replaces the pairs still waiting for review (decided
-- pairs stay): both are work queues, not records, so the runtime role may delete from them and from nothing else.
GRANT DELETE ON resolution_pending, match_pair TO ${appRole};
