package uk.lantern.review;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import uk.lantern.ledger.LedgerActor;
import uk.lantern.people.ChildInput;
import uk.lantern.people.Children;
import uk.lantern.support.ClosedReferralNearANetwork;
import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.ReferredChild;
import uk.lantern.support.ReviewQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Which closed referrals new information sends back, and how their reasons stay one per link: matching a child's own
 * records is not new information, a link to a network is, and so is a CSE referral from another agency; the same
 * link seen again updates its reason, and every change is in the ledger in the same transaction.
 */
class HistoricReviewLinksIT extends IntegrationTestBase {

    private static final Set<String> REVIEW_CHANGES = Set.of("HISTORIC_REVIEW_QUEUED", "HISTORIC_REVIEW_REASON_ADDED");

    @Autowired
    HistoricReviews reviews;
    @Autowired
    Children children;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void matchingAChildsOwnRecordsQueuesNothingWhileANetworkLinkQueuesOneReasonPerLink() throws Exception {
        ReferredChild unrelated = closedWithNothingElseKnown("Ula");
        ReferredChild otherUnrelated = closedWithNothingElseKnown("Una");
        ClosedReferralNearANetwork known = new ClosedReferralNearANetwork(this, reviews, "Kai", "RV19 KAI");
        ClosedReferralNearANetwork otherKnown = new ClosedReferralNearANetwork(this, reviews, "Kit", "RV19 KIT");

        matchWithSchoolRecord(unrelated.childId(), "Ula");
        matchWithSchoolRecord(otherUnrelated.childId(), "Una");
        matchWithSchoolRecord(known.childId, "Kai");
        matchWithSchoolRecord(otherKnown.childId, "Kit");
        known.checkEveryNewLink();
        assertThat(queued(unrelated.referralId())).as("the child's school record matched: nothing new").isNull();
        assertThat(queued(otherUnrelated.referralId())).isNull();
        assertThat(queued(known.referralId)).as("the match alone links no evidence").isNull();

        String firstReport = known.laterReportNamingTheSuspect();
        otherKnown.laterReportNamingTheSuspect();
        clock.advance(Duration.ofMinutes(5));
        Instant beforeSecondReport = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String secondReport = known.laterReportNamingTheSuspect();

        assertThat(queued(unrelated.referralId())).isNull();
        assertThat(queued(otherUnrelated.referralId())).isNull();
        JsonNode review = queued(known.referralId);
        assertThat(review.get("reasons")).as("both reports reach Kai by the same return interview").hasSize(1);
        JsonNode reason = review.get("reasons").get(0);
        assertThat(reason.get("sourceLabel").asString()).isEqualTo(firstReport);
        assertThat(reason.get("lastSourceLabel").asString()).isEqualTo(secondReport);
        assertThat(Instant.parse(reason.get("lastSeenAt").asString())).isAfterOrEqualTo(beforeSecondReport)
                .isAfter(Instant.parse(reason.get("foundAt").asString()));
        assertThat(mvc.perform(get("/historic-reviews/" + review.get("id").asString()).session(signIn("manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .as("the review page says when and in which record the link was last seen")
                .contains("last seen", "in " + secondReport);
        assertThat(queued(otherKnown.referralId).get("reasons")).hasSize(1);
        assertThat(reviewChanges(known.referralId)).as("one entry: the review queued with its reason")
                .containsExactly("HISTORIC_REVIEW_QUEUED");
        assertThat(lastEntry("REFERRAL", known.referralId, "HISTORIC_REVIEW_QUEUED").payload())
                .contains(firstReport, known.childId, "return_interview:");

        String reportNamingKai = postJson("investigator", "/api/v1/intelligence", Map.of(
                "informationDate", "2026-11-30", "sourceEvaluation", "2", "intelligenceAssessment", "B",
                "handlingCode", "P", "text", "Kai was seen in the grey car again.",
                "subjects", List.of(Map.of("type", "child", "role", "VICTIM", "existing",
                        "child:" + known.childId))), 201)
                .get("reference").asString();
        known.checkEveryNewLink();
        assertThat(queued(known.referralId).get("reasons")).as("a report naming Kai is a link of its own")
                .hasSize(2).anySatisfy(each -> assertThat(each.get("links").get(0).asString())
                        .startsWith(reportNamingKai + " names child Kai Testchild"));
        assertThat(reviewChanges(known.referralId))
                .containsExactly("HISTORIC_REVIEW_QUEUED", "HISTORIC_REVIEW_REASON_ADDED");
        assertThat(jdbc.sql("SELECT count(*) = count(DISTINCT (review_id, link_key)) FROM historic_review_reason")
                .query(Boolean.class).single()).as("one reason per link on every review").isTrue();
    }

    @Test
    void checkingTheSameEvidenceAgainAddsNoReasonAndNoLedgerEntry() throws Exception {
        Instant started = clock.instant();
        ClosedReferralNearANetwork known = new ClosedReferralNearANetwork(this, reviews, "Lee", "RV19 LEE");
        known.laterReportNamingTheSuspect();
        List<String> changes = reviewChanges(known.referralId);
        int reasons = queued(known.referralId).get("reasons").size();

        clock.advance(Duration.ofMinutes(5));
        Instant checkedAgain = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("UPDATE review_trigger SET checked_at = NULL WHERE recorded_at >= ?")
                .param(started.atOffset(ZoneOffset.UTC)).update();
        known.checkEveryNewLink();

        JsonNode review = queued(known.referralId);
        assertThat(review.get("reasons")).hasSize(reasons);
        assertThat(Instant.parse(review.get("reasons").get(0).get("lastSeenAt").asString()))
                .as("seen again just now").isAfterOrEqualTo(checkedAgain);
        assertThat(reviewChanges(known.referralId)).isEqualTo(changes);
    }

    @Test
    void aReviewIsQueuedOnlyWithItsLedgerEntryInTheSameTransaction() throws Exception {
        ClosedReferralNearANetwork known = new ClosedReferralNearANetwork(this, reviews, "Mo", "RV19 MOA");
        postJson("investigator", "/api/v1/intelligence", Map.of(
                "informationDate", "2026-11-30", "sourceEvaluation", "1", "intelligenceAssessment", "A",
                "handlingCode", "P", "text", "The same man again.",
                "subjects", List.of(Map.of("type", "person", "role", "SUSPECT", "existing", known.suspect))), 201);

        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        rolledBack.executeWithoutResult(transaction -> {
            known.checkEveryNewLink();
            assertThat(reviewsOf(known.referralId)).isEqualTo(1);
            assertThat(reviewChanges(known.referralId)).containsExactly("HISTORIC_REVIEW_QUEUED");
            transaction.setRollbackOnly();
        });
        assertThat(reviewsOf(known.referralId)).as("rolled back with its ledger entry").isZero();
        assertThat(reviewChanges(known.referralId)).isEmpty();

        known.checkEveryNewLink();
        assertThat(reviewsOf(known.referralId)).isEqualTo(1);
        assertThat(reviewChanges(known.referralId)).containsExactly("HISTORIC_REVIEW_QUEUED");
    }

    @Test
    void aLaterCseReferralFromAnotherAgencyAboutTheSameChildSendsTheClosedReferralBack() throws Exception {
        ReferredChild closed = closedWithNothingElseKnown("Nel");
        ReferredChild fromSchool = ReferredChild.referredBy(this, "referrer.oldham", "Nel", true);
        ReferredChild otherClosed = closedWithNothingElseKnown("Ned");
        ReferredChild fromTheClosingAgency = ReferredChild.referredBy(this, "socialworker", "Ned", true);
        ReferredChild withoutCse = ReferredChild.referredBy(this, "referrer.oldham", "Ned", false);
        reviews.checkNewLinks();
        assertThat(queued(closed.referralId())).as("not yet known to be the same child").isNull();

        merge(closed.childId(), fromSchool.childId());
        merge(otherClosed.childId(), fromTheClosingAgency.childId());
        merge(otherClosed.childId(), withoutCse.childId());
        reviews.checkNewLinks();

        JsonNode review = queued(closed.referralId());
        assertThat(review).as("a CSE referral from the school about the same child").isNotNull();
        String reference = jdbc.sql("SELECT reference FROM referral WHERE id = ?::uuid")
                .param(fromSchool.referralId()).query(String.class).single();
        assertThat(review.get("reasons").get(0).get("links").get(0).asString())
                .startsWith("CSE referral " + reference + " (from another agency");
        assertThat(lastEntry("REFERRAL", closed.referralId(), "HISTORIC_REVIEW_QUEUED").payload())
                .contains("referral:" + fromSchool.referralId());
        assertThat(queued(otherClosed.referralId()))
                .as("a CSE referral from the agency that closed it, and a referral without a CSE concern").isNull();
    }

    private ReferredChild closedWithNothingElseKnown(String firstName) throws Exception {
        ReferredChild child = ReferredChild.referredBy(this, "referrer", firstName, true);
        clock.advance(Duration.ofMinutes(10));
        child.closeWithNoFurtherAction(this);
        clock.advance(Duration.ofMinutes(10));
        return child;
    }

    /** The child's school registers its own record of the child, and an analyst finds it is the same child. */
    private void matchWithSchoolRecord(String childId, String firstName) throws Exception {
        String school = children.register(LedgerActor.system("school-records-test"), new ChildInput(firstName,
                "Testchild", "2011-04-23", false, null, null, null, null, null, null, null, null, "E08000005",
                "Brookside Academy (demo)", List.of(), List.of(), null), "child").id().toString();
        merge(childId, school);
    }

    private void merge(String record, String otherRecord) throws Exception {
        postJson("analyst", "/api/v1/resolution/identities/merge?kind=CHILD", Map.of("record", record,
                "otherRecord", otherRecord, "reason", "Same name, date of birth and address in both systems"), 200);
    }

    private JsonNode queued(String referralId) throws Exception {
        return ReviewQueue.queuedReviewOf(this, referralId);
    }

    private List<String> reviewChanges(String referralId) {
        return ledger.entriesAbout("REFERRAL", referralId).stream().map(entry -> entry.action())
                .filter(REVIEW_CHANGES::contains).toList();
    }

    private int reviewsOf(String referralId) {
        return jdbc.sql("SELECT count(*) FROM historic_review WHERE referral_id = ?::uuid").param(referralId)
                .query(Integer.class).single();
    }
}
