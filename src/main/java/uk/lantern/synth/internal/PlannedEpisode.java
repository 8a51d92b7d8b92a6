package uk.lantern.synth.internal;

import java.time.Instant;

/**
 * A missing episode before it is written.
 *
 * @param returnedAt null while the child is still missing at the end of the period
 * @param withNetwork whether the child was with the network's adults while missing
 */
record PlannedEpisode(int ordinal, Instant lastSeenAt, Instant reportedAt, Instant returnedAt, boolean withNetwork) {

    String sourceId(TrueChild child) {
        return String.format("MISS-%07d-%d", child.index(), ordinal);
    }
}
