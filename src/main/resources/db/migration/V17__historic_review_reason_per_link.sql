-- Historic review keeps one reason per link: the piece of evidence that ties a child to what the new information
-- touches. The same link seen again (another record reaching the child the same way, a later resolution) updates the
-- reason: when it was last seen, and by which record; it is never appended again.

ALTER TABLE historic_review_reason
    ADD COLUMN link_key          text,
    ADD COLUMN last_seen_at      timestamptz,
    ADD COLUMN last_source_label text;

-- Reasons stored before had no key: their link is the chain's last line (the step that reaches the child), for that
-- child. When the new record named the child itself, that line is the record, so such reasons stay apart.
UPDATE historic_review_reason
SET link_key = 'chain:' || child_id || ':' || md5(regexp_replace(links, '^.*\n', ''));

-- Duplicates already stored: the earliest reason of each link is kept, with the time and record of its latest
-- duplicate as last seen; the others go. Each one removed was written to the ledger when it was added
-- (HISTORIC_REVIEW_QUEUED or HISTORIC_REVIEW_REASON_ADDED, with its record and chain), so nothing is lost.
CREATE TEMPORARY TABLE reason_per_link AS
SELECT id,
       row_number() OVER (PARTITION BY review_id, link_key ORDER BY found_at, id) AS position,
       max(found_at) OVER same_link AS last_seen_at,
       last_value(source_label) OVER (same_link ORDER BY found_at, id
           ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS last_source_label
FROM historic_review_reason
WINDOW same_link AS (PARTITION BY review_id, link_key);

UPDATE historic_review_reason reason
SET last_seen_at = kept.last_seen_at, last_source_label = kept.last_source_label
FROM reason_per_link kept
WHERE kept.id = reason.id AND kept.position = 1;

DELETE FROM historic_review_reason reason
USING reason_per_link duplicate
WHERE duplicate.id = reason.id AND duplicate.position > 1;

DROP TABLE reason_per_link;

ALTER TABLE historic_review_reason
    ALTER COLUMN link_key SET NOT NULL,
    ALTER COLUMN last_seen_at SET NOT NULL,
    ALTER COLUMN last_source_label SET NOT NULL,
    DROP CONSTRAINT historic_review_reason_review_id_child_id_source_key,
    ADD CONSTRAINT historic_review_reason_one_per_link UNIQUE (review_id, link_key);

-- Referrals with a CSE concern, as the review module learns of them: a later one about the same child from another
-- agency than the one that closed the child's referral is new information. Those already stored are taken over.
CREATE TABLE review_cse_referral (
    referral_id         uuid        PRIMARY KEY,
    reference           text        NOT NULL,
    child_ids           uuid[]      NOT NULL,
    referring_agency_id uuid        NOT NULL,
    received_at         timestamptz NOT NULL
);
CREATE INDEX review_cse_referral_children ON review_cse_referral USING gin (child_ids);

INSERT INTO review_cse_referral (referral_id, reference, child_ids, referring_agency_id, received_at)
SELECT r.id, r.reference, array_agg(rc.child_id ORDER BY rc.position), r.referrer_agency_id, r.received_at
FROM referral r JOIN referral_child rc ON rc.referral_id = r.id
WHERE r.cse_concern
GROUP BY r.id;
