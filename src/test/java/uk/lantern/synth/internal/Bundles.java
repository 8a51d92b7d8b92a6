package uk.lantern.synth.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.lantern.synth.BundleSummary;
import uk.lantern.synth.SynthSpec;
import uk.lantern.synth.SyntheticBundle;

/**
 * Bundles for tests, each generated once per test run and read back as JSON. Named for what they hold: a small one
 * for schema checks, and one big enough for its distributions to be stable.
 */
final class Bundles {

    static final Instant NOW = Instant.parse("2026-06-30T00:00:00Z");
    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Map<SynthSpec, Bundle> GENERATED = new ConcurrentHashMap<>();

    private Bundles() {
    }

    static Bundle threeHundredChildren() {
        return generated(new SynthSpec(11, 300, NOW));
    }

    static Bundle fiveThousandChildren() {
        return generated(new SynthSpec(2026, 5000, NOW));
    }

    /** The bundle demo mode imports: DemoTown's seed and its default of 300 children. */
    static Bundle demoTown() {
        return generated(new SynthSpec(2026, 300, NOW));
    }

    /** A bundle as written, its lines in file order, and its ground truth. */
    record Bundle(Path dir, BundleSummary summary, List<String> lines, List<JsonNode> records, JsonNode groundTruth) {

        Stream<JsonNode> ofType(String type) {
            return records.stream().filter(record -> record.get("type").asString().equals(type));
        }

        /** Every record by its (sourceSystem, sourceId) key. */
        Map<String, JsonNode> byKey() {
            Map<String, JsonNode> byKey = new HashMap<>();
            records.forEach(record -> byKey.put(key(record), record));
            return byKey;
        }

        List<JsonNode> trueChildren() {
            return groundTruth.get("children").valueStream().toList();
        }

        List<JsonNode> truePersons() {
            return groundTruth.get("persons").valueStream().toList();
        }

        List<JsonNode> networks() {
            return groundTruth.get("networks").valueStream().toList();
        }
    }

    static String key(JsonNode record) {
        return record.get("sourceSystem").asString() + "|" + record.get("sourceId").asString();
    }

    /** The key of a reference, whose source system defaults to that of the record that holds it. */
    static String key(JsonNode ref, JsonNode holder) {
        JsonNode system = ref.has("sourceSystem") ? ref.get("sourceSystem") : holder.get("sourceSystem");
        return system.asString() + "|" + ref.get("sourceId").asString();
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Bundle generated(SynthSpec spec) {
        return GENERATED.computeIfAbsent(spec, Bundles::generate);
    }

    private static Bundle generate(SynthSpec spec) {
        try {
            Path dir = Files.createTempDirectory("lantern-synth-test-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            BundleSummary summary = SyntheticBundle.write(spec, dir);
            List<String> lines = Files.readAllLines(dir.resolve(BundleGenerator.RECORDS_FILE));
            List<JsonNode> records = lines.stream().map(JSON::readTree).toList();
            JsonNode groundTruth = JSON.readTree(dir.resolve(BundleGenerator.GROUND_TRUTH_FILE).toFile());
            return new Bundle(dir, summary, lines, records, groundTruth);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary directory left behind is harmless.
        }
    }
}
