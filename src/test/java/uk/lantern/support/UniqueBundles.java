package uk.lantern.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import uk.lantern.synth.SynthSpec;
import uk.lantern.synth.SyntheticBundle;

/** Synthetic bundles whose source systems are made unique to one test, so that tests never share records. */
public final class UniqueBundles {

    private UniqueBundles() {
    }

    /** Writes the bundle of a seed under {@code directory} with {@code suffix} on every source system's name. */
    public static Path write(Path directory, long seed, int children, String suffix) throws IOException {
        Path out = directory.resolve("bundle-" + seed);
        SyntheticBundle.write(new SynthSpec(seed, children, Instant.parse("2026-10-01T00:00:00Z")), out);
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("lantern.jsonl"))) {
            // Agencies keep their names (so they link to the demo agencies); every system name gets the suffix.
            lines.add(line.replaceAll("\"sourceSystem\":\"([^\"]+)\"", "\"sourceSystem\":\"$1" + suffix + "\""));
        }
        Path file = out.resolve("unique.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
