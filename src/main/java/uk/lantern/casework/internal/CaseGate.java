package uk.lantern.casework.internal;

import org.springframework.stereotype.Component;

import uk.lantern.casework.CaseId;
import uk.lantern.casework.CaseStatus;
import uk.lantern.identity.AccessPolicy;
import uk.lantern.identity.AccessRefusedException;
import uk.lantern.identity.Actor;
import uk.lantern.identity.Capability;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.RecordNotFoundException;

/**
 * The one way into a case for every casework service: a read is authorised and logged with its purpose, a change
 * needs the capability, the access policy's consent and an open case, and takes the case's row lock so that two
 * changes to one case (a closure and a new action, say) follow each other.
 */
@Component
class CaseGate {

    private final CaseRepository cases;
    private final AccessPolicy accessPolicy;

    CaseGate(CaseRepository cases, AccessPolicy accessPolicy) {
        this.cases = cases;
        this.accessPolicy = accessPolicy;
    }

    CaseRepository.StoredCase forRead(Actor reader, CaseId id, String purpose) {
        CaseRepository.StoredCase stored = existing(id);
        accessPolicy.authoriseRead(reader, CaseAccess.protectedRecord(stored), purpose);
        return stored;
    }

    CaseRepository.StoredCase forChange(Actor actor, CaseId id, Capability needed) {
        CaseRepository.StoredCase stored = cases.findForUpdate(id)
                .orElseThrow(() -> new RecordNotFoundException(CaseAccess.RECORD_TYPE));
        if (!actor.can(needed)) {
            throw new AccessRefusedException(CaseAccess.protectedRecord(stored).ref(), false);
        }
        accessPolicy.authoriseChange(actor, CaseAccess.protectedRecord(stored));
        if (stored.status() == CaseStatus.CLOSED) {
            throw new InvalidInputException("case", "The case is closed");
        }
        return stored;
    }

    CaseRepository.StoredCase existing(CaseId id) {
        return cases.find(id).orElseThrow(() -> new RecordNotFoundException(CaseAccess.RECORD_TYPE));
    }
}
