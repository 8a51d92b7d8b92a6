package uk.lantern.resolution.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.lantern.resolution.ClusterLink;
import uk.lantern.resolution.Decisions;
import uk.lantern.resolution.FieldWeight;
import uk.lantern.resolution.MatchClass;
import uk.lantern.resolution.PairComparison;
import uk.lantern.resolution.PersonField;
import uk.lantern.resolution.PersonRecord;
import uk.lantern.resolution.RecordPair;
import uk.lantern.resolution.Resolution;
import uk.lantern.resolution.ResolutionModel;
import uk.lantern.resolution.ResolutionSettings;
import uk.lantern.resolution.Resolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.lantern.resolution.internal.People.person;

class ResolverTest {

    private static final int CHUNK = 50;

    private static LabelledRecords people;
    private static Resolver resolver;

    @BeforeAll
    static void trainOnSyntheticPeople() {
        people = SyntheticSets.people(3_000, 5);
        resolver = Resolver.train(people.records(), ResolutionSettings.defaults());
    }

    @Test
    void thePriorAndTheFieldWeightsAddUpToTheTotalWeight() {
        PairComparison comparison = resolver.compare(person("a", "Jon", "Smith", "1990-04-03", "M16 0RA"),
                person("b", "John", "Smyth", "1990-03-04", "M16 0TW"));

        double sum = comparison.priorWeight()
                + comparison.fields().stream().mapToDouble(FieldWeight::matchWeight).sum();
        assertThat(comparison.totalWeight()).isCloseTo(sum, within(1e-9));
        assertThat(comparison.probability()).isCloseTo(1 / (1 + Math.pow(2, -sum)), within(1e-9));
        assertThat(comparison.fields()).extracting(FieldWeight::comparison)
                .containsExactly("first_name", "surname", "dob", "postcode", "sex", "phone", "nhs_number");
        assertThat(comparison.fields()).extracting(FieldWeight::level)
                .containsExactly("variant or nickname", "sounds alike", "day and month transposed",
                        "same sector", "missing", "missing", "missing");
    }

    @Test
    void aPairIsClassifiedByTheTwoThresholds() {
        ResolutionSettings settings = resolver.settings();
        PairComparison same = resolver.compare(person("a", "Ann", "Kelly", "1990-01-01", "M1 1AA"),
                person("b", "Ann", "Kelly", "1990-01-01", "M1 1AA"));
        PairComparison different = resolver.compare(person("a", "Ann", "Kelly", "1990-01-01", "M1 1AA"),
                person("b", "Tom", "Price", "1950-07-12", "S1 1AA"));

        assertThat(same.classification()).isEqualTo(MatchClass.MATCH);
        assertThat(different.classification()).isEqualTo(MatchClass.NON_MATCH);
        assertThat(settings.classify(0.5)).isEqualTo(MatchClass.REVIEW);
        assertThat(settings.classify(settings.matchThreshold())).isEqualTo(MatchClass.MATCH);
        assertThat(settings.classify(settings.reviewThreshold() - 0.01)).isEqualTo(MatchClass.NON_MATCH);
    }

    @Test
    void agreeingOnACommonSurnameWeighsLessThanAgreeingOnARareOne() {
        Map<String, Integer> counts = new HashMap<>();
        people.records().forEach(record -> counts.merge(String.valueOf(record.get(PersonField.SURNAME)), 1,
                Integer::sum));
        String common = counts.entrySet().stream().filter(entry -> !entry.getKey().equals("null"))
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();

        FieldWeight commonSurname = surnameWeight(common);
        FieldWeight rareSurname = surnameWeight("Szczepanski");

        assertThat(commonSurname.level()).isEqualTo("exact");
        assertThat(rareSurname.level()).isEqualTo("exact");
        assertThat(commonSurname.termFrequencyAdjustment()).isNegative();
        assertThat(rareSurname.termFrequencyAdjustment()).isPositive();
        assertThat(commonSurname.matchWeight()).isLessThan(rareSurname.matchWeight());
    }

