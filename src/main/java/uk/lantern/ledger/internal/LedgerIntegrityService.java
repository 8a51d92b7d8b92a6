package uk.lantern.ledger.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import uk.lantern.ledger.Checkpoint;
import uk.lantern.ledger.InvalidProofRequestException;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerConsistencyProof;
import uk.lantern.ledger.LedgerInclusionProof;
import uk.lantern.ledger.LedgerIntegrity;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.ledger.LedgerSequencing;
import uk.lantern.ledger.LedgerTamperedException;
import uk.lantern.ledger.LedgerVerification;
import uk.lantern.ledger.UnauthenticCheckpointException;

@Service
class LedgerIntegrityService implements LedgerIntegrity {

    static final String CHECKPOINT_ISSUED = "LEDGER_CHECKPOINT_ISSUED";
    private static final int FETCH_SIZE = 5_000;
    private static final String CHECKPOINT_QUERY =
            "SELECT sequence, hash, created_at, public_key, signature, note FROM ledger_checkpoint";
    private static final Comparator<Checkpoint> LATEST = Comparator.comparingLong(Checkpoint::sequence)
            .thenComparing(Checkpoint::createdAt);

    private final JdbcClient jdbc;
    private final JdbcTemplate streamingJdbc;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate transaction;
    private final Ledger ledger;
    private final LedgerSequencer sequencer;
    private final StoredTree tree;
    private final CheckpointSigner signer;
    private final Clock clock;

    LedgerIntegrityService(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
                           Ledger ledger, LedgerSequencer sequencer, StoredTree tree, CheckpointSigner signer,
                           Clock clock) {
        this.jdbc = jdbc;
        this.streamingJdbc = new JdbcTemplate(dataSource);
        // PostgreSQL streams with a cursor only inside a transaction; otherwise it would load the whole log.
        this.streamingJdbc.setFetchSize(FETCH_SIZE);
        // One snapshot for the entries, the stored tree and the heads, while the sequencer goes on adding to them.
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.transaction = new TransactionTemplate(transactions);
        this.ledger = ledger;
        this.sequencer = sequencer;
        this.tree = tree;
        this.signer = signer;
        this.clock = clock;
    }

    /**
     * Checks the log against the stored checkpoints whose signatures hold, then reports the first stored checkpoint
     * whose signature does not: someone who can write to the database could otherwise rewrite entries and set the
     * stored hashes to match. Trust ends after the last authentic checkpoint below the forged one.
     */
    @Override
    public LedgerVerification verify() {
        Map<Boolean, List<Checkpoint>> byAuthenticity = storedCheckpoints().stream()
                .collect(Collectors.partitioningBy(signer::isAuthentic));
        List<Checkpoint> authentic = byAuthenticity.get(true);
        LedgerVerification againstAuthentic = check(authentic);
        Optional<Checkpoint> forged = lowest(byAuthenticity.get(false));
        if (!againstAuthentic.intact() || forged.isEmpty()) {
            return againstAuthentic;
        }
        long lastTrusted = authentic.stream().mapToLong(Checkpoint::sequence)
                .filter(sequence -> sequence < forged.get().sequence()).max().orElse(0);
        return LedgerVerification.broken(againstAuthentic.entriesChecked(), lastTrusted + 1,
                "the checkpoint stored for entry " + forged.get().sequence() + " is not signed by a trusted key, or "
                        + "was altered: the log cannot be trusted after entry " + lastTrusted)
                .with(againstAuthentic.sequencing());
    }

    @Override
    public LedgerVerification verify(Collection<Checkpoint> externalCheckpoints) {
        for (Checkpoint checkpoint : externalCheckpoints) {
            if (!signer.isAuthentic(checkpoint)) {
                throw new UnauthenticCheckpointException(checkpoint.sequence());
            }
        }
        return check(externalCheckpoints);
    }

    private LedgerVerification check(Collection<Checkpoint> checkpoints) {
        sequencer.sequenceAll();
        return snapshot.execute(status -> {
            Optional<StoredTree.Head> head = tree.latestHead();
            Set<Long> treeSizes = new HashSet<>();
            head.ifPresent(latest -> treeSizes.add(latest.size()));
            checkpoints.stream().filter(Checkpoint::ofTree).forEach(checkpoint -> treeSizes.add(checkpoint.sequence()));
            Set<Long> chainSequences = checkpoints.stream().filter(checkpoint -> !checkpoint.ofTree())
                    .map(Checkpoint::sequence).collect(Collectors.toSet());
            TreeWalk walk = new TreeWalk(chainSequences, treeSizes);
            streamingJdbc.query("SELECT " + StoredEntry.COLUMNS
                    + " FROM ledger_entry WHERE sequence IS NOT NULL ORDER BY sequence",
                    row -> {
                        walk.accept(StoredEntry.fromRow(row, 0));
                    });
            LedgerSequencing sequencing = sequencing(head);
            if (walk.broken()) {
                return LedgerVerification.broken(walk.entriesChecked(), walk.firstBadSequence(), walk.problem())
                        .with(sequencing);
            }
            return storedTreeProblem(walk, head)
                    .or(() -> checkpointProblem(walk, checkpoints))
                    .orElse(LedgerVerification.intact(walk.entriesChecked()))
                    .with(sequencing);
        });
    }

