package uk.lantern.people;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EthnicityTest {

    @Test
    void aPoliceCodeMapsToItsOnsCategory() {
        Ethnicity ethnicity = Ethnicity.of(null, null, PoliceSelfDefinedEthnicity.A2, ObservedEthnicity.IC4);
        assertThat(ethnicity.status()).isEqualTo(EthnicityStatus.RECORDED);
        assertThat(ethnicity.ons2021()).isEqualTo(Ons2021Ethnicity.PAKISTANI);
        assertThat(ethnicity.observed()).isEqualTo(ObservedEthnicity.IC4);
    }

    @Test
    void notStatedIsNotTheSameAsNotRecorded() {
        assertThat(Ethnicity.of(null, null, PoliceSelfDefinedEthnicity.NS, null).status())
                .isEqualTo(EthnicityStatus.NOT_STATED);
        assertThat(Ethnicity.of(null, null, null, ObservedEthnicity.IC1).status())
                .as("an officer's observation is not the person's own answer").isEqualTo(EthnicityStatus.NOT_RECORDED);
    }

    @Test
    void aMoreSpecificOnsCategoryInTheSameGroupIsKept() {
        Ethnicity roma = Ethnicity.of(null, Ons2021Ethnicity.ROMA, PoliceSelfDefinedEthnicity.W9, null);
        assertThat(roma.ons2021()).isEqualTo(Ons2021Ethnicity.ROMA);
        assertThat(roma.policeSelfDefined()).isEqualTo(PoliceSelfDefinedEthnicity.W9);
    }

    @Test
    void codesFromDifferentGroupsConflict() {
        assertThatThrownBy(() -> Ethnicity.of(null, Ons2021Ethnicity.INDIAN, PoliceSelfDefinedEthnicity.W1, null))
                .hasMessageContaining("does not match");
        assertThatThrownBy(() -> Ethnicity.of(EthnicityStatus.NOT_STATED, Ons2021Ethnicity.INDIAN, null, null))
                .hasMessageContaining("contradicts");
    }
}
