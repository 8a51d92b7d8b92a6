package uk.lantern.resolution.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClusterScoresTest {

    /**
     * Truth {1,2,3} {4,5}; prediction {1,2} {3,4,5}. True pairs: 12 13 23 45 (4). Predicted pairs: 12 34 35 45 (4).
     * Correct: 12 and 45 (2). B-cubed precision per record: 1, 1, 1/3, 2/3, 2/3; recall: 2/3, 2/3, 1/3, 1, 1.
     */
    @Test
    void matchesAHandWorkedExample() {
        ClusterScores scores = ClusterScores.of(List.of("a", "a", "a", "b", "b"), List.of("x", "x", "y", "y", "y"));

        assertThat(scores.truePairs()).isEqualTo(4);
        assertThat(scores.predictedPairs()).isEqualTo(4);
        assertThat(scores.correctPairs()).isEqualTo(2);
        assertThat(scores.precision()).isEqualTo(0.5);
        assertThat(scores.recall()).isEqualTo(0.5);
        assertThat(scores.f1()).isEqualTo(0.5);
        assertThat(scores.bCubedPrecision()).isCloseTo(11.0 / 15, within(1e-12));
        assertThat(scores.bCubedRecall()).isCloseTo(11.0 / 15, within(1e-12));
    }

    @Test
    void aPerfectPredictionScoresOneWhateverTheClusterNames() {
        ClusterScores scores = ClusterScores.of(List.of("a", "a", "b"), List.of("p", "p", "q"));

        assertThat(scores.f1()).isEqualTo(1);
        assertThat(scores.bCubedF1()).isEqualTo(1);
    }

    @Test
    void predictingOnlySingletonsHasFullPrecisionAndNoRecall() {
        ClusterScores scores = ClusterScores.of(List.of("a", "a", "b"), List.of("p", "q", "r"));

        assertThat(scores.precision()).isEqualTo(1);
        assertThat(scores.recall()).isZero();
        assertThat(scores.f1()).isZero();
    }
}
