package uk.lantern.synth;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a bundle holds.
 *
 * @param spec the spec it was generated from
 * @param records the number of records of each interchange type, in the order they appear in the file
 * @param files the files written
 */
public record BundleSummary(SynthSpec spec, Map<String, Long> records, List<Path> files) {

    public BundleSummary {
        records = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(records));
        files = List.copyOf(files);
    }

    /** The number of records of one type, such as {@code "referral"}. */
    public long count(String type) {
        return records.getOrDefault(type, 0L);
    }

    public long total() {
        return records.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The summary as text for people: the spec, the counts and the file names. It names files without their
     * directory, so the same spec describes itself identically wherever it was written.
     */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append("Lantern synthetic bundle (all people, places and organisations invented)\n");
        text.append("seed      ").append(spec.seed()).append('\n');
        text.append("children  ").append(spec.children()).append('\n');
        text.append("now       ").append(spec.now()).append('\n');
        text.append("months    ").append(spec.months()).append('\n');
        text.append('\n').append("Records\n");
        records.forEach((type, count) -> text.append(String.format("  %-17s %,12d%n", type, count)));
        text.append(String.format("  %-17s %,12d%n", "total", total()));
        text.append('\n').append("Files\n");
        files.forEach(file -> text.append("  ").append(file.getFileName()).append('\n'));
        return text.toString();
    }
}
