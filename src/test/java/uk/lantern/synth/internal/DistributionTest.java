package uk.lantern.synth.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The mix of a 5,000-child bundle falls where the generator documents it. */
class DistributionTest {

    private final Bundles.Bundle bundle = Bundles.fiveThousandChildren();
    private final List<JsonNode> referrals = bundle.ofType("referral").toList();
    private final List<JsonNode> decisions = bundle.ofType("decision").toList();

    @Test
    void aQuarterToAThirdOfReferralsRaiseSexualExploitation() {
        assertThat(share(referrals, referral -> referral.get("cseConcern").asBoolean())).isBetween(0.25, 0.35);
    }

    @Test
    void exploitationReferralsCarryMoreAndHarsherIndicators() {
        double flagged = averageIndicators(true);
        double others = averageIndicators(false);
        assertThat(flagged).isGreaterThan(2 * others);
        assertThat(referrals.stream().filter(referral -> !referral.get("cseConcern").asBoolean())
                .noneMatch(DistributionTest::hasHarmIndicator)).isTrue();
        assertThat(referrals.stream().filter(DistributionTest::hasHarmIndicator).count()).isGreaterThan(100);
    }

    @Test
    void mostReferralsAreRoutineSomeUrgentAFewImmediate() {
        double routine = share(referrals, referral -> referral.get("urgency").asString().equals("ROUTINE"));
        double urgent = share(referrals, referral -> referral.get("urgency").asString().equals("URGENT"));
        double immediate = share(referrals, referral -> referral.get("urgency").asString().equals("IMMEDIATE"));
        assertThat(routine).isBetween(0.65, 0.9);
        assertThat(urgent).isBetween(0.08, 0.3);
        assertThat(immediate).isBetween(0.01, 0.08);
    }

    @Test
    void referralsArriveMostlyInWorkingHoursButAlsoAtNightAndWeekends() {
        double working = share(referrals, referral -> {
            ZonedDateTime at = instant(referral, "receivedAt").atZone(Clocks.LONDON);
            LocalTime time = at.toLocalTime();
            return Clocks.isWorkingDay(at.toLocalDate()) && !time.isBefore(LocalTime.of(8, 30))
                    && time.isBefore(LocalTime.of(17, 30));
        });
        double weekend = share(referrals, referral -> {
            DayOfWeek day = instant(referral, "receivedAt").atZone(Clocks.LONDON).getDayOfWeek();
            return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        });
        double night = share(referrals, referral -> {
            LocalTime time = instant(referral, "receivedAt").atZone(Clocks.LONDON).toLocalTime();
            return time.isBefore(LocalTime.of(7, 0)) || !time.isBefore(LocalTime.of(23, 0));
        });
        assertThat(working).isBetween(0.55, 0.85);
        assertThat(weekend).isBetween(0.03, 0.2);
        assertThat(night).isBetween(0.02, 0.12);
    }

    @Test
    void referralsComeFromEveryKindOfAgency() {
        Map<String, String> agencyTypes = new HashMap<>();
        bundle.ofType("agency").forEach(agency -> agencyTypes.put(agency.get("sourceId").asString(),
                agency.get("agencyType").asString()));
        Set<String> referringTypes = new HashSet<>();
        referrals.forEach(referral -> referringTypes.add(agencyTypes.get(
                referral.get("referrer").get("agency").get("sourceId").asString())));
        assertThat(referringTypes).containsExactlyInAnyOrder("CHILDRENS_SOCIAL_CARE", "HEALTH", "SCHOOL",
                "CHILDRENS_HOME", "POLICE", "YOUTH_SERVICE", "VOLUNTARY_SECTOR");
        assertThat(share(referrals, referral -> referral.get("referrer").has("email"))).isGreaterThan(0.85);
    }

    @Test
    void someChildrenAreReferredAgainWithinTwelveMonths() {
        Map<String, List<Instant>> byChild = new HashMap<>();
        referrals.forEach(referral -> byChild.computeIfAbsent(trueChild(referral.get("sourceId").asString()),
                child -> new ArrayList<>()).add(instant(referral, "receivedAt")));
        long rereferred = byChild.values().stream().filter(times -> {
            times.sort(null);
            for (int i = 1; i < times.size(); i++) {
                if (Duration.between(times.get(i - 1), times.get(i)).toDays() <= 365) {
                    return true;
                }
            }
            return false;
        }).count();
        assertThat(byChild).hasSize(5000);
        assertThat((double) rereferred / byChild.size()).isBetween(0.1, 0.35);
    }

