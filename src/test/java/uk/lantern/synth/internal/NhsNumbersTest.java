package uk.lantern.synth.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class NhsNumbersTest {

    @Test
    void checksTheModulus11CheckDigit() {
        // The example number used throughout NHS guidance.
        assertThat(NhsNumbers.isValid("943 476 5919")).isTrue();
        assertThat(NhsNumbers.isValid("9434765919")).isTrue();
        assertThat(NhsNumbers.isValid("9434765918")).isFalse();
        assertThat(NhsNumbers.isValid("943476591")).isFalse();
        assertThat(NhsNumbers.checkDigit("943476591")).isEqualTo(9);
    }

    @Test
    void nineDigitsWhoseCheckDigitWouldBeTenHaveNoNumber() {
        // 1*10 + 0*9 + ... + 0*2 = 10; 11 - 10 = 1. 0000000 with 9 in front: 9*10 = 90, 90 % 11 = 2, 11 - 2 = 9.
        assertThat(NhsNumbers.checkDigit("100000000")).isEqualTo(1);
        // 1*10 + 0*9 + 0*8 + 0*7 + 0*6 + 0*5 + 0*4 + 0*3 + 1*2 = 12, 12 % 11 = 1, 11 - 1 = 10: unusable.
        assertThat(NhsNumbers.checkDigit("100000001")).isEqualTo(-1);
        // A remainder of 0 gives 11, written as 0.
        assertThat(NhsNumbers.checkDigit("000000000")).isZero();
    }

    @Test
    void givesUniqueNumbersInTheTestRangeAndSkipsUnusableOnes() {
        NhsNumbers numbers = new NhsNumbers(new Dice(5));
        Set<String> seen = new HashSet<>();
        int skipped = 0;
        for (int index = 0; index < 20_000; index++) {
            var number = numbers.forChild(index);
            if (number.isEmpty()) {
                skipped++;
                continue;
            }
            assertThat(number.get()).startsWith("999").hasSize(10);
            assertThat(NhsNumbers.isValid(number.get())).isTrue();
            assertThat(seen.add(number.get())).isTrue();
        }
        // One nine-digit stem in eleven has no valid check digit.
        assertThat(skipped).isBetween(1300, 2300);
        assertThat(numbers.forChild(1_000_000)).isEmpty();
    }

    @Test
    void everyNhsNumberInABundlePassesAndAboutFourInFiveChildrenHaveOne() {
        Bundles.Bundle bundle = Bundles.fiveThousandChildren();
        List<String> recorded = bundle.records().stream()
                .filter(record -> record.has("nhsNumber"))
                .map(record -> record.get("nhsNumber").asString())
                .toList();
        assertThat(recorded).isNotEmpty().allSatisfy(number -> assertThat(NhsNumbers.isValid(number)).isTrue());

        List<JsonNode> children = bundle.trueChildren();
        long withNumber = children.stream().filter(child -> !child.get("truth").get("nhsNumber").isNull()).count();
        assertThat((double) withNumber / children.size()).isBetween(0.72, 0.88);
    }
}
