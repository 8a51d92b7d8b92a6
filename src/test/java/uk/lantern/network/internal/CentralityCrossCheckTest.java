package uk.lantern.network.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CentralityCrossCheckTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void pageRankAgreesWithJGraphT(long seed) {
        int size = 80;
        int[] ends = RandomGraphs.erdosRenyi(size, 0.05, seed);
        Map<Integer, Double> expected = new org.jgrapht.alg.scoring.PageRank<>(RandomGraphs.jgrapht(size, ends),
                PageRank.DAMPING, 1000, 1e-12).getScores();

        double[] ranks = PageRank.of(CompactGraph.ofEdges(size, ends));

        for (int v = 0; v < size; v++) {
            assertThat(ranks[v]).as("PageRank of %d", v).isCloseTo(expected.get(v), within(1e-7));
        }
        assertThat(IntStream.range(0, size).mapToDouble(v -> ranks[v]).sum()).isCloseTo(1.0, within(1e-9));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void exactBetweennessAgreesWithJGraphT(long seed) {
        int size = 80;
        int[] ends = RandomGraphs.erdosRenyi(size, 0.05, seed);
        Map<Integer, Double> expected = new BetweennessCentrality<>(RandomGraphs.jgrapht(size, ends)).getScores();

        double[] scores = Brandes.exact(CompactGraph.ofEdges(size, ends));

        for (int v = 0; v < size; v++) {
            assertThat(scores[v]).as("betweenness of %d", v).isCloseTo(expected.get(v), within(1e-9));
        }
    }

    @Test
    void sampledBetweennessFindsTheMostCentralSubjects() {
        int size = 2_000;
        int[] ends = RandomGraphs.plantedCommunities(100, 20, 0.3, 0.5, 7);
        Graph<Integer, DefaultEdge> reference = RandomGraphs.jgrapht(size, ends);
        Map<Integer, Double> exact = new BetweennessCentrality<>(reference).getScores();

        double[] sampled = Brandes.sampled(CompactGraph.ofEdges(size, ends), 200, 1);

        List<Integer> exactTop = top(20, v -> exact.get(v));
        List<Integer> sampledTop = top(20, v -> sampled[v]);
        assertThat(sampledTop.stream().filter(exactTop::contains).count()).isGreaterThanOrEqualTo(15);
        double exactTotal = exact.values().stream().mapToDouble(Double::doubleValue).sum();
        double sampledTotal = IntStream.range(0, size).mapToDouble(v -> sampled[v]).sum();
        assertThat(sampledTotal / exactTotal).isCloseTo(1.0, within(0.05));
    }

    private static List<Integer> top(int count, java.util.function.IntToDoubleFunction score) {
        return IntStream.range(0, 2_000).boxed()
                .sorted(Comparator.comparingDouble((Integer v) -> score.applyAsDouble(v)).reversed())
                .limit(count).toList();
    }
}
