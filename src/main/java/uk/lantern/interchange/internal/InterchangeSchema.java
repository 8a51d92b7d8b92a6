package uk.lantern.interchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import uk.lantern.interchange.RejectedRecord;

/**
 * The interchange JSON Schema, with formats (date-time, date, email) asserted. Email addresses are checked against
 * the RFC 5321 mailbox syntax rather than a list of registered top-level domains, so that reserved test domains
 * such as {@code .invalid} are accepted as the RFC allows.
 */
@Component
public class InterchangeSchema {

    public static final String RESOURCE = "/interchange/lantern-interchange-v1.schema.json";
    private static final Pattern MAILBOX = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private final Schema schema;

    public InterchangeSchema() {
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
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(dialect,
                builder -> builder.schemaRegistryConfig(config));
        try (InputStream in = InterchangeSchema.class.getResourceAsStream(RESOURCE)) {
            this.schema = registry.getSchema(in, com.networknt.schema.InputFormat.JSON);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The problems with one record, each naming the field by its path, such as {@code referrer.email}. */
    public List<RejectedRecord> check(long line, JsonNode record) {
        // One problem per field, its messages joined, so a bad value is reported once however many rules it breaks.
        Map<String, String> byField = new LinkedHashMap<>();
        for (Error error : schema.validate(record)) {
            byField.merge(field(error), error.getMessage(), (first, more) -> first.contains(more) ? first
                    : first + "; " + more);
        }
        return byField.entrySet().stream().map(entry -> new RejectedRecord(line, entry.getKey(), entry.getValue()))
                .toList();
    }

    private static String field(Error error) {
        String path = error.getInstanceLocation().toString().replaceFirst("^[$/.]+", "")
                .replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.').replace(".[", "[");
        boolean namesAProperty = "required".equals(error.getKeyword())
                || "additionalProperties".equals(error.getKeyword());
        if (namesAProperty && error.getProperty() != null) {
            return path.isEmpty() ? error.getProperty() : path + "." + error.getProperty();
        }
        return path.isEmpty() ? "record" : path;
    }
}
