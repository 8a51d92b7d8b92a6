package uk.lantern.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.json.JsonMapper;

/**
 * A planted scenario for entity resolution, all invented: six suspects in Rochdale, Oldham, Telford and Rotherham, each
 * recorded three or four times by the police, children's social care and a children's home, each agency in its own way;
 * innocent men who look like them (a namesake born the same year elsewhere, a suspect's father of the same name at his
 * address, a suspect's brother at his address); and a few hundred unrelated adults, some recorded more than once, so
 * that the model is trained on a town's population rather than on the suspects alone.
 *
 * <p>The records arrive in three batches, as they would: the police's first, then social care's, then the children's
 * home's and the police's later sightings. Phones are from Ofcom's drama ranges (07700 900xxx, 0161 496 0xxx);
 * postcodes' last letters and the streets are invented.
 */
public final class PlantedSuspects {

    public static final int BATCHES = 3;

    /** Who a record is of: a suspect, an innocent man who resembles one, or someone unrelated. */
    public enum Role { SUSPECT, NAMESAKE, FATHER, BROTHER, BACKGROUND }

    /**
     * One agency's record of an adult, as that agency wrote it.
     *
     * @param person who the record is truly of (a suspect's or an innocent's label, or a background person's number)
     * @param system the recording system: {@code police}, {@code social-care}, {@code childrens-home}, {@code housing}
     * @param batch  the batch it arrives in, from 0
     */
    public record PlantedRecord(String sourceId, String person, Role role, String system, int batch, String firstName,
                                String surname, String dateOfBirth, String sex, String addressLine, String postcode,
                                String phone) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<PlantedRecord> records = new ArrayList<>();

    private PlantedSuspects() {
    }

    /** The scenario with {@code backgroundPeople} unrelated adults drawn from a fixed seed. */
    public static PlantedSuspects build(int backgroundPeople) {
        PlantedSuspects scenario = new PlantedSuspects();
        scenario.plantSuspects();
        scenario.plantInnocents();
        new BackgroundPeople(new Random(20260311L)).add(scenario, backgroundPeople);
        return scenario;
    }

    public List<PlantedRecord> records() {
        return List.copyOf(records);
    }

    /** The suspects' labels, in the order planted. */
    public List<String> suspects() {
        return records.stream().filter(record -> record.role() == Role.SUSPECT).map(PlantedRecord::person).distinct()
                .toList();
    }

    public List<PlantedRecord> recordsOf(String person) {
        return records.stream().filter(record -> record.person().equals(person)).toList();
    }

    /**
     * One batch as interchange JSON Lines ({@code person} records), each system named with the suffix so that the
     * batch is this run's own.
     */
    public List<String> jsonLines(int batch, String systemSuffix) {
        return records.stream().filter(record -> record.batch() == batch)
                .map(record -> JSON.writeValueAsString(personLine(record, systemSuffix))).toList();
    }

