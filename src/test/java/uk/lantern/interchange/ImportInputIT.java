package uk.lantern.interchange;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import uk.lantern.ledger.LedgerActor;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Files that are not clean UTF-8 text, or hold text that cannot be stored, are rejected naming the line (never a
 * 500), and every rejection is recorded in the ledger; a byte-order mark is not a problem.
 */
class ImportInputIT extends IntegrationTestBase {

    private static final String HEADER = "sourceSystem,sourceId,receivedAt,referrerName,referrerAgency,childFirstName,"
            + "childSurname,childDateOfBirth,childAreaCode,concern,cseConcern,urgency\n";

    @Autowired
    Importer importer;

    @TempDir
    Path directory;

    private String csvRow(String system, String id, String firstName) {
        return system + "," + id + ",2026-10-01T09:00:00Z,Pat Nurse,Rochdale Health Trust (demo)," + firstName
                + ",Csvchild,2012-02-02,E08000005,Seen with older men,true,URGENT\n";
    }

    private long rejectionsRecordedFor(String fileName) {
        return jdbc.sql("SELECT count(*) FROM ledger_entry WHERE action = 'IMPORT_REJECTED' AND payload LIKE ?")
                .param("%\"file\":\"" + fileName + "\"%").query(Long.class).single();
    }

    @Test
    void aLatin1ByteIsRejectedAtItsLineAndTheRejectionIsRecorded() throws Exception {
        String system = "latin" + unique("");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes((HEADER + csvRow(system, "r1", "Amy")).getBytes(StandardCharsets.UTF_8));
        body.writeBytes(csvRow(system, "r2", "Zo\u00eb").getBytes(StandardCharsets.ISO_8859_1));
        String fileName = unique("latin1-") + ".csv";

        mvc.perform(post("/api/v1/imports").header("Authorization", bearer(tokenFor("admin")))
                        .header("X-File-Name", fileName).contentType("text/csv").content(body.toByteArray()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].line").value(3))
                .andExpect(jsonPath("$.problems[0].field").value("file"))
                .andExpect(jsonPath("$.problems[0].message").value(
                        org.hamcrest.Matchers.containsString("not UTF-8")));
        assertThat(rejectionsRecordedFor(fileName)).isEqualTo(1);
    }

    @Test
    void binaryDataIsRejectedAndRecorded() throws Exception {
        String fileName = unique("binary-") + ".jsonl";
        mvc.perform(post("/api/v1/imports").header("Authorization", bearer(tokenFor("admin")))
                        .header("X-File-Name", fileName).contentType("application/x-ndjson")
                        .content(new byte[] {'{', '}', '\n', 0x00, 0x01, 0x02, (byte) 0x89, 'P', 'N', 'G'}))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].line").value(2));
        assertThat(rejectionsRecordedFor(fileName)).isEqualTo(1);
    }

    @Test
    void anEscapedNulInAJsonLineIsRejectedNamingTheField() throws Exception {
        Path file = directory.resolve("nul.jsonl");
        Files.writeString(file, "{\"type\":\"agency\",\"sourceSystem\":\"nul" + unique("") + "\",\"sourceId\":\"a1\","
                + "\"name\":\"Bad\\u0000 Agency\",\"agencyType\":\"SCHOOL\",\"areaCode\":\"E08000005\"}\n");
        ImportReport report = importer.importJsonLines(LedgerActor.system("test"), file, unique("nul-") + ".jsonl");
        assertThat(report.committed()).isFalse();
        assertThat(report.problems()).extracting(RejectedRecord::line, RejectedRecord::field)
                .contains(org.assertj.core.groups.Tuple.tuple(1L, "name"));
    }

    @Test
    void aByteOrderMarkDoesNotFailLineOne() throws Exception {
        String system = "bom" + unique("");
        Path file = directory.resolve("bom.csv");
        Files.writeString(file, "\uFEFF" + HEADER + csvRow(system, "r1", "Amy"), StandardCharsets.UTF_8);
        ImportReport report = importer.importReferralCsv(LedgerActor.system("test"), file, unique("bom-") + ".csv");
        assertThat(report.problems()).isEmpty();
        assertThat(report.committed()).isTrue();
    }

    @Test
    void malformedCsvIsDescribedInWordsNotInTheLibrarysText() throws Exception {
        String system = "bad" + unique("");
        Path unclosedQuote = directory.resolve("quote.csv");
        Files.writeString(unclosedQuote, HEADER + csvRow(system, "r1", "Amy")
                + system + ",r2,2026-10-01T09:00:00Z,Pat Nurse,\"Rochdale Health Trust (demo)\"x,Bo\n");
        Path shortRow = directory.resolve("short.csv");
        Files.writeString(shortRow, HEADER + csvRow(system, "r1", "Amy") + system + ",r2,2026-10-01T09:00:00Z\n");

        List<RejectedRecord> quoteProblems = importer.importReferralCsv(LedgerActor.system("test"), unclosedQuote,
                unique("quote-") + ".csv").problems();
        List<RejectedRecord> shortProblems = importer.importReferralCsv(LedgerActor.system("test"), shortRow,
                unique("short-") + ".csv").problems();

        assertThat(quoteProblems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("not valid CSV near line 3").doesNotContain("encapsulated")
                    .doesNotContain("Exception");
        });
        assertThat(shortProblems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).isEqualTo("Line 3 has 3 values but the header names 12 columns")
                    .doesNotContain("CSVRecord");
        });
    }
}
