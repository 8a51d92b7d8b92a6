package uk.lantern.network;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.lantern.network.Intelligence.report;

import uk.lantern.intelligence.SubjectType;
import uk.lantern.intelligence.LinkType;

class NetworkAnalysisTest {

    private static final SubjectId ADAM = SubjectId.of("person:adam");
    private static final SubjectId PHONE = SubjectId.of("phone:+447700900123");
    private static final SubjectId BILAL = SubjectId.of("person:bilal");
    private static final SubjectId TAKEAWAY = SubjectId.of("location:takeaway");
    private static final SubjectId CHLOE = SubjectId.of("child:chloe");
    private static final SubjectId DARREN = SubjectId.of("person:darren");
    private static final SubjectId EMMA = SubjectId.of("child:emma");

    /** Adam - phone - Bilal - takeaway - Chloe in a chain (Adam and Bilal also associates), and Darren with Emma apart. */
    private static NetworkGraph aChainAndAPair() {
        return NetworkGraph.builder()
                .subject(ADAM, SubjectType.PERSON, "Adam", Set.of())
                .subject(PHONE, SubjectType.PHONE, "07700 900123", Set.of())
                .subject(BILAL, SubjectType.PERSON, "Bilal", Set.of())
                .subject(TAKEAWAY, SubjectType.LOCATION, "Takeaway", Set.of())
                .subject(CHLOE, SubjectType.CHILD, "Chloe", Set.of())
                .subject(DARREN, SubjectType.PERSON, "Darren", Set.of())
                .subject(EMMA, SubjectType.CHILD, "Emma", Set.of())
                .link(ADAM, PHONE, LinkType.USES_PHONE, report("1", "2024-01-01"))
                .link(BILAL, PHONE, LinkType.USES_PHONE, report("2", "2024-02-01"))
                .link(BILAL, PHONE, LinkType.USES_PHONE, report("3", "2024-03-01"))
                .link(BILAL, TAKEAWAY, LinkType.PRESENT_AT, report("4", "2024-04-01"))
                .link(CHLOE, TAKEAWAY, LinkType.PRESENT_AT, report("5", "2024-05-01"))
                .link(DARREN, EMMA, LinkType.SEEN_WITH, report("6", "2024-06-01"))
                .build();
    }

    private final NetworkAnalysis analysis = NetworkAnalysis.of(aChainAndAPair());

    @Test
    void findsTheConnectedNetworks() {
        Partition networks = analysis.networks();

        assertThat(networks.count()).isEqualTo(2);
        assertThat(networks.groups()).containsExactly(List.of(ADAM, PHONE, BILAL, TAKEAWAY, CHLOE),
                List.of(DARREN, EMMA));
        assertThat(networks.groupOf(CHLOE)).isEqualTo(networks.groupOf(ADAM)).isNotEqualTo(networks.groupOf(EMMA));
    }

    @Test
    void theShortestPathCarriesTheEvidenceForEachHop() {
        SubjectPath path = analysis.shortestPath(ADAM, CHLOE).orElseThrow();

        assertThat(path.subjects()).containsExactly(ADAM, PHONE, BILAL, TAKEAWAY, CHLOE);
        assertThat(path.length()).isEqualTo(4);
        Hop second = path.hops().get(1);
        assertThat(second.from()).isEqualTo(PHONE);
        assertThat(second.to()).isEqualTo(BILAL);
        assertThat(second.links()).singleElement().satisfies(link -> assertThat(link.evidence())
                .extracting(evidence -> evidence.record().toString())
                .containsExactly("intel_report:2", "intel_report:3"));
        assertThat(path.hops()).allSatisfy(hop -> assertThat(hop.links()).isNotEmpty());
    }

    @Test
    void thereIsNoPathBetweenSeparateNetworks() {
        assertThat(analysis.shortestPath(ADAM, EMMA)).isEmpty();
        assertThat(analysis.shortestPath(ADAM, ADAM)).hasValueSatisfying(path -> assertThat(path.length()).isZero());
    }

    @Test
    void aOneHopNeighbourhoodIsTheSubjectAndItsLinks() {
        Neighbourhood neighbourhood = analysis.neighbourhood(PHONE, 1);

        assertThat(neighbourhood.subjects()).extracting(Subject::id).containsExactly(PHONE, ADAM, BILAL);
        assertThat(neighbourhood.links()).extracting(Link::from).containsExactlyInAnyOrder(ADAM, BILAL);
    }

    @Test
    void aTwoHopNeighbourhoodReachesOneFurtherWithEvidence() {
        Neighbourhood neighbourhood = analysis.neighbourhood(PHONE, 2);

        assertThat(neighbourhood.subjects()).extracting(Subject::id).containsExactly(PHONE, ADAM, BILAL, TAKEAWAY);
        assertThat(neighbourhood.links()).hasSize(3).allSatisfy(link -> assertThat(link.evidence()).isNotEmpty());
        assertThat(neighbourhood.graph().links()).hasSize(3);
    }

    @Test
    void centralityShowsWhoConnectsTheChain() {
        Centrality centrality = analysis.centrality();

        assertThat(centrality.degree().of(BILAL)).isEqualTo(2.0);
        assertThat(centrality.betweenness().exact()).isTrue();
        // Bilal lies between {Adam, phone} and {takeaway, Chloe}: 2 x 2 pairs.
        assertThat(centrality.betweenness().of(BILAL)).isEqualTo(4.0);
        assertThat(centrality.betweenness().ranked().get(0)).isEqualTo(BILAL);
        assertThat(centrality.pageRank().of(DARREN)).isEqualTo(centrality.pageRank().of(EMMA));
    }

    @Test
    void communitiesCoverEverySubject() {
        Partition communities = analysis.communities();

        assertThat(communities.groups().stream().mapToInt(List::size).sum()).isEqualTo(7);
        assertThat(communities.modularity()).isGreaterThan(0.0);
    }

    @Test
    void asksNamingTheProblemForASubjectNotInTheNetwork() {
        assertThatThrownBy(() -> analysis.neighbourhood(SubjectId.of("person:nobody"), 1))
                .hasMessageContaining("person:nobody");
        assertThatThrownBy(() -> analysis.neighbourhood(ADAM, -1)).hasMessageContaining("hops");
    }
}
