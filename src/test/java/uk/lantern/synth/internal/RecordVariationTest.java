package uk.lantern.synth.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Agencies record the same child differently, and the ground truth says exactly how. */
class RecordVariationTest {

    private final Bundles.Bundle bundle = Bundles.fiveThousandChildren();
    private final Map<String, JsonNode> records = bundle.byKey();
    private final NameBook names = NameBook.standard();

    @Test
    void transliterationsAndShortFormsAppearBetweenAgenciesForTheSameChild() {
        int childrenWithTwoSpellings = 0;
        int childrenWithAShortForm = 0;
        for (JsonNode child : bundle.trueChildren()) {
            List<String> firstNames = new ArrayList<>();
            child.get("records").forEach(ref -> firstNames.add(records.get(Bundles.key(ref)).get("firstName")
                    .asString()));
            if (anyPair(firstNames, names::sameNameSpelledDifferently)) {
                childrenWithTwoSpellings++;
            }
            String truth = child.get("truth").get("firstName").asString();
            if (firstNames.contains(truth) && firstNames.stream().anyMatch(name -> names.isShortFormOf(name, truth))) {
                childrenWithAShortForm++;
            }
        }
        assertThat(childrenWithTwoSpellings).isGreaterThan(50);
        assertThat(childrenWithAShortForm).isGreaterThan(50);
    }

    @Test
    void eachLabelledVariationIsWhatTheRecordShowsForChildrenAndAdults() {
        Map<Variation, Integer> seen = new java.util.EnumMap<>(Variation.class);
        List<JsonNode> people = new ArrayList<>(bundle.trueChildren());
        people.addAll(bundle.truePersons());
        for (JsonNode person : people) {
            JsonNode truth = person.get("truth");
            for (JsonNode ref : person.get("records")) {
                JsonNode record = records.get(Bundles.key(ref));
                for (JsonNode label : ref.get("variations")) {
                    Variation variation = Variation.valueOf(label.asString());
                    seen.merge(variation, 1, Integer::sum);
                    assertVariation(variation, truth, record);
                }
                if (ref.get("variations").isEmpty()) {
                    assertThat(record.get("firstName").asString()).isEqualTo(truth.get("firstName").asString());
                    assertThat(record.get("surname").asString()).isEqualTo(truth.get("surname").asString());
                    assertThat(Bundles.text(record, "dateOfBirth")).isEqualTo(Bundles.text(truth, "dateOfBirth"));
                }
            }
        }
        assertThat(seen.keySet()).containsExactlyInAnyOrder(Variation.values());
    }

    private void assertVariation(Variation variation, JsonNode truth, JsonNode record) {
        String trueFirst = truth.get("firstName").asString();
        String trueSurname = truth.get("surname").asString();
        String first = record.get("firstName").asString();
        String surname = record.get("surname").asString();
        String born = truth.get("dateOfBirth").asString();
        String recordedBirth = Bundles.text(record, "dateOfBirth");
        switch (variation) {
            case FIRST_NAME_VARIANT -> assertThat(names.sameNameSpelledDifferently(trueFirst, first)).isTrue();
            case FIRST_NAME_SHORT_FORM -> assertThat(names.isShortFormOf(first, trueFirst)).isTrue();
            case FIRST_NAME_PLAIN_LETTERS -> assertThat(first).isNotEqualTo(trueFirst)
                    .isEqualTo(PersonNames.withoutDiacritics(trueFirst));
            case FIRST_NAME_TYPO -> assertThat(oneEditApart(trueFirst, first)).as("%s / %s", trueFirst, first)
                    .isTrue();
            case SURNAME_VARIANT -> assertThat(names.sameNameSpelledDifferently(trueSurname, surname)).isTrue();
            case SURNAME_PLAIN_LETTERS -> assertThat(surname).isNotEqualTo(trueSurname)
                    .isEqualTo(PersonNames.withoutDiacritics(trueSurname));
            case SURNAME_TYPO -> assertThat(oneEditApart(trueSurname, surname)).as("%s / %s", trueSurname, surname)
                    .isTrue();
            case DATE_OF_BIRTH_MISSING -> assertThat(recordedBirth).isNull();
            case DATE_OF_BIRTH_YEAR_ONLY -> {
                assertThat(recordedBirth).isEqualTo(born.substring(0, 4));
                if (record.get("type").asString().equals("child")) {
                    assertThat(record.get("dateOfBirthApproximate").asBoolean()).isTrue();
                }
            }
            case DATE_OF_BIRTH_YEAR_AND_MONTH -> assertThat(recordedBirth).isEqualTo(born.substring(0, 7));
            case DATE_OF_BIRTH_DAY_MONTH_SWAPPED -> assertThat(recordedBirth)
                    .isEqualTo(born.substring(0, 5) + born.substring(8, 10) + "-" + born.substring(5, 7))
                    .isNotEqualTo(born);
            case NHS_NUMBER_MISSING -> {
                assertThat(truth.get("nhsNumber").isNull()).isFalse();
                assertThat(record.has("nhsNumber")).isFalse();
            }
        }
    }

    /** One insertion, deletion, substitution or swap of neighbours (optimal string alignment distance 1). */
    static boolean oneEditApart(String one, String other) {
        int[][] distance = new int[one.length() + 1][other.length() + 1];
        for (int i = 0; i <= one.length(); i++) {
            distance[i][0] = i;
        }
        for (int j = 0; j <= other.length(); j++) {
            distance[0][j] = j;
        }
        for (int i = 1; i <= one.length(); i++) {
            for (int j = 1; j <= other.length(); j++) {
                int cost = one.charAt(i - 1) == other.charAt(j - 1) ? 0 : 1;
                distance[i][j] = Math.min(Math.min(distance[i - 1][j] + 1, distance[i][j - 1] + 1),
                        distance[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && one.charAt(i - 1) == other.charAt(j - 2)
                        && one.charAt(i - 2) == other.charAt(j - 1)) {
                    distance[i][j] = Math.min(distance[i][j], distance[i - 2][j - 2] + 1);
                }
            }
        }
        return distance[one.length()][other.length()] == 1;
    }

    private static boolean anyPair(List<String> values, java.util.function.BiPredicate<String, String> test) {
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                if (test.test(values.get(i), values.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }
}