    /** The stored subtree hashes and the latest tree head, which proofs are made from, must be the entries' own. */
    private Optional<LedgerVerification> storedTreeProblem(TreeWalk walk, Optional<StoredTree.Head> head) {
        if (head.isPresent() && head.get().size() > walk.lastSequence()) {
            return Optional.of(LedgerVerification.broken(walk.entriesChecked(), walk.lastSequence() + 1,
                    "the log ends at entry " + walk.lastSequence() + " but its tree head of "
                            + head.get().sequencedAt() + " covers entry " + head.get().size()));
        }
        Map<Integer, Long> storedPerLevel = new LinkedHashMap<>();
        LedgerVerification[] found = new LedgerVerification[1];
        streamingJdbc.query("SELECT level, index, hash FROM ledger_tree_node ORDER BY level, index", row -> {
            int level = row.getInt("level");
            long index = row.getLong("index");
            storedPerLevel.merge(level, 1L, Long::sum);
            if (found[0] == null && !walk.storedNodeHolds(level, index, MerkleTree.unhex(row.getString("hash")))) {
                found[0] = LedgerVerification.broken(walk.entriesChecked(), (index << level) + 1,
                        "the tree's stored hash of entries " + ((index << level) + 1) + " to "
                                + ((index + 1) << level) + " does not match those entries");
            }
        });
        if (found[0] != null) {
            return Optional.of(found[0]);
        }
        for (int level = StoredTree.STRIDE; walk.storedNodesAt(level) > 0; level += StoredTree.STRIDE) {
            if (storedPerLevel.getOrDefault(level, 0L) != walk.storedNodesAt(level)) {
                return Optional.of(LedgerVerification.broken(walk.entriesChecked(), 1,
                        "the tree's stored hashes at level " + level + " are incomplete"));
            }
        }
        if (head.isPresent() && !MerkleTree.hex(walk.rootAt(head.get().size())).equals(head.get().rootHash())) {
            return Optional.of(LedgerVerification.broken(walk.entriesChecked(), 1,
                    "the tree head of " + head.get().sequencedAt() + " does not match the entries"));
        }
        return Optional.empty();
    }

    private Optional<LedgerVerification> checkpointProblem(TreeWalk walk, Collection<Checkpoint> checkpoints) {
        long lastAgreeing = 0;
        for (Checkpoint checkpoint : checkpoints.stream().sorted(Comparator.comparingLong(Checkpoint::sequence))
                .toList()) {
            if (checkpoint.sequence() > walk.lastSequence()) {
                return Optional.of(LedgerVerification.broken(walk.entriesChecked(), walk.lastSequence() + 1,
                        "the log ends at entry " + walk.lastSequence() + " but a checkpoint signed at "
                                + checkpoint.createdAt() + " covers entry " + checkpoint.sequence()));
            }
            String computed = checkpoint.ofTree()
                    ? (checkpoint.sequence() == 0 ? checkpoint.hash() : MerkleTree.hex(walk.rootAt(checkpoint.sequence())))
                    : walk.chainHashAt(checkpoint.sequence());
            if (!checkpoint.hash().equals(computed)) {
                return Optional.of(LedgerVerification.broken(walk.entriesChecked(), lastAgreeing + 1,
                        "entry " + checkpoint.sequence() + " differs from the checkpoint signed at "
                                + checkpoint.createdAt() + ": the log was rewritten after entry " + lastAgreeing));
            }
            lastAgreeing = checkpoint.sequence();
        }
        return Optional.empty();
    }

