package uk.lantern.ledger;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class LedgerIT extends IntegrationTestBase {

    @Autowired
    TransactionTemplate transaction;
    @Autowired
    LedgerIntegrity integrity;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void anEntryIsAdmittedAtOnceAndPlacedInTheLogAfterItCommits() {
        String subject = unique("t");
        LedgerEntryView first = transaction.execute(status -> ledger.append(new LedgerRecord(
                LedgerActor.system("test"), "THING_DONE", "THING", subject, Map.of("n", 1))));
        LedgerEntryView second = transaction.execute(status -> ledger.append(new LedgerRecord(
                LedgerActor.system("test"), "THING_DONE", "THING", subject, Map.of("n", 2))));
        assertThat(first.sequence()).isNull();
        assertThat(second.id()).isGreaterThan(first.id());
        assertThat(integrity.verify().intact()).isTrue();
        List<LedgerEntryView> placed = ledger.entriesAbout("THING", subject);
        assertThat(placed).extracting(LedgerEntryView::leafHash).containsExactly(first.leafHash(), second.leafHash());
        assertThat(placed.get(1).sequence()).isGreaterThan(placed.get(0).sequence());
    }

    @Test
    void writersDoNotWaitForAnOpenTransactionThatHasAppended() throws Exception {
        java.util.concurrent.CountDownLatch appended = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread longTransaction = new Thread(() -> transaction.executeWithoutResult(status -> {
            thingDone(1);
            appended.countDown();
            try {
                release.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }));
        longTransaction.start();
        try {
            assertThat(appended.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            long started = System.nanoTime();
            LedgerEntryView meanwhile = transaction.execute(status -> thingDone(2));
            assertThat(meanwhile.id()).isPositive();
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(5));
        } finally {
            release.countDown();
            longTransaction.join(30_000);
        }
        assertThat(integrity.verify().intact()).isTrue();
    }

    @Test
    void theWaitForAPlaceIsCountedFromTheCommitNotFromAdmission() {
        String subject = unique("slow");
        integrity.verify();
        LedgerEntryView admitted = transaction.execute(status -> {
            LedgerEntryView entry = ledger.append(new LedgerRecord(LedgerActor.system("test"), "THING_DONE", "THING",
                    subject, Map.of()));
            try {
                Thread.sleep(1_500);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return entry;
        });
        integrity.verify();
        long sequence = ledger.entriesAbout("THING", subject).get(0).sequence();
        java.time.Instant oldestCommitted = jdbc.sql("SELECT oldest_committed_at FROM ledger_tree_head "
                        + "WHERE size >= ? ORDER BY size LIMIT 1").param(sequence)
                .query(java.time.OffsetDateTime.class).single().toInstant();
        assertThat(oldestCommitted).as("the head that placed it counts from the commit, 1.5 s after admission")
                .isAfter(admitted.recordedAt().plusSeconds(1));
    }

    @Test
    void appendsInOneTransactionArePlacedInTheOrderMade() {
        String subject = unique("t");
        transaction.executeWithoutResult(status -> {
            for (int n = 1; n <= 3; n++) {
                ledger.append(new LedgerRecord(LedgerActor.system("test"), "THING_DONE", "THING", subject,
                        Map.of("n", n)));
            }
        });
        assertThat(integrity.verify().intact()).isTrue();
        List<LedgerEntryView> placed = ledger.entriesAbout("THING", subject);
        assertThat(placed).extracting(LedgerEntryView::payload).containsExactly("{\"n\":1}", "{\"n\":2}", "{\"n\":3}");
        assertThat(placed).extracting(LedgerEntryView::sequence).isSorted().doesNotContainNull();
    }

    @Test
    void appendAllAdmitsEveryEntryInTheCallersTransaction() {
        String subject = unique("bulk");
        List<LedgerRecord> records = java.util.stream.IntStream.rangeClosed(1, 2_500)
                .mapToObj(n -> new LedgerRecord(LedgerActor.system("test"), "THING_DONE", "THING", subject,
                        Map.of("n", n)))
                .toList();
        transaction.executeWithoutResult(status -> ledger.appendAll(records));
        assertThat(integrity.verify().intact()).isTrue();
        List<LedgerEntryView> placed = ledger.entriesAbout("THING", subject);
        assertThat(placed).hasSize(2_500).allSatisfy(entry -> assertThat(entry.sequence()).isNotNull());
        assertThat(placed.get(2_499).payload()).isEqualTo("{\"n\":2500}");
        assertThatThrownBy(() -> ledger.appendAll(records)).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void anEntryInsideASavepointThatIsRolledBackIsNeverPlaced() {
        TransactionTemplate nested = new TransactionTemplate(transactionManager);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        String kept = unique("kept");
        String undone = unique("undone");
        transaction.executeWithoutResult(status -> {
            ledger.append(new LedgerRecord(LedgerActor.system("test"), "THING_DONE", "THING", kept, Map.of()));
            nested.executeWithoutResult(inner -> {
                ledger.append(new LedgerRecord(LedgerActor.system("test"), "THING_DONE", "THING", undone,
                        Map.of()));
                inner.setRollbackOnly();
            });
        });
        assertThat(integrity.verify().intact()).isTrue();
        assertThat(ledger.entriesAbout("THING", kept)).hasSize(1);
        assertThat(ledger.entriesAbout("THING", undone)).isEmpty();
    }

    private LedgerEntryView thingDone(int n) {
        return ledger.append(new LedgerRecord(LedgerActor.system("test"), "THING_DONE", "THING", unique("t"),
                Map.of("n", n)));
    }

    @Test
    void appendingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> ledger.append(new LedgerRecord(LedgerActor.system("test"), "THING_DONE", "THING",
                "x", Map.of()))).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aChangeWhoseEntryCannotBeWrittenIsRolledBack() {
        String name = unique("Rolled back agency ");
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            jdbc.sql("INSERT INTO agency (id, name, agency_type, area_code, created_at) "
                    + "VALUES (gen_random_uuid(), ?, 'HEALTH', 'E08000005', now())").param(name).update();
            // A payload that refers to itself cannot be written as JSON, so the ledger append fails.
            Map<String, Object> circular = new java.util.HashMap<>();
            circular.put("self", circular);
            ledger.append(new LedgerRecord(LedgerActor.system("test"), "AGENCY_CREATED", "AGENCY", name, circular));
        })).isInstanceOf(RuntimeException.class);
        assertThat(directory.agencyNamed(name)).isEmpty();
    }

    @Test
    void theApplicationRoleCannotUpdateDeleteOrTruncateLedgerRows() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE ledger_entry SET actor = 'mallory' WHERE sequence = 1").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM ledger_entry WHERE sequence = 1").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE ledger_entry").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM ledger_checkpoint").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void theApplicationRoleCannotDeleteAnyRecord() {
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM app_user WHERE username = 'nobody'").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM agency WHERE name = 'nobody'").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void anAuditorVerifiesTheLedgerOverTheApi() throws Exception {
        mvc.perform(get("/api/v1/ledger/verification").header("Authorization", bearer(tokenFor("auditor"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.firstBadSequence").doesNotExist())
                .andExpect(jsonPath("$.entriesChecked").isNumber());
    }

    @Test
    void anExportedCheckpointIsSignedCoversTheHeadAndIsRecorded() throws Exception {
        String body = mvc.perform(get("/api/v1/ledger/checkpoints/latest")
                        .header("Authorization", bearer(tokenFor("admin"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.algorithm").value("Ed25519"))
                .andReturn().getResponse().getContentAsString();
        Checkpoint checkpoint = JSON.readValue(body, Checkpoint.class);
        assertThat(integrity.isAuthentic(checkpoint)).isTrue();
        assertThat(checkpoint.ofTree()).isTrue();
        assertThat(checkpoint.note()).startsWith(LedgerProperties.DEFAULT_ORIGIN + "\n" + checkpoint.sequence() + "\n");
        LedgerEntryView issued = ledger.entriesAbout("LEDGER", "log").stream()
                .filter(entry -> entry.payload().contains("\"rootHash\":\"" + checkpoint.hash() + "\"")).findFirst()
                .orElseThrow();
        assertThat(issued.action()).isEqualTo("LEDGER_CHECKPOINT_ISSUED");
        assertThat(issued.actor()).isEqualTo("admin");
        assertThat(issued.payload()).contains("\"treeSize\":" + checkpoint.sequence());
        assertThat(integrity.verify(java.util.List.of(checkpoint)).intact()).isTrue();
    }
}
