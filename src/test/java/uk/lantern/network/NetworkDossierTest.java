package uk.lantern.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.network.Intelligence.report;

import uk.lantern.intelligence.SubjectType;
import uk.lantern.intelligence.LinkType;

class NetworkDossierTest {

    private static SubjectId suspect(int n) {
        return SubjectId.of("person:suspect-" + n);
    }

    private static SubjectId child(int n) {
        return SubjectId.of("child:" + n);
    }

    /** Suspects all using one phone, with the children each seen with the first suspect; areas by who is where. */
    private static NetworkGraph.Builder suspectsSharingAPhoneWithChildren(int suspects, int children) {
        SubjectId phone = SubjectId.of("phone:shared");
        NetworkGraph.Builder builder = NetworkGraph.builder()
                .subject(phone, SubjectType.PHONE, "shared phone", Set.of());
        for (int s = 0; s < suspects; s++) {
            builder.subject(suspect(s), SubjectType.PERSON, "Suspect " + s, Set.of("E08000005"))
                    .suspect(suspect(s), report("s" + s, "2023-05-01"))
                    .link(suspect(s), phone, LinkType.USES_PHONE, report("p" + s, "2023-06-01"));
        }
        for (int c = 0; c < children; c++) {
            builder.subject(child(c), SubjectType.CHILD, "Child " + c, Set.of("E08000004"))
                    .link(child(c), suspect(0), LinkType.SEEN_WITH, report("c" + c, "2024-0" + (c % 9 + 1) + "-01"));
        }
        return builder;
    }

    private static <T> List<T> backwards(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.reverse(copy);
        return copy;
    }

    @Test
    void twoSuspectsLinkedToTwoChildrenMakeADossierWithEverything() {
        NetworkGraph graph = suspectsSharingAPhoneWithChildren(2, 2)
                .subject(SubjectId.of("person:bystander"), SubjectType.PERSON, "Bystander", Set.of()).build();

        List<NetworkDossier> dossiers = NetworkAnalysis.of(graph).dossiers();

        assertThat(dossiers).singleElement().satisfies(dossier -> {
            assertThat(dossier.members()).extracting(member -> member.subject().id())
                    .containsExactlyInAnyOrder(suspect(0), suspect(1), SubjectId.of("phone:shared"));
            assertThat(dossier.children()).extracting(member -> member.subject().id())
                    .containsExactlyInAnyOrder(child(0), child(1));
            assertThat(dossier.links()).hasSize(4).allSatisfy(link -> assertThat(link.gradings()).containsExactly("1A P"));
            assertThat(dossier.seen()).isEqualTo(new DateSpan(LocalDate.parse("2023-05-01"),
                    LocalDate.parse("2024-02-01")));
            assertThat(dossier.areas()).containsExactly("E08000004", "E08000005");
            assertThat(dossier.members().get(0).subject().id()).as("most central first").isEqualTo(suspect(0));
            assertThat(dossier.members().get(0).degree()).isEqualTo(3);
            assertThat(dossier.summary()).isEqualTo(new DossierSummary(dossier.id(), 3, 2, 2));
            assertThat(dossier.networkSize()).isEqualTo(5);
        });
    }

    @Test
    void oneSuspectWithManyChildrenIsNotTheGroupPattern() {
        NetworkGraph graph = suspectsSharingAPhoneWithChildren(1, 5).build();

        assertThat(NetworkAnalysis.of(graph).dossiers()).isEmpty();
    }

    @Test
    void manySuspectsWithOneChildIsNotTheGroupPattern() {
        NetworkGraph graph = suspectsSharingAPhoneWithChildren(6, 1).build();

        assertThat(NetworkAnalysis.of(graph).dossiers()).isEmpty();
    }

    @Test
    void aNetworkOfFiveHundredSuspectsKeepsEveryOneOfThem() {
        NetworkGraph graph = suspectsSharingAPhoneWithChildren(500, 40).build();

        NetworkDossier dossier = NetworkAnalysis.of(graph).dossiers().get(0);

        assertThat(dossier.suspectCount()).isEqualTo(500);
        assertThat(dossier.members()).hasSize(501);
        assertThat(dossier.children()).hasSize(40);
        assertThat(dossier.links()).hasSize(540);
        assertThat(dossier.graph().subjects()).hasSize(541);
    }

    @Test
    void aSuspectNamedOnlyInRestrictedIntelligenceMakesNoDossierForAViewerWhoMayNotSeeIt() {
        NetworkGraph graph = suspectsSharingAPhoneWithChildren(1, 2)
                .subject(suspect(1), SubjectType.PERSON, "Suspect 1", Set.of())
                .suspect(suspect(1), report("restricted", "2023-05-01", "1A C"))
                .link(suspect(1), SubjectId.of("phone:shared"), LinkType.USES_PHONE, report("p1", "2023-06-01"))
                .build();

        assertThat(NetworkAnalysis.of(graph).dossiers()).hasSize(1);
        assertThat(NetworkAnalysis.of(graph.view(EvidenceFilter.handlingPermittedOnly())).dossiers()).isEmpty();
    }

    @Test
    void theIdStaysTheSameWhenTheGroupIsFoundAgainAndChangesWhenItsSubjectsChange() {
        NetworkGraph graph = suspectsSharingAPhoneWithChildren(3, 3).build();
        NetworkGraph.Builder again = NetworkGraph.builder();
        backwards(graph.subjects()).forEach(again::subject);
        backwards(graph.links()).forEach(again::link);
        again.link(suspect(2), child(2), LinkType.SEEN_WITH, report("new", "2025-01-01"));
        NetworkGraph grown = suspectsSharingAPhoneWithChildren(3, 4).build();

        DossierId first = NetworkAnalysis.of(graph).dossiers().get(0).id();

        assertThat(NetworkAnalysis.of(again.build()).dossiers().get(0).id()).isEqualTo(first);
        assertThat(NetworkAnalysis.of(grown).dossiers().get(0).id()).isNotEqualTo(first);
        assertThat(first.value()).matches("nd-[0-9a-f]{20}");
    }
}
