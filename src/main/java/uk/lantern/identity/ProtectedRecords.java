package uk.lantern.identity;

import java.util.Optional;

/**
 * Finds any protected record by reference, through the {@link ProtectedRecordSource} its owning module registered,
 * so that a module can apply the access policy to records another module owns (for example a child's record).
 */
public interface ProtectedRecords {

    Optional<ProtectedRecord> find(RecordRef ref);
}
