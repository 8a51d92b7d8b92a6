package uk.lantern.resolution.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.codec.language.DoubleMetaphone;

import uk.lantern.resolution.PersonField;

/**
 * The blocking rules: a pair of records is a candidate when any rule blocks it (a union of rules). Each rule pairs
 * two fields, so that one error in one field still leaves other rules that find the pair. Rules whose fields the
 * records lack are left out.
 */
final class BlockingRules {

    /**
     * Fields that name one person: two records that share a value are nearly always one person, so the pairs they
     * block are the purest sample of matches a training session can have.
     */
    static final List<PersonField> IDENTIFIERS = List.of(PersonField.NHS_NUMBER, PersonField.SOC_SEC_ID,
            PersonField.EMAIL);
    private static final String FULL_NAME_AND_BIRTH = "first_name + surname + complete dob";
    private static final DoubleMetaphone DOUBLE_METAPHONE = new DoubleMetaphone();

    private BlockingRules() {
    }

    static List<BlockingRule> forFields(Set<PersonField> fields) {
        List<BlockingRule> rules = new ArrayList<>();
        rule(rules, fields, "first_name + surname, either order", Set.of(PersonField.FIRST_NAME, PersonField.SURNAME),
                BlockingRules::bothNames);
        rule(rules, fields, "surname + dob", PersonField.SURNAME, PersonField.DATE_OF_BIRTH);
        rule(rules, fields, "first_name + dob", PersonField.FIRST_NAME, PersonField.DATE_OF_BIRTH);
        rule(rules, fields, "dob + postcode", PersonField.DATE_OF_BIRTH, PersonField.POSTCODE);
        rule(rules, fields, "surname + postcode", PersonField.SURNAME, PersonField.POSTCODE);
        rule(rules, fields, "first_name + postcode", PersonField.FIRST_NAME, PersonField.POSTCODE);
        rule(rules, fields, "metaphone(first_name) + metaphone(surname)",
                Set.of(PersonField.FIRST_NAME, PersonField.SURNAME),
                table -> metaphone(table, PersonField.FIRST_NAME), table -> metaphone(table, PersonField.SURNAME));
        rule(rules, fields, "nhs_number", PersonField.NHS_NUMBER);
        rule(rules, fields, "phone", PersonField.PHONE);
        rule(rules, fields, "email", PersonField.EMAIL);
        rule(rules, fields, "soc_sec_id", PersonField.SOC_SEC_ID);
        rule(rules, fields, "address_1 + postcode", PersonField.ADDRESS_1, PersonField.POSTCODE);
        rule(rules, fields, "dob + birth_place", PersonField.DATE_OF_BIRTH, PersonField.BIRTH_PLACE);
        for (PersonField alone : List.of(PersonField.DATE_OF_BIRTH, PersonField.SURNAME, PersonField.FIRST_NAME,
                PersonField.POSTCODE, PersonField.CITY)) {
            rule(rules, fields, alone.column(), alone);
        }
        return rules;
    }

    /**
     * The rules that block the pairs EM trains on, one training session each. A session learns nothing about the
     * fields it blocks on (all its pairs agree on them), so the sessions block on different fields and each field's
     * m-probabilities come from the sessions that do not block on it.
     */
    static List<BlockingRule> forTraining(Set<PersonField> fields) {
        List<BlockingRule> rules = new ArrayList<>();
        rule(rules, fields, "first_name + surname, either order", Set.of(PersonField.FIRST_NAME, PersonField.SURNAME),
                BlockingRules::bothNames);
        rule(rules, fields, "dob", PersonField.DATE_OF_BIRTH);
        rule(rules, fields, "postcode", PersonField.POSTCODE);
        rule(rules, fields, FULL_NAME_AND_BIRTH, Set.of(PersonField.FIRST_NAME, PersonField.SURNAME,
                PersonField.DATE_OF_BIRTH), table -> table.column(PersonField.FIRST_NAME, Normalisation.LETTERS),
                table -> table.column(PersonField.SURNAME, Normalisation.LETTERS), BlockingRules::completeDates);
        for (PersonField identifier : IDENTIFIERS) {
            rule(rules, fields, identifier.column(), identifier);
        }
        return rules;
    }


    private static void rule(List<BlockingRule> rules, Set<PersonField> available, String name,
            PersonField... keyFields) {
        List<Function<RecordTable, ValueColumn>> keys = new ArrayList<>();
        for (PersonField field : keyFields) {
            keys.add(table -> table.column(field, normalisationOf(field)));
        }
        rule(rules, available, name, Set.of(keyFields), keys.toArray(Function[]::new));
    }

    @SafeVarargs
    private static void rule(List<BlockingRule> rules, Set<PersonField> available, String name,
            Set<PersonField> needs, Function<RecordTable, ValueColumn>... keys) {
        if (available.containsAll(needs)) {
            rules.add(new BlockingRule(name, needs, List.of(keys)));
        }
    }

    /**
     * Whether a training rule's pairs are nearly all one person: they share an identifier, or a first name, surname
     * and complete date of birth (namesakes seldom share a whole date, and twins have different first names).
     */
    static boolean pairsAreOnePerson(BlockingRule rule) {
        return rule.name().equals(FULL_NAME_AND_BIRTH) || IDENTIFIERS.containsAll(rule.fields());
    }

    /** Dates of birth with day, month and year; a year alone would pair every namesake born that year. */
    private static ValueColumn completeDates(RecordTable table) {
        return table.derived("blocking/complete-dob", table.column(PersonField.DATE_OF_BIRTH, Normalisation.DATE),
                date -> date.length() == 8 ? date : null);
    }

    /** First name and surname in alphabetical order, so that a record with the two swapped is still blocked. */
    private static ValueColumn bothNames(RecordTable table) {
        return table.computed("blocking/both-names", record -> {
            String first = Normalisation.LETTERS.apply(valueOrEmpty(record.get(PersonField.FIRST_NAME)));
            String surname = Normalisation.LETTERS.apply(valueOrEmpty(record.get(PersonField.SURNAME)));
            if (first == null || surname == null) {
                return null;
            }
            return first.compareTo(surname) <= 0 ? first + " " + surname : surname + " " + first;
        }, Function.identity());
    }

    private static ValueColumn metaphone(RecordTable table, PersonField nameField) {
        return table.derived(nameField.column() + "/metaphone", table.column(nameField, Normalisation.LETTERS),
                DOUBLE_METAPHONE::doubleMetaphone);
    }

    private static String valueOrEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Fields are normalised for blocking as their comparisons normalise them, so the columns are shared. */
    private static Normalisation normalisationOf(PersonField field) {
        return switch (field) {
            case FIRST_NAME, SURNAME -> Normalisation.LETTERS;
            case DATE_OF_BIRTH -> Normalisation.DATE;
            case POSTCODE -> Normalisation.POSTCODE;
            case PHONE -> Normalisation.PHONE;
            case NHS_NUMBER, SOC_SEC_ID -> Normalisation.DIGITS;
            default -> Normalisation.TEXT;
        };
    }

    static String describe(List<BlockingRule> rules) {
        return rules.stream().map(BlockingRule::name).collect(Collectors.joining("; "));
    }
}
