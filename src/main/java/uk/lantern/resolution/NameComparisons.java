package uk.lantern.resolution;

import java.util.List;

/**
 * Entity resolution's comparison of single names, for other modules that look people up by name (search), so that a
 * name found by one is found by the other: the same normalisation, nickname and variant table, Jaro–Winkler levels
 * and phonetic codes (Double Metaphone and Beider–Morse).
 */
public interface NameComparisons {

    /** A name as resolution compares it: lower-case ASCII letters only; null when no letter is left. */
    String normalise(String name);

    /** The names the variant and nickname table holds in place of this one (for "Bill": William, Billy, …). */
    List<String> variantsOf(String name);

    /** How far two names agree, each as written (they are normalised first). */
    NameAgreement compare(String one, String other);
}
