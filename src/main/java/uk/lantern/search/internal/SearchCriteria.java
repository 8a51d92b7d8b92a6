package uk.lantern.search.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.InvalidInputException.FieldError;
import uk.lantern.search.SearchRequest;

/**
 * A search request read into criteria, each checked and normalised, with bad input named by its field. Free text is
 * read as a whole first (an NHS number, a phone number, a postcode, a date, a registration mark, which may hold a
 * space), and otherwise as name words, any of which may be a date of birth.
 *
 * @param nameWords the name's words in lower case, in order; empty when no name was given
 * @param postcode upper case without spaces
 * @param vehicle upper case without spaces
 */
record SearchCriteria(List<String> nameWords, BirthDate dateOfBirth, String nhsNumber, String postcode, String phone,
                      String vehicle) {

    static final int MOST_NAME_WORDS = 4;
    static final int LONGEST_TEXT = 100;

    /** A date of birth as far as it was given: a year, a year and month, or a full date. */
    record BirthDate(int year, Integer month, Integer day) {

        @Override
        public String toString() {
            return year + (month == null ? "" : String.format("-%02d", month)) + (day == null ? ""
                    : String.format("-%02d", day));
        }
    }

    private static final Pattern NHS_NUMBER = Pattern.compile("\\d{3} ?\\d{3} ?\\d{4}");
    private static final Pattern PHONE = Pattern.compile("(\\+|0)[0-9 ()-]{9,18}");
    private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");
    private static final Pattern REGISTRATION = Pattern.compile("(?=.*[0-9])(?=.*[A-Z])[A-Z0-9 ]{2,10}");
    /** Current, prefix and suffix UK marks, which may be written with a space; "Sam 2011" is a name and a year. */
    private static final Pattern UK_REGISTRATION = Pattern.compile(
            "[A-Z]{2}[0-9]{2} ?[A-Z]{3}|[A-Z][0-9]{1,3} ?[A-Z]{3}|[A-Z]{3} ?[0-9]{1,3}[A-Z]");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern MONTH_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{4})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");

    boolean isEmpty() {
        return nameWords.isEmpty() && dateOfBirth == null && nhsNumber == null && postcode == null && phone == null
                && vehicle == null;
    }

    /** What was searched for, as read; this is what the ledger keeps of the search. */
    List<String> described() {
        List<String> described = new ArrayList<>();
        if (!nameWords.isEmpty()) {
            described.add("name: " + String.join(" ", nameWords));
        }
        addIfGiven(described, "date of birth", dateOfBirth);
        addIfGiven(described, "NHS number", nhsNumber);
        addIfGiven(described, "postcode", postcode);
        addIfGiven(described, "phone", phone);
        addIfGiven(described, "vehicle", vehicle);
        return described;
    }

    private static void addIfGiven(List<String> described, String label, Object value) {
        if (value != null) {
            described.add(label + ": " + value);
        }
    }

    /**
     * Reads a request.
     *
     * @throws InvalidInputException naming {@code q} or the criterion's own field
     */
    static SearchCriteria read(SearchRequest request) {
        Builder criteria = new Builder();
        List<FieldError> errors = new ArrayList<>();
        String q = given(request.q());
        if (q != null) {
            criteria.readText("q", q, errors);
        }
        readField("name", request.name(), errors, text -> criteria.readName("name", text, errors));
        readField("dateOfBirth", request.dateOfBirth(), errors, text -> criteria.readDate("dateOfBirth", text,
                errors, true));
        readField("nhsNumber", request.nhsNumber(), errors, text -> criteria.readNhsNumber("nhsNumber", text,
                errors));
        readField("postcode", request.postcode(), errors, text -> criteria.readPostcode("postcode", text, errors));
        readField("phone", request.phone(), errors, text -> criteria.readPhone("phone", text, errors));
        readField("vehicle", request.vehicle(), errors, text -> criteria.readVehicle("vehicle", text, errors));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        SearchCriteria read = criteria.build();
        if (read.isEmpty()) {
            throw new InvalidInputException("q", "Enter a name, date of birth, NHS number, postcode, phone number or "
                    + "vehicle registration to search for");
        }
        return read;
    }

    private static String given(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void readField(String field, String text, List<FieldError> errors,
                                  java.util.function.Consumer<String> reader) {
        String value = given(text);
        if (value == null) {
            return;
        }
        if (value.length() > LONGEST_TEXT) {
            errors.add(new FieldError(field, "Enter " + LONGEST_TEXT + " characters or fewer"));
            return;
        }
        reader.accept(value);
    }

    private static final class Builder {
        private final List<String> nameWords = new ArrayList<>();
        private BirthDate dateOfBirth;
        private String nhsNumber;
        private String postcode;
        private String phone;
        private String vehicle;

        SearchCriteria build() {
            return new SearchCriteria(List.copyOf(nameWords), dateOfBirth, nhsNumber, postcode, phone, vehicle);
        }

        /** Free text: one identifier as a whole, or name words with perhaps a date of birth among them. */
        void readText(String field, String text, List<FieldError> errors) {
            if (text.length() > LONGEST_TEXT) {
                errors.add(new FieldError(field, "Enter " + LONGEST_TEXT + " characters or fewer"));
                return;
            }
            String upper = text.toUpperCase(Locale.ROOT);
            if (NHS_NUMBER.matcher(text).matches()) {
                nhsNumber = text.replace(" ", "");
            } else if (PHONE.matcher(text).matches()) {
                readPhone(field, text, errors);
            } else if (POSTCODE.matcher(upper).matches()) {
                postcode = upper.replace(" ", "");
            } else if (dateLike(text)) {
                readDate(field, text, errors, true);
            } else if (UK_REGISTRATION.matcher(upper).matches()
                    || !upper.contains(" ") && REGISTRATION.matcher(upper).matches()) {
                vehicle = upper.replace(" ", "");
            } else {
                List<String> words = new ArrayList<>();
                for (String word : text.split("\\s+")) {
                    if (dateLike(word)) {
                        readDate(field, word, errors, false);
                    } else {
                        words.add(word);
                    }
                }
                if (!words.isEmpty()) {
                    readName(field, String.join(" ", words), errors);
                } else if (dateOfBirth == null && errors.isEmpty()) {
                    errors.add(new FieldError(field, "Enter a name, date of birth, NHS number, postcode, phone number"
                            + " or vehicle registration to search for"));
                }
            }
        }

        void readName(String field, String text, List<FieldError> errors) {
            String[] words = text.strip().split("[\\s,]+");
            for (String word : words) {
                if (!NAME_WORD.matcher(word).matches()) {
                    errors.add(new FieldError(field, "A name can only include letters, spaces, hyphens and "
                            + "apostrophes; search for a date of birth, NHS number, postcode, phone number or "
                            + "registration on its own"));
                    return;
                }
            }
            if (words.length > MOST_NAME_WORDS) {
                errors.add(new FieldError(field, "Enter at most " + MOST_NAME_WORDS + " words of a name"));
                return;
            }
            int letters = text.replaceAll("[^\\p{L}]", "").length();
            if (letters < 2) {
                errors.add(new FieldError(field, "Enter at least 2 letters of a name"));
                return;
            }
            for (String word : words) {
                nameWords.add(word.toLowerCase(Locale.ROOT));
            }
        }

        /** @param wholeText whether the text was given as a date on its own, so that a mistake is named as such */
        void readDate(String field, String text, List<FieldError> errors, boolean wholeText) {
            try {
                BirthDate date = parseDate(text);
                if (date == null) {
                    errors.add(new FieldError(field, "Enter a date of birth like 23/04/2011, 04/2011 or 2011"));
                    return;
                }
                LocalDate today = LocalDate.now();
                if (date.year() < 1900 || date.year() > today.getYear()) {
                    errors.add(new FieldError(field, "Enter a year of birth from 1900 to " + today.getYear()));
                    return;
                }
                if (dateOfBirth != null) {
                    errors.add(new FieldError(field, "Enter one date of birth"));
                    return;
                }
                dateOfBirth = date;
            } catch (DateTimeException impossible) {
                errors.add(new FieldError(field, "Enter a real date of birth"
                        + (wholeText ? "" : ": " + text + " is not one")));
            }
        }

        void readNhsNumber(String field, String text, List<FieldError> errors) {
            String digits = text.replaceAll("[\\s-]", "");
            if (!digits.matches("\\d{10}")) {
                errors.add(new FieldError(field, "Enter an NHS number of 10 digits, like 943 476 5919"));
                return;
            }
            nhsNumber = digits;
        }

        void readPostcode(String field, String text, List<FieldError> errors) {
            String upper = text.toUpperCase(Locale.ROOT);
            if (!POSTCODE.matcher(upper).matches()) {
                errors.add(new FieldError(field, "Enter a full postcode, like OL11 1AA"));
                return;
            }
            postcode = upper.replace(" ", "");
        }

        void readPhone(String field, String text, List<FieldError> errors) {
            if (PhoneKeys.digitForms(text).isEmpty()) {
                errors.add(new FieldError(field, "Enter a phone number, like 07700 900123 or +44 7700 900123"));
                return;
            }
            phone = text;
        }

        void readVehicle(String field, String text, List<FieldError> errors) {
            String upper = text.toUpperCase(Locale.ROOT);
            if (!REGISTRATION.matcher(upper).matches()) {
                errors.add(new FieldError(field, "Enter a vehicle registration of letters and numbers, like "
                        + "MA19 XYZ"));
                return;
            }
            vehicle = upper.replace(" ", "");
        }
    }

    private static boolean dateLike(String text) {
        return DAY_FIRST.matcher(text).matches() || MONTH_FIRST.matcher(text).matches()
                || YEAR_FIRST.matcher(text).matches();
    }

    /**
     * 23/04/2011, 04/2011, 2011-04-23, 2011-04 or 2011; null when it is none of those.
     *
     * @throws DateTimeException when it has that form but is no real date
     */
    static BirthDate parseDate(String text) {
        Matcher dayFirst = DAY_FIRST.matcher(text);
        if (dayFirst.matches()) {
            return checked(Integer.parseInt(dayFirst.group(3)), Integer.valueOf(dayFirst.group(2)),
                    Integer.valueOf(dayFirst.group(1)));
        }
        Matcher monthFirst = MONTH_FIRST.matcher(text);
        if (monthFirst.matches()) {
            return checked(Integer.parseInt(monthFirst.group(2)), Integer.valueOf(monthFirst.group(1)), null);
        }
        Matcher yearFirst = YEAR_FIRST.matcher(text);
        if (yearFirst.matches()) {
            return checked(Integer.parseInt(yearFirst.group(1)),
                    yearFirst.group(2) == null ? null : Integer.valueOf(yearFirst.group(2)),
                    yearFirst.group(3) == null ? null : Integer.valueOf(yearFirst.group(3)));
        }
        return null;
    }

    private static BirthDate checked(int year, Integer month, Integer day) {
        if (day != null) {
            LocalDate.of(year, month, day);
        } else if (month != null) {
            YearMonth.of(year, month);
        }
        return new BirthDate(year, month, day);
    }
}
