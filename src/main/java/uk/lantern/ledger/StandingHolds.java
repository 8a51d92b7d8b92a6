package uk.lantern.ledger;

import java.util.List;
import java.util.Set;

/**
 * The legal holds standing at one moment, for a retention purge to check its candidates against.
 *
 * @param holds every standing hold
 * @param caseReferences the references of the cases held by name
 * @param heldAreaCodes every area code whose cases are held: each held area, and for a police force area or England
 *     every local authority it covers
 */
public record StandingHolds(List<LegalHold> holds, Set<String> caseReferences, Set<String> heldAreaCodes) {

    public StandingHolds {
        holds = List.copyOf(holds);
        caseReferences = Set.copyOf(caseReferences);
        heldAreaCodes = Set.copyOf(heldAreaCodes);
    }

    /** Whether a case, by its reference and its area's code, is held. */
    public boolean cover(String caseReference, String areaCode) {
        return caseReferences.contains(caseReference) || heldAreaCodes.contains(areaCode);
    }
}
