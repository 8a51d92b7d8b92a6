package uk.lantern.resolution;

import java.util.List;

import uk.lantern.people.Particulars;
import uk.lantern.people.RecordKind;

/**
 * One resolved person: every record that describes them, and the scored pairs among those records that explain why
 * they are one person.
 */
public record IdentityView(String identityId, RecordKind kind, List<Particulars> records, List<PairComparison> pairs) {
}
