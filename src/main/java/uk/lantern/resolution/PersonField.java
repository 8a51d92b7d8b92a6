package uk.lantern.resolution;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of a person record that resolution compares, each with its column name in the evaluate CSV. The first
 * nine are what agencies record about a person; the others are extra evidence that some labelled sets carry (the
 * FEBRL address fields and social security number, the historical figures' birth place and occupation).
 */
public enum PersonField {
    FIRST_NAME("first_name"),
    SURNAME("surname"),
    DATE_OF_BIRTH("dob"),
    POSTCODE("postcode"),
    SEX("sex"),
    PHONE("phone"),
    NHS_NUMBER("nhs_number"),
    EMAIL("email"),
    CITY("city"),
    STREET_NUMBER("street_number"),
    ADDRESS_1("address_1"),
    ADDRESS_2("address_2"),
    SUBURB("suburb"),
    STATE("state"),
    SOC_SEC_ID("soc_sec_id"),
    BIRTH_PLACE("birth_place"),
    OCCUPATION("occupation"),
    FULL_NAME("full_name");

    private final String column;

    PersonField(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }

    public static Optional<PersonField> forColumn(String column) {
        return Arrays.stream(values()).filter(field -> field.column.equals(column)).findFirst();
    }
}
