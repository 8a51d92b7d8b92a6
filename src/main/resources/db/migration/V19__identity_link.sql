-- Why each identity holds together: the joins that resolution runs and analysts made, each named by the pair of
-- records whose link made it. A batch run replaces a kind's links; an incremental run adds its own; an unmerge
-- replaces the links of the records it resolves again. first_record < second_record, so a pair has one row.
CREATE TABLE identity_link (
    kind              text             NOT NULL CHECK (kind IN ('CHILD', 'PERSON')),
    first_record      uuid             NOT NULL,
    second_record     uuid             NOT NULL CHECK (first_record < second_record),
    reason            text             NOT NULL CHECK (reason IN ('MATCH', 'CLUSTERS_AGREE', 'ACCEPTED')),
    probability       double precision NOT NULL,
    mean_cross_weight double precision,
    cross_pairs       integer          NOT NULL,
    linked_at         timestamptz      NOT NULL,
    PRIMARY KEY (kind, first_record, second_record)
);
CREATE INDEX identity_link_second ON identity_link (kind, second_record);

-- A run decides its links afresh, as it does the identities they explain: the runtime role may delete them.
GRANT DELETE ON identity_link TO ${appRole};
