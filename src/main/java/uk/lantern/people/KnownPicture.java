package uk.lantern.people;

import java.util.List;

/**
 * The known-to-services picture of a child as one viewer may see it.
 *
 * @param childRecords how many records of the child, across agencies, the viewer may see (the child's own included)
 * @param withheldRecords how many more records of the child the viewer may not see; they are left out and counted
 * @param sections every section, in the order a practitioner reads them, empty ones included so that "none" is said
 */
public record KnownPicture(ChildId child, int childRecords, int withheldRecords, List<KnownSection> sections) {

    public KnownPicture {
        sections = List.copyOf(sections);
    }
}
