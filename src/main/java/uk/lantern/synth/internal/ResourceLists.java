package uk.lantern.synth.internal;

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
 * Reads the word lists under {@code src/main/resources/synth}: one entry a line, {@code [section]} headings, and
 * {@code #} comments. Lists live in resources rather than code so that people can review and extend them easily.
 */
final class ResourceLists {

    private ResourceLists() {
    }

    static Map<String, List<String>> sections(String resource) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines(resource)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), name -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalStateException(resource + ": '" + line + "' comes before any [section]");
            } else {
                current.add(line);
            }
        }
        sections.replaceAll((name, entries) -> List.copyOf(entries));
        return Map.copyOf(sections);
    }

    /** The lines that are neither blank nor comments, trimmed. */
    static List<String> lines(String resource) {
        InputStream stream = ResourceLists.class.getResourceAsStream("/synth/" + resource);
        if (stream == null) {
            throw new IllegalStateException("Missing resource synth/" + resource);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return lines;
    }

    static List<String> section(Map<String, List<String>> sections, String name) {
        List<String> entries = sections.get(name);
        if (entries == null || entries.isEmpty()) {
            throw new IllegalStateException("Missing or empty section [" + name + "]");
        }
        return entries;
    }
}
