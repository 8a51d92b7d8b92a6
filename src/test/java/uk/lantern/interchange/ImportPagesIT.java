package uk.lantern.interchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import uk.lantern.ledger.LedgerActor;
import uk.lantern.runtime.Uploads;
import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.UniqueBundles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import page as an administrator uses it: a file uploaded through the form is imported in the background by the
 * same importer as the API, and the import's own page follows it to its report. Only those who may import reach it.
 */
class ImportPagesIT extends IntegrationTestBase {

    private static final String BOUNDARY = "----LanternImportPageTest";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Autowired
    Uploads uploads;
    @Autowired
    Importer importer;

    @TempDir
    Path directory;

    @Test
    void aBundleUploadedThroughThePageIsCommittedAndItsPageShowsTheReport() throws Exception {
        Path file = UniqueBundles.write(directory, 31, 6, "-p" + unique(""));
        long lines = Files.readAllLines(file).stream().filter(line -> !line.isBlank()).count();
        long children = Files.readAllLines(file).stream().filter(line -> line.contains("\"type\":\"child\"")).count();
        MockHttpSession admin = signIn("admin");

        String importPage = upload(admin, "JSON_LINES", "page-bundle.jsonl", Files.readAllBytes(file));
        UUID importId = UUID.fromString(importPage.substring("/imports/".length()));
        String report = pageWhenEnded(admin, importPage);

        assertThat(report).contains("Committed", "page-bundle.jsonl", "Accepted records by type")
                .containsPattern("Records accepted</dt>\\s*<dd[^>]*>" + String.format(java.util.Locale.UK, "%,d", lines) + "</dd>")
                .containsPattern("Records rejected</dt>\\s*<dd[^>]*>0</dd>")
                .containsPattern("<th scope=\"row\" class=\"govuk-table__header\">child</th>\\s*<td[^>]*>" + children + "</td>")
                .doesNotContain("http-equiv=\"refresh\"");
        assertThat(jdbc.sql("SELECT actor || ' ' || status || ' ' || accepted FROM import_run WHERE id = ?")
                .param(importId).query(String.class).single()).isEqualTo("admin COMMITTED " + lines);
        assertThat(lastEntry("IMPORT", importId.toString(), "IMPORT_COMMITTED").actor()).isEqualTo("admin");
        assertThat(uploadsLeftBehind()).as("the uploaded file is deleted once imported").isEmpty();

        String list = mvc.perform(get("/imports").session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("href=\"" + importPage + "\"", "page-bundle.jsonl");
    }

    @Test
    void aBadFileIsRejectedWholeAndItsPageNamesTheLineAndField() throws Exception {
        Path file = UniqueBundles.write(directory, 32, 4, "-p" + unique(""));
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(2, lines.get(2).replaceFirst("\\}$", ",\"priorityLevel\":\"high\"}"));
        String system = lines.get(2).replaceAll(".*\"sourceSystem\":\"([^\"]+)\".*", "$1");
        long children = count("child");
        MockHttpSession admin = signIn("admin");

        String importPage = upload(admin, "JSON_LINES", "page-bad.jsonl",
                String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        String report = pageWhenEnded(admin, importPage);

        assertThat(report).contains("Rejected: nothing of the file was stored")
                .containsPattern("<td class=\"govuk-table__cell govuk-table__cell--numeric\">3</td>\\s*"
                        + "<td class=\"govuk-table__cell\"><code class=\"lantern-token\">priorityLevel</code></td>");
        assertThat(count("child")).isEqualTo(children);
        assertThat(jdbc.sql("SELECT count(*) FROM import_record WHERE source_system = ?").param(system)
                .query(Long.class).single()).isZero();
        String importId = importPage.substring("/imports/".length());
        assertThat(lastEntry("IMPORT", importId, "IMPORT_REJECTED").payload()).contains("\"firstProblemLine\":3");
        assertThat(uploadsLeftBehind()).isEmpty();
    }

    @Test
    void anImportRunThroughTheApiShowsTheCountsItRecorded() throws Exception {
        Path file = UniqueBundles.write(directory, 33, 2, "-p" + unique(""));
        ImportReport report = importer.importJsonLines(LedgerActor.system("api-test"), file, "api-bundle.jsonl");

        String page = mvc.perform(get("/imports/" + report.importId()).session(signIn("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Committed", "api-bundle.jsonl", "id=\"counts-only\"")
                .containsPattern("Imported by</dt>\\s*<dd[^>]*>system:api-test</dd>")
                .containsPattern("Records accepted</dt>\\s*<dd[^>]*>" + report.accepted() + "</dd>")
                .doesNotContain("http-equiv=\"refresh\"");
    }

    @Test
    void referralsCanBeUploadedAsCsv() throws Exception {
        String system = "pagecsv" + unique("");
        String csv = "sourceSystem,sourceId,receivedAt,referrerName,referrerAgency,referrerEmail,childFirstName,"
                + "childSurname,childDateOfBirth,childAreaCode,concern,cseConcern,indicators,urgency\n"
                + system + ",r1,2026-10-01T09:00:00Z,Pat Nurse,Rochdale Health Trust (demo),pat@demo.lantern.invalid,"
                + "Amy,Pagecsv,2012-02-02,E08000005,\"Seen with older men, twice\",true,PICKED_UP_IN_CARS,URGENT\n";
        MockHttpSession admin = signIn("admin");

        String importPage = upload(admin, "CSV", "referrals.csv", csv.getBytes(StandardCharsets.UTF_8));
        String report = pageWhenEnded(admin, importPage);

        assertThat(report).contains("Committed", "<dd class=\"govuk-summary-list__value\">CSV</dd>")
                .containsPattern("<th scope=\"row\" class=\"govuk-table__header\">referral</th>\\s*<td[^>]*>1</td>");
        assertThat(jdbc.sql("SELECT count(*) FROM import_record WHERE source_system = ? AND record_type = 'referral'")
                .param(system).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aFormWithoutAFileOrFormatComesBackNamingTheFieldsAndAnUnreadableOneIsRefused() throws Exception {
        String page = mvc.perform(post("/imports").session(signIn("admin")).with(csrf())
                        .contentType("multipart/form-data; boundary=" + BOUNDARY)
                        .content(form(null, "", new byte[0])))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem", "href=\"#format\">Select the format of the file",
                "href=\"#file\">Select a file to import");

        byte[] cutOff = java.util.Arrays.copyOf(form("JSON_LINES", "cut.jsonl", "{}\n".getBytes(StandardCharsets.UTF_8)),
                60);
        String unreadable = mvc.perform(post("/imports").session(signIn("admin")).with(csrf())
                        .contentType("multipart/form-data; boundary=" + BOUNDARY).content(cutOff))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(unreadable).contains("The upload could not be read as a form. Send it again.");
        assertThat(uploadsLeftBehind()).isEmpty();
    }

    @Test
    void onlyThoseWhoMayImportReachThePagesAndAnUploadNeedsTheFormsToken() throws Exception {
        byte[] body = form("JSON_LINES", "refused.jsonl", "{}\n".getBytes(StandardCharsets.UTF_8));
        MockHttpSession triage = signIn("triage");
        mvc.perform(get("/imports").session(triage)).andExpect(status().isForbidden());
        mvc.perform(get("/imports/" + UUID.randomUUID()).session(triage)).andExpect(status().isForbidden());
        mvc.perform(post("/imports").session(triage).with(csrf())
                        .contentType("multipart/form-data; boundary=" + BOUNDARY).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/imports").session(signIn("admin"))
                        .contentType("multipart/form-data; boundary=" + BOUNDARY).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(get("/imports/" + UUID.randomUUID()).session(signIn("admin")))
                .andExpect(status().isNotFound());
        assertThat(uploadsLeftBehind()).isEmpty();
    }

    /** Uploads a file as the form does and returns the page it leads to. */
    private String upload(MockHttpSession session, String format, String fileName, byte[] content) throws Exception {
        MvcResult result = mvc.perform(post("/imports").session(session).with(csrf())
                        .contentType("multipart/form-data; boundary=" + BOUNDARY)
                        .content(form(format, fileName, content)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String page = result.getResponse().getRedirectedUrl();
        assertThat(page).matches("/imports/[0-9a-f-]{36}");
        return page;
    }

    /** Reads the import's page as the browser would, every half second while it says it is under way. */
    private String pageWhenEnded(MockHttpSession session, String page) throws Exception {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (true) {
            String html = mvc.perform(get(page).session(session)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            if (!html.contains("http-equiv=\"refresh\"")) {
                return html;
            }
            assertThat(Instant.now()).as("the import ends within %s", PATIENCE).isBefore(giveUp);
            Thread.sleep(500);
        }
    }

    /** A multipart form body as a browser sends it: the format's radio (when chosen) and the file. */
    private static byte[] form(String format, String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (format != null) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\n" + format
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** Files the import page received and did not delete, found beside a file received for the purpose. */
    private List<Path> uploadsLeftBehind() throws Exception {
        Path probe = uploads.receive(new ByteArrayInputStream(new byte[0]), "probe-");
        try (Stream<Path> files = Files.list(probe.getParent())) {
            return files.filter(path -> path.getFileName().toString().startsWith("import-page-")).toList();
        } finally {
            Files.delete(probe);
        }
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