    private static FieldWeight surnameWeight(String surname) {
        return resolver.compare(person("a", "Ann", surname, null, null), person("b", "Ann", surname, null, null))
                .fields().get(1);
    }

    @Test
    void rejectedPairsNeverEndInOneClusterEvenThroughAThirdRecord() {
        List<PersonRecord> records = List.of(person("a", "Ann", "Kelly", "1990-01-01", "M1 1AA"),
                person("b", "Ann", "Kelly", "1990-01-01", "M1 1AA"),
                person("c", "Ann", "Kelly", "1990-01-01", "M1 1AB"));

        Resolution unconstrained = resolver.resolveBatch(records, Decisions.none());
        Resolution constrained = resolver.resolveBatch(records,
                new Decisions(Set.of(), Set.of(RecordPair.of("a", "c"))));

        assertThat(unconstrained.clusters()).hasSize(1);
        assertThat(constrained.clusterOf().get("a")).isNotEqualTo(constrained.clusterOf().get("c"));
    }

    @Test
    void acceptedPairsAreJoinedUnlessTheyChainARejectedPair() {
        List<PersonRecord> records = List.of(person("a", "Ann", "Kelly", "1990-01-01", "M1 1AA"),
                person("x", "Tom", "Price", "1950-07-12", "S1 1AA"),
                person("c", "Zoe", "Lang", "2005-03-09", "B1 1AA"));
        Decisions decisions = new Decisions(Set.of(RecordPair.of("a", "x"), RecordPair.of("c", "x")),
                Set.of(RecordPair.of("a", "c")));

        Resolution resolution = resolver.resolveBatch(records, decisions);

        assertThat(resolution.clusterOf().get("a")).isEqualTo(resolution.clusterOf().get("x"));
        assertThat(resolution.clusterOf().get("c")).isNotEqualTo(resolution.clusterOf().get("a"));
        assertThat(resolution.conflicts()).containsExactly(RecordPair.of("c", "x"));
    }

    @Test
    void decidedPairsLeaveTheReviewQueue() {
        List<PersonRecord> records = List.of(person("a", "Ann", "Kelly", null, null),
                person("b", "Ann", "Kelly", null, null));
        ResolutionSettings wideReview = new ResolutionSettings(0.999999, 0.000001, 42);
        Resolver reviewing = Resolver.withModel(resolver.model(), wideReview);

        assertThat(reviewing.resolveBatch(records, Decisions.none()).reviewQueue()).hasSize(1);
        assertThat(reviewing.resolveBatch(records, new Decisions(Set.of(), Set.of(RecordPair.of("a", "b"))))
                .reviewQueue()).isEmpty();
    }

    @Test
    void everyClusterIsHeldTogetherByTheJoinsRecordedForIt() {
        Resolution batch = resolver.resolveBatch(people.records(), Decisions.none());

        Map<String, List<ClusterLink>> linksOf = new HashMap<>();
        for (ClusterLink link : batch.links()) {
            String cluster = batch.clusterOf().get(link.firstRecord());
            assertThat(batch.clusterOf().get(link.secondRecord())).as("a join stays inside its cluster")
                    .isEqualTo(cluster);
            assertThat(link.probability()).as("a model's join is a match").isGreaterThanOrEqualTo(0.95);
            assertThat(link.reason() == ClusterLink.LinkReason.CLUSTERS_AGREE)
                    .isEqualTo(link.meanCrossWeight() != null);
            linksOf.computeIfAbsent(cluster, key -> new ArrayList<>()).add(link);
        }
        assertThat(batch.links()).extracting(ClusterLink::reason).contains(ClusterLink.LinkReason.MATCH,
                ClusterLink.LinkReason.CLUSTERS_AGREE);
        batch.clusters().forEach((cluster, members) -> {
            List<ClusterLink> links = linksOf.getOrDefault(cluster, List.of());
            assertThat(links).as("a cluster of n records is made by n - 1 joins").hasSize(members.size() - 1);
            assertThat(connected(members, links)).as("the joins connect every record of " + cluster).isTrue();
        });
    }

