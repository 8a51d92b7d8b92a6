package uk.lantern.resolution.internal;

import tools.jackson.databind.json.JsonMapper;

import uk.lantern.resolution.PairComparison;

/** A pair's comparison, stored as JSON so the per-field weights behind a decision stay as they were then. */
final class PairExplanations {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PairExplanations() {
    }

    static String write(PairComparison comparison) {
        return JSON.writeValueAsString(comparison);
    }

    static PairComparison read(String json) {
        return JSON.readValue(json, PairComparison.class);
    }
}
