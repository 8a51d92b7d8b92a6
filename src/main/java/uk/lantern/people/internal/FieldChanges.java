package uk.lantern.people.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The fields an update changes, each with its value before and after (for a list, the entries added), as the update's
 * ledger entry keeps them.
 */
final class FieldChanges {

    private final Map<String, Map<String, Object>> changes = new LinkedHashMap<>();

    FieldChanges compare(String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("before", before);
            change.put("after", after);
            changes.put(field, change);
        }
        return this;
    }

    /** Entries of a list that were not there before: lists only grow, because Lantern never deletes. */
    <T> List<T> added(String field, List<T> before, List<T> after, Function<T, String> describe) {
        List<T> added = after.stream().filter(entry -> !before.contains(entry)).distinct().toList();
        if (!added.isEmpty()) {
            changes.put(field, Map.of("added", added.stream().map(describe).toList()));
        }
        return added;
    }

    /** Words joined with spaces, leaving out the missing ones: how a list entry is shown in the ledger. */
    static String words(String... words) {
        return String.join(" ", Stream.of(words).filter(word -> word != null && !word.isBlank()).toList());
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    Map<String, Object> ledgerPayload() {
        return Map.of("changes", changes);
    }
}
