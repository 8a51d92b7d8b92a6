package uk.lantern.ledger;

/**
 * Whether a case reference names a case. The legal-hold register asks before it places a hold on a case; casework
 * answers. The ledger sits below every module that keeps cases, so it cannot look cases up itself.
 */
public interface CaseReferences {

    boolean exists(String caseReference);
}
