package uk.lantern.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import uk.lantern.interchange.ImportReport;
import uk.lantern.interchange.Importer;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.resolution.Identities;
import uk.lantern.support.IntegrationTestBase;
import uk.lantern.synth.SynthSpec;
import uk.lantern.synth.SyntheticBundle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A synthetic town imported through the interchange format, resolved as the server resolves it, then checked for
 * historic review: only referrals of children the town's ground truth puts in a planted network are queued, each
 * with a handful of reasons rather than one per imported record, and checking again adds nothing.
 */
/*
 * Its own database: the town's children would otherwise weigh on every other test's figures, and its source ids are
 * those of the other synthetic towns.
 */
@TestPropertySource(properties = "lantern.data-dir=${lantern.test.data-root:target/it-data/default}/review-import")
class HistoricReviewAfterImportIT extends IntegrationTestBase {

    private static final long SEED = 11;
    private static final int CHILDREN = 300;

    @Autowired
    Importer importer;
    @Autowired
    Identities identities;
    @Autowired
    HistoricReviews reviews;

    @Test
    void onlyNetworkChildrensClosedReferralsAreQueuedWithAFewReasonsEach(@TempDir Path bundle) throws Exception {
        SyntheticBundle.write(new SynthSpec(SEED, CHILDREN, clock.instant().truncatedTo(ChronoUnit.DAYS),
                SynthSpec.DEFAULT_MONTHS), bundle);
        ImportReport report = importer.importJsonLines(LedgerActor.system("review-import-test"),
                bundle.resolve("lantern.jsonl"), unique("review-import") + ".jsonl");
        assertThat(report.committed()).as("%s", report.problems()).isTrue();
        while (identities.resolvePending() > 0) {
            // one batch per call, as the scheduled run does
        }
        checkEveryNewLink();

        Set<UUID> networkChildren = networkChildRecords(report.importId(),
                json(Files.readString(bundle.resolve("ground-truth.json"))));
        List<QueuedReview> queued = jdbc.sql("SELECT h.id, c.child_ids, (SELECT count(*) FROM historic_review_reason r "
                        + "WHERE r.review_id = h.id) AS reasons FROM historic_review h JOIN nfa_closure c "
                        + "ON c.referral_id = h.referral_id")
                .query((row, n) -> new QueuedReview(row.getObject("id", UUID.class),
                        Set.of((UUID[]) row.getArray("child_ids").getArray()), row.getInt("reasons")))
                .list();
        long reasons = queued.stream().mapToLong(QueuedReview::reasons).sum();
        int mostReasons = queued.stream().mapToInt(QueuedReview::reasons).max().orElse(0);
        long unrelated = queued.stream().filter(review -> review.children().stream()
                .noneMatch(networkChildren::contains)).count();
        long ledgerEntries = historicReviewLedgerEntries();
        System.out.printf("Historic review after importing %d children: %d reviews (%d of children in no network), "
                        + "%d reasons (at most %d on one review), %d ledger entries%n", CHILDREN, queued.size(),
                unrelated, reasons, mostReasons, ledgerEntries);

        assertThat(queued).as("the planted networks' children had referrals closed before the intelligence came in")
                .isNotEmpty();
        assertThat(unrelated).as("reviews of children in no network").isZero();
        assertThat(mostReasons).as("reasons on one review: one per link, not one per record").isLessThanOrEqualTo(20);

        identities.resolvePending();
        checkEveryNewLink();
        assertThat(historicReviewLedgerEntries()).as("checking again adds nothing").isEqualTo(ledgerEntries);
    }

    private record QueuedReview(UUID id, Set<UUID> children, int reasons) {
    }

    private void checkEveryNewLink() {
        while (reviews.checkNewLinks() > 0) {
            // one batch per call, as the scheduled check does
        }
    }

    private long historicReviewLedgerEntries() {
        return jdbc.sql("SELECT count(*) FROM ledger_entry WHERE action LIKE 'HISTORIC_REVIEW_%'").query(Long.class)
                .single();
    }

    /** The imported child records of the children the ground truth puts in a planted network. */
    private Set<UUID> networkChildRecords(UUID run, JsonNode truth) {
        Map<String, UUID> imported = new HashMap<>();
        jdbc.sql("SELECT source_system, source_id, lantern_id FROM import_record WHERE import_run_id = :run "
                        + "AND record_type = 'child'").param("run", run)
                .query((row, number) -> imported.put(row.getString(1) + "/" + row.getString(2),
                        row.getObject(3, UUID.class))).list();
        Set<UUID> records = new HashSet<>();
        truth.get("children").forEach(child -> {
            if (!child.get("network").isNull()) {
                child.get("records").forEach(record -> {
                    UUID id = imported.get(record.get("sourceSystem").asString() + "/"
                            + record.get("sourceId").asString());
                    if (id != null) {
                        records.add(id);
                    }
                });
            }
        });
        return records;
    }
}
