-- Each change to a kind's identities, and each record voided, moves the kind's generation on. Incremental runs keep
-- the kind's records and identities in memory between runs, so that a run reads only the records it resolves; a
-- copy whose generation is not the stored one is read again.
CREATE TABLE resolution_generation (
    kind       text   PRIMARY KEY CHECK (kind IN ('CHILD', 'PERSON')),
    generation bigint NOT NULL
);
INSERT INTO resolution_generation (kind, generation) VALUES ('CHILD', 0), ('PERSON', 0);

-- Each run takes the oldest waiting records of a kind: without an index, a backlog is sorted again for every chunk.
CREATE INDEX resolution_pending_queued ON resolution_pending (kind, queued_at);
