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
import uk.lantern.ledger.LedgerConsistencyProof;
import uk.lantern.ledger.LedgerInclusionProof;
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
        assertThat(integrity.verify().problem()).isNull();
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
            Snapshot original = superuser.snapshot();
            superuser.tamper(tampering, target);
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
    void aConsistentlyRewrittenLogIsFoundAgainstAnExportedCheckpoint() throws Exception {
        Checkpoint exported = integrity.issueCheckpoint(LedgerActor.system("test"));
        Path checkpointFile = exports.resolve("checkpoint.json");
        Files.writeString(checkpointFile, JsonMapper.builder().build().writeValueAsString(exported));
        assertThat(runVerifyCommand(checkpointFile)).isZero();

        try (Superuser superuser = superuser()) {
            Snapshot original = superuser.snapshot();
            // Rewrite history from the very first entry, recompute its hash and the whole tree so the log is
            // self-consistent, and remove the checkpoints kept inside Lantern.
            superuser.rewriteFrom(original.entries(), 1, "mallory");
            superuser.tamper("DELETE FROM ledger_checkpoint");
            try {
                assertThat(integrity.verify().intact())
                        .as("a consistent rewrite cannot be seen from the log alone").isTrue();
                LedgerVerification result = integrity.verify(List.of(exported));
                assertThat(result.intact()).isFalse();
                assertThat(result.firstBadSequence()).isEqualTo(1);
                assertThat(result.problem()).contains("differs from the checkpoint");
                assertThat(runVerifyCommand(checkpointFile)).isEqualTo(LedgerVerifyCommand.BROKEN);
            } finally {
                superuser.restore(original);
            }
        }
        assertThat(integrity.verify(List.of(exported)).intact()).isTrue();
        assertThat(runVerifyCommand(checkpointFile)).isZero();
    }

    @Test
    void aRewrittenTreeFailsTheConsistencyProofFromAnEarlierCheckpoint() throws SQLException {
        Checkpoint kept = integrity.issueCheckpoint(LedgerActor.system("test"));
        someHistory();
        Checkpoint later = integrity.issueCheckpoint(LedgerActor.system("test"));
        LedgerConsistencyProof honest = integrity.consistencyProof(kept.sequence(), later.sequence());
        assertThat(MerkleProofs.verifyConsistency(unhex(honest.proof()), kept.sequence(),
                MerkleTree.unhex(kept.hash()), later.sequence(), MerkleTree.unhex(later.hash()))).isTrue();
        try (Superuser superuser = superuser()) {
            Snapshot original = superuser.snapshot();
            superuser.rewriteFrom(original.entries(), kept.sequence() - 2, "mallory");
            try {
                integrity.verify();
                LedgerConsistencyProof rewritten = integrity.consistencyProof(kept.sequence(), later.sequence());
                assertThat(rewritten.toRoot()).isNotEqualTo(later.hash());
                assertThat(MerkleProofs.verifyConsistency(unhex(rewritten.proof()), kept.sequence(),
                        MerkleTree.unhex(kept.hash()), later.sequence(), MerkleTree.unhex(rewritten.toRoot())))
                        .as("no proof takes the kept checkpoint to the rewritten tree").isFalse();
            } finally {
                superuser.restore(original);
            }
        }
    }

    @Test
    void aProofAgainstACheckpointThatDoesNotIncludeTheEntryIsRefused() throws Exception {
        Checkpoint earlier = integrity.issueCheckpoint(LedgerActor.system("test"));
        someHistory();
        Checkpoint later = integrity.issueCheckpoint(LedgerActor.system("test"));
        long newer = later.sequence();
        mvc.perform(get("/api/v1/ledger/proofs/inclusion").param("entry", Long.toString(newer))
                        .param("treeSize", Long.toString(earlier.sequence()))
                        .header("Authorization", "Bearer " + auditorToken()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("entry"));
        LedgerInclusionProof proof = integrity.inclusionProof(newer, later.sequence());
        byte[] leaf = MerkleTree.unhex(proof.leafHash());
        assertThat(MerkleProofs.verifyInclusion(unhex(proof.proof()), newer - 1, later.sequence(), leaf,
                MerkleTree.unhex(later.hash()))).isTrue();
        assertThat(MerkleProofs.verifyInclusion(unhex(proof.proof()), newer - 1, earlier.sequence(), leaf,
                MerkleTree.unhex(earlier.hash()))).isFalse();
        assertThat(MerkleProofs.verifyInclusion(unhex(proof.proof()), newer - 1, later.sequence(), leaf,
                MerkleTree.unhex(earlier.hash()))).isFalse();
    }

    @Test
    void aProofIsRefusedWhenTheStoredTreeNoLongerGivesTheSignedRoot() throws Exception {
        someHistory();
        someHistory();
        Checkpoint signed = integrity.issueCheckpoint(LedgerActor.system("test"));
        String token = auditorToken();
        String proofOfEntry20 = "/api/v1/ledger/proofs/inclusion?entry=20&treeSize=" + signed.sequence();
        mvc.perform(get(proofOfEntry20).header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        try (Superuser superuser = superuser()) {
            Snapshot original = superuser.snapshot();
            superuser.tamper("UPDATE ledger_tree_node SET hash = ? WHERE level = 4 AND index = 0", "e".repeat(64));
            try {
                mvc.perform(get(proofOfEntry20).header("Authorization", "Bearer " + token))
                        .andExpect(status().isConflict())
                        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                                "does not give the root of the checkpoint of " + signed.sequence() + " entries")));
                LedgerVerification result = integrity.verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.firstBadSequence()).isEqualTo(1);
                assertThat(result.problem()).contains("stored hash of entries 1 to 16");
            } finally {
                superuser.restore(original);
            }
        }
        assertThat(integrity.verify().intact()).isTrue();
    }

    private static List<byte[]> unhex(List<String> hashes) {
        return hashes.stream().map(MerkleTree::unhex).toList();
    }

    @Test
    void aTruncatedTailIsFoundAgainstAnExportedCheckpoint() throws SQLException {
        Checkpoint exported = integrity.issueCheckpoint(LedgerActor.system("test"));
        try (Superuser superuser = superuser()) {
            Snapshot original = superuser.snapshot();
            superuser.tamper("DELETE FROM ledger_entry WHERE sequence >= ?", exported.sequence() - 1);
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
                real.publicKey(), real.signature(), real.note());
        Path file = exports.resolve("forged.json");
        Files.writeString(file, JsonMapper.builder().build().writeValueAsString(List.of(forged)));
        assertThat(runVerifyCommand(file)).isEqualTo(LedgerVerifyCommand.BAD_CHECKPOINT);
    }

    /**
     * Rewrite the newest entries consistently and set the stored checkpoint's root to match, with no key. The stored
     * checkpoint's signature no longer holds, so verification finds it.
     */
    @Test
    void aStoredCheckpointWhoseHashWasRewrittenIsFoundByTheApiAndTheCommand() throws Exception {
        String token = auditorToken();
        Checkpoint earlier = integrity.issueCheckpoint(LedgerActor.system("test"));
        someHistory();
        Checkpoint later = integrity.issueCheckpoint(LedgerActor.system("test"));
        try (Superuser superuser = superuser()) {
            Snapshot original = superuser.snapshot();
            superuser.rewriteFrom(original.entries(), earlier.sequence() + 1, "mallory");
            integrity.verify();
            String forgedRoot = integrity.consistencyProof(earlier.sequence(), later.sequence()).toRoot();
            superuser.tamper("UPDATE ledger_checkpoint SET hash = ? WHERE sequence = ?", forgedRoot, later.sequence());
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
            }
        }
        assertThat(integrity.verify().intact()).isTrue();
    }

    @Test
    void aCheckpointIsIssuedOnScheduleOnlyWhenTheLogHasMoved() {
        scheduledCheckpoints.issue();
        Checkpoint scheduled = integrity.latestCheckpoint().orElseThrow();
        assertThat(integrity.isAuthentic(scheduled)).isTrue();
        scheduledCheckpoints.issue();
        assertThat(integrity.latestCheckpoint()).as("only the record of the checkpoint came since")
                .contains(scheduled);

        transaction.executeWithoutResult(status -> ledger.append(new LedgerRecord(LedgerActor.system("test"),
                "THING_DONE", "THING", "probe", Map.of())));
        scheduledCheckpoints.issue();
        Checkpoint next = integrity.latestCheckpoint().orElseThrow();
        assertThat(next.sequence()).isEqualTo(scheduled.sequence() + 2);
        scheduledCheckpoints.issue();
        assertThat(integrity.latestCheckpoint()).contains(next);
    }

    @Test
    void deletingTheNewestEntriesIsFoundOnceAScheduledCheckpointCoversThem() throws SQLException {
        scheduledCheckpoints.issue();
        long covered = integrity.latestCheckpoint().orElseThrow().sequence();
        try (Superuser superuser = superuser()) {
            Snapshot original = superuser.snapshot();
            superuser.tamper("DELETE FROM ledger_entry WHERE sequence > ?", covered - 3);
            try {
                LedgerVerification result = integrity.verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.firstBadSequence()).isEqualTo(covered - 2);
                assertThat(result.problem()).contains("the log ends at entry " + (covered - 3));
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

    /** Every ledger table's rows, to put back after tampering. */
    private record Snapshot(List<StoredEntry> entries, List<Map<String, Object>> nodes,
                            List<Map<String, Object>> heads, List<Map<String, Object>> checkpoints) {
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

        long maxSequence() {
            return jdbc.sql("SELECT max(sequence) FROM ledger_entry").query(Long.class).single();
        }

        /** One change, made while the sequencer waits, as an attacker who knows the sequencer would. */
        void tamper(String sql, Object... params) {
            jdbc.sql("BEGIN").update();
            holdTheSequencer();
            jdbc.sql(sql).params(params).update();
            jdbc.sql("COMMIT").update();
        }

        /** Keeps the running sequencer from working on rows this transaction is about to replace. */
        private void holdTheSequencer() {
            jdbc.sql("SELECT pg_advisory_xact_lock(x'4c616e7465726f'::bigint)").query().listOfRows();
        }

        /** One consistent view of every table, taken while the sequencer may be at work. */
        Snapshot snapshot() {
            jdbc.sql("BEGIN ISOLATION LEVEL REPEATABLE READ").update();
            Snapshot snapshot = new Snapshot(
                    jdbc.sql("SELECT " + StoredEntry.COLUMNS + " FROM ledger_entry ORDER BY id")
                            .query(StoredEntry::fromRow).list(),
                    jdbc.sql("SELECT * FROM ledger_tree_node").query().listOfRows(),
                    jdbc.sql("SELECT * FROM ledger_tree_head").query().listOfRows(),
                    jdbc.sql("SELECT * FROM ledger_checkpoint").query().listOfRows());
            jdbc.sql("COMMIT").update();
            return snapshot;
        }

        /**
         * Changes the actor of entry {@code first} and recomputes its hash, and drops the stored tree, which the
         * sequencer then rebuilds from the entries as they now are: a log consistent in itself.
         */
        void rewriteFrom(List<StoredEntry> entries, long first, String newActor) {
            jdbc.sql("BEGIN").update();
            holdTheSequencer();
            StoredEntry entry = entries.stream().filter(candidate -> Long.valueOf(first).equals(candidate.sequence()))
                    .findFirst().orElseThrow();
            String leaf = EntryHashing.leafHash(entry.recordedAt(), newActor, entry.agency(), entry.action(),
                    entry.subjectType(), entry.subjectId(), entry.payloadDigest());
            jdbc.sql("UPDATE ledger_entry SET actor = ?, leaf_hash = ? WHERE sequence = ?")
                    .params(newActor, leaf, first).update();
            jdbc.sql("DELETE FROM ledger_tree_node").update();
            jdbc.sql("DELETE FROM ledger_tree_head").update();
            jdbc.sql("COMMIT").update();
        }

        /** In one transaction, so the running sequencer never sees half a restore. */
        void restore(Snapshot snapshot) {
            jdbc.sql("BEGIN").update();
            holdTheSequencer();
            jdbc.sql("DELETE FROM ledger_entry").update();
            for (StoredEntry entry : snapshot.entries()) {
                jdbc.sql("INSERT INTO ledger_entry (" + StoredEntry.COLUMNS
                                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(entry.id(), entry.sequence(), entry.recordedAt().atOffset(ZoneOffset.UTC),
                                entry.actor(), entry.agency(), entry.action(), entry.subjectType(),
                                entry.subjectId(), entry.payload(), entry.payloadDigest(), entry.previousHash(),
                                entry.hash(), entry.leafHash())
                        .update();
            }
            restoreRows("ledger_tree_node", snapshot.nodes());
            restoreRows("ledger_tree_head", snapshot.heads());
            restoreRows("ledger_checkpoint", snapshot.checkpoints());
            jdbc.sql("COMMIT").update();
        }

        private void restoreRows(String table, List<Map<String, Object>> rows) {
            jdbc.sql("DELETE FROM " + table).update();
            for (Map<String, Object> row : rows) {
                String columns = String.join(", ", row.keySet());
                String marks = String.join(", ", java.util.Collections.nCopies(row.size(), "?"));
                jdbc.sql("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")")
                        .params(new java.util.ArrayList<>(row.values())).update();
            }
        }

        @Override
        public void close() {
            dataSource.destroy();
        }
    }
}
