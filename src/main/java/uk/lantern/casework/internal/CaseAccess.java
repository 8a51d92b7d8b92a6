package uk.lantern.casework.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.lantern.casework.CaseId;
import uk.lantern.identity.ProtectedRecord;
import uk.lantern.identity.ProtectedRecordSource;
import uk.lantern.identity.RecordRef;
import uk.lantern.identity.UserId;

/**
 * What the access policy knows about a case: its area, its owning team and its assigned worker. The referrer of the
 * original referral is deliberately not a relationship here: referrers follow their referral, not the case.
 */
@Component
class CaseAccess implements ProtectedRecordSource {

    static final String RECORD_TYPE = "CASE";

    private final CaseRepository cases;

    CaseAccess(CaseRepository cases) {
        this.cases = cases;
    }

    static ProtectedRecord protectedRecord(CaseRepository.StoredCase stored) {
        Set<UserId> assigned = new HashSet<>();
        if (stored.assignedWorker() != null) {
            assigned.add(stored.assignedWorker());
        }
        return new ProtectedRecord(new RecordRef(RECORD_TYPE, stored.id().toString()), Set.of(stored.areaCode()),
                Set.of(stored.owningAgency()), assigned, Set.of());
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public Optional<ProtectedRecord> find(String recordId) {
        try {
            return cases.find(CaseId.of(recordId)).map(CaseAccess::protectedRecord);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
