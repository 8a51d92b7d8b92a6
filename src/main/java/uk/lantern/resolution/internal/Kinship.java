package uk.lantern.resolution.internal;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import uk.lantern.resolution.PersonField;

/**
 * Rules for pairs that the field weights alone would call one person, but that are people of one household or
 * family: the model treats each field as independent evidence, and relatives break that assumption. A household
 * shares a surname, an address, a postcode and often a landline, so its members agree on every field that is
 * expensive to agree on by chance, and only a first name, a sex or a date of birth tells them apart.
 *
 * <ul>
 *   <li>At one address (the same postcode, street address or phone number), dates of birth that contradict each
 *       other, or different first names with different sexes or dates of birth that do not agree all but exactly
 *       (exact, one typo, or day and month transposed; or missing): another member of the household (a sibling, a parent, a cousin), never one person.</li>
 *   <li>One name, dates of birth that contradict each other: relatives named alike (a father and son, cousins), never
 *       one person.</li>
 *   <li>The same date of birth (or all but: one typo, day and month transposed) and surname but different first
 *       names: twins until an analyst says otherwise; never linked without review.</li>
 * </ul>
 *
 * Each rule reads a difference as decisive only where the model has learnt that one person's records seldom differ
 * that way: the level must weigh at most {@link #FIRST_NAME_DISAGREEMENT_WEIGHT} (first name),
 * {@link #DISAGREEMENT_WEIGHT} (sex, a generation apart) or
 * {@link #CONTRADICTION_WEIGHT} (date of birth). Agencies' records of one person seldom change a first name, a sex or
 * a whole date; some generated sets do it often (FEBRL replaces whole dates and first names, the historical figures
 * set flips sexes), and there the rules stand aside rather than split the people they describe.
 *
 * A shared unique identifier (an NHS or social security number, exactly or but for one typo) outweighs the rules:
 * relatives do not share one, and two different valid NHS numbers never differ by one digit.
 * Kinship also says when two records' dates of birth contradict each other ({@link #datesContradict}), for
 * clustering to keep them apart. Whether a date more than a year out contradicts is the model's to say, not a constant's: in some sources one
 * person's dates often differ by years (Splink's {@code fake_1000}, where a quarter of a person's pairs do), in
 * agencies' records it is rare.
 */
final class Kinship {

    /** What the rules say of a pair. */
    enum Verdict {
        /** No rule applies: the weights decide. */
        NONE(null, false, false),
        /** At one address, different people by their sex or dates of birth. */
        HOUSEHOLD_MEMBERS("one address, different people by name and sex or date of birth: members of one household",
                true, true),
        /**
         * At one address, different first names, and a date of birth missing: most likely another member of the
         * household, so the pair is not linked; but the names may be two parts of one compound name ("Mohammed" and
         * "Ali" of Mohammed Ali), so other records may still show them to be one person.
         */
        HOUSEHOLD_MEMBERS_UNDATED("one address, different first names, a date of birth missing: likely members of "
                + "one household", true, false),
        /** One name, different dates of birth. */
        RELATIVES_OF_ONE_NAME("same name, dates of birth that contradict: relatives or namesakes", true, true),
        /** Twins, who need more than a date of birth and a surname. */
        TWINS("same date of birth and surname, different first name: twins", false, true);

        private final String explanation;
        private final boolean rulesOut;
        private final boolean contradicts;

        Verdict(String explanation, boolean rulesOut, boolean contradicts) {
            this.explanation = explanation;
            this.rulesOut = rulesOut;
            this.contradicts = contradicts;
        }

        String explanation() {
            return explanation;
        }

        /** Whether the pair is never linked on its own, as opposed to needing an analyst. */
        boolean rulesOut() {
            return rulesOut;
        }

        /** Whether other records may not join the two either: only an analyst may. */
        boolean contradicts() {
            return contradicts;
        }
    }