    private static Map<String, Object> personLine(PlantedRecord record, String systemSuffix) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "person");
        line.put("sourceSystem", record.system() + systemSuffix);
        line.put("sourceId", record.sourceId());
        line.put("firstName", record.firstName());
        line.put("surname", record.surname());
        putIfPresent(line, "dateOfBirth", record.dateOfBirth());
        putIfPresent(line, "sex", record.sex());
        putIfPresent(line, "phone", record.phone());
        if (record.postcode() != null) {
            Map<String, Object> address = new LinkedHashMap<>();
            putIfPresent(address, "line1", record.addressLine());
            address.put("postcode", record.postcode());
            line.put("addresses", List.of(address));
        }
        return line;
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private void plantSuspects() {
        // Transliteration, capitals, a digit slipped in the date of birth, a move to another postcode.
        String zaman = "Suspect Mushtaq Zaman";
        add(zaman, Role.SUSPECT, "police", 0, "Mushtaq", "Zaman", "1984-03-17", "MALE", "7 Werneth Hall Road",
                "OL8 1QP", "07700 900111");
        add(zaman, Role.SUSPECT, "social-care", 1, "Mushtak", "Zaman", "1984-03-17", "MALE", "7 Werneth Hall Road",
                "OL8 1QP", "0161 496 0111");
        add(zaman, Role.SUSPECT, "childrens-home", 2, "MUSHTAQ", "ZAMAN", "1984-03-18", null, null, null,
                "07700 900111");
        add(zaman, Role.SUSPECT, "police", 2, "Mushtaq", "Zaman", "1984-03-17", "MALE", "Flat 3, 22 Ashton Road",
                "OL8 2LD", "07700 900111");

        // Forename and surname the wrong way round; a missing phone.
        String rehman = "Suspect Kashif Rehman";
        add(rehman, Role.SUSPECT, "police", 0, "Kashif", "Rehman", "1990-06-23", "MALE", "41 Kingsway", "OL16 4AZ",
                "07700 900222");
        add(rehman, Role.SUSPECT, "social-care", 1, "Rehman", "Kashif", "1990-06-23", "MALE", "41 Kingsway",
                "OL16 4AZ", null);
        add(rehman, Role.SUSPECT, "childrens-home", 2, "KASHIF", "REHMAN", "1990-06-23", null, null, null,
                "07700 900222");

        // A compound name, in full or as the name he is called by, with the surname's vowel doubled.
        String sultan = "Suspect Mohammed Sajid Sultan";
        add(sultan, Role.SUSPECT, "police", 0, "Mohammed Sajid", "Sultan", "1979-12-04", "MALE", "16 Milkstone Road",
                "OL11 1EB", "07700 900333");
        add(sultan, Role.SUSPECT, "social-care", 1, "Sajid", "Sultaan", "1979-12-04", "MALE", "16 Milkstone Road",
                "OL11 1EB", null);
        add(sultan, Role.SUSPECT, "childrens-home", 2, "Sajid", "Sultan", "1979-12-14", null, null, null,
                "07700 900333");
        add(sultan, Role.SUSPECT, "police", 2, "Muhammad Sajid", "Sultan", "1979-12-04", "MALE", "16 Milkstone Road",
                "OL11 1EB", "07700 900333");

        // Another transliteration, and only the year and month of birth.
        String iqbal = "Suspect Usman Iqbal";
        add(iqbal, Role.SUSPECT, "police", 0, "Usman", "Iqbal", "1989-11-09", "MALE", "3 Coppice Street", "OL8 4BG",
                "07700 900444");
        add(iqbal, Role.SUSPECT, "social-care", 1, "Uthman", "Iqbal", "1989-11", "MALE", "3 Coppice Street",
                "OL8 4BG", null);
        add(iqbal, Role.SUSPECT, "childrens-home", 2, "USMAN", "IQBAL", "1989-11-09", null, null, null,
                "07700 900444");

        // A nickname, a slipped digit and a missing date of birth.
        String whitehead = "Suspect Daniel Whitehead";
        add(whitehead, Role.SUSPECT, "police", 0, "Danny", "Whitehead", "1986-02-28", "MALE", "9 Dawley Road",
                "TF3 4LG", "07700 900555");
        add(whitehead, Role.SUSPECT, "social-care", 1, "Daniel", "Whitehead", "1986-02-28", "MALE", "9 Dawley Road",
                "TF3 4LG", null);
        add(whitehead, Role.SUSPECT, "childrens-home", 2, "Daniel", "Whitehead", "1986-02-26", null, null, null,
                "07700 900555");
        add(whitehead, Role.SUSPECT, "police", 2, "DANNY", "WHITEHEAD", null, "MALE", "9 Dawley Road", "TF3 4LG",
                "07700 900555");

        // A spelling of the surname, and a move to another town's postcode.
        String mahmood = "Suspect Tariq Mahmood";
        add(mahmood, Role.SUSPECT, "police", 0, "Tariq", "Mahmood", "1975-07-11", "MALE", "58 Wellgate", "S60 2PL",
                "07700 900666");
        add(mahmood, Role.SUSPECT, "social-care", 1, "Tariq", "Mehmood", "1975-07-11", "MALE", "58 Wellgate",
                "S60 2PL", null);
        add(mahmood, Role.SUSPECT, "childrens-home", 2, "TARIQ", "MAHMOOD", "1975-07-11", null, null, null,
                "07700 900666");
        add(mahmood, Role.SUSPECT, "police", 2, "Tariq", "Mahmood", "1975-07-11", "MALE", "12 Clifton Lane",
                "S65 2AJ", "07700 900666");
    }

    private void plantInnocents() {
        // Born the same year as the suspect, on another day and month, and living in Bradford.
        String namesake = "Namesake Usman Iqbal of Bradford";
        add(namesake, Role.NAMESAKE, "police", 0, "Usman", "Iqbal", "1989-04-27", "MALE", "88 Oak Lane", "BD8 9LS",
                "07700 900747");
        add(namesake, Role.NAMESAKE, "housing", 1, "USMAN", "IQBAL", "1989-04-27", "MALE", "88 OAK LANE", "BD8 9LS",
                null);

        // The suspect's father: the same name, the same address and landline, born a generation earlier.
        String father = "Father Mushtaq Zaman";
        add(father, Role.FATHER, "social-care", 1, "Mushtaq", "Zaman", "1956-08-02", "MALE", "7 Werneth Hall Road",
                "OL8 1QP", "0161 496 0111");
        add(father, Role.FATHER, "housing", 2, "MUSHTAQ", "ZAMAN", "1956", "MALE", "7 WERNETH HALL ROAD", "OL8 1QP",
                null);

        // The suspect's brother at the same address, with his own first name.
        String brother = "Brother Adnan Rehman";
        add(brother, Role.BROTHER, "police", 0, "Adnan", "Rehman", "1992-01-14", "MALE", "41 Kingsway", "OL16 4AZ",
                "07700 900727");
        add(brother, Role.BROTHER, "social-care", 1, "Adnan", "Rehman", "1992-01-14", "MALE", "41 Kingsway",
                "OL16 4AZ", null);
    }

    private void add(String person, Role role, String system, int batch, String firstName, String surname,
                     String dateOfBirth, String sex, String addressLine, String postcode, String phone) {
        String sourceId = role.name().toLowerCase(Locale.ROOT) + "-" + records.size();
        records.add(new PlantedRecord(sourceId, person, role, system, batch, firstName, surname, dateOfBirth, sex,
                addressLine, postcode, phone));
    }

    /**
     * Unrelated adults of the suspects' towns, with common names drawn more often than rare ones, so that namesakes
     * occur as they do in real records. Nearly half are recorded more than once, as another agency would write them
     * (at rates like the hard UK set's): in capitals, spelled another way, the names swapped, without the phone or
     * with a new mobile, with the date of birth missing, partial or one digit out, or after a move. Without such
     * differences among them the model would learn that one person's records never differ, and weigh every
     * difference in a suspect's records as proof of two people.
     */
    private static final class BackgroundPeople {

        private static final String[] ASIAN_MEN = {"Muhammad", "Mohammed", "Ali", "Imran", "Asif", "Zahid", "Naveed",
                "Shahid", "Adil", "Bilal", "Faisal", "Irfan", "Javed", "Nadeem", "Rizwan", "Waqar", "Zubair", "Hamza",
                "Arshad", "Tahir", "Amjad", "Sohail", "Kamran", "Yasir"};
        private static final String[] ASIAN_WOMEN = {"Fatima", "Ayesha", "Nasreen", "Shazia", "Samina", "Rubina",
                "Saima", "Farzana", "Noreen", "Khadija", "Maryam", "Sana", "Bushra", "Nazia"};
        private static final String[] ASIAN_SURNAMES = {"Khan", "Hussain", "Ahmed", "Ali", "Akhtar", "Iqbal", "Begum",
                "Mahmood", "Shah", "Rashid", "Butt", "Aslam", "Hanif", "Qureshi", "Anwar", "Bibi", "Yousaf", "Nawaz",
                "Latif", "Saleem", "Chaudhry", "Malik"};
        private static final String[] ENGLISH_MEN = {"David", "John", "Paul", "Mark", "Michael", "Andrew", "Stephen",
                "Lee", "Craig", "Darren", "Wayne", "Jason", "Gary", "Dean", "Scott", "Ryan", "Liam", "Kieran", "Shane",
                "Carl", "Neil", "Gareth", "Simon", "Anthony"};
        private static final String[] ENGLISH_WOMEN = {"Sarah", "Emma", "Claire", "Michelle", "Nicola", "Lisa",
                "Joanne", "Kelly", "Gemma", "Donna", "Karen", "Rachel", "Stacey", "Leanne", "Amy", "Laura"};
        private static final String[] ENGLISH_SURNAMES = {"Smith", "Jones", "Taylor", "Brown", "Wilson", "Walker",
                "Wood", "Thompson", "Wright", "Robinson", "Hall", "Green", "Clarke", "Jackson", "Whitworth", "Holroyd",
                "Ashworth", "Kershaw", "Butterworth", "Ogden", "Schofield", "Greenhalgh", "Crabtree", "Haworth"};
        private static final String[] STREETS = {"Milkstone Road", "Kingsway", "Oldham Road", "Manchester Road",
                "Whitehall Street", "Ashton Road", "Coppice Street", "Featherstall Road", "Wellgate", "Dawley Road",
                "Broadway", "Church Lane", "Park Road", "Queen Street", "Station Road", "Victoria Street"};
        private static final String[] DISTRICTS = {"OL11", "OL12", "OL16", "OL1", "OL4", "OL8", "OL9", "S60", "S61",
                "S65", "TF1", "TF3", "TF7", "BD3", "BD5", "BD8"};
        /** Spelling rules of the kind agencies differ by (never the matcher's own variant table). */
        private static final String[][] SPELLINGS = {{"q", "k"}, {"oo", "u"}, {"ee", "i"}, {"ph", "f"},
                {"ai", "ay"}, {"ll", "l"}, {"sh", "sch"}, {"y", "ie"}, {"ck", "k"}, {"a", "e"}};
        private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

        private final Random random;

        BackgroundPeople(Random random) {
            this.random = random;
        }

        void add(PlantedSuspects scenario, int people) {
            for (int i = 0; i < people; i++) {
                Person person = person();
                int recorded = random.nextDouble() < 0.55 ? 1 : random.nextDouble() < 0.75 ? 2 : 3;
                String label = "Background " + i;
                int batch = firstBatch(i, people);
                scenario.add(label, Role.BACKGROUND, "police", batch, person.firstName, person.surname, person.dob,
                        person.sex, person.addressLine, person.postcode, person.phone);
                for (int again = 1; again < recorded; again++) {
                    addAsAnotherAgencyWroteIt(scenario, label, person, Math.min(BATCHES - 1, batch + again));
                }
            }
        }

        /** Most background people are known from the start; the rest arrive with the later batches. */
        private static int firstBatch(int index, int people) {
            return index < people * 0.6 ? 0 : index < people * 0.85 ? 1 : 2;
        }

        private void addAsAnotherAgencyWroteIt(PlantedSuspects scenario, String label, Person person, int batch) {
            String first = spelled(person.firstName);
            String surname = spelled(person.surname);
            if (random.nextDouble() < 0.03) {
                String swapped = first;
                first = surname;
                surname = swapped;
            }
            if (random.nextDouble() < 0.3) {
                first = first.toUpperCase(Locale.ROOT);
                surname = surname.toUpperCase(Locale.ROOT);
            }
            boolean moved = random.nextDouble() < 0.15;
            String postcode = moved ? postcode() : person.postcode;
            String addressLine = moved ? addressLine() : person.addressLine;
            String sex = random.nextDouble() < 0.05 ? null : person.sex;
            scenario.add(label, Role.BACKGROUND, random.nextBoolean() ? "social-care" : "housing", batch, first,
                    surname, dateOfBirth(person.dob), sex, addressLine, postcode, phone(person.phone));
        }

        /** Now and then a name spelled by another rule of transliteration or English spelling. */
        private String spelled(String name) {
            if (random.nextDouble() >= 0.1) {
                return name;
            }
            for (String[] rule : SPELLINGS) {
                if (name.contains(rule[0])) {
                    return name.replaceFirst(rule[0], rule[1]);
                }
            }
            return name;
        }

        /** Missing, the year alone, the year and month, one digit of the day mistyped, or as recorded before. */
        private String dateOfBirth(String dob) {
            double habit = random.nextDouble();
            if (habit < 0.08) {
                return null;
            }
            if (habit < 0.12) {
                return dob.substring(0, 4);
            }
            if (habit < 0.14) {
                return dob.substring(0, 7);
            }
            if (habit < 0.17) {
                int day = Integer.parseInt(dob.substring(8));
                int slipped = day % 10 == 9 || day == 28 ? day - 1 : day + 1;
                return dob.substring(0, 8) + String.format("%02d", slipped);
            }
            return dob;
        }

        /** Often left out; sometimes a new mobile since the last record. */
        private String phone(String phone) {
            double habit = random.nextDouble();
            return habit < 0.5 ? null : habit < 0.65 ? mobile() : phone;
        }

        private Person person() {
            boolean asian = random.nextDouble() < 0.45;
            boolean male = random.nextDouble() < 0.6;
            String[] firstNames = asian ? (male ? ASIAN_MEN : ASIAN_WOMEN) : (male ? ENGLISH_MEN : ENGLISH_WOMEN);
            String first = common(firstNames);
            if (asian && male && random.nextDouble() < 0.3 && !first.startsWith("M")) {
                first = "Muhammad " + first;
            }
            String dob = String.format("%d-%02d-%02d", 1955 + random.nextInt(46), 1 + random.nextInt(12),
                    1 + random.nextInt(28));
            double phoneHabit = random.nextDouble();
            String phone = phoneHabit < 0.3 ? mobile()
                    : phoneHabit < 0.5 ? String.format("0161 496 0%03d", 200 + random.nextInt(800)) : null;
            return new Person(first, common(asian ? ASIAN_SURNAMES : ENGLISH_SURNAMES), dob, male ? "MALE" : "FEMALE",
                    addressLine(), postcode(), phone);
        }

        /** A name from the list, the first ones far more often than the last, as a town's commonest names are. */
        private String common(String[] names) {
            double skewed = Math.pow(random.nextDouble(), 2);
            return names[(int) (skewed * names.length)];
        }

        private String mobile() {
            return String.format("07700 900%03d", 800 + random.nextInt(200));
        }

        private String addressLine() {
            return (1 + random.nextInt(120)) + " " + STREETS[random.nextInt(STREETS.length)];
        }

        private String postcode() {
            return DISTRICTS[random.nextInt(DISTRICTS.length)] + " " + (1 + random.nextInt(9))
                    + UNIT_LETTERS.charAt(random.nextInt(UNIT_LETTERS.length()))
                    + UNIT_LETTERS.charAt(random.nextInt(UNIT_LETTERS.length()));
        }

        private record Person(String firstName, String surname, String dob, String sex, String addressLine,
                              String postcode, String phone) {
        }
    }
}
