package uk.lantern.resolution.internal;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Values for invented people that can never belong to a real one, shared by the synthetic record generators: NHS
 * numbers from the 999 range, which is never issued, and mobiles from Ofcom's drama range; and the one keying error
 * both generators make.
 */
final class InventedValues {

    /** Made once: a million records would otherwise hold a million copies of these thousand numbers. */
    private static final String[] DRAMA_MOBILES = IntStream.range(0, 1000)
            .mapToObj(number -> "07700 900" + zeroPadded(number, 3)).toArray(String[]::new);

    private InventedValues() {
    }

    /** A number in the 999 range, which is never issued, with a valid modulus 11 check digit. */
    static String nhsNumber(SplittableRandom random) {
        while (true) {
            String number = nhsNumber(random.nextInt(1_000_000));
            if (number != null) {
                return number;
            }
        }
    }

    /**
     * 999, the six digits given ({@code 0} to {@code 999999}), and the modulus 11 check digit; null for the one
     * number in eleven that would need a check digit of 10 and so is never valid.
     */
    static String nhsNumber(int sixDigits) {
        String body = "999" + zeroPadded(sixDigits, 6);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (body.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? body + "0" : check == 10 ? null : body + check;
    }

    /** Ofcom keeps 07700 900000 to 900999 for drama; with so few numbers, different people share some. */
    static String dramaMobile(SplittableRandom random) {
        return DRAMA_MOBILES[random.nextInt(DRAMA_MOBILES.length)];
    }

    /** The number in {@code digits} digits, zeros in front; quicker than a format, which counts at a million rows. */
    static String zeroPadded(int number, int digits) {
        String written = Integer.toString(number);
        return "0".repeat(Math.max(0, digits - written.length())) + written;
    }

    /** One keying error: a letter dropped, doubled, swapped with its neighbour or replaced. */
    static String typo(SplittableRandom random, String name) {
        if (name.length() < 3) {
            return name;
        }
        int at = 1 + random.nextInt(name.length() - 2);
        return switch (random.nextInt(4)) {
            case 0 -> name.substring(0, at) + name.substring(at + 1);
            case 1 -> name.substring(0, at) + name.charAt(at) + name.substring(at);
            case 2 -> name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
            default -> name.substring(0, at) + (char) ('a' + random.nextInt(26)) + name.substring(at + 1);
        };
    }
}
