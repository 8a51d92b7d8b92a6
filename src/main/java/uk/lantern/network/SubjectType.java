package uk.lantern.network;

/** What a subject is. Children are kept apart from other persons because the dossier pattern counts them. */
public enum SubjectType {
    PERSON,
    CHILD,
    VEHICLE,
    PHONE,
    LOCATION,
    ORGANISATION
}
