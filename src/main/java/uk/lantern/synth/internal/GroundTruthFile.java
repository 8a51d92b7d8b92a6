package uk.lantern.synth.internal;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.lantern.synth.SynthSpec;
import uk.lantern.synth.internal.ChildRecordFactory.RecordedChild;

/**
 * {@code ground-truth.json}: one JSON document, streamed with one network or child a line so it stays readable and
 * never has to be held in memory. For each true child it lists the (sourceSystem, sourceId) of every record of that
 * child and how each record differs from the truth; for each planted network, its adults' records and its
 * nicknames, vehicles, phones and places.
 */
final class GroundTruthFile implements Closeable {

    static final String FORMAT = "lantern-synth-ground-truth-v1";

    private final BufferedWriter out;
    private boolean firstChild = true;

    GroundTruthFile(Path path, SynthSpec spec, List<Network> networks) throws IOException {
        this.out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        Map<String, Object> specJson = new LinkedHashMap<>();
        specJson.put("seed", spec.seed());
        specJson.put("children", spec.children());
        specJson.put("now", spec.now().toString());
        specJson.put("months", spec.months());
        out.write("{\"format\":\"" + FORMAT + "\",\n\"spec\":" + json(specJson) + ",\n\"networks\":[");
        for (int i = 0; i < networks.size(); i++) {
            out.write(i == 0 ? "\n" : ",\n");
            out.write(json(network(networks.get(i))));
        }
        out.write("\n],\n\"children\":[");
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
        entry.put("records", records.stream().map(recorded -> {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("sourceSystem", recorded.record().sourceSystem());
            record.put("sourceId", recorded.record().sourceId());
            record.put("variations", recorded.variations().stream().map(Enum::name).toList());
            return record;
        }).toList());
        try {
            out.write(firstChild ? "\n" : ",\n");
            out.write(json(entry));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        firstChild = false;
    }

    @Override
    public void close() throws IOException {
        out.write("\n]}\n");
        out.close();
    }

    private static Map<String, Object> network(Network network) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", network.id());
        entry.put("areaCode", network.town().areaCode());
        entry.put("members", network.members().stream().map(member -> member.nominal().record().ref()).toList());
        entry.put("nicknames", network.nicknames());
        entry.put("vehicles", network.registrations());
        entry.put("phones", network.phones());
        entry.put("places", network.placeDescriptions());
        return entry;
    }

    private static String json(Object value) {
        return Json.MAPPER.writeValueAsString(value);
    }
}
