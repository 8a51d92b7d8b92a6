package uk.lantern.synth.internal;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.lantern.synth.SynthSpec;
import uk.lantern.synth.internal.ChildRecordFactory.RecordedChild;

/**
 * {@code ground-truth.json}: one JSON document, with one network, person or child a line so it stays readable. For
 * each true child it lists the (sourceSystem, sourceId) of every record of that child and how each record differs
 * from the truth; for each true adult, the same; for each planted network, its suspects with all their records, its
 * children, areas and things.
 *
 * <p>Children and carers are known as the children are told, networks only at the end, when every child of theirs
 * is known. Each list streams to its own part file beside the document, and the parts are joined in document order
 * at the end, so nothing is held in memory.
 */
final class GroundTruthFile implements Closeable {

    static final String FORMAT = "lantern-synth-ground-truth-v2";

    private final Path path;
    private final SynthSpec spec;
    private final JsonArrayPart networks;
    private final JsonArrayPart persons;
    private final JsonArrayPart children;

    GroundTruthFile(Path path, SynthSpec spec) throws IOException {
        this.path = path;
        this.spec = spec;
        this.networks = new JsonArrayPart(part("networks"));
        this.persons = new JsonArrayPart(part("persons"));
        this.children = new JsonArrayPart(part("children"));
    }

    private Path part(String list) {
        return path.resolveSibling("." + path.getFileName() + "." + list + ".part");
    }

    void child(TrueChild child, List<RecordedChild> records) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", child.id());
        entry.put("areaCode", child.town().areaCode());
        entry.put("cse", child.cse().name());
        entry.put("network", child.network() == null ? null : child.network().id());
        Map<String, Object> truth = new LinkedHashMap<>();
        truth.put("firstName", child.firstName());
        truth.put("surname", child.surname());
        truth.put("dateOfBirth", child.dateOfBirth().toString());
        truth.put("sex", child.sex().name());
        truth.put("nhsNumber", child.nhsNumber());
        truth.put("ethnicity", child.ethnicGroup().ons2021());
        entry.put("truth", truth);
        entry.put("records", records.stream().map(recorded -> record(recorded.record(), recorded.variations()))
                .toList());
        children.add(entry);
    }

    void person(PersonTruth person) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", person.id());
        entry.put("kind", person.kind().name());
        entry.put("plantedSuspect", person.plantedSuspect());
        entry.put("network", person.network());
        Map<String, Object> truth = new LinkedHashMap<>();
        truth.put("firstName", person.firstName());
        truth.put("surname", person.surname());
        truth.put("dateOfBirth", person.dateOfBirth());
        truth.put("sex", person.sex());
        entry.put("truth", truth);
        entry.put("records", person.records().stream()
                .map(recorded -> record(recorded.record(), recorded.variations())).toList());
        persons.add(entry);
    }

    /** @param childIds the true ids of the network's children */
    void network(Network network, List<String> childIds) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", network.id());
        entry.put("areaCode", network.town().areaCode());
        entry.put("areas", network.areaCodes());
        entry.put("suspects", network.members().stream().map(member -> {
            Map<String, Object> suspect = new LinkedHashMap<>();
            suspect.put("id", member.adult().id());
            suspect.put("records", member.records().stream().map(recorded -> recorded.record().ref()).toList());
            return suspect;
        }).toList());
        entry.put("children", childIds);
        entry.put("nicknames", network.nicknames());
        entry.put("vehicles", network.registrations());
        entry.put("phones", network.phones());
        entry.put("places", network.placeDescriptions());
        entry.put("organisations", network.taxiFirm() == null ? List.of() : List.of(network.taxiFirm().name()));
        networks.add(entry);
    }

    private static Map<String, Object> record(Interchange.InterchangeRecord record, List<Variation> variations) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("sourceSystem", record.sourceSystem());
        entry.put("sourceId", record.sourceId());
        entry.put("variations", variations.stream().map(Enum::name).toList());
        return entry;
    }

    /** Joins the lists into the document and removes the parts. */
    @Override
    public void close() throws IOException {
        try {
            networks.close();
            persons.close();
            children.close();
            Map<String, Object> specJson = new LinkedHashMap<>();
            specJson.put("seed", spec.seed());
            specJson.put("children", spec.children());
            specJson.put("now", spec.now().toString());
            specJson.put("months", spec.months());
            try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                out.write("{\"format\":\"" + FORMAT + "\",\n\"spec\":" + json(specJson) + ",\n\"networks\":[");
                networks.copyTo(out);
                out.write("\n],\n\"persons\":[");
                persons.copyTo(out);
                out.write("\n],\n\"children\":[");
                children.copyTo(out);
                out.write("\n]}\n");
            }
        } finally {
            networks.delete();
            persons.delete();
            children.delete();
        }
    }

    private static String json(Object value) {
        return Json.MAPPER.writeValueAsString(value);
    }

    /** The entries of one JSON array, one a line, in a part file until the document is joined. */
    private static final class JsonArrayPart {

        private final Path file;
        private final BufferedWriter out;
        private boolean empty = true;

        JsonArrayPart(Path file) throws IOException {
            this.file = file;
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }

        void add(Object entry) {
            try {
                out.write(empty ? "\n" : ",\n");
                out.write(json(entry));
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
            empty = false;
        }

        void close() throws IOException {
            out.close();
        }

        void copyTo(Writer target) throws IOException {
            try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                in.transferTo(target);
            }
        }

        void delete() throws IOException {
            Files.deleteIfExists(file);
        }
    }
}
