package uk.lantern.synth.internal;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.lantern.synth.BundleSummary;
import uk.lantern.synth.SynthSpec;
import uk.lantern.synth.SyntheticBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** A bundle of 20,000 children streams to disk; its speed is measured by the command, not here. */
class LargeBundleTest {

    @TempDir
    Path dir;

    @Test
    void twentyThousandChildrenAreWritten() throws Exception {
        BundleSummary summary = SyntheticBundle.write(new SynthSpec(20_000, 20_000, Bundles.NOW), dir);

        long lines;
        try (BufferedReader reader = Files.newBufferedReader(dir.resolve(BundleGenerator.RECORDS_FILE))) {
            lines = reader.lines().count();
        }
        assertThat(lines).isEqualTo(summary.total());
        assertThat(summary.count("child")).isGreaterThan(40_000);
        assertThat(summary.count("referral")).isGreaterThan(20_000);
    }
}
