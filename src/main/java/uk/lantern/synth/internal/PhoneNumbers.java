package uk.lantern.synth.internal;

/**
 * Telephone numbers from the ranges Ofcom reserves for drama, which are never given to anyone: mobiles 07700 900000
 * to 900999, and 1,000 landlines in each area code.
 */
final class PhoneNumbers {

    private static final int DRAMA_MOBILES = 1000;
    /** Coprime with 1,000, so consecutive networks get numbers spread over the range, each used once per lap. */
    private static final int STRIDE = 337;

    private PhoneNumbers() {
    }

    /**
     * The {@code n}th network phone. The drama range holds only 1,000 numbers, so in bundles with more network
     * phones than that, numbers come round again; the ground truth lists every network's phones.
     */
    static String networkMobile(int n) {
        return "07700 " + (900_000 + (long) n * STRIDE % DRAMA_MOBILES);
    }

    static String landline(Force force, Dice dice) {
        return force.dramaLandlinePrefix() + String.format("%03d", dice.between(0, 999));
    }
}
