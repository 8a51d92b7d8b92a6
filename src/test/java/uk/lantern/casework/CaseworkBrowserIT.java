package uk.lantern.casework;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import uk.lantern.deadline.WorkingDayCalendar;
import uk.lantern.support.WorkedCase;
import uk.lantern.web.BrowserTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team's casework in Debian's headless Chromium: a social worker records a visit and a note and updates a plan; a
 * manager allocates a case and clears an overdue item from the caseload. Every page on the way is screenshot and
 * checked with axe-core for WCAG 2.2 AA.
 */
class CaseworkBrowserIT extends BrowserTestBase {

    private static LocalDate today() {
        return LocalDate.now(WorkingDayCalendar.UK);
    }

    private void enterDate(String field, LocalDate date) {
        browser.find(By.id(field)).sendKeys(String.valueOf(date.getDayOfMonth()));
        browser.find(By.id(field + "-month")).sendKeys(String.valueOf(date.getMonthValue()));
        browser.find(By.id(field + "-year")).sendKeys(String.valueOf(date.getYear()));
    }

    private void open(String details) {
        browser.find(By.xpath("//summary[normalize-space()='" + details + "']")).click();
    }

    @Test
    void aSocialWorkerRecordsAVisitAndANoteAndUpdatesAPlan() throws Exception {
        WorkedCase worked = new WorkedCase(this, WorkedCase.ROCHDALE, unique("Vi"), "Visitcase");
        browser.signInAs("socialworker");
        browser.open("/cases");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Your cases");
        browser.assertAccessible("casework-your-cases");
        browser.clickAndWaitForNewPage(By.linkText(worked.reference));
        String casePath = browser.path();
        assertThat(browser.mainText()).contains("The case can close once", "Finish the open action");
        browser.assertAccessible("casework-case");

        // A visit, in words the check questions; the worker reads the suggestion and records it as written.
        open("Record a note, visit or contact");
        browser.chooseByLabel("note-kind-VISIT");
        enterDate("occurredOn", today());
        browser.find(By.id("note-withWhom")).sendKeys("The child and her carer");
        browser.chooseByLabel("seenAlone");
        browser.find(By.id("note-text")).sendKeys("Her carer says she keeps putting herself at risk at night.");
        browser.clickAndWaitForNewPage(By.id("record-note"));
        assertThat(browser.find(By.id("language-findings")).getText()).contains("putting herself at risk");
        assertThat(browser.find(By.id("note-kind-VISIT")).isSelected()).as("the answers are kept").isTrue();
        browser.assertAccessible("casework-visit-wording");
        browser.chooseByLabel("wordingReviewed");
        browser.clickAndWaitForNewPage(By.id("record-note"));
        assertThat(browser.find(By.className("govuk-notification-banner")).getText()).contains("Recorded.");

        // A note with a date that does not exist, then put right.
        open("Record a note, visit or contact");
        browser.chooseByLabel("note-kind");
        browser.find(By.id("occurredOn")).sendKeys("31");
        browser.find(By.id("occurredOn-month")).sendKeys("2");
        browser.find(By.id("occurredOn-year")).sendKeys("2026");
        browser.find(By.id("note-text")).sendKeys("Spoke to the school nurse about the clinic appointment.");
        browser.clickAndWaitForNewPage(By.id("record-note"));
        assertThat(browser.find(By.className("govuk-error-summary")).getText()).contains("Date must be a real date");
        browser.assertAccessible("casework-note-errors");
        browser.find(By.id("occurredOn")).clear();
        browser.find(By.id("occurredOn-month")).clear();
        browser.find(By.id("occurredOn-year")).clear();
        enterDate("occurredOn", today());
        browser.clickAndWaitForNewPage(By.id("record-note"));
        assertThat(browser.find(By.id("case-notes")).getText()).contains("Visit", "child seen alone",
                "Spoke to the school nurse");

        // A safety plan, started and then reviewed.
        open("Start a plan");
        browser.chooseByLabel("plan-kind-SAFETY");
        browser.find(By.id("plan-summary")).sendKeys("School escorts her to the bus; her carer checks in at 9pm.");
        enterDate("plan-startedOn", today());
        enterDate("plan-nextReviewOn", today().plusWeeks(4));
        browser.clickAndWaitForNewPage(By.xpath("//button[normalize-space()='Start the plan']"));
        assertThat(browser.find(By.className("govuk-notification-banner")).getText()).contains("Plan started.");
        open("Record a review of the safety plan");
        String review = browser.find(By.xpath("//form[contains(@action, '/reviews')]")).getDomAttribute("action")
                .replaceAll(".*/plans/([0-9a-f-]{36})/reviews", "review-$1-");
        enterDate(review + "heldOn", today());
        browser.find(By.id(review + "summary")).sendKeys("Escorts working; carer reports no late nights.");
        enterDate(review + "nextReviewOn", today().plusWeeks(6));
        browser.clickAndWaitForNewPage(By.xpath("//button[normalize-space()='Record the review']"));
        assertThat(browser.path()).isEqualTo(casePath);
        assertThat(browser.find(By.id("case-plans")).getText()).contains("Safety plan", "Active",
                "Escorts working; carer reports no late nights.");
        browser.assertAccessible("casework-plan-reviewed");
        assertThat(ledger.entriesAbout("CASE", worked.caseId.toString()).stream().map(entry -> entry.action()))
                .contains("CASE_NOTE_RECORDED", "CASE_PLAN_STARTED", "CASE_PLAN_REVIEWED");
    }

