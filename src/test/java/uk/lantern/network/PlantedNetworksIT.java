package uk.lantern.network;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import uk.lantern.interchange.ImportReport;
import uk.lantern.interchange.Importer;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.people.RecordKind;
import uk.lantern.resolution.Identities;
import uk.lantern.support.IntegrationTestBase;
import uk.lantern.synth.SynthSpec;
import uk.lantern.synth.SyntheticBundle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole chain on a synthetic town with planted networks (a seed other than the demo's): import, entity resolution
 * as a batch, then network dossiers on all evidence. Every planted suspect must be found in some dossier (recall at
 * least 0.95), and the persons the dossiers name as suspects must be planted suspects (precision at least 0.90).
 */
/*
 * A whole synthetic town of its own seed gets its own database: its records share source ids with the demo town's, and
 * its hundreds of children would otherwise weigh on every other test's figures.
 */
@TestPropertySource(properties = "lantern.data-dir=${lantern.test.data-root:target/it-data/default}/planted-networks")
class PlantedNetworksIT extends IntegrationTestBase {

    private static final long SEED = 7;
    private static final int CHILDREN = 400;

    @Autowired
    Importer importer;
    @Autowired
    Identities identities;
    @Autowired
    Networks networks;

    @Test
    void dossiersFindThePlantedSuspects(@TempDir Path bundle) throws Exception {
        SyntheticBundle.write(new SynthSpec(SEED, CHILDREN, clock.instant().truncatedTo(ChronoUnit.DAYS)), bundle);
        ImportReport report = importer.importJsonLines(LedgerActor.system("planted-networks-test"),
                bundle.resolve("lantern.jsonl"), unique("planted-networks") + ".jsonl");
        assertThat(report.committed()).as("%s", report.problems()).isTrue();
        identities.runBatch(LedgerActor.system("planted-networks-test"), RecordKind.PERSON);
        identities.runBatch(LedgerActor.system("planted-networks-test"), RecordKind.CHILD);

        JsonNode truth = json(Files.readString(bundle.resolve("ground-truth.json")));
        Map<String, UUID> importedPersons = imported(report.importId(), "person");
        Map<UUID, String> trueAdultOf = new HashMap<>();
        truth.get("persons").forEach(person -> person.get("records").forEach(record -> {
            UUID id = importedPersons.get(record.get("sourceSystem").asString() + "/"
                    + record.get("sourceId").asString());
            if (id != null) {
                trueAdultOf.put(id, person.get("id").asString());
            }
        }));
        Set<String> planted = new HashSet<>();
        truth.get("networks").forEach(network -> network.get("suspects")
                .forEach(suspect -> planted.add(suspect.get("id").asString())));
        assertThat(planted).as("the bundle plants networks").hasSizeGreaterThan(4);

        Set<String> found = new HashSet<>();
        int namedSuspects = 0;
        int namedCorrectly = 0;
        for (NetworkDossier dossier : networks.allDossiers()) {
            for (DossierMember member : dossier.members()) {
                Set<String> adults = adultsOf(member.subject(), trueAdultOf);
                if (adults.isEmpty()) {
                    continue;
                }
                adults.stream().filter(planted::contains).forEach(found::add);
                if (member.subject().isSuspect()) {
                    namedSuspects++;
                    namedCorrectly += adults.size() == 1 && planted.containsAll(adults) ? 1 : 0;
                }
            }
        }
        double recall = (double) found.size() / planted.size();
        double precision = (double) namedCorrectly / namedSuspects;
        System.out.printf("Planted networks: %d planted suspects, recall %.3f, precision %.3f (%d of %d)%n",
                planted.size(), recall, precision, namedCorrectly, namedSuspects);
        assertThat(recall).as("recall of planted suspects").isGreaterThanOrEqualTo(0.95);
        assertThat(precision).as("precision of the suspects named in dossiers").isGreaterThanOrEqualTo(0.90);
    }

    /**
     * The true adults behind a dossier member: a person node is {@code person:} and its resolved identity, whose
     * records are listed by the identity; other nodes stand for no adult of the bundle.
     */
    private Set<String> adultsOf(Subject subject, Map<UUID, String> trueAdultOf) {
        if (!subject.id().value().startsWith("person:")) {
            return Set.of();
        }
        String identity = subject.id().value().substring("person:".length());
        Set<String> adults = new HashSet<>();
        List<UUID> records = jdbc.sql("SELECT record_id FROM resolved_record WHERE kind = 'PERSON' "
                + "AND identity_id = :identity").param("identity", identity).query(UUID.class).list();
        (records.isEmpty() ? List.of(UUID.fromString(identity)) : records).forEach(record -> {
            String adult = trueAdultOf.get(record);
            if (adult != null) {
                adults.add(adult);
            }
        });
        return adults;
    }

    private Map<String, UUID> imported(UUID run, String recordType) {
        Map<String, UUID> ids = new HashMap<>();
        jdbc.sql("SELECT source_system, source_id, lantern_id FROM import_record WHERE import_run_id = :run "
                        + "AND record_type = :type").param("run", run).param("type", recordType)
                .query((row, number) -> ids.put(row.getString(1) + "/" + row.getString(2),
                        row.getObject(3, UUID.class))).list();
        return ids;
    }
}
