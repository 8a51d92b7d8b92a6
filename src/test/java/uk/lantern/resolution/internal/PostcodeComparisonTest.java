package uk.lantern.resolution.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.lantern.resolution.PersonField;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.resolution.internal.People.level;

class PostcodeComparisonTest {

    @ParameterizedTest
    @CsvSource({
        "M16 0RA, m160ra, exact",
        "M16 0RA, M16 0TW, same sector",
        "M16 0RA, M16 7QA, same district",
        "M16 0RA, M1 1AE, same area",
        "OL11 1AA, OL1 2BB, same area",
        "M16 0RA, OL11 1AA, else",
        // FEBRL's Australian postcodes: leading digits stand in for sector, district and area
        "4223, 4223, exact",
        "4223, 4225, same sector",
        "4223, 4260, same district",
        "4223, 4810, same area",
        "4223, 2119, else",
        "unknown, unknwn, else"
    })
    void reachesTheLevelOfItsAgreement(String one, String other, String expected) {
        assertThat(level(new PostcodeComparison(), PersonField.POSTCODE, one, other)).isEqualTo(expected);
    }
}
