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
import uk.lantern.ledger.LedgerVerification;
import uk.lantern.ledger.UnauthenticCheckpointException;

@Service
class LedgerIntegrityService implements LedgerIntegrity {

    private static final int FETCH_SIZE = 2_000;
    private static final String CHECKPOINT_QUERY =
            "SELECT sequence, hash, created_at, public_key, signature FROM ledger_checkpoint";

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

    @Override
    public LedgerVerification verify() {
        return check(storedCheckpoints());
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
        // The entry recording the issue is itself covered by the checkpoint.
        LedgerEntryView head = ledger.append(new LedgerRecord(actor, "LEDGER_CHECKPOINT_ISSUED", "LEDGER", "chain",
                Map.of("reason", "checkpoint export")));
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
        Optional<Long> head = jdbc.sql("SELECT max(sequence) FROM ledger_entry").query(Long.class).optional();
        Optional<Checkpoint> latest = latestCheckpoint();
        if (latest.isPresent() && head.isPresent() && latest.get().sequence() == head.get()) {
            return latest.get();
        }
        return issueCheckpoint(actor);
    }

    @Override
    public Optional<Checkpoint> latestCheckpoint() {
        return jdbc.sql(CHECKPOINT_QUERY + " ORDER BY sequence DESC, created_at DESC LIMIT 1")
                .query(LedgerIntegrityService::checkpointFromRow).optional();
    }

    @Override
    public boolean isAuthentic(Checkpoint checkpoint) {
        return signer.isAuthentic(checkpoint);
    }
}
