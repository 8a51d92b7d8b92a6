package uk.lantern.network.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NetworkBenchmarkCommandTest {

    @Test
    void readsItsOptionsWithTheBenchmarkSizesAsDefaults() {
        assertThat(NetworkBenchmarkCommand.parse(List.of("--nodes", "2000", "--seed", "7")))
                .isEqualTo(new NetworkBenchmark.Spec(2_000, 5_000_000, 7, 1_000, 128));
        assertThat(NetworkBenchmarkCommand.parse(List.of("--edges", "5_000", "--pivots", "16", "--queries", "10")))
                .isEqualTo(new NetworkBenchmark.Spec(1_000_000, 5_000, 1, 10, 16));
    }

    @Test
    void refusesUnknownOptionsAndBadNumbersNamingThem() {
        assertThatThrownBy(() -> NetworkBenchmarkCommand.parse(List.of("--size", "3")))
                .hasMessageContaining("--size");
        assertThatThrownBy(() -> NetworkBenchmarkCommand.parse(List.of("--nodes", "many")))
                .hasMessageContaining("--nodes needs a number, was many");
        assertThatThrownBy(() -> NetworkBenchmarkCommand.parse(List.of("--nodes", "0")))
                .hasMessageContaining("--nodes must be a positive whole number");
        assertThatThrownBy(() -> NetworkBenchmarkCommand.parse(List.of("--edges")))
                .hasMessageContaining("--edges needs a number");
    }

    @Test
    void runsEveryPhaseOnASmallNetworkAndPrintsTheFigures() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code = new NetworkBenchmarkCommand().run(List.of("--nodes", "3000", "--edges", "12000", "--queries", "50",
                "--pivots", "8"), new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("3,000 subjects, 12,000 links")
                .contains("communities (Louvain)").contains("PageRank").contains("betweenness (8 pivots)")
                .contains("communities and centrality").contains("network dossiers")
                .contains("two-hop neighbourhood, 50 random subjects").contains("p95").contains("peak heap");
    }
}