    /**
     * A date-of-birth (or NHS number) level weighing this much or less (odds of 1 in 64 or longer) contradicts: the
     * values are evidence that the records are two people, whatever the names say. Chosen on the development seeds of
     * the hard UK set (decision 0021): there a date a year or more out weighs about -7; on the historical figures,
     * whose generator rewrites whole dates, about -5.5, and a stricter bound splits its people.
     */
    static final double CONTRADICTION_WEIGHT = -6;
    /**
     * A sex level, or dates a generation apart, weighing this much or less (odds of 1 in 16 or longer) is a real
     * difference. Two people's sexes differ by chance in about half of all pairs, so the bound means that at most
     * about 3% of one person's pairs differ that way.
     */
    static final double DISAGREEMENT_WEIGHT = -4;
    /**
     * The same bound for first names, which differ by chance in almost every pair: at most about 3% of one person's
     * pairs may have different first names. At -4 (6%), the rules would read first names as decisive in Splink's
     * {@code fake_1000}, whose generator scrambles about 6% of first names, and hold its people apart as twins.
     */
    static final double FIRST_NAME_DISAGREEMENT_WEIGHT = -5;
    private static final int ABSENT = -1;
    private static final int EXACT = 1;
    private static final int DIFFERENT_SEX = 2;
    private static final int DIFFERENT_NHS_NUMBER = 2;

    private final Comparison.Levels firstName;
    private final Comparison.Levels surname;
    private final Comparison.Levels dateOfBirth;
    private final Comparison.Levels sex;
    private final List<Comparison.Levels> homes;
    private final Comparison.Levels nhsNumber;
    private final Comparison.Levels socialSecurityNumber;
    private final boolean[] contradictingDateLevels;
    private final boolean firstNamesTellApart;
    private final boolean sexesTellApart;
    private final boolean nhsNumbersTellApart;
    private final boolean generationsTellApart;

    /**
     * @param names the model's comparisons by name, in order
     * @param levels the same comparisons bound to the table
     * @param levelWeights the weight of each level of each comparison, levelWeights[c][level]
     */
    Kinship(List<String> names, List<Comparison.Levels> levels, double[][] levelWeights) {
        this.firstName = find(names, levels, PersonField.FIRST_NAME);
        this.surname = find(names, levels, PersonField.SURNAME);
        this.dateOfBirth = find(names, levels, PersonField.DATE_OF_BIRTH);
        this.sex = find(names, levels, PersonField.SEX);
        this.homes = Stream.of(PersonField.POSTCODE, PersonField.ADDRESS_1, PersonField.PHONE)
                .map(field -> find(names, levels, field)).filter(Objects::nonNull).toList();
        this.nhsNumber = find(names, levels, PersonField.NHS_NUMBER);
        this.socialSecurityNumber = find(names, levels, PersonField.SOC_SEC_ID);
        int dob = names.indexOf(PersonField.DATE_OF_BIRTH.column());
        this.contradictingDateLevels = new boolean[dob < 0 ? 0 : levelWeights[dob].length];
        for (int level = 1; level < contradictingDateLevels.length; level++) {
            contradictingDateLevels[level] = levelWeights[dob][level] <= CONTRADICTION_WEIGHT;
        }
        this.firstNamesTellApart = disagreementWeighs(names, levelWeights, PersonField.FIRST_NAME,
                NameComparison.ELSE_LEVEL, FIRST_NAME_DISAGREEMENT_WEIGHT);
        this.sexesTellApart = disagreementWeighs(names, levelWeights, PersonField.SEX, DIFFERENT_SEX,
                DISAGREEMENT_WEIGHT);
        this.generationsTellApart = disagreementWeighs(names, levelWeights, PersonField.DATE_OF_BIRTH,
                DateOfBirthComparison.ELSE_LEVEL, DISAGREEMENT_WEIGHT);
        int nhs = names.indexOf(PersonField.NHS_NUMBER.column());
        this.nhsNumbersTellApart = nhs >= 0 && levelWeights[nhs][DIFFERENT_NHS_NUMBER] <= CONTRADICTION_WEIGHT;
    }

