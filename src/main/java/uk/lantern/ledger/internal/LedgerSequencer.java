package uk.lantern.ledger.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives committed entries their place in the log and adds them to the Merkle tree, in batches, one sequencer at a
 * time across every instance (a PostgreSQL advisory lock). Admission never waits for it: writers insert entries
 * concurrently, and only this one transaction at a time reads and extends the tree.
 *
 * <p>It runs on a thread of its own and over connections of its own ({@link SequencerConnections}), so the wait
 * between an entry's commit and its place stays short whatever else is busy: no scheduled job can delay it on a
 * shared scheduler thread, and requests queueing for the application's pool cannot keep it from the database.
 */
@Component
class LedgerSequencer implements SmartLifecycle, DisposableBean {

    /** Held by the sequencing transaction only; no writer takes it. */
    private static final long SEQUENCER_LOCK = 0x4c616e7465726fL;
    private static final int BATCH = 20_000;

    /**
     * A leaf to add: the entry's id (null when it already has its sequence), its hash, and when it was committed
     * (null when not known).
     */
    private record Placed(Long id, String leafHash, Instant committedAt) {
    }

    private static final Logger log = LoggerFactory.getLogger(LedgerSequencer.class);

    private final SequencerConnections connections;
    private final JdbcClient jdbc;
    private final StoredTree tree;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration interval;
    private ScheduledExecutorService thread;
    /** Whether PostgreSQL records commit times; read once, since changing it needs a restart. */
    private Boolean commitTimestamps;

    LedgerSequencer(DataSource dataSource, Clock clock,
                    @Value("${lantern.ledger.sequence-interval:PT0.25S}") Duration interval) {
        this.connections = SequencerConnections.from(dataSource);
        this.jdbc = JdbcClient.create(connections.dataSource());
        this.tree = new StoredTree(jdbc);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(connections.dataSource()));
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread sequencer = new Thread(task, "ledger-sequencer");
            sequencer.setDaemon(true);
            return sequencer;
        });
        thread.scheduleWithFixedDelay(this::sequenceScheduled, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Stops the thread; a context that is paused and started again (as tests do) starts a new one. */
    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }

    /** The connections last as long as the application: stopping is not closing. */
    @Override
    public void destroy() {
        stop();
        connections.close();
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    /** A failed run is logged and the next goes ahead: an executor would stop scheduling after an exception. */
    private void sequenceScheduled() {
        try {
            while (sequenceBatch(false) == BATCH) {
                // A full batch means more may be waiting.
            }
        } catch (RuntimeException failed) {
            log.error("A run of the ledger's sequencer failed; the next will try again", failed);
        }
    }

    /** Places every entry committed so far, waiting for a sequencing run in progress elsewhere to finish first. */
    void sequenceAll() {
        while (sequenceBatch(true) == BATCH) {
            // A full batch means more may be waiting.
        }
    }

    /**
     * Places up to one batch of entries in one transaction; returns how many it placed. A stored tree that lacks
     * hashes cannot be extended: nothing is placed, and verification reports where the tree was damaged.
     */
    private int sequenceBatch(boolean wait) {
        try {
            return placeBatch(wait);
        } catch (StoredTree.IncompleteTreeException damaged) {
            log.error("The ledger's sequencer stopped: {}", damaged.getMessage());
            return 0;
        }
    }

    private int placeBatch(boolean wait) {
        Integer placed = transaction.execute(status -> {
            if (!lock(wait)) {
                return 0;
            }
            long size = tree.latestHead().map(StoredTree.Head::size).orElse(0L);
            List<Placed> leaves = placedButNotInTree(size);
            if (leaves.isEmpty()) {
                leaves = unsequenced();
                assignSequences(leaves, size);
            }
            if (!leaves.isEmpty()) {
                extendTree(size, leaves);
            }
            return leaves.size();
        });
        return placed == null ? 0 : placed;
    }

    private boolean lock(boolean wait) {
        if (wait) {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(SEQUENCER_LOCK).query((row, n) -> 0).single();
            return true;
        }
        return jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(SEQUENCER_LOCK).query(Boolean.class).single();
    }

    /**
     * Entries with their place but not yet in the tree: those of the hash chain that came before the tree, the first
     * time the sequencer runs after the upgrade.
     */
    private List<Placed> placedButNotInTree(long size) {
        return jdbc.sql("SELECT leaf_hash FROM ledger_entry WHERE sequence > ? ORDER BY sequence LIMIT ?")
                .params(size, BATCH)
                .query((row, n) -> new Placed(null, row.getString("leaf_hash"), null)).list();
    }

    /**
     * Committed entries with no place yet, in the order they were admitted, with when each was committed: PostgreSQL
     * knows that when {@code track_commit_timestamp} is on (the embedded database turns it on); otherwise the time
     * the entry was admitted stands in, which overstates the wait by the length of the entry's transaction.
     */
    private List<Placed> unsequenced() {
        String committedAt = commitTimestamps() ? "coalesce(pg_xact_commit_timestamp(xmin), recorded_at)"
                : "recorded_at";
        return jdbc.sql("SELECT id, leaf_hash, " + committedAt + " AS committed_at FROM ledger_entry "
                        + "WHERE sequence IS NULL ORDER BY id LIMIT ?")
                .param(BATCH)
                .query((row, n) -> new Placed(row.getLong("id"), row.getString("leaf_hash"),
                        row.getObject("committed_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private boolean commitTimestamps() {
        if (commitTimestamps == null) {
            commitTimestamps = "on".equals(jdbc.sql("SELECT current_setting('track_commit_timestamp')")
                    .query(String.class).single());
        }
        return commitTimestamps;
    }

    private void assignSequences(List<Placed> leaves, long size) {
        if (leaves.isEmpty()) {
            return;
        }
        Long[] ids = leaves.stream().map(Placed::id).toArray(Long[]::new);
        Long[] sequences = new Long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            sequences[i] = size + 1 + i;
        }
        jdbc.sql("UPDATE ledger_entry e SET sequence = p.sequence FROM unnest(?::bigint[], ?::bigint[]) "
                        + "AS p(id, sequence) WHERE e.id = p.id")
                .params(ids, sequences)
                .update();
    }

    private void extendTree(long size, List<Placed> leaves) {
        List<StoredTree.NodeKey> keys = new ArrayList<>();
        List<byte[]> hashes = new ArrayList<>();
        MerkleFrontier frontier = MerkleFrontier.of(size, tree.reader(), (level, index, hash) -> {
            if (level % StoredTree.STRIDE == 0) {
                keys.add(new StoredTree.NodeKey(level, index));
                hashes.add(hash);
            }
        });
        Instant oldest = null;
        for (Placed leaf : leaves) {
            frontier.append(MerkleTree.unhex(leaf.leafHash()));
            if (leaf.committedAt() != null && (oldest == null || leaf.committedAt().isBefore(oldest))) {
                oldest = leaf.committedAt();
            }
        }
        tree.insertNodes(keys, hashes);
        tree.insertHead(frontier.size(), frontier.root(), clock.instant().truncatedTo(ChronoUnit.MICROS),
                leaves.size(), oldest);
    }
}
