package uk.lantern.synth.internal;

/**
 * The ways an agency's record of a child differs from who the child is. The ground truth lists them per record, so
 * entity resolution can be scored on each kind of difference.
 */
enum Variation {
    /** A transliteration or other spelling of the first name (Mohammed for Muhammad). */
    FIRST_NAME_VARIANT,
    /** A short form of the first name (Beth for Elizabeth). */
    FIRST_NAME_SHORT_FORM,
    /** The first name without its accents (Lukasz for Łukasz). */
    FIRST_NAME_PLAIN_LETTERS,
    /** One slip of the keyboard in the first name. */
    FIRST_NAME_TYPO,
    SURNAME_VARIANT,
    SURNAME_PLAIN_LETTERS,
    SURNAME_TYPO,
    DATE_OF_BIRTH_MISSING,
    /** Only the year of birth, marked approximate. */
    DATE_OF_BIRTH_YEAR_ONLY,
    DATE_OF_BIRTH_YEAR_AND_MONTH,
    /** Day and month the wrong way round (2011-04-03 for 2011-03-04). */
    DATE_OF_BIRTH_DAY_MONTH_SWAPPED,
    /** The child has an NHS number but this agency did not record it. */
    NHS_NUMBER_MISSING
}
