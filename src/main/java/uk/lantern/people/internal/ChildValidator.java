package uk.lantern.people.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.lantern.area.AreaType;
import uk.lantern.area.Areas;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.InvalidInputException.FieldError;
import uk.lantern.people.ChildInput;
import uk.lantern.people.Ethnicity;
import uk.lantern.people.EthnicityStatus;
import uk.lantern.people.NhsNumber;
import uk.lantern.people.ObservedEthnicity;
import uk.lantern.people.Ons2021Ethnicity;
import uk.lantern.people.PartialDate;
import uk.lantern.people.PoliceSelfDefinedEthnicity;
import uk.lantern.people.Sex;

/** Turns typed child details into a valid child, or an error for every field that is wrong. */
@Component
class ChildValidator {

    static final int MAX_NAME = 100;
    /** The earliest year the people tables hold (their CHECK constraint); no one living is older. */
    static final int EARLIEST_BIRTH_YEAR = 1900;
    static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    static final Set<String> PLACEMENT_TYPES = Set.of("HOME", "FOSTER_CARE", "CHILDRENS_HOME",
            "SUPPORTED_ACCOMMODATION", "OTHER");

    private final Areas areas;

    ChildValidator(Areas areas) {
        this.areas = areas;
    }

    /** An adult's details: the same rules, with the area placeholder the caller gives. */
    ValidChild validateAdult(ChildInput input, String prefix, LocalDate today) {
        return validate(input, prefix, today, false);
    }

    ValidChild validate(ChildInput input, String prefix, LocalDate today) {
        return validate(input, prefix, today, true);
    }

