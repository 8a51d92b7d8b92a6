package uk.lantern.oversight;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.lantern.deadline.WorkingDayCalendar;
import uk.lantern.ledger.Checkpoint;
import uk.lantern.ledger.LedgerEntryView;
import uk.lantern.ledger.LedgerIntegrity;
import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.PageLinks;
import uk.lantern.support.WorkedCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Inquiry chronologies of a case worked through the services today: a CSE referral, the decision that opened the
 * case, the strategy discussion, assessment and an action, a missing episode, and reads by staff of other teams.
 */
class InquiryChronologyIT extends IntegrationTestBase {

    /** A line's proof as the document prints it: every field the hash covers that the first row does not show. */
    private static final Pattern PROOF = Pattern.compile("entry (\\d+) recorded (\\S+) payload digest ([0-9a-f]{64})\\s+"
            + "leaf hash ([0-9a-f]{64})");
    private static final List<String> EVERY_DEMO_ROLE = List.of("referrer", "triage", "socialworker", "investigator",
            "analyst", "manager", "auditor", "admin");

    @Autowired
    LedgerIntegrity integrity;

    private WorkedCase worked;

    @BeforeEach
    void aCaseWorkedTodayAndReadByOthers() throws Exception {
        worked = new WorkedCase(this, WorkedCase.ROCHDALE, unique("Keira"), unique("Chronologyson"));
        worked.recordMissingEpisode();
        mvc.perform(get("/api/v1/cases/" + worked.caseId).header("Authorization", bearer(tokenFor("manager"))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/children/" + worked.childId.value()).header("Authorization",
                bearer(tokenFor("investigator")))).andExpect(status().isOk());
    }

    @Test
    void aCaseChronologyIsAVerifiablePdfWithEveryEntryAboutTheCaseAndNoNames() throws Exception {
        MockHttpServletResponse response = produce("auditor", "case=" + worked.reference + "&format=pdf");
        byte[] pdf = response.getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .contains("inquiry-chronology-case-" + worked.reference + ".pdf");
        String text = textOf(pdf);

        Map<Long, String[]> lines = proofs(text);
        assertThat(lines).isNotEmpty();
        for (Map.Entry<Long, String[]> line : lines.entrySet()) {
            Map<String, Object> stored = jdbc.sql("SELECT * FROM ledger_entry WHERE sequence = ?")
                    .param(line.getKey()).query().singleRow();
            String[] printed = line.getValue();
            assertThat(printed[0]).isEqualTo(jdbc.sql("SELECT recorded_at FROM ledger_entry WHERE sequence = ?")
                    .param(line.getKey()).query(OffsetDateTime.class).single().toInstant().toString());
            assertThat(printed[1]).isEqualTo(stored.get("payload_digest"));
            assertThat(printed[2]).as("leaf hash of entry %s", line.getKey()).isEqualTo(stored.get("leaf_hash"));
            assertThat(sha256((String) stored.get("payload"))).as("the digest is the payload's").isEqualTo(printed[1]);
            assertThat(recomputedLeafHash(Instant.parse(printed[0]), stored, printed[1]))
                    .as("entry %s re-hashes to the printed leaf hash", line.getKey()).isEqualTo(printed[2]);
        }

        Checkpoint checkpoint = printedCheckpoint(text);
        assertThat(integrity.isAuthentic(checkpoint)).isTrue();
        long last = lines.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertThat(checkpoint.sequence()).isGreaterThanOrEqualTo(last);
        assertThat(text).contains("inclusion proof:");
        assertThat(text).contains("verified when this document was produced: intact");

        assertThat(lines.keySet()).as("every entry about the case's records, in order, up to the checkpoint")
                .containsExactlyElementsOf(expectedSequences(checkpoint.sequence()));
        long managerRead = lastEntry("CASE", worked.caseId.toString(), "RECORD_READ").sequence();
        long investigatorRead = lastEntry("CHILD", worked.childId.value().toString(), "RECORD_READ").sequence();
        assertThat(lines.keySet()).contains(managerRead, investigatorRead,
                lastEntry("REFERRAL", worked.referralId.value().toString(), "REFERRAL_DECIDED").sequence(),
                lastEntry("CASE", worked.caseId.toString(), "CASE_OPENED").sequence(),
                lastEntry("CASE_ACTION", worked.actionId.toString(), "DEADLINE_STARTED").sequence(),
                lastEntry("CHILD", worked.childId.value().toString(), "MISSING_EPISODE_RECORDED").sequence());
        assertThat(text).contains("manager", "investigator", "Greater Manchester Police (demo)", "RECORD_READ",
                "REFERRAL_DECIDED", worked.reference);

        assertThat(text).doesNotContain(worked.firstName, worked.surname, WorkedCase.ASSESSMENT_SUMMARY,
                WorkedCase.STRATEGY_NOTES);
        assertThat(text).contains("No names", "payload digest");

        assertThat(integrity.verify().intact()).isTrue();
        LedgerEntryView produced = lastEntry("CASE", worked.caseId.toString(), "INQUIRY_CHRONOLOGY_PRODUCED");
        assertThat(produced.actor()).isEqualTo("auditor");
        assertThat(produced.sequence()).isGreaterThan(checkpoint.sequence());
        JsonNode payload = json(produced.payload());
        assertThat(payload.get("scope").asString()).isEqualTo("CASE");
        assertThat(payload.get("reference").asString()).isEqualTo(worked.reference);
        assertThat(payload.get("lines").asInt()).isEqualTo(lines.size());
        assertThat(payload.get("checkpointSequence").asLong()).isEqualTo(checkpoint.sequence());
        assertThat(payload.get("format").asString()).isEqualTo("PDF");
    }

