package uk.lantern.intelligence;

/** What part a subject plays in a report. Only people and children have roles other than MENTIONED. */
public enum SubjectRole {
    SUSPECT, VICTIM, ASSOCIATE, WITNESS, MENTIONED
}