    private ValidChild validate(ChildInput input, String prefix, LocalDate today, boolean child) {
        List<FieldError> errors = new ArrayList<>();
        String firstName = name(input.firstName(), prefix + "firstName", "first name", errors);
        String surname = name(input.surname(), prefix + "surname", "surname", errors);
        PartialDate dateOfBirth = null;
        if (hasText(input.dateOfBirth())) {
            try {
                dateOfBirth = PartialDate.parse(input.dateOfBirth(), input.dateOfBirthApproximate());
                if (dateOfBirth.earliest().isAfter(today)) {
                    errors.add(new FieldError(prefix + "dateOfBirth", "Date of birth must be in the past"));
                } else if (dateOfBirth.earliest().getYear() < EARLIEST_BIRTH_YEAR) {
                    errors.add(new FieldError(prefix + "dateOfBirth", "Date of birth must be in "
                            + EARLIEST_BIRTH_YEAR + " or later"));
                }
            } catch (IllegalArgumentException invalid) {
                errors.add(new FieldError(prefix + "dateOfBirth", "Date of birth " + invalid.getMessage()));
            }
        }
        Sex sex = hasText(input.sex()) ? parse(Sex.class, input.sex(), prefix + "sex", errors) : Sex.NOT_KNOWN;
        Ethnicity ethnicity = ethnicity(input, prefix, errors);
        String nationality = country(input.nationality(), prefix + "nationality", errors);
        String countryOfBirth = country(input.countryOfBirth(), prefix + "countryOfBirth", errors);
        String nhsNumber = null;
        if (hasText(input.nhsNumber())) {
            nhsNumber = NhsNumber.normalise(input.nhsNumber());
            if (nhsNumber == null) {
                errors.add(new FieldError(prefix + "nhsNumber", "NHS number must be 10 digits with a valid check "
                        + "digit"));
            }
        }
        String areaCode = trimmed(input.areaCode()).toUpperCase(Locale.ROOT);
        if (areaCode.isEmpty()) {
            errors.add(new FieldError(prefix + "areaCode", "Select the child's local authority"));
        } else if (child && areas.find(areaCode).filter(area -> area.type() == AreaType.LOCAL_AUTHORITY).isEmpty()) {
            errors.add(new FieldError(prefix + "areaCode", "Unknown local authority '" + areaCode
                    + "': use an ONS code such as E08000005 (Rochdale)"));
        }
        String school = optional(input.school(), 200, prefix + "school", "School", errors);
        List<ChildInput.Alias> aliases = aliases(input.aliases(), prefix, errors);
        List<ChildInput.Address> addresses = addresses(input.addresses(), prefix, errors);
        ChildInput.Placement placement = placement(input.placement(), prefix, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ValidChild(firstName, surname, dateOfBirth, sex, ethnicity, nationality, countryOfBirth, nhsNumber,
                areaCode, school, aliases, addresses, placement);
    }

    private static Ethnicity ethnicity(ChildInput input, String prefix, List<FieldError> errors) {
        EthnicityStatus status = hasText(input.ethnicityStatus())
                ? parse(EthnicityStatus.class, input.ethnicityStatus(), prefix + "ethnicity.status", errors) : null;
        Ons2021Ethnicity ons = hasText(input.ethnicityOns2021())
                ? parse(Ons2021Ethnicity.class, input.ethnicityOns2021(), prefix + "ethnicity.ons2021", errors) : null;
        PoliceSelfDefinedEthnicity police = hasText(input.ethnicityPoliceSelfDefined())
                ? parse(PoliceSelfDefinedEthnicity.class, input.ethnicityPoliceSelfDefined(),
                prefix + "ethnicity.policeSelfDefined", errors) : null;
        ObservedEthnicity observed = hasText(input.ethnicityObserved())
                ? parse(ObservedEthnicity.class, input.ethnicityObserved(), prefix + "ethnicity.observed", errors)
                : null;
        try {
            return Ethnicity.of(status, ons, police, observed);
        } catch (IllegalArgumentException contradiction) {
            errors.add(new FieldError(prefix + "ethnicity", "Ethnicity: " + contradiction.getMessage()));
            return Ethnicity.NOT_RECORDED;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String field, List<FieldError> errors) {
        String normalised = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(normalised)).findFirst()
                .orElseGet(() -> {
                    errors.add(new FieldError(field, "Unknown value '" + text + "'. Use one of: "
                            + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
                    return null;
                });
    }

    private static String country(String text, String field, List<FieldError> errors) {
        if (!hasText(text)) {
            return null;
        }
        String code = text.trim().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            errors.add(new FieldError(field, "Use a two-letter ISO 3166-1 country code such as GB or PK"));
            return null;
        }
        return code;
    }

    private static String name(String text, String field, String label, List<FieldError> errors) {
        String value = trimmed(text);
        if (value.isEmpty()) {
            errors.add(new FieldError(field, "Enter the child's " + label + ", or 'Unknown'"));
        } else if (value.length() > MAX_NAME) {
            errors.add(new FieldError(field, capitalise(label) + " must be " + MAX_NAME + " characters or fewer"));
        }
        return value;
    }

    private static String optional(String text, int max, String field, String label, List<FieldError> errors) {
        String value = trimmed(text);
        if (value.length() > max) {
            errors.add(new FieldError(field, label + " must be " + max + " characters or fewer"));
        }
        return value.isEmpty() ? null : value;
    }

    private static List<ChildInput.Alias> aliases(List<ChildInput.Alias> aliases, String prefix,
                                                  List<FieldError> errors) {
        return indexed(aliases, (alias, field) -> {
            String first = optional(alias.firstName(), MAX_NAME, field + "firstName", "Alias first name", errors);
            String last = optional(alias.surname(), MAX_NAME, field + "surname", "Alias surname", errors);
            return first == null && last == null ? null : new ChildInput.Alias(first, last);
        }, prefix + "aliases");
    }

    private static List<ChildInput.Address> addresses(List<ChildInput.Address> addresses, String prefix,
                                                      List<FieldError> errors) {
        return indexed(addresses, (address, field) -> {
            String line1 = trimmed(address.line1());
            if (line1.isEmpty()) {
                errors.add(new FieldError(field + "line1", "Enter the first line of the address"));
            }
            optional(address.line1(), 200, field + "line1", "Address line 1", errors);
            date(address.from(), field + "from", errors);
            date(address.to(), field + "to", errors);
            return new ChildInput.Address(line1, optional(address.line2(), 200, field + "line2", "Address line 2",
                    errors), optional(address.town(), 100, field + "town", "Town", errors),
                    postcode(address.postcode(), field + "postcode", errors), trimmedOrNull(address.from()),
                    trimmedOrNull(address.to()));
        }, prefix + "addresses");
    }

    private static ChildInput.Placement placement(ChildInput.Placement placement, String prefix,
                                                  List<FieldError> errors) {
        if (placement == null || !hasText(placement.placementType())) {
            return null;
        }
        String type = placement.placementType().trim().toUpperCase(Locale.ROOT);
        if (!PLACEMENT_TYPES.contains(type)) {
            errors.add(new FieldError(prefix + "placement.placementType", "Unknown placement type '"
                    + placement.placementType() + "'. Use one of: " + String.join(", ", PLACEMENT_TYPES)));
        }
        date(placement.from(), prefix + "placement.from", errors);
        return new ChildInput.Placement(type, optional(placement.providerName(), 200,
                prefix + "placement.providerName", "Placement provider", errors), trimmedOrNull(placement.from()));
    }

    private static String postcode(String text, String field, List<FieldError> errors) {
        String value = trimmed(text).toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            return null;
        }
        if (!value.matches("[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}")) {
            errors.add(new FieldError(field, "Enter a real postcode, like OL11 1AB"));
        }
        return value;
    }

    private static void date(String text, String field, List<FieldError> errors) {
        if (hasText(text)) {
            try {
                LocalDate.parse(text.trim());
            } catch (DateTimeParseException invalid) {
                errors.add(new FieldError(field, "Must be a date like 2026-03-01"));
            }
        }
    }

    private static <T> List<T> indexed(List<T> items, java.util.function.BiFunction<T, String, T> check,
                                       String field) {
        if (items == null) {
            return List.of();
        }
        List<T> valid = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            T checked = check.apply(items.get(i), field + "[" + i + "].");
            if (checked != null) {
                valid.add(checked);
            }
        }
        return valid;
    }

    static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    static String trimmed(String text) {
        return text == null ? "" : text.trim();
    }

    private static String trimmedOrNull(String text) {
        return hasText(text) ? text.trim() : null;
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

}
