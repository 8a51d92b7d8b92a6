package uk.lantern.identity;

import java.util.Optional;

/** Implemented by each module that owns protected records, so the access services can look them up by reference. */
public interface ProtectedRecordSource {

    /** The record type this source answers for, for example {@code CHILD}. */
    String recordType();

    Optional<ProtectedRecord> find(String recordId);
}
