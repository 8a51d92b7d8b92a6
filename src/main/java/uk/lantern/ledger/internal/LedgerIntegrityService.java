package uk.lantern.ledger.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
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
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import uk.lantern.ledger.Checkpoint;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerEntryView;
import uk.lantern.ledger.LedgerIntegrity;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.ledger.LedgerTamperedException;
import uk.lantern.ledger.LedgerVerification;
import uk.lantern.ledger.UnauthenticCheckpointException;

@Service
class LedgerIntegrityService implements LedgerIntegrity {

    private static final int FETCH_SIZE = 2_000;
    private static final String CHECKPOINT_QUERY =
            "SELECT sequence, hash, created_at, public_key, signature FROM ledger_checkpoint";
    private static final Comparator<Checkpoint> LATEST = Comparator.comparingLong(Checkpoint::sequence)
            .thenComparing(Checkpoint::createdAt);

    private final JdbcClient jdbc;
    private final JdbcTemplate streamingJdbc;
    private final TransactionTemplate readOnly;
    private final Ledger ledger;
    private final CheckpointSigner signer;
    private final Clock clock;

    LedgerIntegrityService(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
                           Ledger ledger, CheckpointSigner signer, Clock clock) {
        this.jdbc = jdbc;
        this.streamingJdbc = new JdbcTemplate(dataSource);
        // PostgreSQL streams with a cursor only inside a transaction; otherwise it would load the whole chain.
        this.streamingJdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.ledger = ledger;
        this.signer = signer;
        this.clock = clock;
    }

    /**
     * Checks the chain against the stored checkpoints whose signatures hold, then reports the first stored checkpoint
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
                        + "was altered: the chain cannot be trusted after entry " + lastTrusted);
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
        Set<Long> sequences = checkpoints.stream().map(Checkpoint::sequence).collect(Collectors.toSet());
        ChainWalk walk = new ChainWalk(sequences);
        readOnly.executeWithoutResult(status -> streamingJdbc.query(
                "SELECT " + StoredEntry.COLUMNS + " FROM ledger_entry ORDER BY sequence",
                row -> {
                    walk.accept(StoredEntry.fromRow(row, 0));
                }));
        if (walk.broken()) {
            return LedgerVerification.broken(walk.entriesChecked(), walk.firstBadSequence(), walk.problem());
        }
        long lastAgreeing = 0;
        for (Checkpoint checkpoint : checkpoints.stream().sorted(Comparator.comparingLong(Checkpoint::sequence))
                .toList()) {
            if (checkpoint.sequence() > walk.lastSequence()) {
                return LedgerVerification.broken(walk.entriesChecked(), walk.lastSequence() + 1,
                        "the chain ends at entry " + walk.lastSequence() + " but a checkpoint signed at "
                                + checkpoint.createdAt() + " covers entry " + checkpoint.sequence());
            }
            if (!checkpoint.hash().equals(walk.hashAt(checkpoint.sequence()))) {
                return LedgerVerification.broken(walk.entriesChecked(), lastAgreeing + 1,
                        "entry " + checkpoint.sequence() + " differs from the checkpoint signed at "
                                + checkpoint.createdAt() + ": the chain was rewritten after entry " + lastAgreeing);
            }
            lastAgreeing = checkpoint.sequence();
        }
        return LedgerVerification.intact(walk.entriesChecked());
    }

    private static Optional<Checkpoint> lowest(List<Checkpoint> checkpoints) {
        return checkpoints.stream().min(Comparator.comparingLong(Checkpoint::sequence));
    }

    private List<Checkpoint> storedCheckpoints() {
        return jdbc.sql(CHECKPOINT_QUERY).query(LedgerIntegrityService::checkpointFromRow).list();
    }

    private static Checkpoint checkpointFromRow(java.sql.ResultSet row, int rowNumber) throws java.sql.SQLException {
        return new Checkpoint(row.getLong("sequence"), row.getString("hash"),
                row.getObject("created_at", java.time.OffsetDateTime.class).toInstant(),
                Checkpoint.ALGORITHM, row.getString("public_key"), row.getString("signature"));
    }

    @Override
    @Transactional
    public Checkpoint issueCheckpoint(LedgerActor actor) {
        return issue(actor, "checkpoint export");
    }

    private Checkpoint issue(LedgerActor actor, String reason) {
        // The entry recording the issue is itself covered by the checkpoint.
        LedgerEntryView head = ledger.append(new LedgerRecord(actor, "LEDGER_CHECKPOINT_ISSUED", "LEDGER", "chain",
                Map.of("reason", reason)));
        Checkpoint checkpoint = signer.sign(head.sequence(), head.hash(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        jdbc.sql("INSERT INTO ledger_checkpoint (sequence, hash, created_at, public_key, signature) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(checkpoint.sequence(), checkpoint.hash(), checkpoint.createdAt().atOffset(ZoneOffset.UTC),
                        checkpoint.publicKey(), checkpoint.signature())
                .update();
        return checkpoint;
    }

    @Override
    @Transactional
    public Checkpoint checkpointOfHead(LedgerActor actor) {
        return checkpointOfHead(actor, "checkpoint export");
    }

    /**
     * The latest checkpoint if it covers the head, otherwise a new one. Refuses while any stored checkpoint is forged,
     * so that Lantern never signs the head of a chain whose stored checkpoints were tampered with.
     */
    @Transactional
    Checkpoint checkpointOfHead(LedgerActor actor, String reason) {
        List<Checkpoint> stored = storedCheckpoints();
        lowest(stored.stream().filter(checkpoint -> !signer.isAuthentic(checkpoint)).toList()).ifPresent(forged -> {
            throw new LedgerTamperedException(forged.sequence());
        });
        Optional<Long> head = jdbc.sql("SELECT max(sequence) FROM ledger_entry").query(Long.class).optional();
        Optional<Checkpoint> latest = stored.stream().max(LATEST);
        if (latest.isPresent() && head.isPresent() && latest.get().sequence() == head.get()) {
            return latest.get();
        }
        return issue(actor, reason);
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
}
