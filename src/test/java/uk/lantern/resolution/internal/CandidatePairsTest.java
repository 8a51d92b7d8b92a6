package uk.lantern.resolution.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.lantern.resolution.PersonField;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.resolution.internal.People.person;

class CandidatePairsTest {

    private final RecordTable table = new RecordTable(List.of(
            person("0", "Ann", "Kelly", "1990-01-01", "M1 1AA"),
            person("1", "Ann", "Kelly", "1985-05-05", "OL1 2BB"),   // same names as 0 only
            person("2", "Bea", "Lowe", "1990-01-01", "M1 1AA"),     // same dob and postcode as 0 only
            person("3", "Ann", "Kelly", "1990-01-01", "M1 1AA"),    // same names, dob and postcode as 0
            person("4", "Cal", "Moss", "2001-02-03", "S1 1AA")));   // nothing in common with anyone

    @Test
    void aPairIsACandidateWhenAnyRuleBlocksItAndComesOutOnce() {
        List<BlockingRule> rules = BlockingRules.forFields(Set.of(PersonField.FIRST_NAME, PersonField.SURNAME,
                        PersonField.DATE_OF_BIRTH, PersonField.POSTCODE)).stream()
                .filter(rule -> rule.name().equals("first_name + surname, either order")
                        || rule.name().equals("dob + postcode"))
                .toList();

        long[] pairs = CandidatePairs.all(table, rules);

        assertThat(pairsAsText(pairs)).containsExactlyInAnyOrder("0-1", "0-3", "1-3", "0-2", "2-3");
    }

    @Test
    void anIncrementalRunOnlyPutsForwardPairsWithANewRecord() {
        List<BlockingRule> rules = BlockingRules.forFields(Set.of(PersonField.FIRST_NAME, PersonField.SURNAME));

        long[] pairs = CandidatePairs.involving(table, rules, 3);

        assertThat(pairsAsText(pairs)).containsExactlyInAnyOrder("0-3", "1-3");
    }

    @Test
    void aRecordLackingAKeyIsNotBlockedByThatRule() {
        RecordTable withGaps = new RecordTable(List.of(person("a", "Ann", null, "1990-01-01", null),
                person("b", "Ann", null, "1990-01-01", null)));
        List<BlockingRule> names = BlockingRules.forFields(Set.of(PersonField.FIRST_NAME, PersonField.SURNAME))
                .subList(0, 1);

        assertThat(CandidatePairs.all(withGaps, names)).isEmpty();
    }

    private static List<String> pairsAsText(long[] pairs) {
        return Arrays.stream(pairs).mapToObj(pair -> PairList.left(pair) + "-" + PairList.right(pair)).toList();
    }

}
