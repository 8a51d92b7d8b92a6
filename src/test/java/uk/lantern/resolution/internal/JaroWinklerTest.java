package uk.lantern.resolution.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class JaroWinklerTest {

    /** Winkler's published examples, and the degenerate cases. */
    @ParameterizedTest
    @CsvSource({"martha, marhta, 0.961", "dwayne, duane, 0.840", "dixon, dicksonx, 0.813", "abc, abc, 1.0",
        "abc, xyz, 0.0"})
    void matchesThePublishedValues(String one, String other, double expected) {
        assertThat(JaroWinkler.similarity(one, other)).isCloseTo(expected, within(0.001));
        assertThat(JaroWinkler.similarity(other, one)).isCloseTo(expected, within(0.001));
    }
}
