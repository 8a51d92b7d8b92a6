package uk.lantern.synth.internal;

/**
 * Vehicle registration marks in the current UK format: a two-letter memory tag, a two-digit age identifier, a
 * space and three random letters ("MA19 XKT"). Only the format is real; the letters are random.
 */
final class RegistrationMarks {

    /** Letters used in marks: never I, Q or Z, as in the real scheme. */
    private static final String LETTERS = "ABCDEFGHJKLMNOPRSTUVWXY";
    private static final String REGIONS = "ABCDEFGHKLMNOPRSVWY";

    private RegistrationMarks() {
    }

    /** A mark most likely registered in the force's own region. */
    static String local(Force force, Dice dice) {
        char region = dice.chance(0.8) ? force.memoryTagRegion() : dice.oneOf(REGIONS);
        return "" + region + dice.oneOf(LETTERS) + ageIdentifier(dice) + " " + dice.oneOf(LETTERS)
                + dice.oneOf(LETTERS) + dice.oneOf(LETTERS);
    }

    /** March registrations carry the year (02 to 25), September ones the year plus 50 (51 to 74). */
    private static String ageIdentifier(Dice dice) {
        int year = dice.between(2, 25);
        return String.format("%02d", dice.chance(0.5) ? year : year + 50);
    }
}
