package uk.lantern.missing;

public enum MentionKind {
    PERSON, PLACE, VEHICLE, PHONE
}
