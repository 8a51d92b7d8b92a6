package uk.lantern.resolution.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The hard UK set ({@code synth-records --profile uk-hard}): invented person records with known clusters that are
 * hard to resolve the way UK safeguarding records are, for tuning resolution on development seeds and reporting it
 * on test seeds. Deterministic by seed. What it models, and at what rates:
 *
 * <ul>
 *   <li><b>Households</b> in real postcode districts of Rochdale, Oldham, Rotherham, Telford and Bradford, on
 *       invented streets of about six households each, twelve house numbers to a postcode, so one or two households
 *       a postcode ({@link UkAddresses}), each town with its community mix ({@link UkTown}). Couples with children, single mothers, single adults, couples,
 *       and extended families of brothers, wives, children, a grandparent or a cousin of one surname (30% of
 *       Pakistani and Bangladeshi households). 20% of first sons carry their father's name; 3% of births are twins.
 *       Half the households (90% of extended ones) have a landline ({@link UkHouseholds}).</li>
 *   <li><b>Names</b> by community with Zipf's law (exponent 1.1); 40% of Pakistani and Bangladeshi men have a
 *       compound name headed by Muhammad, some more one headed by Abdul; 60% of English people a middle name
 *       ({@link UkNames}). At 20,000 records the commonest first name and surname are shared by dozens of people.</li>
 *   <li><b>Records</b>: 1 to 6 a person (42%, 28%, 15%, 9%, 4%, 2%; mean 2.1), each from an agency with its habits
 *       ({@link UkAgency}): respellings by rule and by transliteration group, short forms, one part of a compound
 *       name, the middle name in the first-name field, capitals, accents dropped (half of records) or added, typos
 *       ({@link SpellingVariants}, {@link UkRecords}). 3% of records give the names the wrong way round.</li>
 *   <li><b>Dates of birth</b>: about 8% missing (18% of police records), 4% the year alone, 2% year and month, 2% an
 *       estimated 1 January (police only), 3% with one digit mistyped, 2% of those with a day of 12 or less with day
 *       and month swapped.</li>
 *   <li><b>Changes</b>: 15% of people with more than one record move (a fifth of them to another of the towns) and
 *       20% of those with a mobile get a new one, from a record on; mobiles come from Ofcom's drama range of 1,000
 *       numbers, so unrelated people share some. 97% of people (85% of recent arrivals) have an NHS number of their
 *       own from the 999 range, never issued; police records never carry it.</li>
 * </ul>
 *
 * <p>Columns: {@code unique_id,cluster,agency,household,first_name,surname,dob,sex,postcode,address_1,phone,
 * nhs_number}; {@code cluster} is the true person and {@code household} the true household. Rows are shuffled.
 * Only the people (a few compact fields each) are held in memory; each row is made as it is written, from its own
 * random stream, so a million records take seconds and little memory.
 */
final class UkHardPeople {

    static final String HEADER = "unique_id,cluster,agency,household,first_name,surname,dob,sex,postcode,address_1,"
            + "phone,nhs_number";
    /** Rows are keyed person × 8 + record number, so a person may have at most 8 records. */
    private static final int RECORD_BITS = 3;
    /**
     * About 7 records a household and 6 households a street: a postcode of the set holds one or two households, as
     * a sample of a town's records would, and a street several.
     */
    private static final int RECORDS_A_STREET = 40;
    private static final int FEWEST_STREETS_A_TOWN = 25;

    private final long seed;

    UkHardPeople(long seed) {
        this.seed = seed;
    }

    /** Writes {@code records} records in the evaluate CSV format, with the two columns above it ignores. */
    void write(int records, Writer out) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        int streets = Math.max(FEWEST_STREETS_A_TOWN, records / RECORDS_A_STREET / UkTown.values().length);
        UkAddresses addresses = new UkAddresses(streets, random);
        UkHouseholds households = new UkHouseholds(new UkNames(), addresses, random);
        List<UkPerson> people = new ArrayList<>();
        int[] rows = new int[records];
        int planned = 0;
        while (planned < records) {
            for (UkPerson person : households.next(random)) {
                for (int record = 0; record < person.records() && planned < records; record++) {
                    rows[planned++] = people.size() << RECORD_BITS | record;
                }
                people.add(person);
            }
        }
        shuffle(rows, random);
        UkRecords recorder = new UkRecords(addresses, new SpellingVariants());
        out.write(HEADER + "\n");
        for (int row = 0; row < rows.length; row++) {
            UkPerson person = people.get(rows[row] >>> RECORD_BITS);
            SplittableRandom ownStream = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + rows[row]);
            out.write("r" + row + "," + recorder.line(person, rows[row] & (1 << RECORD_BITS) - 1, ownStream) + "\n");
        }
    }

    private static void shuffle(int[] rows, SplittableRandom random) {
        for (int i = rows.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = rows[i];
            rows[i] = rows[j];
            rows[j] = swap;
        }
    }
}
