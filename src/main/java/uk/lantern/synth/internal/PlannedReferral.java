package uk.lantern.synth.internal;

import java.time.Instant;
import java.util.List;

/** A referral before it is written: who made it, when, and what it is about. */
record PlannedReferral(int ordinal, SynthAgency agency, Instant receivedAt, boolean cseConcern,
                       List<Indicator> indicators, String urgency, String lawfulBasis) {

    boolean harm() {
        return indicators.stream().anyMatch(Indicator::harm);
    }

    String sourceId(TrueChild child) {
        return String.format("REF-%07d-%d", child.index(), ordinal);
    }
}
