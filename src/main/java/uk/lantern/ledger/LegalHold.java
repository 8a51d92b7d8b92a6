package uk.lantern.ledger;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A legal hold, standing or released. Released holds are kept: the register shows every hold there has been.
 *
 * @param reference the case reference or the area's ONS code, according to {@code scope}
 * @param placedBy the username of whoever placed it
 * @param releasedBy the username of whoever released it, or null while it stands
 */
public record LegalHold(UUID id, HoldScope scope, String reference, String reason, String placedBy,
                        Instant placedAt, String releasedBy, Instant releasedAt, String releaseReason) {

    /** Whether the hold still stands: it blocks the retention purge until it is released. */
    @JsonProperty("standing")
    public boolean standing() {
        return releasedAt == null;
    }
}
