package uk.lantern.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyntheticBundleTest {

    private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");
    private static final List<String> FILES = List.of("lantern.jsonl", "ground-truth.json", "SUMMARY.txt");

    @TempDir
    Path dir;

    @Test
    void theSameSpecGivesByteIdenticalFiles() throws IOException {
        SynthSpec spec = new SynthSpec(42, 250, NOW);

        SyntheticBundle.write(spec, dir.resolve("first"));
        SyntheticBundle.write(spec, dir.resolve("second"));

        for (String file : FILES) {
            assertThat(Files.mismatch(dir.resolve("first").resolve(file), dir.resolve("second").resolve(file)))
                    .as(file).isEqualTo(-1L);
        }
    }

    @Test
    void anotherSeedGivesAnotherBundle() throws IOException {
        SyntheticBundle.write(new SynthSpec(42, 250, NOW), dir.resolve("first"));
        SyntheticBundle.write(new SynthSpec(43, 250, NOW), dir.resolve("second"));

        assertThat(Files.mismatch(dir.resolve("first/lantern.jsonl"), dir.resolve("second/lantern.jsonl")))
                .isNotEqualTo(-1L);
    }

    @Test
    void aChildIsTheSameWhateverTheSizeOfTheBundle() throws IOException {
        SyntheticBundle.write(new SynthSpec(42, 50, NOW), dir.resolve("small"));
        SyntheticBundle.write(new SynthSpec(42, 80, NOW), dir.resolve("large"));

        List<String> small = childLines(dir.resolve("small"));
        List<String> large = childLines(dir.resolve("large"));
        assertThat(large).containsAll(small);
    }

    @Test
    void theSummaryCountsWhatWasWritten() throws IOException {
        BundleSummary summary = SyntheticBundle.write(new SynthSpec(1, 120, NOW, 6), dir);

        List<String> lines = Files.readAllLines(dir.resolve("lantern.jsonl"));
        assertThat(summary.total()).isEqualTo(lines.size());
        assertThat(summary.records().keySet()).containsExactly("agency", "child", "person", "referral", "decision",
                "missing_episode", "return_interview", "vehicle", "phone", "location", "organisation", "intel_report",
                "link");
        assertThat(summary.count("agency")).isEqualTo(20);
        assertThat(summary.count("referral")).isGreaterThanOrEqualTo(120);
        assertThat(lines.stream().filter(line -> line.startsWith("{\"type\":\"referral\""))).hasSize(
                (int) summary.count("referral"));
        assertThat(summary.files()).extracting(path -> path.getFileName().toString()).containsExactlyElementsOf(FILES);
        assertThat(Files.readString(dir.resolve("SUMMARY.txt"))).isEqualTo(summary.describe());
        try (var left = Files.list(dir)) {
            assertThat(left.map(path -> path.getFileName().toString())).containsExactlyInAnyOrderElementsOf(FILES);
        }
    }

    @Test
    void aSpecMustBeSensible() {
        assertThatThrownBy(() -> new SynthSpec(1, 0, NOW)).hasMessageContaining("children");
        assertThatThrownBy(() -> new SynthSpec(1, 10, NOW, 0)).hasMessageContaining("months");
        assertThat(new SynthSpec(1, 10, NOW).months()).isEqualTo(12);
    }

    private static List<String> childLines(Path bundle) throws IOException {
        return Files.readAllLines(bundle.resolve("lantern.jsonl")).stream()
                .filter(line -> line.startsWith("{\"type\":\"child\""))
                .toList();
    }
}
