package uk.lantern.interchange;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The outcome of an import. A file is imported whole or not at all: when anything is rejected, {@code committed} is
 * false and nothing from the file is stored.
 *
 * @param accepted records stored by this import
 * @param unchanged records already imported with the same content, so left as they were
 * @param rejected records with a problem, each listed in {@code problems}
 * @param acceptedByType accepted records by interchange type
 */
public record ImportReport(UUID importId, String fileName, boolean committed, long accepted, long unchanged,
                           long rejected, Map<String, Long> acceptedByType, List<RejectedRecord> problems) {
}
