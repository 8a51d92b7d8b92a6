package uk.lantern.resolution;

import java.util.List;

import uk.lantern.people.Particulars;

/**
 * One record of an identity as a viewer who may see it is shown it: its particulars, the agencies involved with it,
 * and where it came from.
 *
 * @param agencies the names of the agencies the access policy counts as involved with the record
 * @param sources the systems the record was imported from, with its id in each; empty for a record entered in
 *     Lantern itself
 */
public record ResolvedRecord(Particulars particulars, List<String> agencies, List<RecordSource> sources) {

    public ResolvedRecord {
        agencies = List.copyOf(agencies);
        sources = List.copyOf(sources);
    }
}
