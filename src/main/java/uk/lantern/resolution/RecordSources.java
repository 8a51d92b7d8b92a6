package uk.lantern.resolution;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import uk.lantern.people.RecordKind;

/**
 * Where records came from, for showing beside their particulars. The module that imports records implements it, so
 * that resolution does not depend on it.
 */
public interface RecordSources {

    /** The source systems and ids of the given records; records entered in Lantern itself are left out. */
    Map<UUID, List<RecordSource>> sourcesOf(RecordKind kind, Collection<UUID> records);
}
