package uk.lantern.search;

import java.util.List;
import java.util.Random;

import uk.lantern.ledger.LedgerActor;
import uk.lantern.people.ChildInput;
import uk.lantern.people.Children;
import uk.lantern.people.NhsNumber;

/**
 * Children registered for search tests, as an agency's system would register them, with surnames of letters that no
 * other test uses, so that each search finds what its test planted.
 */
final class SearchablePeople {

    static final String ROCHDALE = "E08000005";
    private static final Random RANDOM = new Random();

    private SearchablePeople() {
    }

    /** A surname of letters alone that no other test uses, such as Oakenshawqzvt. */
    static String surname(String stem) {
        StringBuilder surname = new StringBuilder(stem);
        for (int i = 0; i < 5; i++) {
            surname.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return surname.toString();
    }

    /** A valid NHS number (modulus 11) no other test uses. */
    static String nhsNumber() {
        while (true) {
            String nine = String.format("9%08d", RANDOM.nextInt(100_000_000));
            Integer check = NhsNumber.checkDigit(nine);
            if (check != null) {
                return nine + check;
            }
        }
    }

    /** Registers a child in Rochdale born on the date, living at the postcode, with the NHS number (each optional). */
    static String child(Children children, String firstName, String surname, String dateOfBirth, String nhsNumber,
                        String postcode) {
        List<ChildInput.Address> addresses = postcode == null ? List.of()
                : List.of(new ChildInput.Address("1 Mill Lane", null, "Rochdale", postcode, "2024-01-01", null));
        return children.register(LedgerActor.system("test"), new ChildInput(firstName, surname, dateOfBirth, false,
                "FEMALE", null, null, null, null, null, null, nhsNumber, ROCHDALE, null, List.of(), addresses, null),
                "").id().toString();
    }
}
