package uk.lantern.resolution.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UkHardPeopleTest {

    private static final int RECORDS = 20_000;
    private static final long DEVELOPMENT_SEED = 11;

    private static String csv;
    private static List<CSVRecord> rows;
    private static Map<String, List<CSVRecord>> byCluster;
    private static Map<String, List<CSVRecord>> byHousehold;

    @BeforeAll
    static void generate() {
        csv = written(RECORDS, DEVELOPMENT_SEED);
        try (CSVParser parser = CSVParser.parse(new StringReader(csv),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            rows = parser.getRecords();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        byCluster = rows.stream().collect(Collectors.groupingBy(row -> row.get("cluster")));
        byHousehold = rows.stream().collect(Collectors.groupingBy(row -> row.get("household")));
    }

    private static String written(int records, long seed) {
        StringWriter out = new StringWriter();
        try {
            new UkHardPeople(seed).write(records, out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedDifferentOnes() {
        assertThat(written(2_000, 12)).isEqualTo(written(2_000, 12)).isNotEqualTo(written(2_000, 13));
        assertThat(written(RECORDS, DEVELOPMENT_SEED)).isEqualTo(csv);
    }

    @Test
    void theHeaderComesFirstThenOneRowARecordWithIdsInOrder() {
        assertThat(csv.substring(0, csv.indexOf('\n'))).isEqualTo("unique_id,cluster,agency,household,first_name,"
                + "surname,dob,sex,postcode,address_1,phone,nhs_number");
        assertThat(rows).hasSize(RECORDS);
        for (int at = 0; at < rows.size(); at++) {
            assertThat(rows.get(at).get("unique_id")).isEqualTo("r" + at);
            assertThat(rows.get(at).isConsistent()).isTrue();
        }
        assertThat(rows).extracting(row -> row.get("agency")).containsOnly("police", "social_care", "health",
                "school", "childrens_home", "housing");
        assertThat(rows).extracting(row -> row.get("sex")).containsOnly("M", "F", "");
        assertThat(rows).extracting(row -> row.get("dob"))
                .allMatch(dob -> dob.matches("(\\d{4}(-\\d{2}(-\\d{2})?)?)?"));
        assertThat(rows).extracting(row -> row.get("dob")).filteredOn(dob -> dob.length() == 10)
                .allMatch(dob -> !LocalDate.parse(dob).isAfter(UkHouseholds.AGES_AT));
        assertThat(rows).extracting(row -> row.get("postcode")).allMatch(postcode -> postcode.isEmpty() || postcode
                .matches("(OL(1|4|8|9|11|12|16)|S(60|61|65|66)|TF[1-7]|BD[35789]) ?[1-9][ABD-HJLNP-UW-Z]{2}"));
    }

    @Test
    void theEvaluateReaderTakesTheFileAndDatesCutShortStayCutShort() throws Exception {
        Path file = Files.createTempFile("uk-hard", ".csv");
        try {
            Files.writeString(file, csv);
            LabelledRecords labelled = LabelledRecords.read(file);
            assertThat(labelled.records()).hasSize(RECORDS);
            assertThat(labelled.usedColumns()).containsExactly("first_name", "surname", "dob", "sex", "postcode",
                    "address_1", "phone", "nhs_number");
            assertThat(labelled.ignoredColumns()).containsExactly("agency", "household");
        } finally {
            Files.delete(file);
        }
        assertThat(Normalisation.DATE.apply("1987")).isEqualTo("1987");
        assertThat(Normalisation.DATE.apply("1987-06")).isEqualTo("198706");
    }

    @Test
    void everyPersonBelongsToOneHouseholdAndHasAtMostSixRecords() {
        byCluster.forEach((cluster, records) -> assertThat(records).extracting(row -> row.get("household"))
                .as("households of %s", cluster).containsOnly(records.get(0).get("household")));
        assertThat(byCluster.values()).allMatch(records -> records.size() <= 6);
        double mean = (double) RECORDS / byCluster.size();
        assertThat(mean).isBetween(1.9, 2.4);
        assertThat(byHousehold.values()).anyMatch(records -> clusters(records) >= 8);
    }

    @Test
    void fathersAndSonsOfOneNameLiveTogether() {
        long households = byHousehold.values().stream().filter(records -> hasPair(records, (one, other) ->
                sameName(one, other) && yearsBetween(one, other) >= 18)).count();
        assertThat(households).isGreaterThanOrEqualTo(50);
    }

    @Test
    void twinsShareADateOfBirthAndSurnameButNotAGivenName() {
        long households = byHousehold.values().stream().filter(records -> hasPair(records, (one, other) ->
                one.get("dob").equals(other.get("dob")) && letters(one, "surname").equals(letters(other, "surname"))
                        && !letters(one, "first_name").equals(letters(other, "first_name")))).count();
        assertThat(households).isGreaterThanOrEqualTo(20);
    }

    @Test
    void theCommonestFullNameBelongsToManyPeople() {
        Map<String, Set<String>> peopleByName = new HashMap<>();
        for (CSVRecord row : rows) {
            peopleByName.computeIfAbsent(letters(row, "first_name") + " " + letters(row, "surname"),
                    name -> new HashSet<>()).add(row.get("cluster"));
        }
        assertThat(peopleByName.values().stream().mapToInt(Set::size).max().orElseThrow()).isGreaterThanOrEqualTo(30);
        assertThat(peopleByName.entrySet()).filteredOn(name -> name.getValue().size() >= 20).hasSizeGreaterThan(10);
    }

    @Test
    void compoundNamesAreWrittenInFullAndInPart() {
        long people = byCluster.values().stream().filter(records -> {
            Set<String> given = records.stream().map(row -> row.get("first_name").toLowerCase()).collect(
                    Collectors.toSet());
            return given.stream().anyMatch(full -> full.contains(" ")
                    && given.contains(full.substring(full.indexOf(' ') + 1)));
        }).count();
        assertThat(people).isGreaterThanOrEqualTo(50);
    }

    @Test
    void datesOfBirthAreMissingOrCutShortAtTheDocumentedRates() {
        assertThat(share(row -> row.get("dob").isEmpty())).isBetween(0.06, 0.10);
        assertThat(share(row -> row.get("dob").length() == 4)).isBetween(0.03, 0.05);
        assertThat(share(row -> row.get("dob").length() == 7)).isBetween(0.01, 0.03);
        assertThat(share(row -> row.get("agency").equals("police") && row.get("dob").length() == 10
                && row.get("dob").endsWith("-01-01"))).isBetween(0.01, 0.03);
    }

    /**
     * A person's records written both ways round ("Khan, Imran" and "Imran, Khan"): the rarer way round is the
     * swapped one. Records whose swapped names were also respelled go unseen, so this is a lower bound on 3%.
     */
    @Test
    void aboutThreePercentOfRecordsHaveTheNamesTheWrongWayRound() {
        long swapped = 0;
        for (List<CSVRecord> records : byCluster.values()) {
            Map<String, Integer> ways = new HashMap<>();
            records.forEach(row -> ways.merge(letters(row, "first_name") + "|" + letters(row, "surname"), 1,
                    Integer::sum));
            for (Map.Entry<String, Integer> way : ways.entrySet()) {
                String[] names = way.getKey().split("\\|", -1);
                Integer otherWay = ways.get(names[1] + "|" + names[0]);
                if (!names[0].equals(names[1]) && otherWay != null && names[0].compareTo(names[1]) < 0) {
                    swapped += Math.min(way.getValue(), otherWay);
                }
            }
        }
        assertThat((double) swapped / RECORDS).isBetween(0.01, 0.04);
    }

    @Test
    void nhsNumbersAreNeverIssuedOnesOneAPersonNeverInPoliceRecordsAndUsualInHealthRecords() {
        assertThat(rows).filteredOn(row -> row.get("agency").equals("police"))
                .allMatch(row -> row.get("nhs_number").isEmpty());
        assertThat(rows).extracting(row -> row.get("nhs_number")).filteredOn(number -> !number.isEmpty())
                .allMatch(number -> number.matches("999\\d{7}") && modulus11Holds(number));
        Map<String, Set<String>> peopleByNumber = rows.stream().filter(row -> !row.get("nhs_number").isEmpty())
                .collect(Collectors.groupingBy(row -> row.get("nhs_number"),
                        Collectors.mapping(row -> row.get("cluster"), Collectors.toSet())));
        assertThat(peopleByNumber.values()).allMatch(people -> people.size() == 1);
        List<CSVRecord> health = rows.stream().filter(row -> row.get("agency").equals("health")).toList();
        assertThat(health.stream().filter(row -> !row.get("nhs_number").isEmpty()).count())
                .isGreaterThan(health.size() * 8L / 10);
    }

    @Test
    void somePeopleMoveBetweenRecordsAndHouseholdsShareLandlines() {
        long movers = byCluster.values().stream().filter(records -> records.stream()
                .filter(row -> !row.get("agency").equals("childrens_home") && !row.get("postcode").isEmpty())
                .map(row -> row.get("postcode").replace(" ", "")).distinct().count() > 1).count();
        long withSeveralRecords = byCluster.values().stream().filter(records -> records.size() > 1).count();
        assertThat((double) movers / withSeveralRecords).isBetween(0.05, 0.25);
        assertThat(byHousehold.values()).anyMatch(records -> records.stream()
                .filter(row -> row.get("phone").matches("0(1706|1709|1952|1274|161) .*"))
                .map(row -> row.get("cluster")).distinct().count() > 2);
    }

    private static boolean hasPair(List<CSVRecord> records, BiPredicate<CSVRecord, CSVRecord> pair) {
        List<CSVRecord> dated = records.stream().filter(row -> row.get("dob").length() == 10).toList();
        for (CSVRecord one : dated) {
            for (CSVRecord other : dated) {
                if (!one.get("cluster").equals(other.get("cluster")) && pair.test(one, other)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameName(CSVRecord one, CSVRecord other) {
        return letters(one, "first_name").equals(letters(other, "first_name"))
                && letters(one, "surname").equals(letters(other, "surname"));
    }

    private static long yearsBetween(CSVRecord older, CSVRecord younger) {
        return LocalDate.parse(older.get("dob")).until(LocalDate.parse(younger.get("dob"))).toTotalMonths() / 12;
    }

    private static long clusters(List<CSVRecord> records) {
        return records.stream().map(row -> row.get("cluster")).distinct().count();
    }

    private static String letters(CSVRecord row, String column) {
        String letters = Normalisation.LETTERS.apply(row.get(column));
        return letters == null ? "" : letters;
    }

    private static double share(Predicate<CSVRecord> which) {
        return (double) rows.stream().filter(which).count() / RECORDS;
    }

    private static boolean modulus11Holds(String number) {
        int sum = 0;
        for (int at = 0; at < 9; at++) {
            sum += (number.charAt(at) - '0') * (10 - at);
        }
        int check = (11 - sum % 11) % 11;
        return check != 10 && check == number.charAt(9) - '0';
    }
}
