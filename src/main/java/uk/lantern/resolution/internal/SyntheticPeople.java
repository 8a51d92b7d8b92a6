package uk.lantern.resolution.internal;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Invented person records with known clusters, for benchmarking resolution at scale: each invented person gets one
 * to eight records, and every record after the first carries the errors agencies make: typos, nicknames and
 * transliterated spellings, day and month swapped, missing fields, a new postcode after a move, a phone number
 * written another way. Deterministic by seed. The names come from the synthetic data generator's name lists; phone
 * numbers come from Ofcom's drama ranges and NHS numbers from the 999 range that is never issued, so no record can
 * describe a real person.
 */
final class SyntheticPeople {

    private static final String[] POSTCODE_AREAS = {"M", "OL", "BL", "SK", "WN", "S", "LS", "BD", "HD", "HX", "WF",
        "B", "CV", "L", "NE", "SR", "TS", "DN", "NG", "LE", "DE", "ST", "PR", "BB", "LA"};
    private static final String POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1950, 1, 1);
    private static final int BIRTH_DAYS = 63 * 365;

    private final List<String> femaleNames = SynthLists.everyEntry("/synth/names/first-names-female.txt");
    private final List<String> maleNames = SynthLists.everyEntry("/synth/names/first-names-male.txt");
    private final List<String> surnames = SynthLists.everyEntry("/synth/names/surnames.txt");
    private final NameVariants variants = NameVariants.standard();
    private final SplittableRandom random;

    SyntheticPeople(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Writes {@code records} records in the evaluate CSV format, people's records spread through the file. */
    void write(int records, Writer out) throws IOException {
        List<String[]> rows = new ArrayList<>(records);
        for (int person = 0; rows.size() < records; person++) {
            String[] truth = invent(person);
            int copies = Math.min(recordsFor(), records - rows.size());
            rows.add(truth.clone());
            for (int copy = 1; copy < copies; copy++) {
                rows.add(withErrors(truth));
            }
        }
        for (int i = rows.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String[] swap = rows.get(i);
            rows.set(i, rows.get(j));
            rows.set(j, swap);
        }
        out.write("unique_id,cluster,first_name,surname,dob,postcode,sex,phone,nhs_number\n");
        for (int row = 0; row < rows.size(); row++) {
            out.write("r" + row + "," + String.join(",", rows.get(row)) + "\n");
        }
    }

    /** Most people appear once or twice; some have many records. Mean about 2.9. */
    private int recordsFor() {
        double draw = random.nextDouble();
        return draw < 0.25 ? 1 : draw < 0.5 ? 2 : draw < 0.7 ? 3 : draw < 0.82 ? 4 : draw < 0.9 ? 5
                : 6 + random.nextInt(3);
    }

    private String[] invent(int person) {
        boolean female = random.nextBoolean();
        String firstName = popular(female ? femaleNames : maleNames);
        String surname = popular(surnames);
        LocalDate born = EARLIEST_BIRTH.plusDays(random.nextInt(BIRTH_DAYS));
        String phone = random.nextDouble() < 0.4 ? InventedValues.dramaMobile(random) : "";
        String nhsNumber = random.nextDouble() < 0.5 ? InventedValues.nhsNumber(random) : "";
        return new String[] {"p" + person, firstName, surname, born.toString(), postcode(), female ? "F" : "M",
            phone, nhsNumber};
    }

    private String[] withErrors(String[] truth) {
        String[] record = truth.clone();
        record[1] = name(record[1], 0.08, 0.06, 0.03);
        record[2] = name(record[2], 0.06, 0.02, 0.03);
        record[3] = dateOfBirth(record[3]);
        if (chance(0.12)) {
            record[4] = postcode();
        } else if (chance(0.05)) {
            record[4] = "";
        }
        if (chance(0.03)) {
            record[5] = "";
        }
        if (!record[6].isEmpty()) {
            record[6] = chance(0.5) ? "+44" + record[6].substring(1).replace(" ", "") : record[6];
            record[6] = chance(0.2) ? "" : record[6];
        }
        if (chance(0.3)) {
            record[7] = "";
        }
        return record;
    }

    private String name(String name, double typo, double variant, double missing) {
        if (chance(missing)) {
            return "";
        }
        if (chance(variant)) {
            List<String> others = variants.variantsOf(Normalisation.LETTERS.apply(name));
            if (!others.isEmpty()) {
                return capitalised(others.get(random.nextInt(others.size())));
            }
        }
        return chance(typo) ? InventedValues.typo(random, name) : name;
    }

    private String dateOfBirth(String isoDate) {
        if (chance(0.03)) {
            return "";
        }
        LocalDate date = LocalDate.parse(isoDate);
        if (chance(0.02) && date.getDayOfMonth() <= 12) {
            return LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()).toString();
        }
        if (chance(0.04)) {
            char[] digits = isoDate.toCharArray();
            int[] positions = {2, 3, 5, 6, 8, 9};
            int at = positions[random.nextInt(positions.length)];
            digits[at] = (char) ('0' + random.nextInt(10));
            return new String(digits);
        }
        return isoDate;
    }

    /** Common names are drawn more often than rare ones, as in life; the lists start with the commonest. */
    private String popular(List<String> names) {
        double draw = random.nextDouble();
        return names.get((int) (names.size() * draw * draw));
    }

    private String postcode() {
        String area = POSTCODE_AREAS[random.nextInt(POSTCODE_AREAS.length)];
        return area + (1 + random.nextInt(30)) + " " + random.nextInt(10)
                + POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()))
                + POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()));
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
