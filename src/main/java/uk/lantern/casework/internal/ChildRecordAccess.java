package uk.lantern.casework.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.lantern.identity.AgencyId;
import uk.lantern.identity.ProtectedRecord;
import uk.lantern.identity.ProtectedRecordSource;
import uk.lantern.identity.RecordRef;
import uk.lantern.identity.UserId;
import uk.lantern.people.ChildId;
import uk.lantern.people.Children;
import uk.lantern.referral.ChildReferralLinks;
import uk.lantern.referral.Referrals;

/**
 * What the access policy knows about a child's record: the child's area, every agency involved through referrals
 * and cases, the workers assigned to the child's cases, and the people who referred the child.
 */
@Component
class ChildRecordAccess implements ProtectedRecordSource {

    static final String RECORD_TYPE = "CHILD";

    private final Children children;
    private final Referrals referrals;
    private final CaseRepository cases;

    ChildRecordAccess(Children children, Referrals referrals, CaseRepository cases) {
        this.children = children;
        this.referrals = referrals;
        this.cases = cases;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public Optional<ProtectedRecord> find(String recordId) {
        try {
            return find(ChildId.of(recordId));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    Optional<ProtectedRecord> find(ChildId id) {
        return children.find(id).map(child -> {
            ChildReferralLinks links = referrals.linksOf(id);
            Set<AgencyId> agencies = new HashSet<>(links.agencies());
            Set<UserId> assigned = new HashSet<>();
            for (CaseRepository.StoredCase stored : cases.withChild(id)) {
                agencies.add(stored.owningAgency());
                if (stored.assignedWorker() != null) {
                    assigned.add(stored.assignedWorker());
                }
            }
            return new ProtectedRecord(new RecordRef(RECORD_TYPE, id.toString()), Set.of(child.areaCode()), agencies,
                    assigned, links.referrers());
        });
    }
}