    private LedgerSequencing sequencing(Optional<StoredTree.Head> head) {
        record Waiting(long entries, Instant oldest) {
        }
        Waiting waiting = jdbc.sql("SELECT count(*) AS entries, min(recorded_at) AS oldest FROM ledger_entry "
                        + "WHERE sequence IS NULL")
                .query((row, n) -> new Waiting(row.getLong("entries"),
                        Optional.ofNullable(row.getObject("oldest", OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant).orElse(null)))
                .single();
        Long longestWait = jdbc.sql("SELECT (extract(epoch FROM max(sequenced_at - oldest_committed_at)) * 1000)"
                        + "::bigint FROM ledger_tree_head")
                .query(Long.class).optional().orElse(null);
        return new LedgerSequencing(head.map(StoredTree.Head::size).orElse(0L),
                head.map(StoredTree.Head::rootHash).orElse(null), waiting.entries(), waiting.oldest(), longestWait);
    }

    private static Optional<Checkpoint> lowest(List<Checkpoint> checkpoints) {
        return checkpoints.stream().min(Comparator.comparingLong(Checkpoint::sequence));
    }

    private List<Checkpoint> storedCheckpoints() {
        return jdbc.sql(CHECKPOINT_QUERY).query(LedgerIntegrityService::checkpointFromRow).list();
    }

    private static Checkpoint checkpointFromRow(java.sql.ResultSet row, int rowNumber) throws java.sql.SQLException {
        return new Checkpoint(row.getLong("sequence"), row.getString("hash"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                Checkpoint.ALGORITHM, row.getString("public_key"), row.getString("signature"), row.getString("note"));
    }

    @Override
    public Checkpoint issueCheckpoint(LedgerActor actor) {
        sequencer.sequenceAll();
        return issue(actor, "checkpoint export");
    }

    /**
     * Signs the tree as the sequencer last left it, and records the issue in the ledger in the same transaction. The
     * entry recording the issue is placed after the tree it signs, so the next checkpoint covers it.
     */
    private Checkpoint issue(LedgerActor actor, String reason) {
        return transaction.execute(status -> {
            StoredTree.Head head = tree.latestHead().orElse(null);
            long size = head == null ? 0 : head.size();
            byte[] root = head == null ? MerkleTree.emptyRoot() : MerkleTree.unhex(head.rootHash());
            Checkpoint checkpoint = signer.signTree(size, root, clock.instant().truncatedTo(ChronoUnit.MICROS));
            jdbc.sql("INSERT INTO ledger_checkpoint (sequence, hash, created_at, public_key, signature, note) "
                            + "VALUES (?, ?, ?, ?, ?, ?)")
                    .params(checkpoint.sequence(), checkpoint.hash(), checkpoint.createdAt().atOffset(ZoneOffset.UTC),
                            checkpoint.publicKey(), checkpoint.signature(), checkpoint.note())
                    .update();
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("reason", reason);
            payload.put("treeSize", checkpoint.sequence());
            payload.put("rootHash", checkpoint.hash());
            ledger.append(new LedgerRecord(actor, CHECKPOINT_ISSUED, "LEDGER", "log", payload));
            return checkpoint;
        });
    }

    @Override
    public Checkpoint checkpointOfHead(LedgerActor actor) {
        return checkpointOfHead(actor, "checkpoint export");
    }

    /**
     * The latest checkpoint if nothing but the record of checkpoints has been placed in the log since, otherwise a
     * new one. Refuses while any stored checkpoint is forged, so that Lantern never signs a log whose stored
     * checkpoints were tampered with.
     */
    Checkpoint checkpointOfHead(LedgerActor actor, String reason) {
        sequencer.sequenceAll();
        List<Checkpoint> stored = storedCheckpoints();
        lowest(stored.stream().filter(checkpoint -> !signer.isAuthentic(checkpoint)).toList()).ifPresent(forged -> {
            throw new LedgerTamperedException(forged.sequence());
        });
        Optional<Checkpoint> latest = stored.stream().filter(Checkpoint::ofTree).max(LATEST);
        if (latest.isPresent() && nothingNewSince(latest.get())) {
            return latest.get();
        }
        return issue(actor, reason);
    }

    private boolean nothingNewSince(Checkpoint checkpoint) {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM ledger_entry WHERE sequence > ? AND action <> ?)")
                .params(checkpoint.sequence(), CHECKPOINT_ISSUED).query(Boolean.class).single();
    }

    /** The latest checkpoint whose signature holds; a forged row is never served. */
    @Override
    public Optional<Checkpoint> latestCheckpoint() {
        return storedCheckpoints().stream().filter(signer::isAuthentic).max(LATEST);
    }

    @Override
    public boolean isAuthentic(Checkpoint checkpoint) {
        return signer.isAuthentic(checkpoint);
    }

    @Override
    public LedgerInclusionProof inclusionProof(long sequence, long treeSize) {
        long size = checkedSize("treeSize", treeSize);
        requireEntryIn(sequence, size);
        StoredTree.Reader reader = tree.reader();
        return proveInclusion(reader, sequence, size, signedCheckpointOfTheTree(reader, size).orElse(null));
    }

    @Override
    public LedgerInclusionProof inclusionProofAgainstACheckpoint(long sequence, LedgerActor actor) {
        sequencer.sequenceAll();
        requireEntryIn(sequence, tree.latestHead().map(StoredTree.Head::size).orElse(0L));
        Checkpoint checkpoint = latestCheckpoint().filter(latest -> latest.ofTree() && latest.sequence() >= sequence)
                .orElseGet(() -> checkpointOfHead(actor));
        StoredTree.Reader reader = tree.reader();
        requireTreeGivesRootOf(reader, checkpoint);
        return proveInclusion(reader, sequence, checkpoint.sequence(), checkpoint);
    }

    private static void requireEntryIn(long sequence, long size) {
        if (sequence < 1 || sequence > size) {
            throw new InvalidProofRequestException("entry", "Entry " + sequence + " is not in the tree of "
                    + size + " entries: choose an entry from 1 to " + size);
        }
    }

    private static LedgerInclusionProof proveInclusion(StoredTree.Reader reader, long sequence, long size,
                                                       Checkpoint checkpoint) {
        List<String> proof = MerkleProofs.inclusion(reader, sequence - 1, size).stream().map(MerkleTree::hex)
                .toList();
        return new LedgerInclusionProof(sequence, MerkleTree.hex(reader.complete(0, sequence - 1)), size,
                MerkleTree.hex(MerkleProofs.rangeHash(reader, 0, size)), proof, checkpoint);
    }

    @Override
    public Map<Long, List<String>> inclusionProofs(Collection<Long> sequences, long treeSize) {
        long size = checkedSize("treeSize", treeSize);
        StoredTree.Reader reader = tree.reader();
        reader.preloadAround(sequences.stream().map(sequence -> sequence - 1).toList(), size);
        signedCheckpointOfTheTree(reader, size);
        Map<Long, List<String>> proofs = new LinkedHashMap<>();
        for (long sequence : sequences) {
            proofs.put(sequence, MerkleProofs.inclusion(reader, sequence - 1, size).stream().map(MerkleTree::hex)
                    .toList());
        }
        return proofs;
    }

    @Override
    public LedgerConsistencyProof consistencyProof(long fromSize, long toSize) {
        long to = checkedSize("to", toSize);
        if (fromSize < 1 || fromSize > to) {
            throw new InvalidProofRequestException("from", "A consistency proof is from a tree of 1 to " + to
                    + " entries; " + fromSize + " is not one");
        }
        StoredTree.Reader reader = tree.reader();
        List<String> proof = MerkleProofs.consistency(reader, fromSize, to).stream().map(MerkleTree::hex).toList();
        return new LedgerConsistencyProof(fromSize, MerkleTree.hex(MerkleProofs.rangeHash(reader, 0, fromSize)), to,
                MerkleTree.hex(MerkleProofs.rangeHash(reader, 0, to)), proof);
    }

    /**
     * The authentic checkpoint of a tree of this size, if Lantern issued one, after checking that the stored tree
     * still gives its root: proofs are made from the stored subtree hashes, and a changed one must not yield proofs
     * that only look right.
     *
     * @throws LedgerTamperedException when the stored tree disagrees with the checkpoint
     */
    private Optional<Checkpoint> signedCheckpointOfTheTree(StoredTree.Reader reader, long size) {
        Optional<Checkpoint> checkpoint = storedCheckpoints().stream()
                .filter(stored -> stored.ofTree() && stored.sequence() == size && signer.isAuthentic(stored))
                .max(LATEST);
        checkpoint.ifPresent(signed -> requireTreeGivesRootOf(reader, signed));
        return checkpoint;
    }

    private static void requireTreeGivesRootOf(StoredTree.Reader reader, Checkpoint signed) {
        if (!MerkleTree.hex(MerkleProofs.rangeHash(reader, 0, signed.sequence())).equals(signed.hash())) {
            throw LedgerTamperedException.treeDisagreesWith(signed);
        }
    }

    /** A tree size the log has reached; the sizes of every tree head so far, and everything between, qualify. */
    private long checkedSize(String field, long size) {
        long current = tree.latestHead().map(StoredTree.Head::size).orElse(0L);
        if (size < 1 || size > current) {
            throw new InvalidProofRequestException(field, "The log holds " + current + " entries; a tree of "
                    + size + " entries is not one it has had");
        }
        return size;
    }

    @Override
    public String verifierKey() {
        return signer.verifierKey();
    }
}
