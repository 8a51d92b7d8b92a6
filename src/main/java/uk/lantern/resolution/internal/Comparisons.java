package uk.lantern.resolution.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.lantern.resolution.PersonField;

/**
 * The comparison used for each field. A model uses those whose fields its training records have; a stored model
 * names its comparisons, and this catalogue turns the names back into comparisons.
 */
final class Comparisons {

    private static final Map<PersonField, Comparison> BY_FIELD = new EnumMap<>(PersonField.class);

    static {
        add(new NameComparison(PersonField.FIRST_NAME, PersonField.SURNAME));
        add(new NameComparison(PersonField.SURNAME, PersonField.FIRST_NAME));
        add(new DateOfBirthComparison());
        add(new PostcodeComparison());
        add(new ExactComparison(PersonField.SEX, Normalisation.SEX, false));
        add(new ExactComparison(PersonField.PHONE, Normalisation.PHONE, false));
        add(new ExactComparison(PersonField.NHS_NUMBER, Normalisation.DIGITS, false));
        add(new TextComparison(PersonField.EMAIL, false, 0.90, 0.80));
        add(new TextComparison(PersonField.CITY, true, 0.90, 0.80));
        add(new ExactComparison(PersonField.STREET_NUMBER, Normalisation.TEXT, false));
        add(new TextComparison(PersonField.ADDRESS_1, true, 0.90, 0.80));
        add(new TextComparison(PersonField.ADDRESS_2, true, 0.90, 0.80));
        add(new TextComparison(PersonField.SUBURB, true, 0.90));
        add(new ExactComparison(PersonField.STATE, Normalisation.TEXT, false));
        add(new IdentifierComparison(PersonField.SOC_SEC_ID));
        add(new TextComparison(PersonField.BIRTH_PLACE, true, 0.90));
        add(new ExactComparison(PersonField.OCCUPATION, Normalisation.TEXT, true));
    }

    private Comparisons() {
    }

    private static void add(Comparison comparison) {
        BY_FIELD.put(PersonField.forColumn(comparison.name()).orElseThrow(), comparison);
    }

    /** The comparisons for the fields that at least one of the records has, in field order. */
    static List<Comparison> forRecordsOf(RecordTable table) {
        return BY_FIELD.entrySet().stream()
                .filter(entry -> hasAny(table, entry.getKey()))
                .map(Map.Entry::getValue)
                .toList();
    }

    static boolean exists(PersonField field) {
        return BY_FIELD.containsKey(field);
    }

    static Comparison named(String name) {
        Optional<PersonField> field = PersonField.forColumn(name);
        if (field.isEmpty() || !BY_FIELD.containsKey(field.get())) {
            throw new IllegalArgumentException("The model names an unknown comparison: " + name);
        }
        return BY_FIELD.get(field.get());
    }

    private static boolean hasAny(RecordTable table, PersonField field) {
        for (int record = 0; record < table.size(); record++) {
            if (table.record(record).get(field) != null) {
                return true;
            }
        }
        return false;
    }
}
