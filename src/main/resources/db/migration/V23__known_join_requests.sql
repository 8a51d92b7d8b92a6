-- A practitioner who sees two child records that may be one child asks the analysts to decide: the pair waits in the
-- review queue with who asked and why, and a batch run does not take an asked-for pair off the queue.
ALTER TABLE match_pair
    ADD COLUMN requested_by   text,
    ADD COLUMN requested_at   timestamptz,
    ADD COLUMN request_reason text CHECK (length(request_reason) <= 2000),
    ADD CHECK ((requested_by IS NULL) = (requested_at IS NULL));
