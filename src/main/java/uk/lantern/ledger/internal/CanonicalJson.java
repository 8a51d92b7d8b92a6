package uk.lantern.ledger.internal;

import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes ledger payloads as canonical JSON: keys sorted, no insignificant whitespace, dates as ISO-8601 text. The
 * stored text is exactly what was digested, so verification never depends on how a database re-formats JSON.
 */
final class CanonicalJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(tools.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private CanonicalJson() {
    }

    static String write(Map<String, ?> payload) {
        return MAPPER.writeValueAsString(payload);
    }
}