    @Test
    void noFurtherActionIsAThirdOfDecisionsAndHarmLeadsToStrategyDiscussions() {
        assertThat(share(decisions, decision -> outcome(decision).equals("NO_FURTHER_ACTION"))).isBetween(0.3, 0.4);
        Map<String, JsonNode> byKey = bundle.byKey();
        List<JsonNode> onHarm = decisions.stream()
                .filter(decision -> hasHarmIndicator(byKey.get(Bundles.key(decision.get("referral")))))
                .toList();
        assertThat(share(onHarm, decision -> outcome(decision).equals("STRATEGY_DISCUSSION"))).isGreaterThan(0.75);
        assertThat(decisions.stream().map(DistributionTest::outcome).distinct()).hasSize(5);
    }

    @Test
    void mostDecisionsAreOnTimeAndOneInTenToOneInFiveIsLate() {
        Map<String, JsonNode> byKey = bundle.byKey();
        double late = share(decisions, decision -> {
            Instant received = instant(byKey.get(Bundles.key(decision.get("referral"))), "receivedAt");
            return instant(decision, "decidedAt").isAfter(Clocks.decisionDue(received));
        });
        assertThat(late).isBetween(0.10, 0.20);
        assertThat(decisions).allSatisfy(decision -> {
            Instant received = instant(byKey.get(Bundles.key(decision.get("referral"))), "receivedAt");
            Instant decided = instant(decision, "decidedAt");
            assertThat(decided).isAfter(received).isBeforeOrEqualTo(Bundles.NOW);
            assertThat(ChronoUnit.DAYS.between(received, decided)).isLessThanOrEqualTo(8);
        });
    }

    @Test
    void theNewestReferralsAreUndecidedAndMostOlderOnesDecided() {
        Set<String> decided = new HashSet<>();
        decisions.forEach(decision -> decided.add(Bundles.key(decision.get("referral"))));
        Instant twoDaysAgo = Bundles.NOW.minus(Duration.ofDays(2));
        List<JsonNode> newest = referrals.stream()
                .filter(referral -> instant(referral, "receivedAt").isAfter(twoDaysAgo)).toList();
        List<JsonNode> older = referrals.stream()
                .filter(referral -> instant(referral, "receivedAt").isBefore(Bundles.NOW.minus(Duration.ofDays(9))))
                .toList();
        assertThat(newest).isNotEmpty().noneMatch(referral -> decided.contains(Bundles.key(referral)));
        assertThat(share(older, referral -> decided.contains(Bundles.key(referral)))).isBetween(0.95, 0.99);
    }

    @Test
    void exploitedChildrenGoMissingMoreOftenAndSomeRepeatedlyWithinNinetyDays() {
        Map<String, List<Instant>> episodes = new HashMap<>();
        bundle.ofType("missing_episode").forEach(episode -> episodes.computeIfAbsent(
                trueChild(episode.get("sourceId").asString()), child -> new ArrayList<>())
                .add(instant(episode, "lastSeenAt")));
        Map<Boolean, int[]> missingByExploited = new HashMap<>();
        for (JsonNode child : bundle.trueChildren()) {
            boolean exploited = !child.get("cse").asString().equals("NONE");
            int[] counts = missingByExploited.computeIfAbsent(exploited, key -> new int[2]);
            counts[0]++;
            if (episodes.containsKey(child.get("id").asString())) {
                counts[1]++;
            }
        }
        double exploitedRate = rate(missingByExploited.get(true));
        double otherRate = rate(missingByExploited.get(false));
        assertThat(exploitedRate).isGreaterThan(3 * otherRate);

        long repeated = episodes.values().stream().filter(DistributionTest::threeWithinNinetyDays).count();
        assertThat((double) repeated / episodes.size()).isBetween(0.15, 0.4);
    }

    @Test
    void mostReturnInterviewsAreCompletedWithinSeventyTwoHoursAndSomeLate() {
        Map<String, JsonNode> byKey = bundle.byKey();
        List<JsonNode> interviews = bundle.ofType("return_interview").toList();
        List<JsonNode> completed = interviews.stream()
                .filter(interview -> interview.get("status").asString().equals("COMPLETED")).toList();
        double late = share(completed, interview -> {
            Instant returned = instant(byKey.get(Bundles.key(interview.get("episode"))), "returnedAt");
            return Duration.between(returned, instant(interview, "completedAt")).toHours() >= 72;
        });
        assertThat(share(interviews, interview -> interview.get("status").asString().equals("COMPLETED")))
                .isBetween(0.55, 0.8);
        assertThat(late).isBetween(0.1, 0.35);
        assertThat(interviews).anyMatch(interview -> interview.get("status").asString().equals("DECLINED")
                && interview.has("declinedReason"));
        assertThat(completed).anyMatch(interview -> interview.has("mentions"));
        Set<String> kinds = new HashSet<>();
        completed.stream().filter(interview -> interview.has("mentions"))
                .forEach(interview -> interview.get("mentions").forEach(m -> kinds.add(m.get("kind").asString())));
        assertThat(kinds).containsExactlyInAnyOrder("PERSON", "PLACE", "VEHICLE", "PHONE");
    }

