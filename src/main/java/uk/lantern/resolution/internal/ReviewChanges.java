package uk.lantern.resolution.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import uk.lantern.resolution.internal.IdentityRepository.PairRow;
import uk.lantern.resolution.internal.IdentityRepository.WaitingPair;

/**
 * How a batch run's review queue differs from the one stored: pairs to add, pairs to take off, and pairs still
 * waiting whose probability the new model changed. A pair that waits with the same probability is left as it is,
 * keeping its id and the time it was found.
 */
final class ReviewChanges {

    /** One part of the changes, written in a transaction of its own. */
    record Part(List<UUID> removed, List<PairRow> rescored, List<PairRow> added) {

        int size() {
            return removed.size() + rescored.size() + added.size();
        }
    }

    private final List<UUID> removed;
    private final List<PairRow> rescored;
    private final List<PairRow> added;

    private ReviewChanges(List<UUID> removed, List<PairRow> rescored, List<PairRow> added) {
        this.removed = removed;
        this.rescored = rescored;
        this.added = added;
    }

    /**
     * @param waiting the pairs stored as waiting for review
     * @param queue the run's review queue
     */
    static ReviewChanges between(List<WaitingPair> waiting, List<PairRow> queue) {
        Map<String, WaitingPair> stored = new HashMap<>();
        waiting.forEach(pair -> stored.put(pair.first() + " " + pair.second(), pair));
        Set<String> queued = new HashSet<>();
        List<PairRow> rescored = new ArrayList<>();
        List<PairRow> added = new ArrayList<>();
        for (PairRow pair : queue) {
            String key = pair.first() + " " + pair.second();
            queued.add(key);
            WaitingPair earlier = stored.get(key);
            if (earlier == null) {
                added.add(pair);
            } else if (earlier.probability() != pair.probability()) {
                rescored.add(new PairRow(earlier.id(), pair.kind(), pair.first(), pair.second(), pair.probability(),
                        pair.explanation(), pair.status(), pair.foundAt(), null, null, null));
            }
        }
        List<UUID> removed = waiting.stream().filter(pair -> !queued.contains(pair.first() + " " + pair.second()))
                .map(WaitingPair::id).toList();
        return new ReviewChanges(removed, rescored, added);
    }

    long size() {
        return (long) removed.size() + rescored.size() + added.size();
    }

    /** The changes in parts of at most {@code partSize} rows. */
    List<Part> parts(int partSize) {
        List<Part> parts = new ArrayList<>();
        for (int from = 0; from < removed.size(); from += partSize) {
            parts.add(new Part(removed.subList(from, Math.min(removed.size(), from + partSize)), List.of(),
                    List.of()));
        }
        for (int from = 0; from < rescored.size(); from += partSize) {
            parts.add(new Part(List.of(), rescored.subList(from, Math.min(rescored.size(), from + partSize)),
                    List.of()));
        }
        for (int from = 0; from < added.size(); from += partSize) {
            parts.add(new Part(List.of(), List.of(), added.subList(from, Math.min(added.size(), from + partSize))));
        }
        return parts;
    }
}
