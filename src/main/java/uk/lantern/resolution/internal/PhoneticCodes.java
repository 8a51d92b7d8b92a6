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
 * The phonetic codes of the distinct values of a name column. Double Metaphone is cheap and worked out for every
 * value up front. Beider–Morse, which is built for names transliterated from other scripts, costs a few hundred
 * microseconds a name, so it is worked out only for values that a comparison actually reaches it for, and once each.
 */
final class PhoneticCodes {

    private static final DoubleMetaphone DOUBLE_METAPHONE = new DoubleMetaphone();
    private static final ThreadLocal<BeiderMorseEncoder> BEIDER_MORSE = ThreadLocal.withInitial(() -> {
        BeiderMorseEncoder encoder = new BeiderMorseEncoder();
        encoder.setNameType(NameType.GENERIC);
        encoder.setRuleType(RuleType.APPROX);
        return encoder;
    });

    private final ValueColumn names;
    private final String[] primary;
    private final String[] alternate;
    private final AtomicReferenceArray<Set<String>> beiderMorse;

    PhoneticCodes(ValueColumn names) {
        this.names = names;
        int distinct = names.distinctValues();
        primary = new String[distinct];
        alternate = new String[distinct];
        for (int code = 0; code < distinct; code++) {
            primary[code] = DOUBLE_METAPHONE.doubleMetaphone(names.valueOfCode(code));
            alternate[code] = DOUBLE_METAPHONE.doubleMetaphone(names.valueOfCode(code), true);
        }
        beiderMorse = new AtomicReferenceArray<>(distinct);
    }

    String doubleMetaphone(int code) {
        return primary[code];
    }

    /** Whether two values sound alike: any Double Metaphone code in common, or any Beider–Morse code. */
    boolean soundAlike(int one, int other) {
        if (primary[one].equals(primary[other]) || primary[one].equals(alternate[other])
                || alternate[one].equals(primary[other])) {
            return true;
        }
        Set<String> codes = beiderMorse(one);
        return beiderMorse(other).stream().anyMatch(codes::contains);
    }

    private Set<String> beiderMorse(int code) {
        Set<String> codes = beiderMorse.get(code);
        if (codes == null) {
            String encoded = encode(names.valueOfCode(code));
            codes = encoded.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(encoded.split("\\|")));
            beiderMorse.set(code, codes);
        }
        return codes;
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
