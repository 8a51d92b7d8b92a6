package uk.lantern.interchange.internal;

import java.util.Map;
import java.util.Optional;

/**
 * The records already imported from a file's source systems, held in memory for the length of one import so that
 * each record costs no lookup query; records stored by the import are added as it goes.
 */
final class KnownKeys {

    private final Map<String, ImportKeys.Known> known;

    KnownKeys(Map<String, ImportKeys.Known> known) {
        this.known = known;
    }

    Optional<ImportKeys.Known> find(String type, String sourceSystem, String sourceId) {
        return Optional.ofNullable(known.get(SourceRecord.key(type, sourceSystem, sourceId)));
    }

    void add(String type, String sourceSystem, String sourceId, ImportKeys.Known record) {
        known.put(SourceRecord.key(type, sourceSystem, sourceId), record);
    }
}
