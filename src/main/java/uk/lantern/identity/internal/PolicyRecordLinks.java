package uk.lantern.identity.internal;

import org.springframework.stereotype.Component;

import uk.lantern.identity.AccessPolicy;
import uk.lantern.identity.Actor;
import uk.lantern.identity.Operation;
import uk.lantern.identity.ProtectedRecords;
import uk.lantern.identity.RecordLinks;
import uk.lantern.identity.RecordRef;

/** Links follow the access policy's own decision for a read. */
@Component
class PolicyRecordLinks implements RecordLinks {

    private final ProtectedRecords records;
    private final AccessPolicy policy;

    PolicyRecordLinks(ProtectedRecords records, AccessPolicy policy) {
        this.records = records;
        this.policy = policy;
    }

    @Override
    public boolean mayOpen(Actor viewer, RecordRef record) {
        return records.find(record).map(found -> policy.decide(viewer, Operation.READ, found).allowed())
                .orElse(false);
    }
}