    private static boolean disagreementWeighs(List<String> names, double[][] levelWeights, PersonField field,
            int level, double bound) {
        int at = names.indexOf(field.column());
        return at >= 0 && levelWeights[at][level] <= bound;
    }

    private static Comparison.Levels find(List<String> names, List<Comparison.Levels> levels, PersonField field) {
        int at = names.indexOf(field.column());
        return at < 0 ? null : levels.get(at);
    }

    Verdict verdict(int left, int right) {
        if (firstName == null || sharesIdentifier(left, right)) {
            return Verdict.NONE;
        }
        int first = level(firstName, left, right);
        int dob = level(dateOfBirth, left, right);
        boolean firstNamesDiffer = firstNamesTellApart && first == NameComparison.ELSE_LEVEL;
        boolean sexesDiffer = sexesTellApart && level(sex, left, right) == DIFFERENT_SEX;
        boolean datesAgreeClosely = dob <= DateOfBirthComparison.TRANSPOSED_LEVEL;
        boolean bothDated = dob != ABSENT && dob != Comparison.MISSING_LEVEL;
        boolean home = shareAHome(left, right);
        int surnames = level(surname, left, right);
        boolean sameSurname = surnames != ABSENT && surnames != Comparison.MISSING_LEVEL
                && surnames <= NameComparison.CLOSE_LEVEL;
        boolean sameName = first != Comparison.MISSING_LEVEL && first <= NameComparison.CLOSE_LEVEL && sameSurname;
        if (home && (datesContradict(left, right) || sameName && generationApart(dob)
                || firstNamesDiffer && (sexesDiffer || bothDated && !datesAgreeClosely))) {
            return Verdict.HOUSEHOLD_MEMBERS;
        }
        if (home && firstNamesDiffer && !bothDated) {
            return Verdict.HOUSEHOLD_MEMBERS_UNDATED;
        }
        if (sameName && datesContradict(left, right)) {
            return Verdict.RELATIVES_OF_ONE_NAME;
        }
        if (firstNamesDiffer && sameSurname && bothDated && datesAgreeClosely) {
            return Verdict.TWINS;
        }
        return Verdict.NONE;
    }

    /**
     * Whether the dates are a generation or more apart, where the model counts that as a real difference (at most
     * {@link #DISAGREEMENT_WEIGHT}): at one address with one name, a father and son, not a typist's error.
     */
    private boolean generationApart(int dob) {
        return dob == DateOfBirthComparison.ELSE_LEVEL && generationsTellApart;
    }

    /**
     * Whether the two dates of birth are at a level the model counts as strong evidence against (see
     * {@link #CONTRADICTION_WEIGHT}), and no identifier joins the records. A year or a year and month alone counts
     * too: it contradicts a date in another year.
     */
    boolean datesContradict(int left, int right) {
        int dob = level(dateOfBirth, left, right);
        return dob > Comparison.MISSING_LEVEL && contradictingDateLevels[dob] && !sharesIdentifier(left, right);
    }

    /**
     * Whether the records carry different NHS numbers, where the model has learnt that one person's records never
     * do: two valid NHS numbers are two people (the check digit catches a mistyped one).
     */
    boolean identifiersContradict(int left, int right) {
        return nhsNumbersTellApart && level(nhsNumber, left, right) == DIFFERENT_NHS_NUMBER;
    }

    private boolean shareAHome(int left, int right) {
        for (Comparison.Levels home : homes) {
            if (home.level(left, right) == EXACT) {
                return true;
            }
        }
        return false;
    }

    private boolean sharesIdentifier(int left, int right) {
        int socialSecurity = level(socialSecurityNumber, left, right);
        return level(nhsNumber, left, right) == EXACT || socialSecurity == EXACT
                || socialSecurity == IdentifierComparison.ONE_TYPO_LEVEL;
    }

    private static int level(Comparison.Levels levels, int left, int right) {
        return levels == null ? ABSENT : levels.level(left, right);
    }
}
