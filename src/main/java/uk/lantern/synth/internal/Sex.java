package uk.lantern.synth.internal;

/** A true child's or adult's sex; records may still say NOT_KNOWN. */
enum Sex {
    FEMALE,
    MALE
}
