package uk.lantern.casework.internal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.casework.CaseSummary;
import uk.lantern.identity.AccessPolicy;
import uk.lantern.identity.AccessRefusedException;
import uk.lantern.identity.Actor;
import uk.lantern.identity.Capability;
import uk.lantern.identity.ProtectedRecord;
import uk.lantern.identity.RecordNotFoundException;
import uk.lantern.people.ChildId;
import uk.lantern.people.ChildView;
import uk.lantern.people.Children;

/** A child's record as a page or the API shows it: the record, and the cases about the child. */
@Service
class ChildRecords {

    /** A child with the cases the reader may know of. */
    record ChildRecord(ChildView child, List<CaseSummary> cases) {
    }

    private final Children children;
    private final ChildRecordAccess access;
    private final AccessPolicy accessPolicy;
    private final CaseRepository cases;

    ChildRecords(Children children, ChildRecordAccess access, AccessPolicy accessPolicy, CaseRepository cases) {
        this.children = children;
        this.access = access;
        this.accessPolicy = accessPolicy;
        this.cases = cases;
    }

    @Transactional
    ChildRecord read(Actor reader, ChildId id, String purpose) {
        ProtectedRecord record = access.find(id).orElseThrow(() -> new RecordNotFoundException("CHILD"));
        accessPolicy.authoriseRead(reader, record, purpose);
        ChildView child = children.find(id).orElseThrow();
        List<CaseSummary> childCases = cases.withChild(id).stream().map(stored -> new CaseSummary(stored.id(),
                stored.reference(), List.of(child.fullName()), stored.status(), stored.openedAt(),
                stored.assignedWorkerName(), stored.reviewReason())).toList();
        return new ChildRecord(child, childCases);
    }

    @Transactional
    ChildView voidRecord(Actor actor, ChildId id, String reason) {
        ProtectedRecord record = access.find(id).orElseThrow(() -> new RecordNotFoundException("CHILD"));
        if (!actor.can(Capability.WORK_CASES) && !actor.can(Capability.DECIDE_REFERRALS)) {
            throw new AccessRefusedException(record.ref(), false);
        }
        accessPolicy.authoriseChange(actor, record);
        return children.voidRecord(actor, id, reason);
    }

}
