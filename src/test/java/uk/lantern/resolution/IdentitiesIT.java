package uk.lantern.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import uk.lantern.ledger.LedgerActor;
import uk.lantern.people.ChildInput;
import uk.lantern.people.PersonId;
import uk.lantern.people.PersonInput;
import uk.lantern.people.Persons;
import uk.lantern.people.RecordKind;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Identities of adults' records held in the database: a batch run, records resolved as they arrive, and analysts'
 * merges and unmerges, each in the ledger. Every test adds its own people, each recorded twice by two agencies.
 */
class IdentitiesIT extends IntegrationTestBase {

    private static final String[] FIRST = {"Imran", "Daniel", "Kamran", "Stephen", "Tariq", "Gareth", "Nadeem",
            "Lewis", "Shahid", "Craig", "Faisal", "Wayne", "Asif", "Darren", "Zubair", "Kieran", "Adil", "Jason",
            "Bilal", "Shane", "Usman", "Ryan", "Waqas", "Dean", "Hamza", "Liam", "Arif", "Scott", "Junaid", "Mark"};
    private static final String[] SURNAME = {"Qureshi", "Whitworth", "Akhtar", "Holroyd", "Mahmood", "Butterworth",
            "Rashid", "Ogden", "Iqbal", "Kershaw", "Siddiqui", "Crabtree", "Hanif", "Ormerod", "Saleem", "Brierley",
            "Chaudhry", "Lord", "Anwar", "Greenhalgh", "Aslam", "Schofield", "Yousaf", "Heywood", "Latif",
            "Ashworth", "Nawaz", "Haworth", "Sabir", "Clegg"};

    @Autowired
    Identities identities;
    @Autowired
    Persons persons;

    /**
     * Thirty adults, each recorded by the police and by social care, the second record with a slip or a gap. Each
     * cohort (one a test) pairs the names differently and has its own years of birth and phone numbers, so that the
     * tests' people never resemble one another.
     */
    private List<PersonId[]> thirtyPeopleRecordedTwice(int cohort) {
        List<PersonId[]> people = new ArrayList<>();
        for (int i = 0; i < FIRST.length; i++) {
            String first = FIRST[(i + 7 * cohort) % FIRST.length];
            String surname = SURNAME[(i + 11 * cohort) % SURNAME.length];
            String dob = String.format("%d-%02d-%02d", 1900 + 15 * cohort + i, 1 + i % 12, 1 + i % 27);
            PersonId police = persons.register(LedgerActor.system("test"), person(first, surname, dob,
                    String.format("07700 9%02d%03d", cohort, i)), "");
            String slipped = i % 3 == 0 ? first.substring(0, first.length() - 1) + "h" : first;
            PersonId socialCare = persons.register(LedgerActor.system("test"), person(slipped, surname,
                    i % 2 == 0 ? dob.substring(0, 4) : dob, null), "");
            people.add(new PersonId[] {police, socialCare});
        }
        return people;
    }

    private static PersonInput person(String first, String surname, String dob, String phone) {
        return new PersonInput(first, surname, dob, "MALE", null, null, null, null, null, phone, null, null,
                List.<ChildInput.Alias>of());
    }

