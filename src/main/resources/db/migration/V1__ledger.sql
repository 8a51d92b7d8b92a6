-- Run by the owner role. ${appRole} is the role the application uses at run time.
-- The application may read, insert and update ordinary tables, but it is never granted DELETE anywhere:
-- records are voided, never deleted.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE ON TABLES TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${appRole};

-- The ledger: an append-only, hash-chained record of every state change and every sensitive read.
CREATE TABLE ledger_entry (
    sequence       bigint      PRIMARY KEY CHECK (sequence > 0),
    recorded_at    timestamptz NOT NULL,
    actor          text        NOT NULL,
    agency         text,
    action         text        NOT NULL,
    subject_type   text        NOT NULL,
    subject_id     text        NOT NULL,
    payload        text        NOT NULL,
    payload_digest char(64)    NOT NULL,
    previous_hash  char(64)    NOT NULL,
    hash           char(64)    NOT NULL UNIQUE
);
CREATE INDEX ledger_entry_subject ON ledger_entry (subject_type, subject_id, sequence);
CREATE INDEX ledger_entry_recorded_at ON ledger_entry (recorded_at);

-- Signed checkpoints Lantern has issued. The copies that matter are the ones exported and kept elsewhere;
-- these are kept so that a routine verification can check the chain against every checkpoint ever issued.
CREATE TABLE ledger_checkpoint (
    sequence    bigint      NOT NULL,
    hash        char(64)    NOT NULL,
    created_at  timestamptz NOT NULL,
    public_key  text        NOT NULL,
    signature   text        NOT NULL,
    PRIMARY KEY (sequence, created_at)
);

REVOKE UPDATE, DELETE, TRUNCATE ON ledger_entry, ledger_checkpoint FROM ${appRole};
GRANT SELECT, INSERT ON ledger_entry, ledger_checkpoint TO ${appRole};

-- Defence in depth: even the owner cannot change a ledger row without first disabling these triggers.
CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the ledger is append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME;
END
$$;
CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_entry_no_truncate BEFORE TRUNCATE ON ledger_entry
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_checkpoint_append_only BEFORE UPDATE OR DELETE ON ledger_checkpoint
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_checkpoint_no_truncate BEFORE TRUNCATE ON ledger_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
