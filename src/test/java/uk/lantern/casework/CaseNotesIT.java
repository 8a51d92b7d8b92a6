package uk.lantern.casework;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import uk.lantern.deadline.WorkingDayCalendar;
import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.WorkedCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Case notes, visits and contacts: who records and reads them, what they must say, the ledger and the wording. */
class CaseNotesIT extends IntegrationTestBase {

    private WorkedCase worked() {
        return new WorkedCase(this, WorkedCase.ROCHDALE, unique("Nell"), "Notecase");
    }

    private String notesOf(WorkedCase worked) {
        return "/api/v1/cases/" + worked.caseId + "/notes";
    }

    private static Map<String, Object> visit(String text) {
        Map<String, Object> visit = new HashMap<>();
        visit.put("kind", "VISIT");
        visit.put("occurredOn", LocalDate.now(WorkingDayCalendar.UK).toString());
        visit.put("withWhom", "The child and her carer at Willow House");
        visit.put("seenAlone", true);
        visit.put("text", text);
        return visit;
    }

    @Test
    void theAllocatedWorkerRecordsAVisitAndTheLedgerHoldsItsDigest() throws Exception {
        WorkedCase worked = worked();
        String text = "Saw her alone in her room; she spoke about the new phone.";
        JsonNode recorded = postJson("socialworker", notesOf(worked), visit(text), 200);
        assertThat(recorded.get("note").get("kind").asString()).isEqualTo("VISIT");
        assertThat(recorded.get("note").get("seenAlone").asBoolean()).isTrue();
        assertThat(recorded.get("note").get("recordedBy").asString()).isEqualTo("Sam Socialworker (demo)");
        assertThat(recorded.get("languageFindings").size()).isZero();

        String payload = lastEntry("CASE", worked.caseId.toString(), "CASE_NOTE_RECORDED").payload();
        assertThat(payload).contains(recorded.get("note").get("id").asString(), "VISIT",
                DigestUtils.sha256Hex(text)).doesNotContain("new phone").doesNotContain("Willow House");
    }

    @Test
    void notesAreReadAsTheCaseIsAndEachReadIsLogged() throws Exception {
        WorkedCase worked = worked();
        postJson("socialworker", notesOf(worked), Map.of("kind", "NOTE", "occurredOn",
                LocalDate.now(WorkingDayCalendar.UK).toString(), "text", "Called the school about attendance."), 200);
        for (String reader : List.of("socialworker", "manager", "triage", "investigator")) {
            JsonNode notes = json(mvc.perform(get(notesOf(worked)).header("Authorization", bearer(tokenFor(reader))))
                    .andReturn().getResponse().getContentAsString());
            assertThat(notes.size()).as(reader).isEqualTo(1);
            assertThat(lastEntry("CASE", worked.caseId.toString(), "RECORD_READ").payload()).as(reader)
                    .contains("Case notes");
        }
        for (String refused : List.of("referrer", "triage.oldham", "auditor", "admin")) {
            assertThat(mvc.perform(get(notesOf(worked)).header("Authorization", bearer(tokenFor(refused))))
                    .andReturn().getResponse().getStatus()).as(refused).isEqualTo(403);
        }
    }

