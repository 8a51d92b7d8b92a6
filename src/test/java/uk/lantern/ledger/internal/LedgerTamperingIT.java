package uk.lantern.ledger.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import uk.lantern.ledger.Checkpoint;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerIntegrity;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.ledger.LedgerVerification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tampers with the ledger as someone with superuser access to the database could, and checks that verification
 * finds each tampering at the right entry. Runs on its own embedded database and restores every row it changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"lantern.data-dir=${lantern.test.data-root:target/it-data/default}/tampering",
                "lantern.demo.town-children=0"})
@AutoConfigureMockMvc
class LedgerTamperingIT {

    @Autowired
    ObjectProvider<EmbeddedPostgres> embeddedPostgres;
    @Autowired
    Ledger ledger;
    @Autowired
    LedgerIntegrity integrity;
    @Autowired
    LedgerVerifyCommand verifyCommand;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ScheduledCheckpoints scheduledCheckpoints;
    @Autowired
    MockMvc mvc;

    @TempDir
    Path exports;

    /**
     * A superuser connection: to the embedded database, or to an external one named by LANTERN_TEST_SUPERUSER_URL
     * (a JDBC URL with user and password). Without either the tests are skipped.
     */
    private Superuser superuser() throws SQLException {
        EmbeddedPostgres embedded = embeddedPostgres.getIfAvailable();
        if (embedded != null) {
            return new Superuser(embedded.getDatabase("postgres", "lantern").getConnection());
        }
        String url = System.getenv("LANTERN_TEST_SUPERUSER_URL");
        assumeTrue(url != null, "Set LANTERN_TEST_SUPERUSER_URL to tamper with an external database");
        return new Superuser(DriverManager.getConnection(url));
    }

