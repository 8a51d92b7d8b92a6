package uk.lantern.support;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import uk.lantern.identity.AgencyId;
import uk.lantern.identity.ProtectedRecord;
import uk.lantern.identity.ProtectedRecordSource;
import uk.lantern.identity.RecordRef;
import uk.lantern.identity.UserId;

/**
 * Protected records of the test-only type {@value #TYPE}, so access and break-glass rules can be tested before any
 * module that owns real person records exists.
 */
public class TestRecords implements ProtectedRecordSource {

    public static final String TYPE = "TEST_CHILD";

    private final Map<String, ProtectedRecord> records = new ConcurrentHashMap<>();

    public ProtectedRecord add(String id, String areaCode, Set<AgencyId> agencies, Set<UserId> assigned,
                               Set<UserId> referrers) {
        ProtectedRecord record = new ProtectedRecord(new RecordRef(TYPE, id), Set.of(areaCode), agencies, assigned,
                referrers);
        records.put(id, record);
        return record;
    }

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public Optional<ProtectedRecord> find(String recordId) {
        return Optional.ofNullable(records.get(recordId));
    }
}
