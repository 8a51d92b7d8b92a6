package uk.lantern.intelligence;

/**
 * How much of a report someone may see: all of it, or only its sanitised version (the sanitised text, the
 * intelligence assessment, and the subjects other than witnesses; never the original text, the source evaluation,
 * the handling conditions or who recorded it).
 */
public enum Visibility {
    FULL, SANITISED
}
