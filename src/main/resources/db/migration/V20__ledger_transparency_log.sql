-- The ledger becomes a transparency log (decision 0028, docs/ledger.md).
-- An entry is admitted by its own transaction with no lock that other writers wait on: it gets an id, and the hash
-- of its contents as a Merkle-tree leaf. A single sequencer later gives each committed entry its position in the
-- log (sequence) and adds it to the Merkle tree. Entries written before this migration keep their hash chain, so
-- checkpoints exported before it still verify; each becomes a leaf whose data is its chain hash.

ALTER TABLE ledger_entry DISABLE TRIGGER ledger_entry_append_only;

ALTER TABLE ledger_entry ADD COLUMN id bigint, ADD COLUMN leaf_hash char(64);
UPDATE ledger_entry
   SET id = sequence,
       leaf_hash = encode(sha256('\x00'::bytea || convert_to(hash, 'UTF8')), 'hex');

ALTER TABLE ledger_entry DROP CONSTRAINT ledger_entry_pkey;
ALTER TABLE ledger_entry ADD PRIMARY KEY (id);
ALTER TABLE ledger_entry ADD CONSTRAINT ledger_entry_sequence_unique UNIQUE (sequence);
ALTER TABLE ledger_entry
    ALTER COLUMN sequence DROP NOT NULL,
    ALTER COLUMN leaf_hash SET NOT NULL,
    ALTER COLUMN previous_hash DROP NOT NULL,
    ALTER COLUMN hash DROP NOT NULL;
-- Chain fields exist for the entries written before the log, and only for them.
ALTER TABLE ledger_entry ADD CONSTRAINT ledger_entry_chain_whole CHECK ((previous_hash IS NULL) = (hash IS NULL));

CREATE SEQUENCE ledger_entry_id_seq OWNED BY ledger_entry.id;
SELECT setval('ledger_entry_id_seq', COALESCE((SELECT max(id) FROM ledger_entry), 0) + 1, false);
ALTER TABLE ledger_entry ALTER COLUMN id SET DEFAULT nextval('ledger_entry_id_seq');
GRANT USAGE, SELECT ON SEQUENCE ledger_entry_id_seq TO ${appRole};

-- What the sequencer has still to place, found without reading the log.
CREATE INDEX ledger_entry_unsequenced ON ledger_entry (id) WHERE sequence IS NULL;
DROP INDEX ledger_entry_subject;
CREATE INDEX ledger_entry_subject ON ledger_entry (subject_type, subject_id, id);

-- An entry's one permitted change: being given its place in the log, once. Everything else stays refused.
CREATE FUNCTION ledger_entry_sequence_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.sequence IS NULL AND NEW.sequence IS NOT NULL
       AND (NEW.id, NEW.recorded_at, NEW.actor, NEW.agency, NEW.action, NEW.subject_type, NEW.subject_id,
            NEW.payload, NEW.payload_digest, NEW.previous_hash, NEW.hash, NEW.leaf_hash)
           IS NOT DISTINCT FROM
           (OLD.id, OLD.recorded_at, OLD.actor, OLD.agency, OLD.action, OLD.subject_type, OLD.subject_id,
            OLD.payload, OLD.payload_digest, OLD.previous_hash, OLD.hash, OLD.leaf_hash) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the ledger is append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME;
END
$$;
DROP TRIGGER ledger_entry_append_only ON ledger_entry;
CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_entry_sequence_once();
GRANT UPDATE (sequence) ON ledger_entry TO ${appRole};

-- Hashes of complete subtrees at levels 4, 8, 12, ...: any subtree hash is then at most eight stored hashes away,
-- for about one row per fifteen entries. Leaves (level 0) are ledger_entry.leaf_hash.
CREATE TABLE ledger_tree_node (
    level smallint NOT NULL CHECK (level > 0 AND level % 4 = 0),
    index bigint   NOT NULL CHECK (index >= 0),
    hash  char(64) NOT NULL,
    PRIMARY KEY (level, index)
);

-- One row per sequencing run: the tree it left, and when the earliest of the entries it placed was committed (from
-- PostgreSQL's commit timestamps where track_commit_timestamp is on, otherwise when it was admitted), so the wait
-- between commit and place is measured.
CREATE TABLE ledger_tree_head (
    size                bigint      PRIMARY KEY CHECK (size > 0),
    root_hash           char(64)    NOT NULL,
    sequenced_at        timestamptz NOT NULL,
    entries             bigint      NOT NULL,
    oldest_committed_at timestamptz
);

-- Checkpoints signed as C2SP tlog-checkpoint notes carry the note; sequence is then the tree size and hash its root.
ALTER TABLE ledger_checkpoint ADD COLUMN note text;

REVOKE UPDATE, DELETE, TRUNCATE ON ledger_tree_node, ledger_tree_head FROM ${appRole};
GRANT SELECT, INSERT ON ledger_tree_node, ledger_tree_head TO ${appRole};
CREATE TRIGGER ledger_tree_node_append_only BEFORE UPDATE OR DELETE ON ledger_tree_node
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_tree_node_no_truncate BEFORE TRUNCATE ON ledger_tree_node
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_tree_head_append_only BEFORE UPDATE OR DELETE ON ledger_tree_head
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_tree_head_no_truncate BEFORE TRUNCATE ON ledger_tree_head
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