    @Test
    void childrenAreTenToSeventeenAndEthnicityIsSometimesNotStatedOrNotRecorded() {
        LocalDate today = Bundles.NOW.atZone(Clocks.LONDON).toLocalDate();
        assertThat(bundle.trueChildren()).allSatisfy(child -> assertThat(ChronoUnit.YEARS.between(
                LocalDate.parse(child.get("truth").get("dateOfBirth").asString()), today)).isBetween(10L, 17L));
        List<JsonNode> childRecords = bundle.ofType("child").toList();
        double unknown = share(childRecords, child -> !child.get("ethnicity").get("status").asString()
                .equals("RECORDED"));
        assertThat(unknown).isBetween(0.10, 0.25);
        Set<String> groups = new HashSet<>();
        childRecords.stream().filter(child -> child.get("ethnicity").has("ons2021"))
                .forEach(child -> groups.add(child.get("ethnicity").get("ons2021").asString()));
        assertThat(groups).contains("WHITE_BRITISH", "PAKISTANI", "BANGLADESHI", "INDIAN", "AFRICAN", "CARIBBEAN",
                "OTHER_WHITE", "ROMA", "ARAB", "CHINESE", "WHITE_AND_BLACK_CARIBBEAN");
        assertThat(share(childRecords.stream().filter(child -> child.has("nationality")).toList(),
                child -> child.get("nationality").asString().equals("GB"))).isBetween(0.8, 0.97);
    }

    @Test
    void everyEventFallsWithinTheSimulatedPeriod() {
        Instant start = Bundles.NOW.atZone(Clocks.LONDON).minusMonths(12).toInstant();
        for (String field : List.of("receivedAt", "decidedAt", "reportedMissingAt", "returnedAt", "completedAt")) {
            bundle.records().stream().filter(record -> record.has(field))
                    .forEach(record -> assertThat(instant(record, field)).isBetween(start, Bundles.NOW));
        }
    }

    @Test
    void networksOftenReachASecondTownUseTaxisOrAreReportedBySocialCare() {
        List<JsonNode> networks = bundle.networks();
        List<JsonNode> reports = bundle.ofType("intel_report").toList();
        Set<String> reportedBySocialCare = new HashSet<>();
        reports.stream().filter(report -> report.get("sourceSystem").asString().contains("-lcs-seed"))
                .forEach(report -> reportedBySocialCare.add(networkOf(report)));
        Set<String> withFamily = new HashSet<>();
        bundle.ofType("link").filter(link -> link.get("linkType").asString().equals("FAMILY"))
                .forEach(link -> withFamily.add(networkOf(link)));
        assertThat(share(networks, network -> network.get("areas").size() == 2)).isBetween(0.3, 0.6);
        assertThat(share(networks, network -> !network.get("organisations").isEmpty())).isBetween(0.4, 0.7);
        assertThat(share(networks, network -> reportedBySocialCare.contains(network.get("id").asString())))
                .isBetween(0.35, 0.65);
        assertThat(share(networks, network -> withFamily.contains(network.get("id").asString())))
                .isBetween(0.1, 0.45);
    }

    @Test
    void reportsAreMostlyShareableSomeWithConditionsAndSanitisedAFewLegacy() {
        List<JsonNode> reports = bundle.ofType("intel_report").toList();
        List<JsonNode> current = reports.stream()
                .filter(report -> report.get("grading").get("scheme").asString().equals("3x5x2")).toList();
        List<JsonNode> aboutNetworks = current.stream().filter(report -> networkOf(report) != null).toList();
        List<JsonNode> conditional = aboutNetworks.stream()
                .filter(report -> report.get("grading").get("handling").asString().equals("C")).toList();
        assertThat((double) conditional.size() / aboutNetworks.size()).isBetween(0.12, 0.28);
        assertThat(conditional).allSatisfy(report -> assertThat(report.get("grading").has("conditions")).isTrue());
        assertThat(share(conditional, report -> report.has("sanitisedText"))).isBetween(0.35, 0.65);
        assertThat(share(aboutNetworks, report -> report.has("sanitisedText"))).isBetween(0.1, 0.25);
        List<JsonNode> legacy = reports.stream()
                .filter(report -> report.get("grading").get("scheme").asString().equals("5x5x5")).toList();
        assertThat((double) legacy.size() / bundle.networks().size()).isBetween(0.2, 0.4);
        LocalDate periodStart = Bundles.NOW.atZone(Clocks.LONDON).minusMonths(12).toLocalDate();
        LocalDate today = Bundles.NOW.atZone(Clocks.LONDON).toLocalDate();
        assertThat(legacy).allSatisfy(report -> assertThat(LocalDate.parse(report.get("informationDate").asString()))
                .isBefore(periodStart.minusYears(2)));
        assertThat(current).allSatisfy(report -> assertThat(LocalDate.parse(report.get("informationDate")
                .asString())).isBetween(periodStart, today));
    }

