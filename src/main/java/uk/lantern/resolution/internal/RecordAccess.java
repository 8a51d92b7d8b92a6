package uk.lantern.resolution.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.lantern.identity.AccessDecision;
import uk.lantern.identity.AccessPolicy;
import uk.lantern.identity.AccessRefusedException;
import uk.lantern.identity.Actor;
import uk.lantern.identity.AgencyView;
import uk.lantern.identity.Directory;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.Operation;
import uk.lantern.identity.ProtectedRecord;
import uk.lantern.identity.ProtectedRecords;
import uk.lantern.identity.RecordRef;
import uk.lantern.people.Particulars;
import uk.lantern.people.RecordKind;
import uk.lantern.resolution.RecordSource;
import uk.lantern.resolution.RecordSources;
import uk.lantern.resolution.ResolvedRecord;

/**
 * The access policy applied to the records resolution shows: a child's or adult's record is seen in resolution only
 * as far as its owner's single read would show it ({@code CHILD} and {@code PERSON} records, found through
 * {@link ProtectedRecords}), and every record shown with its particulars is a logged read.
 */
@Component
class RecordAccess {

    private final ProtectedRecords protectedRecords;
    private final AccessPolicy policy;
    private final Directory directory;
    private final List<RecordSources> sources;

    RecordAccess(ProtectedRecords protectedRecords, AccessPolicy policy, Directory directory,
                 List<RecordSources> sources) {
        this.protectedRecords = protectedRecords;
        this.policy = policy;
        this.directory = directory;
        this.sources = sources;
    }

    /** What the policy knows of each record that exists; unknown ids are left out. */
    Map<UUID, ProtectedRecord> protectedRecords(RecordKind kind, Collection<UUID> records) {
        Map<UUID, ProtectedRecord> found = new LinkedHashMap<>();
        for (UUID record : records) {
            if (!found.containsKey(record)) {
                protectedRecords.find(new RecordRef(kind.name(), record.toString()))
                        .ifPresent(protectedRecord -> found.put(record, protectedRecord));
            }
        }
        return found;
    }

    boolean maySee(Actor actor, ProtectedRecord record) {
        return record != null && policy.decide(actor, Operation.READ, record).allowed();
    }

    /**
     * Refuses, before anything changes, a change to records the actor may not see.
     *
     * @throws InvalidInputException naming {@code record} when one of them does not exist
     * @throws AccessRefusedException when the actor may not see one of them
     */
    void requireMaySee(Actor actor, RecordKind kind, Collection<UUID> records) {
        Map<UUID, ProtectedRecord> found = protectedRecords(kind, records);
        for (UUID record : records) {
            ProtectedRecord protectedRecord = found.get(record);
            if (protectedRecord == null) {
                throw new InvalidInputException("record", "No " + kind.name().toLowerCase() + " record with that id");
            }
            AccessDecision decision = policy.decide(actor, Operation.READ, protectedRecord);
            if (!decision.allowed()) {
                throw new AccessRefusedException(protectedRecord.ref(), decision.breakGlassAvailable());
            }
        }
    }

    /** Refuses a read of a record the actor may not see, offering break-glass where the policy allows it. */
    void refuse(Actor actor, ProtectedRecord record) {
        AccessDecision decision = policy.decide(actor, Operation.READ, record);
        throw new AccessRefusedException(record.ref(), decision.breakGlassAvailable());
    }

    /** Shows records the actor may see, logging a read of each as the record's single read does. */
    List<ResolvedRecord> show(Actor actor, RecordKind kind, List<Particulars> records,
                              Map<UUID, ProtectedRecord> access, String purpose) {
        records.forEach(record -> policy.authoriseRead(actor, Objects.requireNonNull(access.get(record.id()),
                record.id().toString()), purpose));
        return describe(kind, records, access);
    }

    /** The records with their agencies and sources, for a caller that has already logged the read. */
    List<ResolvedRecord> describe(RecordKind kind, List<Particulars> records, Map<UUID, ProtectedRecord> access) {
        Map<UUID, List<RecordSource>> origins = new LinkedHashMap<>();
        List<UUID> ids = records.stream().map(Particulars::id).toList();
        sources.forEach(source -> origins.putAll(source.sourcesOf(kind, ids)));
        return records.stream().map(record -> new ResolvedRecord(record, agencyNames(access.get(record.id())),
                origins.getOrDefault(record.id(), List.of()))).toList();
    }

    private List<String> agencyNames(ProtectedRecord record) {
        return record.agencyIds().stream().map(directory::agency).flatMap(java.util.Optional::stream)
                .map(AgencyView::name).sorted().toList();
    }
}
