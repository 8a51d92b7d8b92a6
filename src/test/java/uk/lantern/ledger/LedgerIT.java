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
    void anEntryIsChainedToTheOneBeforeIt() {
        LedgerEntryView first = transaction.execute(status -> ledger.append(new LedgerRecord(
                LedgerActor.system("test"), "THING_DONE", "THING", unique("t"), Map.of("n", 1))));
        LedgerEntryView second = transaction.execute(status -> ledger.append(new LedgerRecord(
                LedgerActor.system("test"), "THING_DONE", "THING", unique("t"), Map.of("n", 2))));
        assertThat(second.sequence()).isGreaterThan(first.sequence());
        assertThat(ledger.latest(50)).anySatisfy(entry -> assertThat(entry.hash()).isEqualTo(first.hash()));
        assertThat(integrity.verify().intact()).isTrue();
    }

    @Test
    void appendsInOneTransactionFollowOneAnother() {
        List<LedgerEntryView> entries = transaction.execute(status -> List.of(thingDone(1), thingDone(2),
                thingDone(3)));
        assertThat(entries.get(1).sequence()).isEqualTo(entries.get(0).sequence() + 1);
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
        assertThat(entries.get(2).sequence()).isEqualTo(entries.get(1).sequence() + 1);
        assertThat(entries.get(2).previousHash()).isEqualTo(entries.get(1).hash());
        assertThat(integrity.verify().intact()).isTrue();
    }

    @Test
    void anAppendAfterARolledBackSavepointFollowsTheEntryThatRemains() {
        TransactionTemplate nested = new TransactionTemplate(transactionManager);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        List<LedgerEntryView> kept = transaction.execute(status -> {
            LedgerEntryView before = thingDone(1);
            nested.executeWithoutResult(inner -> {
                thingDone(2);
                inner.setRollbackOnly();
            });
            return List.of(before, thingDone(3));
        });
        assertThat(kept.get(1).sequence()).isEqualTo(kept.get(0).sequence() + 1);
        assertThat(kept.get(1).previousHash()).isEqualTo(kept.get(0).hash());
        assertThat(integrity.verify().intact()).isTrue();
    }

    @Test
    void anAppendInsideASavepointThatIsRolledBackLeavesTheChainIntact() {
        TransactionTemplate nested = new TransactionTemplate(transactionManager);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        LedgerEntryView after = transaction.execute(status -> {
            nested.executeWithoutResult(inner -> {
                thingDone(1);
                inner.setRollbackOnly();
            });
            return thingDone(2);
        });
        LedgerEntryView previous = ledger.latest(200).stream()
                .filter(entry -> entry.sequence() == after.sequence() - 1).findFirst().orElseThrow();
        assertThat(after.previousHash()).isEqualTo(previous.hash());
        assertThat(integrity.verify().intact()).isTrue();
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
        LedgerEntryView covered = ledger.latest(20).stream()
                .filter(entry -> entry.sequence() == checkpoint.sequence()).findFirst().orElseThrow();
        assertThat(covered.action()).isEqualTo("LEDGER_CHECKPOINT_ISSUED");
        assertThat(covered.actor()).isEqualTo("admin");
        assertThat(covered.hash()).isEqualTo(checkpoint.hash());
        assertThat(integrity.verify(java.util.List.of(checkpoint)).intact()).isTrue();
    }
}
