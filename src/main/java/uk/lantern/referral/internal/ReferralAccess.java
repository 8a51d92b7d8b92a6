package uk.lantern.referral.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.lantern.identity.AgencyId;
import uk.lantern.identity.ProtectedRecord;
import uk.lantern.identity.ProtectedRecordSource;
import uk.lantern.identity.RecordRef;
import uk.lantern.identity.UserId;
import uk.lantern.referral.ReferralId;

/** What the access policy knows about a referral: its area, the agencies involved and who referred it. */
@Component
class ReferralAccess implements ProtectedRecordSource {

    static final String RECORD_TYPE = "REFERRAL";

    private final ReferralRepository referrals;

    ReferralAccess(ReferralRepository referrals) {
        this.referrals = referrals;
    }

    static ProtectedRecord protectedRecord(StoredReferral referral) {
        // A referral raised inside the owning team has one agency in both places, which Set.of would refuse.
        Set<AgencyId> agencies = new HashSet<>(List.of(referral.referrerAgency(), referral.owningAgency()));
        Set<UserId> referrers = referral.referrerUser() == null ? Set.of() : Set.of(referral.referrerUser());
        return new ProtectedRecord(new RecordRef(RECORD_TYPE, referral.id().toString()), Set.of(referral.areaCode()),
                agencies, Set.of(), referrers);
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public Optional<ProtectedRecord> find(String recordId) {
        try {
            return referrals.find(ReferralId.of(recordId)).map(ReferralAccess::protectedRecord);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
