package uk.lantern.network.internal;

import org.junit.jupiter.api.Test;

import uk.lantern.network.NetworkAnalysis;
import uk.lantern.network.NetworkGraph;
import uk.lantern.network.Subject;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticNetworkTest {

    @Test
    void hasExactlyTheSubjectsAndLinksAskedForTheSameForTheSameSeed() {
        NetworkGraph network = SyntheticNetwork.generate(5_000, 20_000, 3);

        assertThat(network.subjects()).hasSize(5_000);
        assertThat(network.links()).hasSize(20_000);
        assertThat(SyntheticNetwork.generate(5_000, 20_000, 3).links()).isEqualTo(network.links());
        assertThat(SyntheticNetwork.generate(5_000, 20_000, 4).links()).isNotEqualTo(network.links());
    }

    @Test
    void hasHubsSuspectsAndChildrenAndAHeavyTail() {
        NetworkGraph network = SyntheticNetwork.generate(20_000, 80_000, 1);
        NetworkAnalysis analysis = NetworkAnalysis.of(network);

        double highestDegree = analysis.degree().of(analysis.degree().ranked().get(0));
        assertThat(highestDegree).as("a hub far above the mean degree of 8").isGreaterThan(500);
        assertThat(network.subjects().stream().filter(Subject::isSuspect).count()).isGreaterThan(100);
        assertThat(network.subjects().stream().filter(Subject::isChild).count()).isGreaterThan(1_000);
        assertThat(analysis.communities().count()).isGreaterThan(10);
    }
}