    @Test
    void theHtmlSaysWhatThePdfSaysAndNamesNoOne() throws Exception {
        MockHttpServletResponse response = produce("auditor", "case=" + worked.reference.toLowerCase());
        assertThat(response.getContentType()).startsWith("text/html");
        String html = response.getContentAsString();
        assertThat(html).doesNotContain(worked.firstName, worked.surname, WorkedCase.ASSESSMENT_SUMMARY);
        Map<Long, String[]> lines = proofs(html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " "));
        long checkpoint = json(lastEntry("CASE", worked.caseId.toString(), "INQUIRY_CHRONOLOGY_PRODUCED").payload())
                .get("checkpointSequence").asLong();
        assertThat(lines.keySet()).containsExactlyElementsOf(expectedSequences(checkpoint));
        lines.forEach((sequence, printed) -> assertThat(printed[2]).isEqualTo(jdbc.sql(
                "SELECT leaf_hash FROM ledger_entry WHERE sequence = ?").param(sequence).query(String.class).single()));
    }

    @Test
    void theJsonCarriesEachLinesInclusionProofAgainstTheSignedCheckpoint() throws Exception {
        MockHttpServletResponse response = produce("auditor", "case=" + worked.reference + "&format=json");
        assertThat(response.getContentType()).startsWith("application/json");
        JsonNode document = json(response.getContentAsString());
        assertThat(response.getContentAsString()).doesNotContain(worked.firstName, worked.surname);
        Checkpoint checkpoint = JsonMapper.builder().build().treeToValue(document.get("checkpoint"), Checkpoint.class);
        assertThat(integrity.isAuthentic(checkpoint)).isTrue();
        assertThat(checkpoint.note()).contains("\n" + checkpoint.sequence() + "\n");
        List<Long> sequences = new ArrayList<>();
        for (JsonNode line : document.get("lines")) {
            long sequence = line.get("sequence").asLong();
            sequences.add(sequence);
            List<byte[]> proof = new ArrayList<>();
            line.get("inclusionProof").forEach(hash -> proof.add(HexFormat.of().parseHex(hash.asString())));
            byte[] leaf = HexFormat.of().parseHex(line.get("leafHash").asString());
            assertThat(HexFormat.of().formatHex(rootFromInclusionProof(leaf, sequence - 1, checkpoint.sequence(),
                    proof))).as("entry %s's proof leads to the checkpoint's root", sequence)
                    .isEqualTo(checkpoint.hash());
        }
        assertThat(sequences).containsExactlyElementsOf(expectedSequences(checkpoint.sequence()));
    }

    /** RFC 9162 section 2.1.3.2, written here from the RFC rather than with the ledger's own code. */
    private static byte[] rootFromInclusionProof(byte[] leaf, long index, long size, List<byte[]> proof)
            throws Exception {
        long fn = index;
        long sn = size - 1;
        byte[] r = leaf;
        for (byte[] p : proof) {
            if (sn == 0) {
                return new byte[0];
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 ? r : new byte[0];
    }

    private static byte[] node(byte[] left, byte[] right) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update((byte) 1);
        sha256.update(left);
        return sha256.digest(right);
    }

    @Test
    void aChildsChronologyAndAnAreasWindowHoldTheirOwnRecordsOnly() throws Exception {
        String childText = textOf(produce("auditor", "child=" + worked.childId.value() + "&format=pdf")
                .getContentAsByteArray());
        Map<Long, String[]> childLines = proofs(childText);
        assertThat(childLines.keySet()).contains(
                lastEntry("CHILD", worked.childId.value().toString(), "CHILD_REGISTERED").sequence(),
                lastEntry("CASE", worked.caseId.toString(), "CASE_OPENED").sequence(),
                lastEntry("REFERRAL", worked.referralId.value().toString(), "REFERRAL_RECEIVED").sequence());
        assertThat(childText).doesNotContain(worked.firstName, worked.surname);
        assertThat(lastEntry("CHILD", worked.childId.value().toString(), "INQUIRY_CHRONOLOGY_PRODUCED").actor())
                .isEqualTo("auditor");

        String oldhamReferral = submitReferral(tokenFor("referrer.oldham"), unique("Olwen"), true, "URGENT")
                .get("id").asString();
        String today = LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.UK).toString();
        String areaText = textOf(produce("auditor", "area=" + WorkedCase.ROCHDALE + "&from=" + today + "&to="
                + today + "&format=pdf").getContentAsByteArray());
        Map<Long, String[]> areaLines = proofs(areaText);
        assertThat(areaLines.keySet()).contains(
                lastEntry("CASE", worked.caseId.toString(), "CASE_OPENED").sequence(),
                lastEntry("CASE", worked.caseId.toString(), "RECORD_READ").sequence())
                .doesNotContain(lastEntry("REFERRAL", oldhamReferral, "REFERRAL_RECEIVED").sequence());
        LedgerEntryView areaEntry = lastEntry("AREA", WorkedCase.ROCHDALE, "INQUIRY_CHRONOLOGY_PRODUCED");
        assertThat(areaEntry.payload()).contains("\"from\":\"" + today + "\"", "\"scope\":\"AREA\"");

        String yesterday = LocalDate.parse(today).minusDays(1).toString();
        String empty = textOf(produce("auditor", "area=" + WorkedCase.ROCHDALE + "&from=" + yesterday + "&to="
                + yesterday + "&format=pdf").getContentAsByteArray());
        assertThat(proofs(empty).keySet()).doesNotContain(
                lastEntry("CASE", worked.caseId.toString(), "CASE_OPENED").sequence());
        String force = textOf(produce("auditor", "area=E23000005&from=" + today + "&to=" + today + "&format=pdf")
                .getContentAsByteArray());
        assertThat(proofs(force).keySet()).as("a police force area covers its local authorities")
                .contains(lastEntry("CASE", worked.caseId.toString(), "CASE_OPENED").sequence());
    }

    @Test
    void aScopeMustBeExactlyOneOfCaseChildOrAreaWithDates() throws Exception {
        assertThat(fields(refused(""))).containsExactly("scope");
        assertThat(fields(refused("case=" + worked.reference + "&child=" + worked.childId.value())))
                .containsExactly("scope");
        assertThat(fields(refused("child=Keira"))).containsExactly("child");
        assertThat(fields(refused("case=" + worked.reference + "&from=2026-01-01"))).containsExactly("from");
        assertThat(fields(refused("area=E99999999&from=2026-01-01&to=2026-01-31"))).containsExactly("area");
        assertThat(fields(refused("area=E08000005"))).containsExactlyInAnyOrder("from", "to");
        assertThat(fields(refused("area=E08000005&from=1-March&to=2026-02-30"))).containsExactlyInAnyOrder("from",
                "to");
        assertThat(fields(refused("area=E08000005&from=2026-03-02&to=2026-03-01"))).containsExactly("to");
        assertThat(fields(refused("case=" + worked.reference + "&format=docx"))).containsExactly("format");
        assertThat(refused("from=2026-01-01")).contains("area");

        long before = jdbc.sql("SELECT max(sequence) FROM ledger_entry").query(Long.class).single();
        for (String unknown : List.of("case=CASE-1900-999999", "child=" + java.util.UUID.randomUUID())) {
            String problem = mvc.perform(get("/api/v1/oversight/chronology?" + unknown)
                            .header("Authorization", bearer(tokenFor("auditor"))))
                    .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
            assertThat(json(problem).get("title").asString()).isEqualTo("Not Found");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM ledger_entry WHERE sequence > ? AND action IN "
                        + "('INQUIRY_CHRONOLOGY_PRODUCED', 'LEDGER_CHECKPOINT_ISSUED') AND actor = 'auditor'")
                .param(before).query(Long.class).single())
                .as("refused requests produce nothing and issue no checkpoint").isZero();
    }

    @Test
    void thePageOffersTheScopesAndDownloadsTheDocument() throws Exception {
        MockHttpSession auditor = signIn("auditor");
        String form = mvc.perform(get("/oversight/chronology").session(auditor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Inquiry chronology", "name=\"scope\"", "value=\"case\"", "value=\"child\"",
                "value=\"area\"", "name=\"from\"", "name=\"format\"", "action=\"/oversight/chronology/document\"");
        MockHttpServletResponse pdf = mvc.perform(get("/oversight/chronology/document").session(auditor)
                        .param("scope", "case").param("case", worked.reference).param("child", "left over")
                        .param("format", "pdf"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String invalid = mvc.perform(get("/oversight/chronology/document").session(auditor).param("scope", "area")
                        .param("area", "E08000005").param("from", "last week").param("format", "pdf"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(invalid).contains("govuk-error-summary", "href=\"#from\"", "href=\"#to\"", "YYYY-MM-DD",
                "value=\"last week\"");
        assertThat(mvc.perform(get("/oversight/chronology/document").session(auditor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("href=\"#scope\"");
        assertThat(mvc.perform(get("/oversight/chronology/document").session(auditor).param("scope", "case"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("href=\"#case\"", "Enter the case reference");
        mvc.perform(get("/oversight/chronology/document").session(auditor).param("scope", "case")
                .param("case", "CASE-1900-999999")).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/").session(auditor)).andReturn().getResponse().getContentAsString())
                .contains("/oversight/chronology");
    }

    @Test
    void anAuditorPicksACaseFromTheListByAreaWithoutTypingCodesAndSeesNoNames() throws Exception {
        MockHttpSession auditor = signIn("auditor");
        String list = mvc.perform(get("/oversight/chronology").session(auditor).param("casesIn", "E08000005"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("<select class=\"govuk-select\" id=\"area\"", ">Rochdale<")
                .doesNotContain(worked.firstName).doesNotContain(worked.surname);
        String picked = PageLinks.containing(list, "case=" + worked.reference).stream().findFirst().orElseThrow();
        String form = mvc.perform(get(picked).session(auditor)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(form).containsPattern("value=\"case\"[^>]*checked").contains("value=\"" + worked.reference + "\"");
        MockHttpServletResponse pdf = mvc.perform(get("/oversight/chronology/document").session(auditor)
                        .param("scope", "case").param("case", worked.reference).param("format", "pdf"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String oldham = mvc.perform(get("/oversight/chronology").session(auditor).param("casesIn", "E08000004"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(oldham).doesNotContain(worked.reference);
    }

    @Test
    void onlyAuditorsProduceInquiryChronologies() throws Exception {
        String query = "case=" + worked.reference;
        for (String user : EVERY_DEMO_ROLE) {
            int expected = user.equals("auditor") ? 200 : 403;
            assertThat(mvc.perform(get("/api/v1/oversight/chronology?" + query).header("Authorization",
                    bearer(tokenFor(user)))).andReturn().getResponse().getStatus()).as(user).isEqualTo(expected);
            MockHttpSession session = signIn(user);
            assertThat(mvc.perform(get("/oversight/chronology").session(session)).andReturn().getResponse()
                    .getStatus()).as(user).isEqualTo(expected);
            assertThat(mvc.perform(get("/oversight/chronology/document?scope=case&" + query).session(session))
                    .andReturn().getResponse().getStatus()).as(user).isEqualTo(expected);
        }
        mvc.perform(get("/api/v1/oversight/chronology?" + query)).andExpect(status().isUnauthorized());
        for (MockHttpServletRequestBuilder anonymous : List.of(get("/oversight/chronology"),
                get("/oversight/chronology/document?scope=case&" + query))) {
            MockHttpServletResponse response = mvc.perform(anonymous).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/sign-in");
        }
    }

    /**
     * The sequences of every entry about the case, its referral, its child, its action and the child's missing
     * episodes, up to the checkpoint, found here independently of the chronology's own query.
     */
    private List<Long> expectedSequences(long upTo) {
        List<String> episodes = jdbc.sql("SELECT id::text FROM missing_episode WHERE child_id = ?")
                .param(worked.childId.value()).query(String.class).list();
        List<Long> sequences = new ArrayList<>();
        Map<String, List<String>> subjects = Map.of("CASE", List.of(worked.caseId.toString()),
                "REFERRAL", List.of(worked.referralId.value().toString()),
                "CHILD", List.of(worked.childId.value().toString()),
                "CASE_ACTION", List.of(worked.actionId.toString()), "MISSING_EPISODE", episodes);
        subjects.forEach((type, ids) -> ids.forEach(id -> ledger.entriesAbout(type, id).stream()
                .filter(entry -> entry.sequence() != null && entry.sequence() <= upTo)
                .forEach(entry -> sequences.add(entry.sequence()))));
        return sequences.stream().sorted().toList();
    }

    private MockHttpServletResponse produce(String user, String query) throws Exception {
        return mvc.perform(get("/api/v1/oversight/chronology?" + query).header("Authorization",
                bearer(tokenFor(user)))).andExpect(status().isOk()).andReturn().getResponse();
    }

    private String refused(String query) throws Exception {
        return mvc.perform(get("/api/v1/oversight/chronology?" + query).header("Authorization",
                        bearer(tokenFor("auditor"))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    }

    private static List<String> fields(String problem) {
        return json(problem).get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }

    private static String textOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Text wraps where the page does; the document's meaning does not depend on where.
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** Each printed line's fields by sequence: recorded at, payload digest, leaf hash. */
    private static Map<Long, String[]> proofs(String text) {
        Map<Long, String[]> proofs = new LinkedHashMap<>();
        Matcher matcher = PROOF.matcher(text);
        while (matcher.find()) {
            proofs.put(Long.parseLong(matcher.group(1)), new String[] {matcher.group(2), matcher.group(3),
                    matcher.group(4)});
        }
        return proofs;
    }

    /** The checkpoint as printed: long values may wrap, so whitespace inside them is dropped. */
    private Checkpoint printedCheckpoint(String text) {
        long sequence = Long.parseLong(after(text, "Checkpoint: entries in the log", 0).split("\\s+")[0]);
        String hash = squeezed(after(text, "Tree root hash", 0), 64);
        Instant signedAt = Instant.parse(after(text, "Signed at (UTC, as signed)", 0).split("\\s+")[0]);
        String publicKey = squeezed(after(text, "Public key (X.509, base64)", 0), 60);
        Map<String, Object> stored = jdbc.sql("SELECT signature, note FROM ledger_checkpoint WHERE sequence = ? "
                + "AND hash = ? AND created_at = ?").params(sequence, hash, signedAt.atOffset(java.time.ZoneOffset.UTC))
                .query().singleRow();
        return new Checkpoint(sequence, hash, signedAt, Checkpoint.ALGORITHM, publicKey,
                (String) stored.get("signature"), (String) stored.get("note"));
    }

    private static String after(String text, String label, int from) {
        int at = text.indexOf(label, from);
        assertThat(at).as("the document prints '%s'", label).isNotNegative();
        return text.substring(at + label.length()).strip();
    }

    private static String squeezed(String text, int length) {
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < text.length() && value.length() < length; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                value.append(text.charAt(i));
            }
        }
        return value.toString();
    }

    /** The leaf hash computed here from the rules in docs/ledger.md, not with the ledger's own code. */
    private static String recomputedLeafHash(Instant recordedAt, Map<String, Object> stored, String payloadDigest)
            throws Exception {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {"lantern-ledger-v2", recordedAt.toString(), (String) stored.get("actor"),
                (String) stored.get("agency"), (String) stored.get("action"), (String) stored.get("subject_type"),
                (String) stored.get("subject_id"), payloadDigest}) {
            if (field == null) {
                canonical.append("-1:;");
            } else {
                canonical.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field).append(';');
            }
        }
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update((byte) 0);
        return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
