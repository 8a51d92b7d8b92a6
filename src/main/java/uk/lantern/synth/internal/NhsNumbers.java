package uk.lantern.synth.internal;

import java.util.Optional;

/**
 * NHS numbers for invented children. Every one starts 999, a range NHS England keeps for testing and never issues,
 * so no generated number can belong to a real patient. The six digits after 999 come from a seeded one-to-one
 * shuffle of the child's position, so numbers are unique for the first million children; children after that get
 * none.
 */
final class NhsNumbers {

    private static final int BASES = 1_000_000;

    private final long multiplier;
    private final long offset;

    NhsNumbers(Dice dice) {
        // Odd and not a multiple of five, so coprime with 1,000,000: the shuffle never gives two children one base.
        long candidate = dice.betweenLong(100_001, 999_999);
        while (candidate % 2 == 0 || candidate % 5 == 0) {
            candidate++;
        }
        this.multiplier = candidate;
        this.offset = dice.betweenLong(0, BASES - 1);
    }

    /** The child's NHS number, unspaced; empty when its nine digits have no valid check digit, as the rules say. */
    Optional<String> forChild(int index) {
        if (index >= BASES) {
            return Optional.empty();
        }
        String nineDigits = "999" + String.format("%06d", (multiplier * index + offset) % BASES);
        int check = checkDigit(nineDigits);
        return check < 0 ? Optional.empty() : Optional.of(nineDigits + check);
    }

    /** The modulus 11 check digit of nine digits, or -1 when the remainder gives 10 and the number is unusable. */
    static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            return 0;
        }
        return check == 10 ? -1 : check;
    }

    /** Whether a number, spaced or not, is ten digits with a correct modulus 11 check digit. */
    static boolean isValid(String nhsNumber) {
        String digits = nhsNumber.replace(" ", "");
        if (!digits.matches("[0-9]{10}")) {
            return false;
        }
        return checkDigit(digits.substring(0, 9)) == digits.charAt(9) - '0';
    }

    /** The 3-3-4 spacing that people write. */
    static String spaced(String nhsNumber) {
        return nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " " + nhsNumber.substring(6);
    }
}
