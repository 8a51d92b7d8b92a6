package uk.lantern.people;

/** The two kinds of people record. Resolution never matches a child's record with an adult's. */
public enum RecordKind {
    CHILD, PERSON
}
