package uk.lantern.synth.internal;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import uk.lantern.interchange.RejectedRecord;
import uk.lantern.interchange.internal.InterchangeSchema;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaConformanceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The schema as the importer applies it, formats asserted (see InterchangeSchema on e-mail addresses). */
    private final InterchangeSchema schema = new InterchangeSchema();

    @Test
    void everyLineOfAThreeHundredChildBundleValidates() {
        List<String> problems = new ArrayList<>();
        List<String> lines = Bundles.threeHundredChildren().lines();
        for (int i = 0; i < lines.size(); i++) {
            List<RejectedRecord> errors = schema.check(i + 1, JSON.readTree(lines.get(i)));
            if (!errors.isEmpty()) {
                problems.add("line " + (i + 1) + ": " + errors + " in " + lines.get(i));
            }
        }
        assertThat(lines).hasSizeGreaterThan(600);
        assertThat(problems).isEmpty();
    }

    @Test
    void theBundleHoldsEveryRecordType() {
        assertThat(Bundles.threeHundredChildren().records().stream().map(record -> record.get("type").asString())
                .distinct()).containsExactly("agency", "person", "child", "referral", "decision", "missing_episode",
                        "return_interview", "vehicle", "phone", "location", "organisation", "intel_report", "link");
    }

    @Test
    void theValidatorRejectsABrokenRecord() {
        String referralWithoutConcern = "{\"type\":\"referral\",\"sourceSystem\":\"x\",\"sourceId\":\"1\","
                + "\"receivedAt\":\"2026-01-01T10:00:00Z\",\"referrer\":{\"name\":\"A\",\"agency\":{\"sourceId\":\"a\"}},"
                + "\"children\":[{\"sourceId\":\"c\"}],\"cseConcern\":false,\"urgency\":\"ROUTINE\"}";
        String badInstant = "{\"type\":\"decision\",\"sourceSystem\":\"x\",\"sourceId\":\"1\","
                + "\"referral\":{\"sourceId\":\"r\"},\"decidedAt\":\"yesterday\",\"outcome\":\"EARLY_HELP\","
                + "\"reasons\":\"r\"}";

        assertThat(schema.check(1, JSON.readTree(referralWithoutConcern))).isNotEmpty();
        assertThat(schema.check(1, JSON.readTree(badInstant))).isNotEmpty();
        assertThat(schema.check(1, JSON.readTree(referralWithoutConcern.replace("\"cseConcern\"",
                "\"concern\":\"c\",\"cseConcern\"").replace("\"name\":\"A\",",
                "\"name\":\"A\",\"email\":\"not an address\","))))
                .isNotEmpty();
    }
}