    /**
     * Names the people in a Rochdale intelligence report of Greater Manchester Police, so that the force's analyst
     * may see their records: an adult is known where intelligence names them.
     */
    private void knownToGreaterManchesterPolice(PersonId... records) throws Exception {
        List<Map<String, String>> subjects = java.util.Arrays.stream(records).map(record -> Map.of("type", "person",
                "role", "ASSOCIATE", "existing", "person:" + record.value())).toList();
        mvc.perform(post("/api/v1/intelligence").header("Authorization", bearer(tokenFor("investigator")))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(Map.of(
                                "informationDate", "2026-01-05", "areaCodes", List.of("E08000005"),
                                "sourceEvaluation", "2", "intelligenceAssessment", "B", "handlingCode", "P",
                                "text", "Seen together at a takeaway.", "subjects", subjects))))
                .andExpect(status().isCreated());
    }

    private String identityOf(PersonId record) {
        return identities.identityOf(RecordKind.PERSON, List.of(record.value())).get(record.value());
    }

    @Test
    void aBatchRunPutsEachPersonsTwoRecordsTogetherAndIsInTheLedger() {
        List<PersonId[]> people = thirtyPeopleRecordedTwice(1);
        ResolutionSummary summary = identities.runBatch(LedgerActor.system("test"), RecordKind.PERSON);

        long together = people.stream().filter(pair -> identityOf(pair[0]).equals(identityOf(pair[1]))).count();
        assertThat(together).as("people whose two records are one identity").isGreaterThanOrEqualTo(28);
        assertThat(people.stream().map(pair -> identityOf(pair[0])).distinct().count()).isEqualTo(30);
        assertThat(summary.records()).isGreaterThanOrEqualTo(60);
        assertThat(lastEntry("RESOLUTION", "PERSON", "RESOLUTION_RUN").payload()).contains("\"identities\"");
        long joined = people.stream().filter(pair -> identityOf(pair[0]).equals(identityOf(pair[1])))
                .filter(pair -> joinBetween(pair[0].value(), pair[1].value()).equals("MATCH")).count();
        assertThat(joined).as("each person's two records, where together, are held by their recorded match")
                .isEqualTo(together);
    }

    /** The reason stored for the join of two records, or "none". */
    private String joinBetween(UUID one, UUID other) {
        return jdbc.sql("SELECT reason FROM identity_link WHERE kind = 'PERSON' AND first_record = LEAST(?, ?) "
                        + "AND second_record = GREATEST(?, ?)").params(one, other, one, other)
                .query(String.class).optional().orElse("none");
    }

    @Test
    void aRecordArrivingLaterJoinsItsPersonsIdentity() {
        List<PersonId[]> people = thirtyPeopleRecordedTwice(2);
        identities.runBatch(LedgerActor.system("test"), RecordKind.PERSON);
        PersonId[] someone = people.get(4);
        var known = jdbc.sql("SELECT first_name, surname, birth_year FROM person WHERE id = ?")
                .param(someone[0].value()).query().singleRow();
        PersonId third = persons.register(LedgerActor.system("test"), person((String) known.get("first_name"),
                (String) known.get("surname"), known.get("birth_year") + "-05-05", "+44 7700 902004"), "");
        while (identities.resolvePending() > 0) {
            // resolve everything waiting
        }
        assertThat(identityOf(third)).isEqualTo(identityOf(someone[0]));
    }

    @Test
    void anAnalystMergesAndUnmergesAndALaterRunHonoursTheDecision() throws Exception {
        List<PersonId[]> people = thirtyPeopleRecordedTwice(3);
        identities.runBatch(LedgerActor.system("test"), RecordKind.PERSON);
        UUID one = people.get(0)[0].value();
        UUID other = people.get(1)[0].value();
        knownToGreaterManchesterPolice(people.get(0)[0], people.get(0)[1], people.get(1)[0], people.get(1)[1]);
        String token = tokenFor("analyst");
        boolean firstManTogether = identityOf(people.get(0)[0]).equals(identityOf(people.get(0)[1]));
        // The merged identity holds every record of both identities, however the batch run resolved each man's two.
        int recordsOfBoth = identities.recordsTogether(RecordKind.PERSON).stream()
                .filter(together -> together.contains(one) || together.contains(other)).mapToInt(Set::size).sum();
        recordsOfBoth += (int) Stream.of(one, other).filter(record -> identities.recordsTogether(RecordKind.PERSON)
                .stream().noneMatch(together -> together.contains(record))).count();

        mvc.perform(post("/api/v1/resolution/identities/merge?kind=PERSON").header("Authorization", bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(Map.of(
                                "record", one, "otherRecord", other, "reason", "Same man, known by two names"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.records.length()").value(recordsOfBoth));
        assertThat(identityOf(people.get(0)[0])).isEqualTo(identityOf(people.get(1)[0]));
        assertThat(lastEntry("PERSON", one.toString(), "IDENTITY_MERGED").payload()).contains("two names");
        assertThat(joinBetween(one, other)).as("the merge is recorded as what holds the identity").isEqualTo("ACCEPTED");
        mvc.perform(get("/api/v1/resolution/identities/" + identityOf(people.get(0)[0]) + "?kind=PERSON")
                        .header("Authorization", bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.links[?(@.reason == 'ACCEPTED')].firstRecord")
                        // PostgreSQL orders uuids as their text does; UUID.compareTo compares signed longs.
                        .value(one.toString().compareTo(other.toString()) < 0 ? one.toString() : other.toString()));

        mvc.perform(post("/api/v1/resolution/identities/unmerge?kind=PERSON").header("Authorization", bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(Map.of(
                                "record", other, "reason", "The dates of birth are twenty years apart"))))
                .andExpect(status().isOk());
        assertThat(identityOf(people.get(1)[0])).isNotEqualTo(identityOf(people.get(0)[0]));
        assertThat(joinBetween(one, other)).as("an unmerged pair no longer holds anything together")
                .isEqualTo("none");
        assertThat(identityOf(people.get(0)[0]).equals(identityOf(people.get(0)[1])))
                .as("the first man's own records are as the batch run left them").isEqualTo(firstManTogether);

        identities.runBatch(LedgerActor.system("test"), RecordKind.PERSON);
        assertThat(identityOf(people.get(1)[0])).as("the rejection holds in a new run")
                .isNotEqualTo(identityOf(people.get(0)[0]));
    }

    @Test
    void aBatchRunBesideTheScheduledIncrementalRunsWaitsForThemRatherThanDeadlocking() throws Exception {
        thirtyPeopleRecordedTwice(5);
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        // More people arrive between the batch runs, for the incremental runs to take; cohorts 6 and 0 are born in
        // the past and in years no other test uses.
        Runnable batches = () -> {
            for (int cohort : new int[] {6, 0}) {
                identities.runBatch(LedgerActor.system("test"), RecordKind.PERSON);
                thirtyPeopleRecordedTwice(cohort);
            }
        };
        Runnable incremental = () -> {
            for (int run = 0; run < 6; run++) {
                identities.resolvePending();
            }
        };
        List<Thread> threads = List.of(new Thread(batches), new Thread(incremental), new Thread(incremental));
        threads.forEach(thread -> {
            thread.setUncaughtExceptionHandler((t, failure) -> failures.add(failure));
            thread.start();
        });
        for (Thread thread : threads) {
            thread.join(120_000);
            assertThat(thread.isAlive()).as("%s finished", thread.getName()).isFalse();
        }
        assertThat(failures).as("no run failed, for a deadlock or anything else").isEmpty();
    }

    @Test
    void onlyAnalystsWorkIdentitiesAndBadInputIsNamed() throws Exception {
        thirtyPeopleRecordedTwice(4);
        identities.runBatch(LedgerActor.system("test"), RecordKind.PERSON);
        for (String username : List.of("investigator", "socialworker", "manager", "auditor", "admin")) {
            mvc.perform(get("/api/v1/resolution/review-queue?kind=PERSON")
                            .header("Authorization", bearer(tokenFor(username))))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/resolution/review-queue?kind=PERSON")
                        .header("Authorization", bearer(tokenFor("analyst"))))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/resolution/identities/merge?kind=PERSON")
                        .header("Authorization", bearer(tokenFor("analyst")))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("record"));
    }
}
