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
import java.util.function.Predicate;

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
 * historic review: the planted networks' children are queued, no child the town never exploited is, each review has a
 * handful of reasons rather than one per imported record, and checking again adds nothing.
 */
/*
 * Its own database: the town's children would otherwise weigh on every other test's figures, and its source ids are
 * those of the other synthetic towns. The scheduled resolution and check wait, so that the test decides the order.
 */
@TestPropertySource(properties = {"lantern.data-dir=${lantern.test.data-root:target/it-data/default}/review-import",
        "lantern.review.check-interval=PT1H", "lantern.resolution.interval=PT1H"})
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
    void networkChildrenAreQueuedAndNoChildNeverExploitedIsWithAFewReasonsEach(@TempDir Path bundle) throws Exception {
        SyntheticBundle.write(new SynthSpec(SEED, CHILDREN, clock.instant().truncatedTo(ChronoUnit.DAYS),
                SynthSpec.DEFAULT_MONTHS), bundle);
        ImportReport report = importer.importJsonLines(LedgerActor.system("review-import-test"),
                bundle.resolve("lantern.jsonl"), unique("review-import") + ".jsonl");
        assertThat(report.committed()).as("%s", report.problems()).isTrue();
        // The records reach the check before resolution has matched them, as they may on the server.
        checkEveryNewLink();
        while (identities.resolvePending() > 0) {
            // one batch per call, as the scheduled run does
        }
        checkEveryNewLink();

        JsonNode truth = json(Files.readString(bundle.resolve("ground-truth.json")));
        Set<UUID> networkChildren = childRecords(report.importId(), truth, child -> !child.get("network").isNull());
        Set<UUID> exploitedChildren = childRecords(report.importId(), truth,
                child -> !child.get("cse").asString().equals("NONE"));
        List<QueuedReview> queued = jdbc.sql("SELECT h.id, c.child_ids, (SELECT count(*) FROM historic_review_reason r "
                        + "WHERE r.review_id = h.id) AS reasons FROM historic_review h JOIN nfa_closure c "
                        + "ON c.referral_id = h.referral_id")
                .query((row, n) -> new QueuedReview(row.getObject("id", UUID.class),
                        Set.of((UUID[]) row.getArray("child_ids").getArray()), row.getInt("reasons")))
                .list();
        long reasons = queued.stream().mapToLong(QueuedReview::reasons).sum();
        int mostReasons = queued.stream().mapToInt(QueuedReview::reasons).max().orElse(0);
        long ofNetworkChildren = queued.stream().filter(review -> review.children().stream()
                .anyMatch(networkChildren::contains)).count();
        long unrelated = queued.stream().filter(review -> review.children().stream()
                .noneMatch(exploitedChildren::contains)).count();
        long ledgerEntries = historicReviewLedgerEntries();
        System.out.printf("Historic review after importing %d children: %d reviews (%d of children in a network, %d of "
                        + "children never exploited), %d reasons (at most %d on one review), %d ledger entries%n",
                CHILDREN, queued.size(), ofNetworkChildren, unrelated, reasons, mostReasons, ledgerEntries);

        assertThat(ofNetworkChildren).as("the planted networks' children had referrals closed before the intelligence "
                + "came in").isPositive();
        assertThat(queued.stream().filter(review -> review.children().stream().noneMatch(exploitedChildren::contains))
                .flatMap(review -> reasonsOf(review.id()).stream()))
                .as("a child the town never exploited is queued only by a CSE referral from another agency, or by "
                        + "intelligence about something the child named; never by the child's own records or a busy "
                        + "place")
                .allSatisfy(reason -> assertThat(reason).matches("(?s)intel_report:.*|.*(CSE referral|graded).*"));
        assertThat(mostReasons).as("reasons on one review: one per link, not one per record").isLessThanOrEqualTo(20);

        jdbc.sql("UPDATE review_trigger SET checked_at = NULL").update();
        checkEveryNewLink();
        assertThat(jdbc.sql("SELECT count(*) FROM historic_review_reason").query(Long.class).single())
                .as("checking every record again adds no reason").isEqualTo(reasons);
        assertThat(historicReviewLedgerEntries()).as("nor any ledger entry").isEqualTo(ledgerEntries);
    }

    /** Each reason of a review as its record and chain. */
    private List<String> reasonsOf(UUID review) {
        return jdbc.sql("SELECT source || ' ' || links FROM historic_review_reason WHERE review_id = ?").param(review)
                .query(String.class).list();
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

    /** The imported child records of the children of the ground truth that match. */
    private Set<UUID> childRecords(UUID run, JsonNode truth, Predicate<JsonNode> matching) {
        Map<String, UUID> imported = new HashMap<>();
        jdbc.sql("SELECT source_system, source_id, lantern_id FROM import_record WHERE import_run_id = :run "
                        + "AND record_type = 'child'").param("run", run)
                .query((row, number) -> imported.put(row.getString(1) + "/" + row.getString(2),
                        row.getObject(3, UUID.class))).list();
        Set<UUID> records = new HashSet<>();
        truth.get("children").forEach(child -> {
            if (matching.test(child)) {
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
