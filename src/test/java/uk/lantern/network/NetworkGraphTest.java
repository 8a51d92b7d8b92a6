package uk.lantern.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.lantern.network.Intelligence.missingEpisode;
import static uk.lantern.network.Intelligence.report;

import uk.lantern.intelligence.SubjectType;
import uk.lantern.intelligence.LinkType;

class NetworkGraphTest {

    private static final SubjectId ADAM = SubjectId.of("person:adam");
    private static final SubjectId BILAL = SubjectId.of("person:bilal");
    private static final SubjectId CHLOE = SubjectId.of("child:chloe");
    private static final SubjectId CAR = SubjectId.of("vehicle:AB12CDE");

    private static NetworkGraph.Builder threeSubjectsAndACar() {
        return NetworkGraph.builder()
                .subject(ADAM, SubjectType.PERSON, "Adam", Set.of("E08000005"))
                .subject(BILAL, SubjectType.PERSON, "Bilal", Set.of("E08000004"))
                .subject(CHLOE, SubjectType.CHILD, "Chloe", Set.of("E08000005"))
                .subject(CAR, SubjectType.VEHICLE, "AB12 CDE", Set.of());
    }

    @Test
    void evidenceForTheSamePairAndLinkTypeMakesOneLinkWhicheverWayRoundItIsGiven() {
        NetworkGraph graph = threeSubjectsAndACar()
                .link(ADAM, BILAL, LinkType.ASSOCIATE, report("1", "2024-03-01"))
                .link(BILAL, ADAM, LinkType.ASSOCIATE, report("2", "2024-01-15"))
                .link(ADAM, BILAL, LinkType.FAMILY, report("3", "2024-02-01"))
                .build();

        assertThat(graph.links()).hasSize(2);
        Link associates = graph.links().get(0);
        assertThat(associates.evidence()).extracting(evidence -> evidence.record().toString())
                .containsExactly("intel_report:1", "intel_report:2");
        assertThat(associates.seen()).isEqualTo(new DateSpan(LocalDate.parse("2024-01-15"),
                LocalDate.parse("2024-03-01")));
        assertThat(graph.linksOf(BILAL)).hasSize(2);
        assertThat(graph.seen(ADAM)).hasValue(new DateSpan(LocalDate.parse("2024-01-15"), LocalDate.parse("2024-03-01")));
    }

    @Test
    void aLinkToASubjectNeverAddedIsRefusedNamingIt() {
        NetworkGraph.Builder builder = threeSubjectsAndACar()
                .link(ADAM, SubjectId.of("person:nobody"), LinkType.ASSOCIATE, report("1", "2024-03-01"));

        assertThatThrownBy(builder::build).hasMessageContaining("person:nobody").hasMessageContaining("never added");
    }

    @Test
    void onlyAPersonCanBeNamedAsASuspect() {
        NetworkGraph.Builder builder = threeSubjectsAndACar().suspect(CAR, report("1", "2024-03-01"));

        assertThatThrownBy(builder::build).hasMessageContaining("only a person");
    }

    @Test
    void theTimeWindowDropsLinksWhoseEvidenceAllFallsOutside() {
        NetworkGraph graph = threeSubjectsAndACar()
                .link(ADAM, BILAL, LinkType.ASSOCIATE, report("1", "2023-06-01"))
                .link(ADAM, BILAL, LinkType.ASSOCIATE, report("2", "2024-06-01"))
                .link(ADAM, CAR, LinkType.USES_VEHICLE, report("3", "2022-01-01"))
                .link(CHLOE, BILAL, LinkType.SEEN_WITH, missingEpisode("9", "2023-12-30", "2024-01-02"))
                .build();

        NetworkGraph view = graph.view(EvidenceFilter.within(LocalDate.parse("2024-01-01"),
                LocalDate.parse("2024-12-31")));

        assertThat(view.links()).extracting(Link::type).containsExactly(LinkType.ASSOCIATE, LinkType.SEEN_WITH);
        assertThat(view.links().get(0).evidence()).extracting(evidence -> evidence.record().id()).containsExactly("2");
        assertThat(view.contains(CAR)).isFalse();
        assertThat(graph.links()).hasSize(3);
    }

