package uk.lantern.resolution;

/**
 * How far one name agrees with another, by the levels entity resolution compares names at, best first: the same
 * name, a known variant or nickname (Bill and William), close in spelling, alike in sound (including names
 * transliterated from other scripts, such as Mohammed and Muhammad), loosely alike in spelling, or not alike.
 */
public enum NameAgreement {
    EXACT, VARIANT, CLOSE, SOUNDS_ALIKE, LOOSE, NONE;

    /** Whether the names agree at any level. */
    public boolean agrees() {
        return this != NONE;
    }
}