    @Test
    void aManagerAllocatesACaseAndClearsAnOverdueItem() throws Exception {
        WorkedCase late = new WorkedCase(this, WorkedCase.ROCHDALE, unique("Lo"), "Latecase");
        String unallocatedChild = unique("Una");
        String referral = submitReferral(tokenFor("referrer"), unallocatedChild, true, "URGENT").get("id").asString();
        postJson("triage", "/api/v1/referrals/" + referral + "/decision", Map.of("outcome", "ASSESSMENT",
                "reasons", "Assessment needed."), 200);
        String unallocated = jdbc.sql("SELECT id::text FROM child_case WHERE referral_id = ?::uuid").param(referral)
                .query(String.class).single();
        clock.advance(Duration.ofDays(9));

        browser.signInAs("manager");
        browser.open("/cases");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Open cases");
        WebElement lateRow = browser.find(By.xpath("//tr[td[normalize-space()='" + late.firstName + " "
                + late.surname + "']]"));
        assertThat(lateRow.getText()).contains("Overdue by", "Action: " + WorkedCase.ACTION);
        browser.assertAccessible("caseload-team");

        new Select(browser.find(By.id("worker-" + unallocated))).selectByVisibleText("Sam Socialworker (demo)");
        browser.clickAndWaitForNewPage(By.xpath("//tr[td[normalize-space()='" + unallocatedChild
                + " Testchild']]//button[contains(normalize-space(), 'Allocate')]"));
        assertThat(browser.path()).isEqualTo("/cases");
        assertThat(browser.find(By.className("govuk-notification-banner")).getText()).contains("Case assigned");
        assertThat(browser.find(By.xpath("//tr[td[normalize-space()='" + unallocatedChild + " Testchild']]"))
                .getText()).contains("Sam Socialworker (demo)");

        browser.clickAndWaitForNewPage(By.xpath("//tr[td[normalize-space()='" + late.firstName + " " + late.surname
                + "']]//button[contains(normalize-space(), 'Mark done')]"));
        assertThat(browser.find(By.className("govuk-notification-banner")).getText()).contains("Action done.");
        assertThat(browser.find(By.xpath("//tr[td[normalize-space()='" + late.firstName + " " + late.surname + "']]"))
                .getText()).contains("Nothing overdue");
        browser.assertAccessible("caseload-cleared");
        assertThat(lastEntry("CASE", unallocated, "CASE_ASSIGNED").actor()).isEqualTo("manager");
        assertThat(lastEntry("CASE", late.caseId.toString(), "CASE_ACTION_COMPLETED").actor()).isEqualTo("manager");
    }
}