    @Test
    void unrelatedReportsComeAtAboutOnePerTwelveChildren() {
        List<JsonNode> unrelated = bundle.ofType("intel_report")
                .filter(report -> report.get("sourceId").asString().startsWith("INTEL-X-")).toList();
        assertThat(unrelated.size() / 5000.0).isBetween(0.075, 0.085);
        assertThat(share(unrelated, report -> suspects(report) == 2)).isBetween(0.17, 0.33);
        assertThat(share(unrelated, report -> report.get("subjects").valueStream()
                .anyMatch(subject -> subject.get("subject").get("sourceId").asString().startsWith("NOM-W-"))))
                .isBetween(0.22, 0.38);
        long recordedAgain = bundle.truePersons().stream()
                .filter(person -> person.get("kind").asString().equals("UNRELATED_SUSPECT"))
                .filter(person -> person.get("records").size() > 1).count();
        assertThat(recordedAgain).isGreaterThan(10);
    }

    @Test
    void childrenOutsideNetworksNameBusyPlacesInAboutAThirdOfCompletedInterviews() {
        Set<String> outsideNetworks = new HashSet<>();
        bundle.trueChildren().stream().filter(child -> child.get("network").isNull())
                .forEach(child -> outsideNetworks.add(child.get("id").asString()));
        List<JsonNode> completed = bundle.ofType("return_interview")
                .filter(interview -> interview.get("status").asString().equals("COMPLETED"))
                .filter(interview -> outsideNetworks.contains(trueChild(interview.get("sourceId").asString())))
                .toList();
        assertThat(share(completed, interview -> interview.has("mentions"))).isBetween(0.22, 0.38);
    }

    /** The network a report or link is about, from its id (INTEL-ROC-0001-3), or null for unrelated reports. */
    private static String networkOf(JsonNode record) {
        String[] parts = (record.has("report") ? record.get("report") : record).get("sourceId").asString()
                .split("-");
        return parts[1].length() == 3 && parts[2].matches("[0-9]{4}") ? "N-" + parts[1] + "-" + parts[2] : null;
    }

    private static long suspects(JsonNode report) {
        return report.get("subjects").valueStream()
                .filter(subject -> "SUSPECT".equals(Bundles.text(subject, "role"))).count();
    }

    private static boolean threeWithinNinetyDays(List<Instant> times) {
        times.sort(null);
        for (int i = 2; i < times.size(); i++) {
            if (Duration.between(times.get(i - 2), times.get(i)).toDays() < 90) {
                return true;
            }
        }
        return false;
    }

    private double averageIndicators(boolean flagged) {
        return referrals.stream().filter(referral -> referral.get("cseConcern").asBoolean() == flagged)
                .mapToInt(referral -> referral.has("indicators") ? referral.get("indicators").size() : 0)
                .average().orElse(0);
    }

    private static boolean hasHarmIndicator(JsonNode referral) {
        if (!referral.has("indicators")) {
            return false;
        }
        for (JsonNode code : referral.get("indicators")) {
            if (Indicator.valueOf(code.asString()).harm()) {
                return true;
            }
        }
        return false;
    }

    /** The true child behind an id such as REF-0000042-2 or MISS-0000042-1. */
    private static String trueChild(String sourceId) {
        return "T" + sourceId.split("-")[1];
    }

    private static String outcome(JsonNode decision) {
        return decision.get("outcome").asString();
    }

    private static Instant instant(JsonNode record, String field) {
        return Instant.parse(record.get(field).asString());
    }

    private static double rate(int[] counts) {
        return (double) counts[1] / counts[0];
    }

    private static <T> double share(List<T> items, Predicate<T> test) {
        return (double) items.stream().filter(test).count() / items.size();
    }
}
