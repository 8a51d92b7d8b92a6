package uk.lantern.resolution.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The synthetic data generator's word lists under {@code src/main/resources/synth}, as the record generators here read
 * them: one entry a line, {@code #} comments, and {@code [section]} headings that group entries by community or
 * kind.
 */
final class SynthLists {

    private SynthLists() {
    }

    /** The entries under each heading, in file order. */
    static Map<String, List<String>> sections(String resource) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> entries = null;
        for (String line : entries(resource)) {
            if (line.startsWith("[")) {
                entries = sections.computeIfAbsent(line.substring(1, line.indexOf(']')), heading -> new ArrayList<>());
            } else if (entries != null) {
                entries.add(line);
            }
        }
        return sections;
    }

    /** Every entry of every section, in file order, headings left out. */
    static List<String> everyEntry(String resource) {
        return sections(resource).values().stream().flatMap(List::stream).toList();
    }

    /** The lines that are neither blank nor comments, stripped. */
    static List<String> entries(String resource) {
        InputStream stream = SynthLists.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("No resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + resource, unreadable);
        }
    }
}
