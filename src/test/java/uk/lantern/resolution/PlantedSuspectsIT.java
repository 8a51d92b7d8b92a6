package uk.lantern.resolution;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import uk.lantern.interchange.ImportReport;
import uk.lantern.interchange.Importer;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.people.RecordKind;
import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.PlantedSuspects;
import uk.lantern.support.PlantedSuspects.PlantedRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled resolution on a planted scenario (PlantedSuspects): suspects recorded differently by the police,
 * social care and a children's home, their innocent namesakes and relatives, and a town's unrelated adults, imported
 * in three batches with the scheduled run after each, as records would arrive. No batch run is asked for: the model is
 * trained, and trained again, only as the scheduled path decides. The scenario is the whole population, in a
 * database of its own: other tests' people would change what the model learns from the town.
 */
@TestPropertySource(properties = "lantern.data-dir=${lantern.test.data-root:target/it-data/default}/planted-suspects")
class PlantedSuspectsIT extends IntegrationTestBase {

    private static final Logger LOG = LoggerFactory.getLogger(PlantedSuspectsIT.class);
    private static final int BACKGROUND_PEOPLE = 300;
    private static final double REQUIRED_SHARE = 0.9;

    @Autowired
    Importer importer;
    @Autowired
    Identities identities;
    @Autowired
    ResolutionProperties properties;

    @TempDir
    Path directory;

    @Test
    void theScheduledRunJoinsEachSuspectsRecordsAndMergesNoInnocentMan() throws Exception {
        PlantedSuspects scenario = PlantedSuspects.build(BACKGROUND_PEOPLE);
        String suffix = "-" + unique("planted-");
        for (int batch = 0; batch < PlantedSuspects.BATCHES; batch++) {
            importBatch(scenario, batch, suffix);
            resolveAsTheScheduleDoes();
            clock.advance(Duration.ofDays(14));
        }
        Map<PlantedRecord, UUID> lanternIds = lanternIds(scenario.records(), suffix);
        Map<UUID, String> identityOf = identities.identityOf(RecordKind.PERSON, lanternIds.values());
        Resolver resolver = Resolver.withModel(ResolutionModel.fromJson(jdbc.sql(
                "SELECT model::text FROM resolution_model WHERE kind = 'PERSON'").query(String.class).single()),
                properties.settings());

        int pairs = 0;
        int joined = 0;
        Map<String, Double> shareOf = new LinkedHashMap<>();
        List<String> missed = new ArrayList<>();
        List<String> wronglyMerged = new ArrayList<>();
        for (String suspect : scenario.suspects()) {
            List<PlantedRecord> his = scenario.recordsOf(suspect);
            int hisJoined = 0;
            for (int i = 0; i < his.size(); i++) {
                for (int j = i + 1; j < his.size(); j++) {
                    if (identityOf.get(lanternIds.get(his.get(i))).equals(identityOf.get(lanternIds.get(his.get(j))))) {
                        hisJoined++;
                    } else {
                        missed.add(explain(resolver, his.get(i), his.get(j), identityOf, lanternIds));
                    }
                }
            }
            int hisPairs = his.size() * (his.size() - 1) / 2;
            pairs += hisPairs;
            joined += hisJoined;
            shareOf.put(suspect, (double) hisJoined / hisPairs);
            wronglyMerged.addAll(othersInHisIdentities(resolver, scenario, suspect, identityOf, lanternIds));
        }
        String figures = String.format("overall %d of %d suspects' pairs joined (%.3f); by suspect %s; missed: %s",
                joined, pairs, (double) joined / pairs, shareOf, missed);
        LOG.info("Planted suspects: {}; {} planted records; model trained on {} records after {} batch runs of the "
                + "schedule; wrongly merged: {}", figures, lanternIds.size(), jdbc.sql("SELECT records FROM "
                + "resolution_model WHERE kind = 'PERSON'").query(Integer.class).single(), ledger.entriesAbout(
                "RESOLUTION", "PERSON").stream().filter(entry -> entry.action().equals("RESOLUTION_RUN")).count(),
                wronglyMerged);

        assertThat(shareOf.values()).as(figures).allSatisfy(share -> assertThat(share).isGreaterThanOrEqualTo(
                REQUIRED_SHARE));
        assertThat(wronglyMerged).as("records of other people in a suspect's identity").isEmpty();
    }

