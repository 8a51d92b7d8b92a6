package uk.lantern.people;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Every child's and adult's record as resolution sees it: their particulars, never the rest of the record. */
public interface PeopleRecords {

    /** The particulars of every record of the kind that is not void. */
    List<Particulars> all(RecordKind kind);

    /** How many records of the kind are not void. */
    int count(RecordKind kind);

    /** The particulars of the given records of the kind; unknown or void ones are left out. */
    List<Particulars> of(RecordKind kind, Collection<UUID> ids);

    /** Up to {@code limit} records of the kind whose full name contains the text, ignoring case, by name. */
    List<Particulars> named(RecordKind kind, String text, int limit);
}
