-- Legal holds (the ledger module) and the retention purge of case narrative (casework).

-- A legal hold keeps a case, or every case of an area, out of the retention purge while it stands, for example
-- while an inquiry runs. A hold is released with a reason, never deleted, and what it was placed on never changes.
CREATE TABLE legal_hold (
    id              uuid        PRIMARY KEY,
    scope           text        NOT NULL CHECK (scope IN ('CASE', 'AREA')),
    scope_reference text        NOT NULL CHECK (length(scope_reference) BETWEEN 1 AND 40),
    reason          text        NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 2000),
    placed_by       text        NOT NULL,
    placed_at       timestamptz NOT NULL,
    released_by     text,
    released_at     timestamptz,
    release_reason  text        CHECK (length(btrim(release_reason)) BETWEEN 1 AND 2000),
    CHECK ((released_at IS NULL) = (released_by IS NULL)),
    CHECK ((released_at IS NULL) = (release_reason IS NULL))
);
CREATE INDEX legal_hold_standing ON legal_hold (scope, scope_reference) WHERE released_at IS NULL;
CREATE INDEX legal_hold_placed ON legal_hold (placed_at);

-- Defence in depth: the application role is never granted DELETE, and even the owner cannot delete a hold, change
-- what it holds, or undo a release without first disabling this trigger.
CREATE FUNCTION legal_hold_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'legal holds are released, never deleted';
    END IF;
    IF OLD.released_at IS NOT NULL THEN
        RAISE EXCEPTION 'legal hold % is already released', OLD.id;
    END IF;
    IF NEW.id <> OLD.id OR NEW.scope <> OLD.scope OR NEW.scope_reference <> OLD.scope_reference
            OR NEW.reason <> OLD.reason OR NEW.placed_by <> OLD.placed_by OR NEW.placed_at <> OLD.placed_at THEN
        RAISE EXCEPTION 'a legal hold can only be released, not changed';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER legal_hold_release_only BEFORE UPDATE OR DELETE ON legal_hold
    FOR EACH ROW EXECUTE FUNCTION legal_hold_guard();

-- The retention purge replaces a closed case's narrative with a fixed marker and records when. Identifiers, dates,
-- status and outcome codes stay, so statistics and the ledger keep their meaning. Nothing is deleted.
ALTER TABLE child_case ADD COLUMN purged_at timestamptz;
ALTER TABLE child_case ADD CONSTRAINT child_case_purged_only_when_closed
    CHECK (purged_at IS NULL OR status = 'CLOSED');
CREATE INDEX child_case_retention ON child_case (closed_at) WHERE status = 'CLOSED' AND purged_at IS NULL;