    @Test
    void onlyThoseWhoMayChangeTheCaseAddToIt() throws Exception {
        WorkedCase worked = worked();
        postJson("manager", notesOf(worked), visit("Joint visit with the allocated worker."), 200);
        for (String refused : List.of("triage", "investigator", "analyst", "referrer", "auditor", "admin")) {
            postJson(refused, notesOf(worked), visit("Should not be recorded."), 403);
        }
        // Wording the check would question does not open the form to someone who may not add to the case.
        assertThat(mvc.perform(post("/cases/" + worked.caseId + "/notes").session(signIn("investigator")).with(csrf())
                        .param("note-kind", "NOTE").param("note-text", "She is putting herself at risk."))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM case_entry WHERE case_id = ?").param(worked.caseId.value())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aVisitSaysWhoWasSeenWhenAndWhetherTheChildWasSeenAlone() throws Exception {
        WorkedCase worked = worked();
        Map<String, Object> incomplete = new HashMap<>();
        incomplete.put("kind", "VISIT");
        incomplete.put("occurredOn", LocalDate.now(WorkingDayCalendar.UK).plusDays(2).toString());
        JsonNode problem = postJson("socialworker", notesOf(worked), incomplete, 400);
        assertThat(problem.get("errors").valueStream().map(error -> error.get("field").asString()).toList())
                .containsExactlyInAnyOrder("occurredOn", "withWhom", "seenAlone", "text");
        assertThat(problem.toString()).contains("The date of the visit must be today or earlier",
                "Select whether the child was seen alone");
        JsonNode unknown = postJson("socialworker", notesOf(worked), Map.of("kind", "LETTER", "text", "x"), 400);
        assertThat(unknown.toString()).contains("Unknown value 'LETTER'");
        assertThat(ledger.entriesAbout("CASE", worked.caseId.toString()).stream()
                .filter(entry -> entry.action().equals("CASE_NOTE_RECORDED"))).isEmpty();
    }

    @Test
    void theApiRecordsTheWordingAsWrittenAndReturnsTheSuggestions() throws Exception {
        WorkedCase worked = worked();
        JsonNode recorded = postJson("socialworker", notesOf(worked),
                visit("Her carer says she is putting herself at risk by going out at night."), 200);
        assertThat(recorded.get("languageFindings").get(0).get("matchedText").asString())
                .isEqualTo("putting herself at risk");
        assertThat(recorded.get("languageFindings").get(0).get("suggestion").asString()).isNotBlank();
    }

    @Test
    void thePageChecksTheWordingOnceThenRecordsItAsWritten() throws Exception {
        WorkedCase worked = worked();
        var session = signIn("socialworker");
        String text = "She was seen with her older boyfriend outside the takeaway.";
        String checked = mvc.perform(post("/cases/" + worked.caseId + "/notes").session(session).with(csrf())
                        .param("note-kind", "CONTACT").param("occurredOn-day", "1").param("occurredOn-month", "Feb")
                        .param("occurredOn-year", "2026").param("note-withWhom", "Her teacher")
                        .param("note-text", text))
                .andReturn().getResponse().getContentAsString();
        assertThat(checked).contains("Check the wording", "boyfriend", "value=\"Feb\"");
        assertThat(jdbc.sql("SELECT count(*) FROM case_entry WHERE case_id = ?").param(worked.caseId.value())
                .query(Long.class).single()).isZero();

        mvc.perform(post("/cases/" + worked.caseId + "/notes").session(session).with(csrf())
                        .param("note-kind", "CONTACT").param("occurredOn-day", "1").param("occurredOn-month", "Feb")
                        .param("occurredOn-year", "2026").param("note-withWhom", "Her teacher")
                        .param("note-text", text).param("wordingReviewed", "true"))
                .andReturn();
        assertThat(jdbc.sql("SELECT occurred_on FROM case_entry WHERE case_id = ?").param(worked.caseId.value())
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 2, 1));
        String page = mvc.perform(get("/cases/" + worked.caseId).session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("1 February 2026", "Her teacher");
    }

    @Test
    void aDateThatIsNotRealIsRefusedNamingTheField() throws Exception {
        WorkedCase worked = worked();
        String page = mvc.perform(post("/cases/" + worked.caseId + "/notes").session(signIn("socialworker"))
                        .with(csrf()).param("note-kind", "NOTE").param("occurredOn-day", "31")
                        .param("occurredOn-month", "2").param("occurredOn-year", "2026")
                        .param("note-text", "Strategy follow-up."))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Date must be a real date", "href=\"#occurredOn\"")
                .doesNotContain("Enter the date of the case note");
        assertThat(jdbc.sql("SELECT count(*) FROM case_entry WHERE case_id = ?").param(worked.caseId.value())
                .query(Long.class).single()).isZero();
    }
}
