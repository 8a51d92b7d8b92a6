package uk.lantern.resolution;

import java.util.Set;

/**
 * Analysts' decisions on pairs, which every resolution honours over the model.
 *
 * @param mustLink pairs an analyst accepted: their records end in one cluster
 * @param cannotLink pairs an analyst rejected: their records never end in one cluster, neither directly nor through
 *     other records; where accepted pairs would chain two rejected records together, the accepted pair that closes
 *     the chain is not applied and is reported as a conflict
 */
public record Decisions(Set<RecordPair> mustLink, Set<RecordPair> cannotLink) {

    public Decisions {
        mustLink = Set.copyOf(mustLink);
        cannotLink = Set.copyOf(cannotLink);
    }

    public static Decisions none() {
        return new Decisions(Set.of(), Set.of());
    }
}
