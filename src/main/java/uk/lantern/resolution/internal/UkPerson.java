package uk.lantern.resolution.internal;

import java.time.LocalDate;

/**
 * One invented person of the hard UK set as they truly are, and what agencies will hold about them.
 *
 * @param id the true person, the set's {@code cluster}
 * @param household where they live
 * @param given the given name in full, perhaps compound ("Muhammad Sajid", "Abdul Rahman")
 * @param middle an English middle name, or null
 * @param surname the surname in the family's own spelling
 * @param female whether she is female
 * @param born the true date of birth
 * @param mobile a mobile from Ofcom's drama range, or null
 * @param nhsNumber an NHS number from the never-issued 999 range, or null
 * @param caresForChild whether they are an adult in a household with children, whom social care records as a parent
 * @param records how many records agencies hold about them
 * @param later what changed between their records: a move or a new mobile, or null
 */
record UkPerson(int id, UkHousehold household, String given, String middle, String surname, boolean female,
        LocalDate born, String mobile, String nhsNumber, boolean caresForChild, int records,
        UkChange later) {

    /** The person's age in whole years at {@link UkHouseholds#AGES_AT}. */
    int age() {
        return born.until(UkHouseholds.AGES_AT).getYears();
    }

    boolean adult() {
        return age() >= 18;
    }
}
