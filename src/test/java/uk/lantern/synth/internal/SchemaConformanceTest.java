package uk.lantern.synth.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaConformanceTest {

    private static Schema schema;

    /**
     * Referrers' addresses are at demo.lantern.invalid, a name reserved (RFC 2606) so that mail can never reach
     * anyone. It is a valid RFC 5321 mailbox, which is what the schema's "email" format asks for, but this
     * validator also insists on a top-level domain from the public registry. The test checks the RFC's syntax.
     */
    private static final Pattern MAILBOX = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    @BeforeAll
    static void loadSchema() throws Exception {
        Dialect dialect = Dialect.builder(Dialects.getDraft202012()).format(new Format() {
            @Override
            public String getName() {
                return "email";
            }

            @Override
            public boolean matches(ExecutionContext context, String value) {
                return MAILBOX.matcher(value).matches();
            }
        }).build();
        // Formats (date-time, date, email) are only annotations in 2020-12 unless asserted, and they matter here.
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(dialect,
                builder -> builder.schemaRegistryConfig(config));
        try (InputStream in = SchemaConformanceTest.class
                .getResourceAsStream("/interchange/lantern-interchange-v1.schema.json")) {
            schema = registry.getSchema(in, InputFormat.JSON);
        }
    }

    @Test
    void everyLineOfAThreeHundredChildBundleValidates() {
        List<String> problems = new ArrayList<>();
        List<String> lines = Bundles.threeHundredChildren().lines();
        for (int i = 0; i < lines.size(); i++) {
            List<Error> errors = schema.validate(lines.get(i), InputFormat.JSON);
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
                        "return_interview");
    }

    @Test
    void theValidatorRejectsABrokenRecord() {
        String referralWithoutConcern = "{\"type\":\"referral\",\"sourceSystem\":\"x\",\"sourceId\":\"1\","
                + "\"receivedAt\":\"2026-01-01T10:00:00Z\",\"referrer\":{\"name\":\"A\",\"agency\":{\"sourceId\":\"a\"}},"
                + "\"children\":[{\"sourceId\":\"c\"}],\"cseConcern\":false,\"urgency\":\"ROUTINE\"}";
        String badInstant = "{\"type\":\"decision\",\"sourceSystem\":\"x\",\"sourceId\":\"1\","
                + "\"referral\":{\"sourceId\":\"r\"},\"decidedAt\":\"yesterday\",\"outcome\":\"EARLY_HELP\","
                + "\"reasons\":\"r\"}";

        assertThat(schema.validate(referralWithoutConcern, InputFormat.JSON)).isNotEmpty();
        assertThat(schema.validate(badInstant, InputFormat.JSON)).isNotEmpty();
        assertThat(schema.validate(referralWithoutConcern.replace("\"cseConcern\"", "\"concern\":\"c\",\"cseConcern\"")
                .replace("\"name\":\"A\",", "\"name\":\"A\",\"email\":\"not an address\","), InputFormat.JSON))
                .isNotEmpty();
    }
}
