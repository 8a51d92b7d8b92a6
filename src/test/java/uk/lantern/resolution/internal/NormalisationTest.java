package uk.lantern.resolution.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.lantern.resolution.PersonField;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.resolution.internal.People.level;

class NormalisationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "07700 900123|+447700900123",
        "+44 7700 900123|+447700900123",
        "0044 7700 900123|+447700900123",
        "(0161) 496 0000|+441614960000",
        "+61 2 9876 5432|+61298765432"
    })
    void phoneNumbersBecomeE164(String raw, String e164) {
        assertThat(Normalisation.PHONE.apply(raw)).isEqualTo(e164);
    }

    @Test
    void phoneNumbersWrittenDifferentlyAgreeExactly() {
        Comparison phone = new ExactComparison(PersonField.PHONE, Normalisation.PHONE, false);
        assertThat(level(phone, PersonField.PHONE, "07700 900123", "+44 (0)7700-900123")).isEqualTo("exact");
        assertThat(level(phone, PersonField.PHONE, "07700 900123", "07700 900124")).isEqualTo("else");
    }

    @Test
    void nhsNumbersAgreeWhateverTheSpacing() {
        Comparison nhs = new ExactComparison(PersonField.NHS_NUMBER, Normalisation.DIGITS, false);
        assertThat(level(nhs, PersonField.NHS_NUMBER, "999 123 4560", "9991234560")).isEqualTo("exact");
    }

    @Test
    void namesLoseCaseAccentsAndPunctuation() {
        assertThat(Normalisation.LETTERS.apply("  Zoë-Anne O'Neil ")).isEqualTo("zoeanneoneil");
        assertThat(Normalisation.LETTERS.apply("--")).isNull();
    }

    @Test
    void sexIsMaleFemaleOrMissing() {
        assertThat(Normalisation.SEX.apply("Male")).isEqualTo("m");
        assertThat(Normalisation.SEX.apply("F")).isEqualTo("f");
        assertThat(Normalisation.SEX.apply("not stated")).isNull();
    }

    @Test
    void oneTypoIsOneEditOrOneSwapOfNeighbours() {
        assertThat(Typos.withinOne("smith", "smyth")).isTrue();
        assertThat(Typos.withinOne("smith", "smiht")).isTrue();
        assertThat(Typos.withinOne("smith", "smth")).isTrue();
        assertThat(Typos.withinOne("smith", "smithe")).isTrue();
        assertThat(Typos.withinOne("smith", "simth")).isTrue();
        assertThat(Typos.withinOne("smith", "snyth")).isFalse();
        assertThat(Typos.withinOne("smith", "smitheh")).isFalse();
    }
}
