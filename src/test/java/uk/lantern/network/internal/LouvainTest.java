package uk.lantern.network.internal;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LouvainTest {

    private static final int GROUPS = 30;
    private static final int GROUP_SIZE = 20;

    @Test
    void findsPlantedCommunities() {
        CompactGraph graph = CompactGraph.ofEdges(GROUPS * GROUP_SIZE,
                RandomGraphs.plantedCommunities(GROUPS, GROUP_SIZE, 0.4, 1.0, 3));

        int[] community = Louvain.communities(graph, 1);

        int agreeing = 0;
        for (int g = 0; g < GROUPS; g++) {
            Map<Integer, Integer> found = new HashMap<>();
            for (int v = g * GROUP_SIZE; v < (g + 1) * GROUP_SIZE; v++) {
                found.merge(community[v], 1, Integer::sum);
            }
            agreeing += found.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        }
        assertThat(agreeing).as("subjects placed with most of their planted group")
                .isGreaterThanOrEqualTo(GROUPS * GROUP_SIZE * 98 / 100);
    }

    @Test
    void modularityMatchesThePlantedPartitionAndBeatsTheTrivialOnes() {
        CompactGraph graph = CompactGraph.ofEdges(GROUPS * GROUP_SIZE,
                RandomGraphs.plantedCommunities(GROUPS, GROUP_SIZE, 0.4, 1.0, 5));

        double found = Louvain.modularity(graph, Louvain.communities(graph, 1));

        int[] planted = java.util.stream.IntStream.range(0, graph.size()).map(v -> v / GROUP_SIZE).toArray();
        assertThat(found).isGreaterThanOrEqualTo(Louvain.modularity(graph, planted) - 1e-9);
        int[] allTogether = new int[graph.size()];
        int[] eachAlone = java.util.stream.IntStream.range(0, graph.size()).toArray();
        assertThat(Louvain.modularity(graph, allTogether)).isEqualTo(0.0);
        assertThat(Louvain.modularity(graph, eachAlone)).isLessThan(0.0);
        assertThat(found).isGreaterThan(0.8);
    }

    @Test
    void theSameSeedGivesTheSameCommunities() {
        CompactGraph graph = CompactGraph.ofEdges(GROUPS * GROUP_SIZE,
                RandomGraphs.plantedCommunities(GROUPS, GROUP_SIZE, 0.2, 3.0, 9));

        assertThat(Louvain.communities(graph, 4)).isEqualTo(Louvain.communities(graph, 4));
    }

    @Test
    void subjectsWithoutLinksStayAlone() {
        CompactGraph graph = CompactGraph.ofEdges(4, new int[] {0, 1});

        int[] community = Louvain.communities(graph, 1);

        assertThat(community[0]).isEqualTo(community[1]);
        assertThat(community[2]).isNotEqualTo(community[3]).isNotEqualTo(community[0]);
    }
}
