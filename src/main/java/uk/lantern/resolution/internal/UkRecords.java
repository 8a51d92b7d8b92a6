package uk.lantern.resolution.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes one of a person's records as an agency would (see {@link UkAgency} for each agency's habits): which part
 * of a compound name it keeps, its spelling, a short form or the middle name, a typo, the names the wrong way round
 * (3% of records), capitals, a date of birth missing, cut short, estimated, mistyped (3%) or with day and month
 * swapped (2% of dates whose day is 12 or less), the address the person lived at then, and the phone and NHS number
 * if written at all.
 */
final class UkRecords {

    private static final double NAMES_SWAPPED = 0.03;
    private static final double DATE_TYPO = 0.03;
    private static final double DAY_AND_MONTH_SWAPPED = 0.02;
    private static final double LOWER_CASE = 0.02;
    private static final double PLAIN_LETTERS = 0.5;
    private static final double POSTCODE_WITHOUT_SPACE = 0.1;
    private static final double STREET_ABBREVIATED = 0.15;
    private static final double PHONE_WRITTEN_ANOTHER_WAY = 0.2;
    private static final Map<String, String> STREET_ABBREVIATIONS = Map.ofEntries(Map.entry("Road", "Rd"),
            Map.entry("Street", "St"), Map.entry("Avenue", "Ave"), Map.entry("Close", "Cl"), Map.entry("Lane", "Ln"),
            Map.entry("Drive", "Dr"), Map.entry("Crescent", "Cres"), Map.entry("Terrace", "Terr"),
            Map.entry("Gardens", "Gdns"), Map.entry("Court", "Ct"), Map.entry("Place", "Pl"), Map.entry("Grove", "Gr"));

    private final UkAddresses addresses;
    private final SpellingVariants spellings;

    UkRecords(UkAddresses addresses, SpellingVariants spellings) {
        this.addresses = addresses;
        this.spellings = spellings;
    }

    /** The values of the person's record number {@code record}, from {@code cluster} on, as one CSV line. */
    String line(UkPerson person, int record, SplittableRandom random) {
        UkAgency agency = UkAgency.holding(person, random);
        UkChange change = person.later() != null && record >= person.later().fromRecord() ? person.later() : null;
        String firstName = firstName(person, agency, random);
        String surname = surname(person, agency, random);
        if (chance(NAMES_SWAPPED, random)) {
            String swap = firstName;
            firstName = surname;
            surname = swap;
        }
        UkAddresses.Address home = homeThen(person, change, agency, random);
        String address = chance(agency.contacts.noAddress(), random) ? "" : addressLine(home.line(), random);
        String postcode = chance(agency.contacts.noPostcode(), random) ? ""
                : chance(POSTCODE_WITHOUT_SPACE, random) ? home.postcode().replace(" ", "") : home.postcode();
        if (chance(agency.names.capitals(), random)) {
            firstName = firstName.toUpperCase(Locale.ROOT);
            surname = surname.toUpperCase(Locale.ROOT);
            address = address.toUpperCase(Locale.ROOT);
        } else if (chance(LOWER_CASE, random)) {
            firstName = firstName.toLowerCase(Locale.ROOT);
            surname = surname.toLowerCase(Locale.ROOT);
        }
        String sex = chance(agency.contacts.noSex(), random) ? "" : person.female() ? "F" : "M";
        String nhsNumber = person.nhsNumber() != null && chance(agency.contacts.nhsNumber(), random)
                ? person.nhsNumber() : "";
        return String.join(",", "p" + person.id(), agency.label, "h" + person.household().id(),
                CsvValues.quoted(firstName), CsvValues.quoted(surname), dateOfBirth(person.born(), agency, random), sex,
                postcode, CsvValues.quoted(address), phone(person, change, agency, random), nhsNumber);
    }

    /** Where the record says the person lives: a child in care at the home, else the family's home or a new one. */
    private UkAddresses.Address homeThen(UkPerson person, UkChange change, UkAgency agency, SplittableRandom random) {
        if (agency == UkAgency.CHILDRENS_HOME) {
            return addresses.childrensHome(person.household().home().town(), random);
        }
        return change != null && change.home() != null ? change.home() : person.household().home();
    }

    /** The given name as written: part or all of a compound name, perhaps respelled, shortened or with the middle. */
    private String firstName(UkPerson person, UkAgency agency, SplittableRandom random) {
        UkCommunity community = person.household().community();
        String written;
        if (UkNames.startsWithMuhammad(person.given())) {
            written = partOfCompound(person.given(), agency, community, random);
        } else {
            boolean twoParts = person.given().contains(" ");
            written = twoParts && chance(0.4, random) ? SpellingVariants.rejoined(person.given(), random)
                    : person.given();
        }
        if (chance(agency.names.respelled(), random)) {
            written = spellings.respell(written, community, random);
        } else if (chance(agency.names.shortForm(), random)) {
            String shortForm = spellings.shortForm(written, random);
            written = shortForm == null ? written : shortForm;
        }
        if (person.middle() != null && chance(agency.names.middleName(), random)) {
            written = written + " " + person.middle();
        }
        return lettersAndTypos(written, agency, random);
    }

