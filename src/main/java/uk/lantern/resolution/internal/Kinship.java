package uk.lantern.resolution.internal;

import java.util.List;

import uk.lantern.resolution.PersonField;

/**
 * Rules for pairs that the field weights alone would call one person, but that are people of one household or
 * family: the model treats each field as independent evidence, and relatives break that assumption. A household
 * shares a surname, an address, a postcode and often a landline, so its members agree on every field that is
 * expensive to agree on by chance, and only a first name, a sex or a date of birth tells them apart.
 *
 * <ul>
 *   <li>Different first names and different sexes: another member of the household, never one person.</li>
 *   <li>One name, dates of birth a generation apart: a parent and child named alike (a father and son), never one
 *       person; unless the model has learnt that one person's records often carry dates that far apart (FEBRL's
 *       generator replaces whole dates), when the dates say too little to tell a parent from a typist's error.</li>
 *   <li>The same date of birth and surname but different first names: twins or siblings until an analyst says
 *       otherwise; never linked without review.</li>
 * </ul>
 *
 * A shared unique identifier (an NHS or social security number, exactly or but for one typo) outweighs the rules:
 * relatives do not share one, and two different valid NHS numbers never differ by one digit.
 * Kinship also says when two records' complete dates of birth contradict each other ({@link #datesContradict}), for
 * clustering to keep them apart. Whether a date more than a year out contradicts is the model's to say, not a constant's: in some sources one
 * person's dates often differ by years (Splink's {@code fake_1000}, where a quarter of a person's pairs do), in
 * agencies' records it is rare.
 */
final class Kinship {

    /** What the rules say of a pair. */
    enum Verdict {
        /** No rule applies: the weights decide. */
        NONE(null),
        /** Different first names and sexes. */
        HOUSEHOLD_MEMBERS("different first name and sex: members of one household"),
        /** One name, a generation apart. */
        PARENT_AND_CHILD("same name, born a generation apart: parent and child"),
        /** Twins or siblings, who need more than a date of birth and a surname. */
        TWINS_OR_SIBLINGS("same date of birth and surname, different first name: twins or siblings");

        private final String explanation;

        Verdict(String explanation) {
            this.explanation = explanation;
        }

        String explanation() {
            return explanation;
        }

        /** Whether the pair can never be one person, as opposed to needing an analyst. */
        boolean rulesOut() {
            return this == HOUSEHOLD_MEMBERS || this == PARENT_AND_CHILD;
        }
    }

    /**
     * A date-of-birth level weighing this much or less (odds of 1 in 32 or longer) contradicts: the dates are
     * evidence that the records are two people, whatever the names say.
     */
    static final double CONTRADICTION_WEIGHT = -5;
    private static final int ABSENT = -1;
    private static final int EXACT = 1;

    private final Comparison.Levels firstName;
    private final Comparison.Levels surname;
    private final Comparison.Levels dateOfBirth;
    private final Comparison.Levels sex;
    private final Comparison.Levels nhsNumber;
    private final Comparison.Levels socialSecurityNumber;
    private final ValueColumn dates;
    private final boolean[] contradictingDateLevels;

    /**
     * @param names the model's comparisons by name, in order
     * @param levels the same comparisons bound to the table
     * @param levelWeights the weight of each level of each comparison, levelWeights[c][level]
     */
    Kinship(RecordTable table, List<String> names, List<Comparison.Levels> levels, double[][] levelWeights) {
        this.firstName = find(names, levels, PersonField.FIRST_NAME);
        this.surname = find(names, levels, PersonField.SURNAME);
        this.dateOfBirth = find(names, levels, PersonField.DATE_OF_BIRTH);
        this.sex = find(names, levels, PersonField.SEX);
        this.nhsNumber = find(names, levels, PersonField.NHS_NUMBER);
        this.socialSecurityNumber = find(names, levels, PersonField.SOC_SEC_ID);
        this.dates = table.column(PersonField.DATE_OF_BIRTH, Normalisation.DATE);
        int dob = names.indexOf(PersonField.DATE_OF_BIRTH.column());
        this.contradictingDateLevels = new boolean[dob < 0 ? 0 : levelWeights[dob].length];
        for (int level = 1; level < contradictingDateLevels.length; level++) {
            contradictingDateLevels[level] = levelWeights[dob][level] <= CONTRADICTION_WEIGHT;
        }
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
        boolean firstNamesDiffer = first == NameComparison.ELSE_LEVEL;
        if (firstNamesDiffer && level(sex, left, right) == 2) {
            return Verdict.HOUSEHOLD_MEMBERS;
        }
        int surnames = level(surname, left, right);
        boolean sameSurname = surnames != ABSENT && surnames != Comparison.MISSING_LEVEL
                && surnames <= NameComparison.CLOSE_LEVEL;
        int dob = level(dateOfBirth, left, right);
        boolean sameName = first != Comparison.MISSING_LEVEL && first <= NameComparison.CLOSE_LEVEL && sameSurname;
        if (sameName && dob == DateOfBirthComparison.ELSE_LEVEL && contradictingDateLevels[dob]) {
            return Verdict.PARENT_AND_CHILD;
        }
        if (firstNamesDiffer && sameSurname && dob == EXACT) {
            return Verdict.TWINS_OR_SIBLINGS;
        }
        return Verdict.NONE;
    }

    /**
     * Whether both records have complete dates of birth at a level the model counts as strong evidence against (see
     * {@link #CONTRADICTION_WEIGHT}), and no identifier joins them.
     */
    boolean datesContradict(int left, int right) {
        int dob = level(dateOfBirth, left, right);
        return dob > Comparison.MISSING_LEVEL && contradictingDateLevels[dob] && complete(left) && complete(right)
                && !sharesIdentifier(left, right);
    }

    private boolean complete(int record) {
        String date = dates.value(record);
        return date != null && date.length() == 8;
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
