package uk.lantern.synth.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ReferentialIntegrityTest {

    private static final List<String> SECTION_OF_TYPE = List.of("agency", "child|person", "referral", "decision",
            "missing_episode", "return_interview", "vehicle", "phone", "location", "organisation", "intel_report",
            "link");

    @Test
    void everyReferencePointsToAnEarlierRecordOfTheRightType() {
        Bundles.Bundle bundle = Bundles.fiveThousandChildren();
        Map<String, String> seenTypes = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int references = 0;
        for (JsonNode record : bundle.records()) {
            String system = record.get("sourceSystem").asString();
            switch (record.get("type").asString()) {
                case "referral" -> {
                    references += check(seenTypes, system, record.get("referrer").get("agency"), "agency", problems);
                    for (JsonNode child : record.get("children")) {
                        references += check(seenTypes, system, child, "child", problems);
                    }
                }
                case "decision" -> references += check(seenTypes, system, record.get("referral"), "referral",
                        problems);
                case "missing_episode" -> {
                    references += check(seenTypes, system, record.get("child"), "child", problems);
                    references += check(seenTypes, system, record.get("reportingAgency"), "agency", problems);
                }
                case "return_interview" -> references += check(seenTypes, system, record.get("episode"),
                        "missing_episode", problems);
                case "intel_report" -> {
                    references += check(seenTypes, system, record.get("agency"), "agency", problems);
                    for (JsonNode subject : record.get("subjects")) {
                        references += checkSubject(seenTypes, system, subject.get("subject"), problems);
                    }
                }
                case "link" -> {
                    references += check(seenTypes, system, record.get("report"), "intel_report", problems);
                    references += checkSubject(seenTypes, system, record.get("from"), problems);
                    references += checkSubject(seenTypes, system, record.get("to"), problems);
                }
                default -> {
                }
            }
            seenTypes.put(Bundles.key(record), record.get("type").asString());
        }
        assertThat(problems).isEmpty();
        assertThat(references).isGreaterThan(10_000);
    }

    @Test
    void eachSourceSystemAndIdPairAppearsOnce() {
        Bundles.Bundle bundle = Bundles.fiveThousandChildren();
        assertThat(bundle.byKey()).hasSize(bundle.records().size());
    }

    @Test
    void recordsComeInDependencyOrder() {
        int section = 0;
        for (JsonNode record : Bundles.fiveThousandChildren().records()) {
            int recordSection = sectionOf(record.get("type").asString());
            assertThat(recordSection).as("section of %s", Bundles.key(record)).isGreaterThanOrEqualTo(section);
            section = recordSection;
        }
    }

    @Test
    void theGroundTruthNamesOnlyRecordsInTheBundle() {
        Bundles.Bundle bundle = Bundles.fiveThousandChildren();
        Map<String, JsonNode> records = bundle.byKey();
        for (JsonNode child : bundle.trueChildren()) {
            for (JsonNode record : child.get("records")) {
                JsonNode found = records.get(Bundles.key(record));
                assertThat(found).isNotNull();
                assertThat(found.get("type").asString()).isEqualTo("child");
            }
        }
        Set<String> trueChildIds = new HashSet<>();
        bundle.trueChildren().forEach(child -> trueChildIds.add(child.get("id").asString()));
        for (JsonNode network : bundle.networks()) {
            for (JsonNode suspect : network.get("suspects")) {
                for (JsonNode record : suspect.get("records")) {
                    assertThat(records.get(Bundles.key(record)).get("type").asString()).isEqualTo("person");
                }
            }
            network.get("children").forEach(child -> assertThat(trueChildIds).contains(child.asString()));
        }
        long childRecords = bundle.ofType("child").count();
        long inGroundTruth = bundle.trueChildren().stream().mapToLong(child -> child.get("records").size()).sum();
        assertThat(inGroundTruth).isEqualTo(childRecords);
        assertThat(bundle.trueChildren()).hasSize(5000);
    }

    @Test
    void everyPersonRecordBelongsToExactlyOneTrueAdult() {
        Bundles.Bundle bundle = Bundles.fiveThousandChildren();
        Map<String, JsonNode> records = bundle.byKey();
        Map<String, String> adultOfRecord = new HashMap<>();
        Set<String> adultIds = new HashSet<>();
        for (JsonNode person : bundle.truePersons()) {
            assertThat(adultIds.add(person.get("id").asString())).as(person.get("id").asString()).isTrue();
            for (JsonNode record : person.get("records")) {
                assertThat(records.get(Bundles.key(record)).get("type").asString()).isEqualTo("person");
                assertThat(adultOfRecord.put(Bundles.key(record), person.get("id").asString())).isNull();
            }
        }
        assertThat(adultOfRecord).hasSize((int) bundle.ofType("person").count());
        for (JsonNode network : bundle.networks()) {
            for (JsonNode suspect : network.get("suspects")) {
                suspect.get("records").forEach(record -> assertThat(adultOfRecord.get(Bundles.key(record)))
                        .isEqualTo(suspect.get("id").asString()));
            }
        }
    }

    private static int sectionOf(String type) {
        for (int i = 0; i < SECTION_OF_TYPE.size(); i++) {
            if (SECTION_OF_TYPE.get(i).matches(".*\\b" + type + "\\b.*")) {
                return i;
            }
        }
        throw new IllegalArgumentException(type);
    }

    /** A subject reference must point to an earlier record of the type it names. */
    private static int checkSubject(Map<String, String> seenTypes, String ownSystem, JsonNode subjectRef,
                                    List<String> problems) {
        return check(seenTypes, ownSystem, subjectRef, subjectRef.get("recordType").asString(), problems);
    }

    private static int check(Map<String, String> seenTypes, String ownSystem, JsonNode ref, String expectedType,
                             List<String> problems) {
        String system = ref.has("sourceSystem") ? ref.get("sourceSystem").asString() : ownSystem;
        String key = system + "|" + ref.get("sourceId").asString();
        String type = seenTypes.get(key);
        if (!expectedType.equals(type)) {
            problems.add(key + " should be an earlier " + expectedType + " but is " + type);
        }
        return 1;
    }
}
