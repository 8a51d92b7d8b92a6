package uk.lantern.search;

/**
 * What to search for: free text as typed in the search box, and the same criteria one by one. Each given criterion
 * must match. Absent criteria are null.
 *
 * @param q a name, a date of birth, an NHS number, a postcode, a phone number or a vehicle registration; a name may be
 *     followed by a date of birth
 * @param dateOfBirth a full date (23/04/2011 or 2011-04-23), a month (04/2011 or 2011-04) or a year
 */
public record SearchRequest(String q, String name, String dateOfBirth, String nhsNumber, String postcode,
                            String phone, String vehicle) {

    /** Free text alone, as the search box sends it. */
    public static SearchRequest text(String q) {
        return new SearchRequest(q, null, null, null, null, null, null);
    }
}
