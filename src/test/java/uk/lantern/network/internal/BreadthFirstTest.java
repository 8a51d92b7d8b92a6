package uk.lantern.network.internal;

import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BreadthFirstTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void pathsFromBothEndsAreAsShortAsJGraphTsAndFollowLinks(long seed) {
        int size = 300;
        int[] ends = RandomGraphs.erdosRenyi(size, 0.008, seed);
        Graph<Integer, DefaultEdge> reference = RandomGraphs.jgrapht(size, ends);
        BFSShortestPath<Integer, DefaultEdge> shortest = new BFSShortestPath<>(reference);
        BreadthFirst search = new BreadthFirst(Incidence.of(size, ends));

        for (int from = 0; from < size; from += 7) {
            for (int to = 0; to < size; to += 11) {
                GraphPath<Integer, DefaultEdge> expected = shortest.getPath(from, to);
                int[] path = search.path(from, to);
                if (expected == null) {
                    assertThat(path).as("%d to %d", from, to).isEmpty();
                    continue;
                }
                assertThat(path.length - 1).as("%d to %d", from, to).isEqualTo(expected.getLength());
                assertThat(path[0]).isEqualTo(from);
                assertThat(path[path.length - 1]).isEqualTo(to);
                for (int i = 1; i < path.length; i++) {
                    assertThat(reference.containsEdge(path[i - 1], path[i])).isTrue();
                }
            }
        }
    }
}
