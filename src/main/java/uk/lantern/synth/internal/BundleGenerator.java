package uk.lantern.synth.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.lantern.synth.BundleSummary;
import uk.lantern.synth.SynthSpec;
import uk.lantern.synth.internal.Interchange.InterchangeRecord;

/**
 * Writes a bundle in one pass over the children, then the intelligence about the networks they were linked to and
 * about everything else. Each section of {@code lantern.jsonl} streams to its own part file, and the parts are joined
 * in section order at the end: that keeps every reference pointing backwards without holding any records in memory.
 * Between the children and the intelligence, only each network's children are remembered, one number each.
 */
public final class BundleGenerator {

    public static final String RECORDS_FILE = "lantern.jsonl";
    public static final String GROUND_TRUTH_FILE = "ground-truth.json";
    public static final String SUMMARY_FILE = "SUMMARY.txt";

    /** Interchange types in the order the schema lists them, which is also the order they appear in the file. */
    static final List<String> TYPES = List.of("agency", "child", "person", "referral", "decision", "missing_episode",
            "return_interview", "vehicle", "phone", "location", "organisation", "intel_report", "link");

    private final SynthSpec spec;

    public BundleGenerator(SynthSpec spec) {
        this.spec = spec;
    }

    public BundleSummary writeTo(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Map<Section, Path> parts = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            parts.put(section, outDir.resolve("." + RECORDS_FILE + "." + section.ordinal() + ".part"));
        }
        try {
            Map<String, Long> counts = writeParts(outDir, parts);
            join(parts, outDir.resolve(RECORDS_FILE));
            Path groundTruth = outDir.resolve(GROUND_TRUTH_FILE);
            Path summaryFile = outDir.resolve(SUMMARY_FILE);
            BundleSummary summary = new BundleSummary(spec, counts,
                    List.of(outDir.resolve(RECORDS_FILE), groundTruth, summaryFile));
            Files.writeString(summaryFile, summary.describe(), StandardCharsets.UTF_8);
            return summary;
        } finally {
            for (Path part : parts.values()) {
                Files.deleteIfExists(part);
            }
        }
    }

    private Map<String, Long> writeParts(Path outDir, Map<Section, Path> parts) throws IOException {
        Dice seed = new Dice(spec.seed());
        World world = new World(spec, seed.split());
        NetworkChildren told = new NetworkChildren(world.agencies());
        Map<Section, JsonLinesFile> files = new EnumMap<>(Section.class);
        try (GroundTruthFile truth = new GroundTruthFile(outDir.resolve(GROUND_TRUTH_FILE), spec)) {
            for (Section section : Section.values()) {
                files.put(section, new JsonLinesFile(parts.get(section)));
            }
            world.agencies().all().forEach(agency -> files.get(Section.AGENCIES).write(agency.record()));
            world.networks().all().forEach(network -> network.members().forEach(member -> member.records()
                    .forEach(recorded -> files.get(Section.CHILDREN_AND_PERSONS).write(recorded.record()))));
            BundleSink sink = new BundleSink() {
                @Override
                public void write(Section section, InterchangeRecord record) {
                    files.get(section).write(record);
                }

                @Override
                public void truth(TrueChild child, List<ChildRecordFactory.RecordedChild> records) {
                    truth.child(child, records);
                    told.add(child, records);
                }

                @Override
                public void person(PersonTruth person) {
                    truth.person(person);
                }

                @Override
                public void network(Network network, List<String> childIds) {
                    truth.network(network, childIds);
                }
            };
            ChildStory story = new ChildStory(world);
            for (int index = 0; index < spec.children(); index++) {
                story.tell(index, seed.split(), sink);
            }
            new IntelligenceSection(world, told).write(seed.split(), sink);
        } finally {
            for (JsonLinesFile file : files.values()) {
                file.close();
            }
        }
        return counts(files);
    }

    private static Map<String, Long> counts(Map<Section, JsonLinesFile> files) {
        Map<String, Long> counts = new LinkedHashMap<>();
        TYPES.forEach(type -> counts.put(type, 0L));
        files.values().forEach(file -> file.counts().forEach((type, count) -> counts.merge(type, count, Long::sum)));
        return counts;
    }

    /** Joins the parts through a temporary file, so a reader never sees half a bundle under the final name. */
    private static void join(Map<Section, Path> parts, Path target) throws IOException {
        Path joining = target.resolveSibling("." + target.getFileName() + ".joining");
        try (OutputStream out = Files.newOutputStream(joining)) {
            for (Section section : Section.values()) {
                Files.copy(parts.get(section), out);
            }
        }
        Files.move(joining, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
