package uk.lantern.interchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerIntegrity;
import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.UniqueBundles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ImportIT extends IntegrationTestBase {

    @Autowired
    Importer importer;
    @Autowired
    LedgerIntegrity integrity;

    @TempDir
    Path directory;

    private Path bundle(long seed, int children) throws Exception {
        return UniqueBundles.write(directory, seed, children, "-t" + unique(""));
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() throws Exception {
        Path file = bundle(11, 15);
        long lines = Files.readAllLines(file).stream().filter(line -> !line.isBlank()).count();
        ImportReport first = importer.importJsonLines(LedgerActor.system("test"), file, "twice.jsonl");
        assertThat(first.committed()).isTrue();
        assertThat(first.accepted()).isEqualTo(lines);
        assertThat(first.acceptedByType()).containsKeys("agency", "child", "referral", "decision",
                "missing_episode", "return_interview");
        long referrals = count("referral");
        long children = count("child");
        long ledgerEntries = count("ledger_entry");

        ImportReport second = importer.importJsonLines(LedgerActor.system("test"), file, "twice.jsonl");
        assertThat(second.committed()).isTrue();
        assertThat(second.accepted()).isZero();
        assertThat(second.unchanged()).isEqualTo(lines);
        assertThat(count("referral")).isEqualTo(referrals);
        assertThat(count("child")).isEqualTo(children);
        assertThat(count("ledger_entry")).as("only the second import's own entry").isEqualTo(ledgerEntries + 1);
        assertThat(integrity.verify().intact()).isTrue();
    }

    @Test
    void anImportedDecisionMeetsItsClockWhenItWasMadeAndTellsNobodyAgain() throws Exception {
        ImportReport report = importer.importJsonLines(LedgerActor.system("test"), bundle(16, 12), "history.jsonl");
        assertThat(report.committed()).isTrue();
        String imported = "SELECT d.met_at = rd.decided_at AS same FROM referral_decision rd "
                + "JOIN deadline d ON d.subject_type = 'REFERRAL' AND d.kind = 'REFERRAL_DECISION' "
                + "AND d.subject_id = rd.referral_id::text WHERE rd.source_system IS NOT NULL "
                + "AND rd.referral_id IN (SELECT lantern_id FROM import_record WHERE record_type = 'referral' "
                + "AND import_run_id = ?)";
        List<Boolean> metWhenDecided = jdbc.sql(imported).param(report.importId()).query(Boolean.class).list();
        assertThat(metWhenDecided).as("the bundle's decided referrals").isNotEmpty().containsOnly(true);
        assertThat(jdbc.sql("SELECT count(*) FROM referral r JOIN import_record i ON i.lantern_id = r.id "
                        + "AND i.record_type = 'referral' WHERE i.import_run_id = ? AND r.status = 'DECIDED' "
                        + "AND (r.referrer_email IS NOT NULL OR r.referrer_user_id IS NOT NULL)")
                .param(report.importId()).query(Long.class).single())
                .as("decided referrals whose referrers a decision typed in would tell").isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM ledger_entry WHERE action = 'NOTIFICATION_QUEUED' "
                        + "AND payload LIKE '%Decision on referral%' AND payload LIKE ANY (SELECT '%' || r.reference || '%' "
                        + "FROM referral r JOIN import_record i ON i.lantern_id = r.id AND i.record_type = 'referral' "
                        + "AND i.import_run_id = ?)")
                .param(report.importId()).query(Long.class).single()).as("notices of the imported decisions")
                .isZero();
    }

    @Test
    void aFileWithABadLine57IsRejectedWholeAndTheReportNamesTheLineAndField() throws Exception {
        Path file = bundle(12, 15);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        int bad = 56;
        assertThat(lines.get(bad)).contains("\"type\":\"");
        // A field another system might send by mistake: the format has no such field.
        lines.set(bad, lines.get(bad).replaceFirst("\\}$", ",\"priorityLevel\":\"high\"}"));
        Files.write(file, lines);
        String system = lines.get(bad).replaceAll(".*\"sourceSystem\":\"([^\"]+)\".*", "$1");
        long referrals = count("referral");
        long children = count("child");

        ImportReport report = importer.importJsonLines(LedgerActor.system("test"), file, "bad-57.jsonl");
        assertThat(report.committed()).isFalse();
        assertThat(report.accepted()).isZero();
        assertThat(report.problems()).hasSize(1).first().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(57);
            assertThat(problem.field()).isEqualTo("priorityLevel");
        });
        assertThat(count("referral")).isEqualTo(referrals);
        assertThat(count("child")).isEqualTo(children);
        assertThat(jdbc.sql("SELECT count(*) FROM import_record WHERE source_system = ?").param(system)
                .query(Long.class).single()).isZero();
        assertThat(lastEntry("IMPORT", report.importId().toString(), "IMPORT_REJECTED").payload())
                .contains("\"firstProblemLine\":57");
    }

    @Test
    void aProblemFoundWhileStoringStillRollsEverythingBack() throws Exception {
        Path file = bundle(13, 10);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        int childLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"type\":\"child\"") && lines.get(i).contains("\"nhsNumber\"")) {
                childLine = i;
                break;
            }
        }
        // A ten-digit number that fails the modulus 11 check passes the schema but not the child's rules.
        lines.set(childLine, lines.get(childLine).replaceFirst("\"nhsNumber\":\"[^\"]+\"", "\"nhsNumber\":\"9990000001\""));
        Files.write(file, lines);
        long children = count("child");
        ImportReport report = importer.importJsonLines(LedgerActor.system("test"), file, "bad-nhs.jsonl");
        assertThat(report.committed()).isFalse();
        assertThat(report.problems().get(0).line()).isEqualTo(childLine + 1);
        assertThat(report.problems().get(0).field()).isEqualTo("nhsNumber");
        assertThat(count("child")).isEqualTo(children);
    }

    @Test
    void aFailureAfterBatchesWereWrittenLeavesNothingOfTheFile() throws Exception {
        Path file = bundle(15, 30);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        String system = lines.get(lines.size() - 1).replaceAll(".*\"sourceSystem\":\"([^\"]+)\".*", "$1");
        // Last in the file, after batches of children and people and then referrals and the rest were written: it
        // passes the schema, but its NHS number fails the check digit when the child is stored.
        lines.add("{\"type\":\"child\",\"sourceSystem\":\"" + system + "\",\"sourceId\":\"late-child\","
                + "\"firstName\":\"Late\",\"surname\":\"Child\",\"areaCode\":\"E08000005\","
                + "\"nhsNumber\":\"9990000001\"}");
        Files.write(file, lines);
        long children = count("child");
        long persons = count("person");
        long referrals = count("referral");
        long ledgerEntries = count("ledger_entry");
        long pending = count("resolution_pending");

        ImportReport report = importer.importJsonLines(LedgerActor.system("test"), file, "late-failure.jsonl");
        assertThat(report.committed()).isFalse();
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lines.size());
            assertThat(problem.field()).isEqualTo("nhsNumber");
        });
        assertThat(count("child")).isEqualTo(children);
        assertThat(count("person")).isEqualTo(persons);
        assertThat(count("referral")).isEqualTo(referrals);
        assertThat(count("resolution_pending")).isEqualTo(pending);
        assertThat(count("ledger_entry")).as("only IMPORT_REJECTED").isEqualTo(ledgerEntries + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM import_record WHERE source_system = ?").param(system)
                .query(Long.class).single()).isZero();
    }

    @Test
    void referencesMustPointToEarlierRecords() throws Exception {
        Path file = directory.resolve("dangling.jsonl");
        Files.writeString(file, "{\"type\":\"decision\",\"sourceSystem\":\"dangling" + unique("") + "\","
                + "\"sourceId\":\"d1\",\"referral\":{\"sourceId\":\"nowhere\"},\"decidedAt\":\"2026-01-01T10:00:00Z\","
                + "\"outcome\":\"EARLY_HELP\",\"reasons\":\"r\"}\nnot json at all\n");
        ImportReport report = importer.importJsonLines(LedgerActor.system("test"), file, "dangling.jsonl");
        assertThat(report.committed()).isFalse();
        assertThat(report.problems()).extracting(RejectedRecord::line, RejectedRecord::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "referral"),
                        org.assertj.core.groups.Tuple.tuple(2L, "record"));
    }

    @Test
    void referralsCanComeAsCsv() throws Exception {
        String system = "csv" + unique("");
        Path file = directory.resolve("referrals.csv");
        Files.writeString(file, String.join(",", List.of("sourceSystem", "sourceId", "receivedAt", "referrerName",
                "referrerAgency", "referrerEmail", "childFirstName", "childSurname", "childDateOfBirth",
                "childAreaCode", "concern", "cseConcern", "indicators", "urgency")) + "\n"
                + system + ",r1,2026-10-01T09:00:00Z,Pat Nurse,Rochdale Health Trust (demo),pat@demo.lantern.invalid,"
                + "Amy,Csvchild,2012-02-02,E08000005,\"Seen with older men, twice\",true,"
                + "PICKED_UP_IN_CARS;UNEXPLAINED_GIFTS,URGENT\n"
                + system + ",r2,2026-10-01T10:00:00Z,Pat Nurse,No Such Agency,,Bo,Csvchild,2013,E08000005,"
                + "Concern,false,,ROUTINE\n");
        ImportReport rejected = importer.importReferralCsv(LedgerActor.system("test"), file, "referrals.csv");
        assertThat(rejected.committed()).isFalse();
        assertThat(rejected.problems()).extracting(RejectedRecord::line, RejectedRecord::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "referrerAgency"));

        Files.writeString(file, Files.readAllLines(file).subList(0, 2).stream()
                .reduce("", (text, line) -> text + line + "\n"));
        ImportReport committed = importer.importReferralCsv(LedgerActor.system("test"), file, "referrals.csv");
        assertThat(committed.committed()).isTrue();
        assertThat(committed.acceptedByType()).containsEntry("child", 1L).containsEntry("referral", 1L);
    }

    @Test
    void onlyAnAdministratorImportsOverTheApiAndARejectedFileIs422() throws Exception {
        Path file = bundle(14, 5);
        byte[] body = Files.readAllBytes(file);
        mvc.perform(post("/api/v1/imports").header("Authorization", bearer(tokenFor("triage")))
                        .contentType("application/x-ndjson").content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/imports").header("Authorization", bearer(tokenFor("admin")))
                        .header("X-File-Name", "api.jsonl").contentType("application/x-ndjson").content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committed").value(true));
        mvc.perform(post("/api/v1/imports").header("Authorization", bearer(tokenFor("admin")))
                        .contentType("application/x-ndjson").content("{\"type\":\"agency\"}\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].line").value(1));
        mvc.perform(post("/api/v1/imports").header("Authorization", bearer(tokenFor("admin")))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnsupportedMediaType());
    }
}
