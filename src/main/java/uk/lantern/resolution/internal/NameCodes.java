package uk.lantern.resolution.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.apache.commons.codec.EncoderException;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.bm.BeiderMorseEncoder;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.RuleType;

/**
 * What is known about each distinct value of a name column: its variant groups and its phonetic codes, worked out
 * once per value rather than once per pair. Double Metaphone is cheap and worked out for every value up front.
 * Beider–Morse, which is built for names transliterated from other scripts, costs a few hundred microseconds a name,
 * so it is worked out only for values that a comparison actually reaches it for, and once each.
 */
final class NameCodes {

    /**
     * Names less alike than this in spelling are not given to Beider–Morse: its codes would hardly ever agree, and
     * encoding every distinct name of a million records would take minutes.
     */
    static final double BEIDER_MORSE_FROM = 0.7;

    private static final DoubleMetaphone DOUBLE_METAPHONE = new DoubleMetaphone();
    private static final ThreadLocal<BeiderMorseEncoder> BEIDER_MORSE = ThreadLocal.withInitial(() -> {
        BeiderMorseEncoder encoder = new BeiderMorseEncoder();
        encoder.setNameType(NameType.GENERIC);
        encoder.setRuleType(RuleType.APPROX);
        return encoder;
    });

    private final ValueColumn names;
    private final int[][] variantGroups;
    private final String[] primary;
    private final String[] alternate;
    private final AtomicReferenceArray<Set<String>> beiderMorse;

    NameCodes(ValueColumn names, NameVariants variants) {
        this.names = names;
        int distinct = names.distinctValues();
        variantGroups = new int[distinct][];
        primary = new String[distinct];
        alternate = new String[distinct];
        for (int code = 0; code < distinct; code++) {
            variantGroups[code] = variants.groups(names.valueOfCode(code));
            primary[code] = DOUBLE_METAPHONE.doubleMetaphone(names.valueOfCode(code));
            alternate[code] = DOUBLE_METAPHONE.doubleMetaphone(names.valueOfCode(code), true);
        }
        beiderMorse = new AtomicReferenceArray<>(distinct);
    }

    boolean areVariants(int one, int other) {
        return NameVariants.shareAGroup(variantGroups[one], variantGroups[other]);
    }

    /**
     * Whether two values sound alike: any Double Metaphone code in common, or, for names at least somewhat alike in
     * spelling, any Beider–Morse code.
     */
    boolean soundAlike(int one, int other, double similarity) {
        if (doubleMetaphoneAgrees(primary[one], alternate[one], primary[other], alternate[other])) {
            return true;
        }
        if (similarity < BEIDER_MORSE_FROM) {
            return false;
        }
        Set<String> codes = beiderMorse(one);
        return beiderMorse(other).stream().anyMatch(codes::contains);
    }

    private Set<String> beiderMorse(int code) {
        Set<String> codes = beiderMorse.get(code);
        if (codes == null) {
            codes = beiderMorseCodes(names.valueOfCode(code));
            beiderMorse.set(code, codes);
        }
        return codes;
    }

    /** {@link #soundAlike(int, int, double)} for two names on their own, outside any column (search). */
    static boolean soundAlike(String one, String other, double similarity) {
        if (doubleMetaphoneAgrees(DOUBLE_METAPHONE.doubleMetaphone(one), DOUBLE_METAPHONE.doubleMetaphone(one, true),
                DOUBLE_METAPHONE.doubleMetaphone(other), DOUBLE_METAPHONE.doubleMetaphone(other, true))) {
            return true;
        }
        if (similarity < BEIDER_MORSE_FROM) {
            return false;
        }
        Set<String> codes = beiderMorseCodes(one);
        return beiderMorseCodes(other).stream().anyMatch(codes::contains);
    }

    private static boolean doubleMetaphoneAgrees(String onePrimary, String oneAlternate, String otherPrimary,
                                                 String otherAlternate) {
        return onePrimary.equals(otherPrimary) || onePrimary.equals(otherAlternate)
                || oneAlternate.equals(otherPrimary);
    }

    private static Set<String> beiderMorseCodes(String name) {
        String encoded = encode(name);
        return encoded.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(encoded.split("\\|")));
    }

    private static String encode(String name) {
        try {
            return BEIDER_MORSE.get().encode(name);
        } catch (EncoderException notEncodable) {
            // Names are plain letters by now, which the encoder always takes; should one fail, it matches nothing.
            return "";
        }
    }
}