    @Test
    void aViewRestrictedToHandlingPKeepsNothingSupportedOnlyByRestrictedIntelligence() {
        NetworkGraph graph = threeSubjectsAndACar()
                .link(ADAM, BILAL, LinkType.ASSOCIATE, report("1", "2024-01-01", "1A P"))
                .link(ADAM, BILAL, LinkType.ASSOCIATE, report("2", "2024-02-01", "2B C"))
                .link(ADAM, CHLOE, LinkType.SEEN_WITH, report("3", "2024-03-01", "1B C"))
                .link(BILAL, CAR, LinkType.USES_VEHICLE, report("4", "2024-03-01", "B2 4"))
                .link(BILAL, CHLOE, LinkType.SEEN_WITH, missingEpisode("5", "2024-01-01", "2024-01-02"))
                .suspect(ADAM, report("3", "2024-03-01", "1B C"))
                .suspect(BILAL, report("1", "2024-01-01", "1A P"))
                .build();

        NetworkGraph view = graph.view(EvidenceFilter.handlingPermittedOnly());

        assertThat(view.links()).extracting(Link::type).containsExactly(LinkType.ASSOCIATE, LinkType.SEEN_WITH);
        assertThat(view.links().get(0).gradings()).containsExactly("1A P");
        assertThat(view.subject(ADAM).orElseThrow().isSuspect()).isFalse();
        assertThat(view.subject(BILAL).orElseThrow().isSuspect()).isTrue();
        assertThat(graph.subject(ADAM).orElseThrow().isSuspect()).isTrue();
    }

    @Test
    void gradingFiltersJudgeLegacyGradesOnTheCurrentScale() {
        NetworkGraph graph = threeSubjectsAndACar()
                .link(ADAM, BILAL, LinkType.ASSOCIATE, report("1", "2024-01-01", "A1 1"))
                .link(ADAM, CHLOE, LinkType.SEEN_WITH, report("2", "2024-01-01", "3C P"))
                .link(BILAL, CAR, LinkType.USES_VEHICLE, report("3", "2024-01-01", "E4 1"))
                .build();

        assertThat(graph.view(EvidenceFilter.sourceAtLeast(1)).links()).extracting(Link::type)
                .containsExactly(LinkType.ASSOCIATE);
        assertThat(graph.view(EvidenceFilter.sourceAtLeast(2).and(EvidenceFilter.intelligenceAtLeast('C'))).links())
                .extracting(Link::type).containsExactly(LinkType.ASSOCIATE);
        assertThat(graph.view(EvidenceFilter.handlingPermittedOnly()).links()).hasSize(3);
    }

    @Test
    void aViewerFilterOnRecordsHidesRecordsTheyMayNotSee() {
        NetworkGraph graph = threeSubjectsAndACar()
                .link(ADAM, CHLOE, LinkType.SEEN_WITH, report("1", "2024-01-01"))
                .link(BILAL, CHLOE, LinkType.SEEN_WITH, missingEpisode("5", "2024-01-01", "2024-01-02"))
                .build();

        NetworkGraph view = graph.view(EvidenceFilter.records(record -> !record.kind().equals("missing_episode")));

        assertThat(view.subjects()).extracting(Subject::id).containsExactly(ADAM, CHLOE);
    }

    @Test
    void legacyGradesAreKeptAsGivenAndReadConservatively() {
        assertThat(Grading.parse("B2 4")).isEqualTo(Grading.legacy("B2 4"));
        assertThat(Grading.parse("B2 4").code()).isEqualTo("B2 4");
        assertThat(Grading.legacy("B2 4").onCurrentScale()).hasValue(Grading.of(1, 'B', Grading.Handling.C));
        assertThat(Grading.legacy("E5 1").onCurrentScale()).hasValue(Grading.of(2, 'E', Grading.Handling.P));
        assertThat(Grading.legacy("unknown").onCurrentScale()).hasValue(Grading.of(3, 'E', Grading.Handling.C));
        assertThat(Grading.parse("2b c")).isEqualTo(Grading.of(2, 'B', Grading.Handling.C));
        assertThat(Grading.parse("")).isEqualTo(Grading.ungraded());
    }

    @Test
    void aSubjectAddedTwiceGathersItsAreasButKeepsItsType() {
        NetworkGraph.Builder builder = threeSubjectsAndACar().subject(ADAM, SubjectType.PERSON, "Adam",
                List.of("E08000004"));

        assertThat(builder.build().subject(ADAM).orElseThrow().areas()).containsExactly("E08000004", "E08000005");
        assertThatThrownBy(() -> builder.subject(ADAM, SubjectType.CHILD, "Adam", List.of()))
                .hasMessageContaining("added as PERSON and as CHILD");
    }
}