    @BeforeEach
    void someHistory() {
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 10; i++) {
                ledger.append(new LedgerRecord(LedgerActor.system("test"), "THING_DONE", "THING", "t" + i,
                        Map.of("n", i)));
            }
        });
        assertThat(integrity.verify().intact()).isTrue();
    }

    @Test
    void anEditedRowIsFoundAtItsSequence() throws SQLException {
        assertTamperingFound("UPDATE ledger_entry SET actor = 'mallory' WHERE sequence = ?", 4,
                "does not match its hash");
    }

    @Test
    void aDeletedRowIsFoundAtItsSequence() throws SQLException {
        assertTamperingFound("DELETE FROM ledger_entry WHERE sequence = ?", 3, "missing");
    }

    /** Applies the tampering to the entry {@code stepsBack} before the newest, verifies, and restores the rows. */
    private void assertTamperingFound(String tampering, int stepsBack, String expectedProblem) throws SQLException {
        try (Superuser superuser = superuser()) {
            long target = superuser.maxSequence() - stepsBack;
            List<StoredEntry> original = superuser.entries();
            superuser.sql(tampering).param(target).update();
            try {
                LedgerVerification result = integrity.verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.firstBadSequence()).isEqualTo(target);
                assertThat(result.problem()).contains(expectedProblem);
            } finally {
                superuser.restore(original);
            }
        }
        assertThat(integrity.verify().intact()).isTrue();
    }

    @Test
    void aConsistentlyRewrittenChainIsFoundAgainstAnExportedCheckpoint() throws Exception {
        Checkpoint exported = integrity.issueCheckpoint(LedgerActor.system("test"));
        Path checkpointFile = exports.resolve("checkpoint.json");
        Files.writeString(checkpointFile, JsonMapper.builder().build().writeValueAsString(exported));
        assertThat(runVerifyCommand(checkpointFile)).isZero();

        try (Superuser superuser = superuser()) {
            List<StoredEntry> original = superuser.entries();
            List<Map<String, Object>> originalCheckpoints = superuser.sql("SELECT * FROM ledger_checkpoint")
                    .query().listOfRows();
            // Rewrite history from the very first entry, recompute every digest and hash so the chain is
            // self-consistent, and remove the checkpoints kept inside Lantern.
            superuser.rewriteFromFirstEntry(original, "mallory");
            superuser.sql("DELETE FROM ledger_checkpoint").update();
            try {
                assertThat(integrity.verify().intact())
                        .as("a consistent rewrite cannot be seen from the chain alone").isTrue();
                LedgerVerification result = integrity.verify(List.of(exported));
                assertThat(result.intact()).isFalse();
                assertThat(result.firstBadSequence()).isEqualTo(1);
                assertThat(result.problem()).contains("differs from the checkpoint");
                assertThat(runVerifyCommand(checkpointFile)).isEqualTo(LedgerVerifyCommand.BROKEN);
            } finally {
                superuser.restore(original);
                superuser.restoreCheckpoints(originalCheckpoints);
            }
        }
        assertThat(integrity.verify(List.of(exported)).intact()).isTrue();
        assertThat(runVerifyCommand(checkpointFile)).isZero();
    }

    @Test
    void aTruncatedTailIsFoundAgainstAnExportedCheckpoint() throws SQLException {
        Checkpoint exported = integrity.issueCheckpoint(LedgerActor.system("test"));
        try (Superuser superuser = superuser()) {
            List<StoredEntry> original = superuser.entries();
            superuser.sql("DELETE FROM ledger_entry WHERE sequence >= ?").param(exported.sequence() - 1).update();
            try {
                LedgerVerification result = integrity.verify(List.of(exported));
                assertThat(result.intact()).isFalse();
                assertThat(result.firstBadSequence()).isEqualTo(exported.sequence() - 1);
            } finally {
                superuser.restore(original);
            }
        }
    }

    @Test
    void aForgedCheckpointIsRefusedByTheCommand() throws Exception {
        Checkpoint real = integrity.issueCheckpoint(LedgerActor.system("test"));
        Checkpoint forged = new Checkpoint(real.sequence(), "f".repeat(64), real.createdAt(), real.algorithm(),
                real.publicKey(), real.signature());
        Path file = exports.resolve("forged.json");
        Files.writeString(file, JsonMapper.builder().build().writeValueAsString(List.of(forged)));
        assertThat(runVerifyCommand(file)).isEqualTo(LedgerVerifyCommand.BAD_CHECKPOINT);
    }

    /**
     * The attack of issue 12: rewrite the newest entries consistently and set the stored checkpoint's hash to match,
     * with no key. The stored checkpoint's signature no longer holds, so verification finds it.
     */
    @Test
    void aStoredCheckpointWhoseHashWasRewrittenIsFoundByTheApiAndTheCommand() throws Exception {
        String token = auditorToken();
        Checkpoint earlier = integrity.issueCheckpoint(LedgerActor.system("test"));
        someHistory();
        Checkpoint later = integrity.issueCheckpoint(LedgerActor.system("test"));
        try (Superuser superuser = superuser()) {
            List<StoredEntry> original = superuser.entries();
            List<Map<String, Object>> originalCheckpoints = superuser.sql("SELECT * FROM ledger_checkpoint")
                    .query().listOfRows();
            String forgedHash = superuser.rewriteFrom(original, earlier.sequence() + 1, "mallory");
            superuser.sql("UPDATE ledger_checkpoint SET hash = ? WHERE sequence = ?")
                    .params(forgedHash, later.sequence()).update();
            try {
                mvc.perform(get("/api/v1/ledger/verification").header("Authorization", "Bearer " + token))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.intact").value(false))
                        .andExpect(jsonPath("$.firstBadSequence").value(earlier.sequence() + 1))
                        .andExpect(jsonPath("$.problem").value(org.hamcrest.Matchers.containsString(
                                "checkpoint stored for entry " + later.sequence() + " is not signed")));
                ByteArrayOutputStream output = new ByteArrayOutputStream();
                assertThat(verifyCommand.run(List.of(), new PrintStream(output, true, StandardCharsets.UTF_8)))
                        .isEqualTo(LedgerVerifyCommand.BROKEN);
                assertThat(output.toString(StandardCharsets.UTF_8)).contains("Ledger BROKEN at entry "
                        + (earlier.sequence() + 1));
                mvc.perform(get("/api/v1/ledger/checkpoints/latest").header("Authorization", "Bearer " + token))
                        .andExpect(status().isConflict())
                        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                                "entry " + later.sequence())));
                assertThat(integrity.latestCheckpoint()).contains(earlier);
            } finally {
                superuser.restore(original);
                superuser.sql("DELETE FROM ledger_checkpoint").update();
                superuser.restoreCheckpoints(originalCheckpoints);
            }
        }
        assertThat(integrity.verify().intact()).isTrue();
    }

    @Test
    void aCheckpointIsIssuedOnScheduleOnlyWhenTheHeadHasMoved() {
        scheduledCheckpoints.issue();
        Checkpoint scheduled = integrity.latestCheckpoint().orElseThrow();
        long head = transaction.execute(status -> ledger.append(new LedgerRecord(LedgerActor.system("test"),
                "THING_DONE", "THING", "probe", Map.of())).sequence()) - 1;
        assertThat(scheduled.sequence()).isEqualTo(head);
        assertThat(integrity.isAuthentic(scheduled)).isTrue();

        scheduledCheckpoints.issue();
        Checkpoint next = integrity.latestCheckpoint().orElseThrow();
        assertThat(next.sequence()).isEqualTo(head + 2);
        scheduledCheckpoints.issue();
        assertThat(integrity.latestCheckpoint()).contains(next);
    }

    @Test
    void deletingTheNewestEntriesIsFoundOnceAScheduledCheckpointCoversThem() throws SQLException {
        scheduledCheckpoints.issue();
        long covered = integrity.latestCheckpoint().orElseThrow().sequence();
        try (Superuser superuser = superuser()) {
            List<StoredEntry> original = superuser.entries();
            superuser.sql("DELETE FROM ledger_entry WHERE sequence > ?").param(covered - 3).update();
            try {
                LedgerVerification result = integrity.verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.firstBadSequence()).isEqualTo(covered - 2);
                assertThat(result.problem()).contains("the chain ends at entry " + (covered - 3));
            } finally {
                superuser.restore(original);
            }
        }
        assertThat(integrity.verify().intact()).isTrue();
    }

    private String auditorToken() throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"auditor\",\"password\":\"lantern-demo\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonMapper.builder().build().readTree(body).get("token").asString();
    }

    @Test
    void theCommandReportsMisuse() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = verifyCommand.run(List.of("--checkpoint"), new PrintStream(output, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(LedgerVerifyCommand.USAGE);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("Usage:");
    }

    private int runVerifyCommand(Path checkpointFile) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        return verifyCommand.run(List.of("--checkpoint", checkpointFile.toString()),
                new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    /** A superuser connection with triggers switched off, as an attacker with database access would have. */
    private static final class Superuser implements AutoCloseable {

        private final SingleConnectionDataSource dataSource;
        private final JdbcClient jdbc;

        Superuser(Connection connection) {
            this.dataSource = new SingleConnectionDataSource(connection, true);
            this.jdbc = JdbcClient.create(dataSource);
            jdbc.sql("SET session_replication_role = replica").update();
        }

        JdbcClient.StatementSpec sql(String sql) {
            return jdbc.sql(sql);
        }

        long maxSequence() {
            return jdbc.sql("SELECT max(sequence) FROM ledger_entry").query(Long.class).single();
        }

        List<StoredEntry> entries() {
            return jdbc.sql("SELECT " + StoredEntry.COLUMNS + " FROM ledger_entry ORDER BY sequence")
                    .query(StoredEntry::fromRow).list();
        }

        void rewriteFromFirstEntry(List<StoredEntry> entries, String newFirstActor) {
            rewriteFrom(entries, 1, newFirstActor);
        }

        /**
         * Changes the actor of entry {@code first} and recomputes every later hash, so the chain is consistent in
         * itself. Returns the new hash of the newest entry.
         */
        String rewriteFrom(List<StoredEntry> entries, long first, String newActor) {
            String previous = EntryHashing.GENESIS_HASH;
            for (StoredEntry entry : entries) {
                if (entry.sequence() < first) {
                    previous = entry.hash();
                    continue;
                }
                String actor = entry.sequence() == first ? newActor : entry.actor();
                String hash = EntryHashing.entryHash(entry.sequence(), entry.recordedAt(), actor, entry.agency(),
                        entry.action(), entry.subjectType(), entry.subjectId(), entry.payloadDigest(), previous);
                jdbc.sql("UPDATE ledger_entry SET actor = ?, previous_hash = ?, hash = ? WHERE sequence = ?")
                        .params(actor, previous, hash, entry.sequence()).update();
                previous = hash;
            }
            return previous;
        }

        void restore(List<StoredEntry> entries) {
            jdbc.sql("DELETE FROM ledger_entry").update();
            for (StoredEntry entry : entries) {
                jdbc.sql("INSERT INTO ledger_entry (" + StoredEntry.COLUMNS
                                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(entry.sequence(), entry.recordedAt().atOffset(ZoneOffset.UTC), entry.actor(),
                                entry.agency(), entry.action(), entry.subjectType(), entry.subjectId(),
                                entry.payload(), entry.payloadDigest(), entry.previousHash(), entry.hash())
                        .update();
            }
        }

        void restoreCheckpoints(List<Map<String, Object>> rows) {
            for (Map<String, Object> row : rows) {
                jdbc.sql("INSERT INTO ledger_checkpoint (sequence, hash, created_at, public_key, signature) "
                                + "VALUES (?, ?, ?, ?, ?)")
                        .params(row.get("sequence"), row.get("hash"), row.get("created_at"), row.get("public_key"),
                                row.get("signature"))
                        .update();
            }
        }

        @Override
        public void close() {
            dataSource.destroy();
        }
    }
}
