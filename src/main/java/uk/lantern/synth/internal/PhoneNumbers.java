package uk.lantern.synth.internal;

/**
 * Telephone numbers from the ranges Ofcom reserves for drama, which are never given to anyone: mobiles 07700 900000
 * to 900999, and 1,000 landlines in each area code.
 */
final class PhoneNumbers {

    static final int DRAMA_MOBILES = 1000;
    /** Coprime with 1,000, so consecutive networks get numbers spread over the range, each used once. */
    private static final int STRIDE = 337;

    private PhoneNumbers() {
    }

    /** The {@code n}th network phone, for {@code n} below {@link #DRAMA_MOBILES}: each number is given once. */
    static String networkMobile(int n) {
        return "07700 " + (900_000 + (long) n * STRIDE % DRAMA_MOBILES);
    }

    static String landline(Force force, Dice dice) {
        return force.dramaLandlinePrefix() + String.format("%03d", dice.between(0, 999));
    }
}