    private void importBatch(PlantedSuspects scenario, int batch, String suffix) throws Exception {
        Path file = directory.resolve("planted-" + batch + ".jsonl");
        Files.write(file, scenario.jsonLines(batch, suffix), StandardCharsets.UTF_8);
        ImportReport report = importer.importJsonLines(LedgerActor.system("test"), file,
                file.getFileName() + suffix);
        assertThat(report.committed()).as(report.toString()).isTrue();
    }

    /** What the schedule (PendingRecords) does every interval: resolve what waits until nothing does. */
    private void resolveAsTheScheduleDoes() {
        while (identities.resolvePending() > 0) {
            // each call resolves one batch of waiting records in its own transaction
        }
    }

    private Map<PlantedRecord, UUID> lanternIds(List<PlantedRecord> records, String suffix) {
        Map<PlantedRecord, UUID> ids = new LinkedHashMap<>();
        for (PlantedRecord record : records) {
            ids.put(record, jdbc.sql("SELECT lantern_id FROM import_record WHERE record_type = 'person' "
                    + "AND source_system = ? AND source_id = ?").params(record.system() + suffix, record.sourceId())
                    .query(UUID.class).single());
        }
        return ids;
    }

    /** Every record of someone else, suspect, innocent or background, that shares an identity with the suspect. */
    private List<String> othersInHisIdentities(Resolver resolver, PlantedSuspects scenario, String suspect,
                                               Map<UUID, String> identityOf, Map<PlantedRecord, UUID> lanternIds) {
        List<PlantedRecord> his = scenario.recordsOf(suspect);
        Set<String> hisIdentities = his.stream().map(record -> identityOf.get(lanternIds.get(record)))
                .collect(Collectors.toCollection(HashSet::new));
        List<String> others = new ArrayList<>();
        for (PlantedRecord other : scenario.records()) {
            String identity = identityOf.get(lanternIds.get(other));
            if (!other.person().equals(suspect) && hisIdentities.contains(identity)) {
                his.stream().filter(record -> identityOf.get(lanternIds.get(record)).equals(identity))
                        .forEach(record -> others.add(explain(resolver, record, other, identityOf, lanternIds)));
            }
        }
        return others;
    }

    /** A pair as the engine sees it now, with each field's weight, for a failure to say why. */
    private static String explain(Resolver resolver, PlantedRecord one, PlantedRecord other,
                                  Map<UUID, String> identityOf, Map<PlantedRecord, UUID> lanternIds) {
        PairComparison comparison = resolver.compare(engineRecord(one, lanternIds), engineRecord(other, lanternIds));
        String fields = comparison.fields().stream().filter(field -> field.matchWeight() != 0)
                .map(field -> String.format("%s %s %+.1f", field.comparison(), field.level(), field.matchWeight()))
                .collect(Collectors.joining(", "));
        return String.format("%n  [%s] %s (%s) vs [%s] %s (%s): p=%.3f %s, prior %+.1f, %s; identities %s / %s",
                one.person(), describe(one), one.system(), other.person(), describe(other), other.system(),
                comparison.probability(), comparison.classification(), comparison.priorWeight(), fields,
                identityOf.get(lanternIds.get(one)), identityOf.get(lanternIds.get(other)));
    }

    private static String describe(PlantedRecord record) {
        return String.join(" ", record.firstName(), record.surname(), String.valueOf(record.dateOfBirth()),
                String.valueOf(record.postcode()), String.valueOf(record.phone()));
    }

    /** The record's particulars as the engine reads them from the database (ParticularsRecords). */
    private static PersonRecord engineRecord(PlantedRecord record, Map<PlantedRecord, UUID> lanternIds) {
        Map<PersonField, String> fields = new EnumMap<>(PersonField.class);
        fields.put(PersonField.FIRST_NAME, record.firstName());
        fields.put(PersonField.SURNAME, record.surname());
        fields.put(PersonField.DATE_OF_BIRTH, record.dateOfBirth());
        fields.put(PersonField.SEX, record.sex());
        fields.put(PersonField.POSTCODE, record.postcode());
        fields.put(PersonField.PHONE, record.phone());
        return new PersonRecord(lanternIds.get(record).toString(), fields);
    }
}