    /**
     * "Muhammad Sajid" in full, as the name he is called by ("Sajid"), or as "Muhammad" alone; in full, Muhammad is
     * now and then cut to Md (Bangladeshi records) or Mohd.
     */
    private static String partOfCompound(String given, UkAgency agency, UkCommunity community,
            SplittableRandom random) {
        int space = given.indexOf(' ');
        if (chance(agency.names.compoundInFull(), random)) {
            if (chance(0.1, random)) {
                return (community == UkCommunity.BANGLADESHI ? "Md" : "Mohd") + given.substring(space);
            }
            return given;
        }
        return chance(0.7, random) ? given.substring(space + 1) : given.substring(0, space);
    }

    private String surname(UkPerson person, UkAgency agency, SplittableRandom random) {
        String written = person.surname();
        if ((written.contains(" ") || written.contains("-")) && chance(0.4, random)) {
            written = SpellingVariants.rejoined(written, random);
        }
        if (chance(agency.names.respelled() * 0.7, random)) {
            written = spellings.respell(written, person.household().community(), random);
        }
        if (agency == UkAgency.POLICE && (written.endsWith("ska") || written.endsWith("cka")) && chance(0.2, random)) {
            written = written.substring(0, written.length() - 1) + "i";
        }
        return lettersAndTypos(written, agency, random);
    }

    /** Accents dropped by half the systems (and added by some parents: Zoë), and the agency's share of typos. */
    private static String lettersAndTypos(String name, UkAgency agency, SplittableRandom random) {
        String written = chance(PLAIN_LETTERS, random) ? SpellingVariants.withoutAccents(name)
                : SpellingVariants.accented(name);
        return chance(agency.names.typo(), random) ? InventedValues.typo(random, written) : written;
    }

    /**
     * The date of birth as written: missing, the year alone, the year and month, an estimated 1 January (each at the
     * agency's rate), else the full date, now and then with one digit mistyped or the day and month swapped.
     */
    private static String dateOfBirth(LocalDate born, UkAgency agency, SplittableRandom random) {
        UkAgency.Dates dates = agency.dates;
        String iso = born.toString();
        if (chance(dates.none(), random)) {
            return "";
        }
        if (chance(dates.yearOnly(), random)) {
            return iso.substring(0, 4);
        }
        if (chance(dates.yearAndMonth(), random)) {
            return iso.substring(0, 7);
        }
        if (chance(dates.firstOfJanuary(), random)) {
            return born.getYear() + "-01-01";
        }
        if (chance(DATE_TYPO, random)) {
            return mistyped(iso, random);
        }
        if (born.getDayOfMonth() <= 12 && chance(DAY_AND_MONTH_SWAPPED, random)) {
            return LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue()).toString();
        }
        return iso;
    }

    /**
     * One digit of the year's last two, the month or the day changed, giving a date that exists and is not in the
     * future, as a system that checks dates would let through.
     */
    private static String mistyped(String iso, SplittableRandom random) {
        int[] positions = {2, 3, 5, 6, 8, 9};
        for (int tries = 0; tries < 10; tries++) {
            char[] digits = iso.toCharArray();
            int at = positions[random.nextInt(positions.length)];
            digits[at] = (char) ('0' + (digits[at] - '0' + 1 + random.nextInt(9)) % 10);
            String typed = new String(digits);
            try {
                if (!LocalDate.parse(typed).isAfter(UkHouseholds.AGES_AT)) {
                    return typed;
                }
            } catch (DateTimeParseException impossible) {
                // try another digit
            }
        }
        return iso;
    }

    private static String addressLine(String line, SplittableRandom random) {
        if (!chance(STREET_ABBREVIATED, random)) {
            return line;
        }
        String kind = line.substring(line.lastIndexOf(' ') + 1);
        String abbreviation = STREET_ABBREVIATIONS.get(kind);
        return abbreviation == null ? line : line.substring(0, line.length() - kind.length()) + abbreviation;
    }

    /** The mobile the person had then, else the landline of the home they lived in then, written as the agency does. */
    private static String phone(UkPerson person, UkChange change, UkAgency agency, SplittableRandom random) {
        String mobile = change != null && change.mobile() != null ? change.mobile() : person.mobile();
        boolean moved = change != null && change.home() != null;
        String phone = "";
        if (mobile != null && chance(agency.contacts.mobile(), random)) {
            phone = mobile;
        } else if (!moved && person.household().landline() != null && chance(agency.contacts.landline(), random)) {
            phone = person.household().landline();
        }
        if (phone.isEmpty() || !chance(PHONE_WRITTEN_ANOTHER_WAY, random)) {
            return phone;
        }
        String digits = phone.replace(" ", "");
        return random.nextBoolean() ? digits : "+44 " + phone.substring(1);
    }

    private static boolean chance(double probability, SplittableRandom random) {
        return WeightedChoice.chance(probability, random);
    }
}
