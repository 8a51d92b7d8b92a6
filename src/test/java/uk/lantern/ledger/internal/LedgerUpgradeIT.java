package uk.lantern.ledger.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.lantern.ledger.Checkpoint;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerInclusionProof;
import uk.lantern.ledger.LedgerProperties;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.ledger.LedgerVerification;
import uk.lantern.runtime.RunMode;
import uk.lantern.runtime.RuntimeProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation whose ledger was a hash chain, with a checkpoint exported before the upgrade, migrated to the
 * Merkle-tree log: the chain's entries become the tree's first leaves, the old checkpoint still verifies, new
 * entries follow, and tampering with an old entry is still found at that entry.
 */
class LedgerUpgradeIT {

    private static final String APP_ROLE = "lantern_app";
    private static final int CHAINED = 5;

    @TempDir
    static Path dataDir;

    private static EmbeddedPostgres postgres;
    private static CheckpointSigner signer;
    private static Checkpoint exportedBeforeUpgrade;
    private static LedgerIntegrityService integrity;
    private static JdbcLedger ledger;
    private static TransactionTemplate transaction;
    private static JdbcClient superuser;

    @BeforeAll
    static void aChainedLedgerIsUpgraded() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE lantern_owner LOGIN");
            statement.execute("CREATE ROLE " + APP_ROLE + " LOGIN");
            statement.execute("CREATE DATABASE lantern OWNER lantern_owner");
        }
        DataSource owner = postgres.getDatabase("lantern_owner", "lantern");
        migrations(owner).target("19").load().migrate();

        signer = new CheckpointSigner(new LedgerProperties(null, null, null),
                new RuntimeProperties(dataDir, 0, APP_ROLE), new RunMode(true, false, false));
        JdbcClient asOwner = JdbcClient.create(owner);
        String previous = EntryHashing.GENESIS_HASH;
        for (long sequence = 1; sequence <= CHAINED; sequence++) {
            previous = appendChained(asOwner, sequence, previous);
        }
        exportedBeforeUpgrade = signer.signChain(CHAINED, previous, Instant.parse("2026-06-01T12:00:00Z"));

        migrations(owner).load().migrate();

        DataSource app = postgres.getDatabase(APP_ROLE, "lantern");
        JdbcClient jdbc = JdbcClient.create(app);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(app);
        transaction = new TransactionTemplate(transactions);
        StoredTree tree = new StoredTree(jdbc);
        Clock clock = Clock.systemUTC();
        LedgerSequencer sequencer = new LedgerSequencer(app, clock, java.time.Duration.ofMillis(250));
        ledger = new JdbcLedger(jdbc, new JdbcTemplate(app), clock);
        integrity = new LedgerIntegrityService(jdbc, app, transactions, ledger, sequencer, tree, signer, clock);
        superuser = JdbcClient.create(postgres.getDatabase("postgres", "lantern"));
    }

    private static FluentConfiguration migrations(DataSource owner) {
        return Flyway.configure().dataSource(owner).locations("classpath:db/migration")
                .placeholders(Map.of("appRole", APP_ROLE));
    }

    /** Writes an entry exactly as the hash chain did before the upgrade; returns its hash. */
    private static String appendChained(JdbcClient asOwner, long sequence, String previousHash) {
        Instant at = Instant.parse("2026-05-01T09:00:00Z").plusSeconds(sequence);
        String payload = "{\"n\":" + sequence + "}";
        String digest = EntryHashing.payloadDigest(payload);
        String hash = EntryHashing.entryHash(sequence, at, "system:test", null, "THING_DONE", "THING",
                "t" + sequence, digest, previousHash);
        asOwner.sql("INSERT INTO ledger_entry (sequence, recorded_at, actor, agency, action, subject_type, subject_id, "
                        + "payload, payload_digest, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(sequence, at.atOffset(ZoneOffset.UTC), "system:test", null, "THING_DONE", "THING",
                        "t" + sequence, payload, digest, previousHash, hash)
                .update();
        return hash;
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void theChainBecomesTheTreesFirstLeavesAndTheOldCheckpointStillVerifies() {
        LedgerVerification result = integrity.verify(List.of(exportedBeforeUpgrade));
        assertThat(result.problem()).isNull();
        assertThat(result.entriesChecked()).isGreaterThanOrEqualTo(CHAINED);
        assertThat(superuser.sql("SELECT hash, leaf_hash FROM ledger_entry WHERE sequence <= ?").param(CHAINED)
                .query((row, n) -> EntryHashing.chainedLeafHash(row.getString("hash"))
                        .equals(row.getString("leaf_hash"))).list())
                .as("the migration computes each leaf as the ledger's code does").containsOnly(true);

        transaction.executeWithoutResult(status -> ledger.append(new LedgerRecord(LedgerActor.system("test"),
                "THING_DONE", "THING", "after-upgrade", Map.of())));
        Checkpoint tree = integrity.issueCheckpoint(LedgerActor.system("test"));
        assertThat(tree.ofTree()).isTrue();
        assertThat(tree.sequence()).isEqualTo(CHAINED + 1);
        assertThat(integrity.verify(List.of(exportedBeforeUpgrade, tree)).intact()).isTrue();

        LedgerInclusionProof proof = integrity.inclusionProof(3, tree.sequence());
        assertThat(MerkleProofs.verifyInclusion(proof.proof().stream().map(MerkleTree::unhex).toList(), 2,
                tree.sequence(), MerkleTree.unhex(proof.leafHash()), MerkleTree.unhex(tree.hash()))).isTrue();
    }

    @Test
    void anOldEntryChangedAfterTheUpgradeIsFoundAtThatEntry() throws SQLException {
        try (Connection connection = postgres.getDatabase("postgres", "lantern").getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SET session_replication_role = replica");
            statement.execute("UPDATE ledger_entry SET actor = 'mallory' WHERE sequence = 2");
            try {
                LedgerVerification result = integrity.verify(List.of(exportedBeforeUpgrade));
                assertThat(result.intact()).isFalse();
                assertThat(result.firstBadSequence()).isEqualTo(2);
            } finally {
                statement.execute("UPDATE ledger_entry SET actor = 'system:test' WHERE sequence = 2");
            }
        }
        assertThat(integrity.verify(List.of(exportedBeforeUpgrade)).intact()).isTrue();
    }
}
