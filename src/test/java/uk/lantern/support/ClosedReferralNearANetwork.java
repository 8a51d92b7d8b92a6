package uk.lantern.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import uk.lantern.review.HistoricReviews;

/**
 * Builds, through the API, a child's referral closed with no further action after a network was already known to
 * touch the child: a report naming a suspect and a car, and the child's return interview naming the same car. Then,
 * on request, a later report naming the same suspect, which should send the referral for historic review.
 */
public final class ClosedReferralNearANetwork {

    private final IntegrationTestBase test;
    private final HistoricReviews reviews;
    public final String referralId;
    public final String childId;
    public final String suspect;

    public ClosedReferralNearANetwork(IntegrationTestBase test, HistoricReviews reviews, String firstName,
                                      String registration) throws Exception {
        this.test = test;
        this.reviews = reviews;
        ReferredChild referred = ReferredChild.referredBy(test, "referrer", firstName, true);
        this.referralId = referred.referralId();
        this.childId = referred.childId();
        JsonNode report = post("investigator", "/api/v1/intelligence", Map.of(
                "informationDate", today(), "areaCodes", List.of("E08000005"), "sourceEvaluation", "2",
                "intelligenceAssessment", "B", "handlingCode", "P",
                "text", "A man drives girls from the town centre in a grey car.",
                "subjects", List.of(Map.of("type", "person", "role", "SUSPECT", "person",
                                Map.of("firstName", "Rizwan", "surname", "Reviewsuspect")),
                        Map.of("type", "vehicle", "vehicle", Map.of("registration", registration)))), 201);
        this.suspect = report.get("subjects").valueStream()
                .filter(subject -> subject.get("type").asString().equals("PERSON")).findFirst().orElseThrow()
                .get("ref").asString();
        Instant returned = test.clock.instant().minus(Duration.ofHours(2));
        String episode = post("triage", "/api/v1/children/" + childId + "/missing-episodes", Map.of(
                "reportedMissingAt", returned.minus(Duration.ofHours(8)).toString(),
                "returnedAt", returned.toString()), 201).get("id").asString();
        post("triage", "/api/v1/missing-episodes/" + episode + "/return-interview/completion", Map.of(
                "findings", firstName + " said she was driven around in a grey car.",
                "mentions", List.of(Map.of("kind", "VEHICLE", "value", registration))), 200);
        checkEveryNewLink();

        test.clock.advance(Duration.ofMinutes(10));
        referred.closeWithNoFurtherAction(test);
        test.clock.advance(Duration.ofMinutes(10));
    }

    /** Records a later report naming the known suspect again, checks it, and returns the report's reference. */
    public String laterReportNamingTheSuspect() throws Exception {
        String reference = post("investigator", "/api/v1/intelligence", Map.of(
                "informationDate", today(), "sourceEvaluation", "1", "intelligenceAssessment", "A",
                "handlingCode", "P", "text", "The same man was seen with another adult outside a takeaway.",
                "subjects", List.of(Map.of("type", "person", "role", "SUSPECT", "existing", suspect),
                        Map.of("type", "person", "role", "ASSOCIATE", "person",
                                Map.of("firstName", "Tom", "surname", "Reviewassociate")))), 201)
                .get("reference").asString();
        checkEveryNewLink();
        return reference;
    }

    public void checkEveryNewLink() {
        while (reviews.checkNewLinks() > 0) {
            // each call checks one batch of new records
        }
    }

    /** Posts JSON as the user and returns the response body, expecting the status. */
    public JsonNode post(String username, String path, Map<String, ?> body, int expected) throws Exception {
        return test.postJson(username, path, body, expected);
    }

    private String today() {
        return LocalDate.ofInstant(test.clock.instant(), ZoneOffset.UTC).toString();
    }
}
