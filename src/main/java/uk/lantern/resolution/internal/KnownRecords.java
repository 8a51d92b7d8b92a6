package uk.lantern.resolution.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.lantern.people.PeopleRecords;
import uk.lantern.people.RecordKind;
import uk.lantern.people.RecordVoided;
import uk.lantern.resolution.PersonRecord;
import uk.lantern.resolution.ResolutionModel;
import uk.lantern.resolution.Resolver;

/**
 * Every resolved record of each kind, its identity and the kind's model, kept in memory between incremental runs, so
 * that a run reads from the database only the records it resolves, not the whole kind again.
 *
 * <p>The copy is good while the kind's stored generation is the one it was read at. Every change to identities or
 * the model moves the generation on in its own transaction, and so does a voided record; a run that finds another
 * generation reads the kind again (after a batch run or an analyst's change, or when another server changed it).
 * Incremental runs bring the copy forward themselves once their transaction has committed.
 */
@Component
class KnownRecords {

    /**
     * What an incremental run starts from.
     *
     * @param records every resolved record of the kind that is not void, in id order
     * @param clusterOf each of those records' identity
     */
    record Known(long generation, List<PersonRecord> records, Map<String, String> clusterOf,
                 Optional<ResolutionModel> model) {
    }

    private static final class Copy {
        long generation;
        final TreeMap<String, PersonRecord> records = new TreeMap<>();
        final Map<String, String> clusterOf = new HashMap<>();
        Optional<ResolutionModel> model = Optional.empty();
    }

    private final IdentityRepository identities;
    private final PeopleRecords people;
    private final Map<RecordKind, Copy> copies = new EnumMap<>(RecordKind.class);

    KnownRecords(IdentityRepository identities, PeopleRecords people) {
        this.identities = identities;
        this.people = people;
    }

    /** The kind as stored; called in the run's transaction, under the kind's lock, so nothing changes it meanwhile. */
    synchronized Known current(RecordKind kind) {
        long generation = identities.generation(kind);
        Copy copy = copies.get(kind);
        if (copy == null || copy.generation != generation) {
            copy = read(kind, generation);
            copies.put(kind, copy);
        }
        return new Known(generation, List.copyOf(copy.records.values()), Map.copyOf(copy.clusterOf), copy.model);
    }

    /**
     * Brings the copy forward after an incremental run committed; a copy that is not at the run's starting generation
     * is dropped, to be read again.
     *
     * @param changed the identity of each record the run resolved or moved
     */
    synchronized void resolved(RecordKind kind, long from, long to, List<PersonRecord> added,
                               Map<String, String> changed) {
        Copy copy = copies.get(kind);
        if (copy == null || copy.generation != from) {
            copies.remove(kind);
            return;
        }
        added.forEach(record -> copy.records.put(record.id(), record));
        copy.clusterOf.putAll(changed);
        copy.generation = to;
    }

    /** A voided record is no longer matched against: the copy that holds it is out of date. */
    @EventListener
    void onVoided(RecordVoided voided) {
        identities.advanceGeneration(voided.kind());
    }

    private Copy read(RecordKind kind, long generation) {
        Copy copy = new Copy();
        copy.generation = generation;
        Map<UUID, String> identityOf = identities.identities(kind);
        people.of(kind, identityOf.keySet()).forEach(particulars -> {
            copy.records.put(particulars.id().toString(), ParticularsRecords.of(particulars));
            copy.clusterOf.put(particulars.id().toString(), identityOf.get(particulars.id()));
        });
        copy.model = identities.model(kind).map(ResolutionModel::fromJson).filter(Resolver::canUse);
        return copy;
    }
}
