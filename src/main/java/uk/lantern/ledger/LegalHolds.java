package uk.lantern.ledger;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The register of legal holds (DESIGN.md §3.10). A hold on a case, or on an area, blocks any retention purge of the
 * records it covers while it stands, for example while an inquiry is running. Holds are placed and released with a
 * reason, never deleted, and each change appends its ledger entry ({@code LEGAL_HOLD_PLACED},
 * {@code LEGAL_HOLD_RELEASED}) in the same transaction.
 */
public interface LegalHolds {

    /**
     * Places a hold.
     *
     * @throws InvalidLegalHoldException naming each field that is wrong: an unknown scope, an unknown case reference
     *     or area code, a missing or over-long reason
     */
    LegalHold place(LedgerActor by, NewLegalHold hold);

    /**
     * Releases a standing hold.
     *
     * @throws InvalidLegalHoldException when the hold is already released or the reason is missing or too long
     * @throws java.util.NoSuchElementException when no hold has that id
     */
    LegalHold release(LedgerActor by, UUID id, String reason);

    Optional<LegalHold> find(UUID id);

    /** Every hold there has been: standing holds first, then released ones; newest first within each. */
    List<LegalHold> all();

    /** The standing holds that cover a case: on the case itself, or on an area that covers the case's area. */
    List<LegalHold> holdsCovering(String caseReference, String areaCode);

    /** Whether any standing hold covers the case. */
    default boolean isHeld(String caseReference, String areaCode) {
        return !holdsCovering(caseReference, areaCode).isEmpty();
    }

    /**
     * The standing holds, for a retention purge. It must be called inside the purge's transaction: until that
     * transaction ends no hold can be placed or released, so a record checked against these holds cannot be purged
     * under a hold placed a moment later.
     */
    StandingHolds standingForPurge();
}
