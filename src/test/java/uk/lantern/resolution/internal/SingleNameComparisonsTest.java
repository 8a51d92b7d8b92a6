package uk.lantern.resolution.internal;

import org.junit.jupiter.api.Test;

import uk.lantern.resolution.NameAgreement;

import static org.assertj.core.api.Assertions.assertThat;

/** Resolution's name levels for one pair of names at a time, as search asks for them. */
class SingleNameComparisonsTest {

    private final SingleNameComparisons names = new SingleNameComparisons();

    @Test
    void namesAgreeAtResolutionsLevels() {
        assertThat(names.compare("O'Brien", "obrien")).isEqualTo(NameAgreement.EXACT);
        assertThat(names.compare("Bill", "William")).isEqualTo(NameAgreement.VARIANT);
        assertThat(names.compare("Jaydn", "Jayden")).isEqualTo(NameAgreement.CLOSE);
        assertThat(names.compare("Mohammed", "Muhammad").agrees()).isTrue();
        assertThat(names.compare("Smith", "Jones")).isEqualTo(NameAgreement.NONE);
        assertThat(names.compare("Smith", null)).isEqualTo(NameAgreement.NONE);
    }

    @Test
    void variantsComeFromTheNicknameTable() {
        assertThat(names.variantsOf("Bill")).contains("william");
        assertThat(names.normalise("Zoë-Anne")).isEqualTo("zoeanne");
    }
}
