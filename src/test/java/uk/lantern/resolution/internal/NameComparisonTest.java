package uk.lantern.resolution.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.lantern.resolution.PersonField;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.resolution.internal.People.level;
import static uk.lantern.resolution.internal.People.person;

class NameComparisonTest {

    private final Comparison firstNames = new NameComparison(PersonField.FIRST_NAME, PersonField.SURNAME);
    private final Comparison surnames = new NameComparison(PersonField.SURNAME, PersonField.FIRST_NAME);

    @ParameterizedTest
    @CsvSource({
        "Mohammed, Muhammad", "Mohammed, Mohamed", "Mohammed, Mohammad", "Muhammad, Mohamed", "Ahmed, Ahmad",
        "Yusuf, Yousef", "Thomas, Tom", "William, Bill", "Elizabeth, Liz", "Elizabeth, Beth", "Margaret, Peggy",
        "Aleksander, Alexander"
    })
    void namesInTheVariantTableAreVariants(String one, String other) {
        assertThat(level(firstNames, PersonField.FIRST_NAME, one, other)).isEqualTo("variant or nickname");
    }

    @Test
    void shortFormsOfDifferentNamesAreNotVariantsOfEachOther() {
        // Sam is short for both Samuel and Samantha; that does not make Samuel and Samantha one name.
        assertThat(level(firstNames, PersonField.FIRST_NAME, "Samuel", "Samantha")).isNotEqualTo("variant or nickname");
        assertThat(level(firstNames, PersonField.FIRST_NAME, "Sam", "Samantha")).isEqualTo("variant or nickname");
    }

    @Test
    void spellingIsIgnoredForExactAgreement() {
        assertThat(level(surnames, PersonField.SURNAME, "O'Brien", "OBRIEN")).isEqualTo("exact");
        assertThat(level(surnames, PersonField.SURNAME, "Wiśniewski", "wisniewski")).isEqualTo("exact");
    }

    @Test
    void jaroWinklerThresholdsSeparateCloseFromLooseSpellings() {
        assertThat(JaroWinkler.similarity("johnson", "johnsen")).isGreaterThanOrEqualTo(NameComparison.CLOSE);
        assertThat(level(surnames, PersonField.SURNAME, "Johnson", "Johnsen")).isEqualTo("Jaro-Winkler >= 0.92");
        double loose = JaroWinkler.similarity("hargreaves", "hargrove");
        assertThat(loose).isBetween(NameComparison.LOOSE, NameComparison.CLOSE);
        assertThat(level(surnames, PersonField.SURNAME, "Hargreaves", "Hargrove"))
                .isIn("sounds alike", "Jaro-Winkler >= 0.80");
        assertThat(level(surnames, PersonField.SURNAME, "Taylor", "Okonkwo")).isEqualTo("else");
    }

    @Test
    void namesThatSoundAlikeButAreSpelledApartReachThePhoneticLevel() {
        assertThat(level(surnames, PersonField.SURNAME, "Catherall", "Katherwell")).isEqualTo("sounds alike");
    }

    @Test
    void firstNameAndSurnameTheOtherWayRoundCompareCrossedAsClose() {
        String crossed = level(firstNames, person("a", "Osman", "Kelly", null, null),
                person("b", "Kelly", "Osman", null, null));
        assertThat(crossed).isEqualTo("Jaro-Winkler >= 0.92");
    }

    @Test
    void aMissingNameReachesTheMissingLevel() {
        assertThat(level(firstNames, person("a", null, "Kelly", null, null), person("b", "Ann", "Kelly", null, null)))
                .isEqualTo("missing");
    }
}
