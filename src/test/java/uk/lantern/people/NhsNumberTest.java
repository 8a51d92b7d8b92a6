package uk.lantern.people;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NhsNumberTest {

    @Test
    void acceptsANumberWithAValidCheckDigitWithOrWithoutSpaces() {
        assertThat(NhsNumber.isValid("9434765919")).isTrue();
        assertThat(NhsNumber.normalise("943 476 5919")).isEqualTo("9434765919");
    }

    @Test
    void refusesAWrongCheckDigit() {
        assertThat(NhsNumber.isValid("9434765918")).isFalse();
        assertThat(NhsNumber.normalise("943 476 5918")).isNull();
    }

    @Test
    void aRemainderOfTenMeansNoValidNumber() {
        // 000000001: weights give 2, 11 - 2 = 9; 000000060: 6*3 = 18, 18 mod 11 = 7, check 4.
        assertThat(NhsNumber.checkDigit("000000001")).isEqualTo(9);
        assertThat(NhsNumber.checkDigit("000000060")).isEqualTo(4);
        assertThat(NhsNumber.checkDigit("000000050")).as("5*3 = 15, 11 - 4 = 7").isEqualTo(7);
        assertThat(NhsNumber.checkDigit("000000100")).as("1*4 = 4, 11 - 4 = 7").isEqualTo(7);
        assertThat(NhsNumber.checkDigit("000000010")).as("1*3 = 3, 11 - 3 = 8").isEqualTo(8);
        assertThat(NhsNumber.checkDigit("000000005")).as("5*2 = 10, 11 - 10 = 1").isEqualTo(1);
        assertThat(NhsNumber.checkDigit("000000011")).as("3 + 2 = 5, 11 - 5 = 6").isEqualTo(6);
        assertThat(NhsNumber.checkDigit("100000000")).as("10 mod 11 = 10, 11 - 10 = 1").isEqualTo(1);
        assertThat(NhsNumber.checkDigit("000000000")).as("0, 11 - 0 = 11, so 0").isEqualTo(0);
        assertThat(NhsNumber.checkDigit("010000000")).as("9 mod 11 = 9, 11 - 9 = 2").isEqualTo(2);
        assertThat(NhsNumber.checkDigit("000000006")).as("12 mod 11 = 1, 11 - 1 = 10: no valid number").isNull();
        assertThat(NhsNumber.isValid("0000000060")).isFalse();
    }

    @Test
    void refusesTheWrongLength() {
        assertThat(NhsNumber.isValid("943476591")).isFalse();
        assertThat(NhsNumber.isValid("94347659190")).isFalse();
        assertThat(NhsNumber.isValid(null)).isFalse();
    }
}