    /** Whether the links, as edges, connect all the records. */
    private static boolean connected(List<String> records, List<ClusterLink> links) {
        Set<String> reached = new HashSet<>(List.of(records.get(0)));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ClusterLink link : links) {
                if (reached.contains(link.firstRecord()) != reached.contains(link.secondRecord())) {
                    reached.add(link.firstRecord());
                    reached.add(link.secondRecord());
                    grew = true;
                }
            }
        }
        return reached.containsAll(records);
    }

    @Test
    void incrementalResolutionOfASplitSetAgreesWithTheBatch() {
        List<PersonRecord> all = people.records();
        int split = all.size() * 7 / 10;
        Resolution batch = resolver.resolveBatch(all, Decisions.none());
        Resolution existing = resolver.resolveBatch(all.subList(0, split), Decisions.none());

        Resolution incremental = resolver.resolveIncrementally(existing, all.subList(split, all.size()),
                Decisions.none());

        List<String> batchClusters = clustersInOrder(batch, all);
        List<String> incrementalClusters = clustersInOrder(incremental, all);
        assertThat(ClusterScores.of(batchClusters, incrementalClusters).f1()).isGreaterThan(0.98);
        double batchF1 = ClusterScores.of(people.truth(), batchClusters).f1();
        double incrementalF1 = ClusterScores.of(people.truth(), incrementalClusters).f1();
        assertThat(incrementalF1).isCloseTo(batchF1, within(0.01));
        assertThat(batchF1).isGreaterThan(0.97);
    }

    /**
     * Scheduled runs take waiting records a chunk at a time, each chunk resolved against the identities the chunks
     * before it left: the identities must be those of resolving every waiting record in one run.
     */
    @Test
    void incrementalResolutionInChunksGivesTheIdentitiesOfOneRun() {
        List<PersonRecord> all = people.records();
        int split = all.size() * 7 / 10;
        Resolution existing = resolver.resolveBatch(all.subList(0, split), Decisions.none());
        Resolution oneRun = resolver.resolveIncrementally(existing, all.subList(split, all.size()), Decisions.none());

        Resolution chunked = existing;
        for (int from = split; from < all.size(); from += CHUNK) {
            chunked = resolver.resolveIncrementally(chunked, all.subList(from, Math.min(all.size(), from + CHUNK)),
                    Decisions.none());
        }

        assertThat(chunked.clusterOf()).isEqualTo(oneRun.clusterOf());
    }

    @Test
    void existingClustersKeepTheirIdsOrAreReportedAsMerged() {
        List<PersonRecord> all = people.records();
        int split = all.size() / 2;
        Resolution existing = resolver.resolveBatch(all.subList(0, split), Decisions.none());

        Resolution incremental = resolver.resolveIncrementally(existing, all.subList(split, all.size()),
                Decisions.none());

        Map<String, String> survivorOf = new HashMap<>();
        incremental.merges().forEach(merge -> survivorOf.put(merge.absorbed(), merge.survivor()));
        List<String> unexplained = new ArrayList<>();
        for (PersonRecord record : existing.records()) {
            String before = existing.clusterOf().get(record.id());
            String after = incremental.clusterOf().get(record.id());
            if (!after.equals(before) && !after.equals(survivorOf.get(before))) {
                unexplained.add(record.id());
            }
        }
        assertThat(unexplained).isEmpty();
        assertThat(incremental.records()).hasSize(all.size());
    }

    @Test
    void aStoredModelScoresAsTheTrainedOne() {
        ResolutionModel stored = ResolutionModel.fromJson(resolver.model().toJson());
        PersonRecord one = person("a", "Mohammed", "Khan", "1990-01-01", "M1 1AA");
        PersonRecord other = person("b", "Muhammad", "Khan", "1990-01-10", "M1 1AB");

        assertThat(stored).isEqualTo(resolver.model());
        assertThat(Resolver.withModel(stored, resolver.settings()).compare(one, other))
                .isEqualTo(resolver.compare(one, other));
    }

    private static List<String> clustersInOrder(Resolution resolution, List<PersonRecord> records) {
        return records.stream().map(record -> resolution.clusterOf().get(record.id())).toList();
    }
}
