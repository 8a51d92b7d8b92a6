package uk.lantern.casework.internal.retention;

import org.springframework.stereotype.Component;

import uk.lantern.ledger.CaseReferences;

/** Tells the legal-hold register which case references name a case. */
@Component
class CaseReferenceCheck implements CaseReferences {

    private final RetentionRepository cases;

    CaseReferenceCheck(RetentionRepository cases) {
        this.cases = cases;
    }

    @Override
    public boolean exists(String caseReference) {
        return cases.caseExists(caseReference);
    }
}
