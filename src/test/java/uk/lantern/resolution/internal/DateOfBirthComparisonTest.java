package uk.lantern.resolution.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.lantern.resolution.PersonField;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.resolution.internal.People.level;

class DateOfBirthComparisonTest {

    @ParameterizedTest
    @CsvSource({
        "1971-06-24, 24/06/1971, exact",
        "1971-06-24, 19710624, exact",
        "1971-06-24, 1971-06-25, one typo",
        "1971-06-24, 1917-06-24, one typo",
        "1971-06-24, 1971-06-84, one typo",
        "1971-06-04, 1971-04-06, day and month transposed",
        "1971-06-24, 1971-06-02, same year and month",
        "1976-12-31, 1977-01-01, within a month",
        "1971-06-24, 1971-07-10, within a month",
        "1971-06-24, 1971-11-30, same year",
        "1970-12-31, 1971-06-24, within a year",
        "1971-06-24, 1985-01-01, under 15 years apart",
        "1971-06-24, 1986-06-24, else",
        "1961, 1988-03-02, else",
        "1971-06-24, 1971-06, agrees as far as given",
        "1971, 1971-06-24, agrees as far as given",
        "1971-01-01, 1971-06-24, agrees as far as given",
        "1971-06-24, 1971-01-01, agrees as far as given",
        "1971-06, 1971-07-01, same year",
        "1971-06-24, 1972, within a year",
        "1971-06-24, 1974, under 15 years apart"
    })
    void reachesTheLevelOfItsAgreement(String one, String other, String expected) {
        assertThat(level(new DateOfBirthComparison(), PersonField.DATE_OF_BIRTH, one, other)).isEqualTo(expected);
    }
}
