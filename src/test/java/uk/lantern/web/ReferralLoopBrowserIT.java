package uk.lantern.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import uk.lantern.deadline.WorkingDayCalendar;
import uk.lantern.notification.NotificationProperties;
import uk.lantern.notification.internal.OutboxDispatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole referral loop in Debian's headless Chromium, as people would use it: a referrer raises a concern on the
 * form, the front door decides it, and the referrer sees the decision and is emailed about it. Then the pages of the
 * case an assessment opens. Every page on the way is screenshot and checked with axe-core for WCAG 2.2 AA. Skipped
 * where Chromium is missing, except in CI.
 */
class ReferralLoopBrowserIT extends BrowserTestBase {

    private static final String REFERRER_EMAIL = "referrer@demo.lantern.invalid";

    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    NotificationProperties notificationProperties;

    @Test
    void aConcernRaisedOnTheFormIsDecidedAtTheFrontDoorAndTheReferrerIsTold() throws Exception {
        String firstName = "Maisie";
        String surname = uniqueSurname();
        String reasons = "Gifts and lifts from an older man: an assessment of exploitation risk is needed.";

        // The referrer raises the concern, first sending the form empty, then with wording the form questions.
        browser.signInAs("referrer");
        browser.clickAndWaitForNewPage(By.linkText("Raise a concern about a child"));
        assertThat(browser.path()).isEqualTo("/referrals/new");
        browser.assertAccessible("referral-form");

        browser.clickAndWaitForNewPage(By.id("submit-referral"));
        WebElement errorSummary = browser.find(By.className("govuk-error-summary"));
        assertThat(errorSummary.getText()).contains("There is a problem", "Enter the child's first name",
                "Describe your concern", "Say whether you are worried about child sexual exploitation");
        assertThat(browser.find(By.id("children[0].firstName")).getDomAttribute("aria-describedby"))
                .contains("children[0].firstName-error");
        browser.assertAccessible("referral-form-errors");
        errorSummary.findElement(By.linkText("Say whether you are worried about child sexual exploitation")).click();
        assertThat(focusedElementId()).isEqualTo("cseConcern");

        browser.find(By.id("children[0].firstName")).sendKeys(firstName);
        browser.find(By.id("children[0].surname")).sendKeys(surname);
        browser.find(By.id("children[0].dateOfBirth")).sendKeys("23");
        browser.find(By.id("children[0].dateOfBirth-month")).sendKeys("4");
        browser.find(By.id("children[0].dateOfBirth-year")).sendKeys("2011");
        browser.find(By.id("concern")).sendKeys("Her teacher says she is putting herself at risk: a man of about 30"
                + " collects her from school in different cars and buys her phones.");
        browser.chooseByLabel("cseConcern");
        browser.chooseByLabel("indicator-UNEXPLAINED_GIFTS");
        browser.chooseByLabel("indicator-PICKED_UP_IN_CARS");
        browser.chooseByLabel("urgency-URGENT");
        browser.clickAndWaitForNewPage(By.id("submit-referral"));
        assertThat(browser.find(By.id("language-findings")).getText())
                .contains("Check the wording of your concern", "putting herself at risk");
        assertThat(browser.find(By.id("cseConcern")).isSelected()).as("the answers are kept").isTrue();
        assertThat(browser.find(By.id("indicator-PICKED_UP_IN_CARS")).isSelected()).isTrue();
        assertThat(browser.find(By.id("urgency-URGENT")).isSelected()).isTrue();
        browser.assertAccessible("referral-form-wording");

        WebElement concern = browser.find(By.id("concern"));
        concern.clear();
        concern.sendKeys("Her teacher is worried she is being groomed: a man of about 30 collects her from school in"
                + " different cars and buys her phones.");
        browser.clickAndWaitForNewPage(By.id("submit-referral"));
        assertThat(browser.path()).matches("/referrals/[0-9a-f-]{36}/acknowledgement");
        String referralId = browser.path().split("/")[2];
        String reference = browser.find(By.id("reference")).getText();
        assertThat(reference).matches("LAN-\\d{4}-\\d{6}");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Referral received");
        browser.assertAccessible("referral-acknowledgement");

        // The front door finds it on the queue and decides it, first forgetting to choose a decision.
        browser.signInAs("triage");
        browser.clickAndWaitForNewPage(By.linkText("The front-door queue"));
        assertThat(browser.path()).isEqualTo("/triage");
        WebElement row = browser.find(By.xpath("//tr[.//a[normalize-space()='" + reference + "']]"));
        assertThat(row.getText()).contains(firstName + " " + surname, "Urgent", "CSE");
        browser.assertAccessible("triage-queue");
        browser.clickAndWaitForNewPage(By.linkText(reference));
        assertThat(browser.path()).isEqualTo("/referrals/" + referralId);
        assertThat(browser.find(By.tagName("h1")).getText()).contains(firstName + " " + surname);
        browser.assertAccessible("referral-to-decide");

        browser.find(By.id("reasons")).sendKeys(reasons);
        browser.clickAndWaitForNewPage(By.id("record-decision"));
        assertThat(browser.find(By.className("govuk-error-summary")).getText()).contains("Select a decision");
        assertThat(browser.find(By.id("reasons")).getDomProperty("value")).as("the reasons are kept")
                .isEqualTo(reasons);
        browser.assertAccessible("referral-decision-errors");
        browser.find(By.linkText("Select a decision")).click();
        assertThat(focusedElementId()).isEqualTo("outcome");

        browser.chooseByLabel("outcome-ASSESSMENT");
        browser.clickAndWaitForNewPage(By.id("record-decision"));
        assertThat(browser.find(By.className("govuk-notification-banner")).getText()).contains("Decision recorded");
        assertThat(browser.find(By.id("decision")).getText()).contains("Assessment", reasons);
        browser.assertAccessible("referral-decided-triage");

        // The referrer sees the decision on My referrals and on the referral's page.
        browser.signInAs("referrer");
        browser.clickAndWaitForNewPage(By.linkText("My referrals"));
        assertThat(browser.path()).isEqualTo("/referrals/mine");
        row = browser.find(By.xpath("//tr[.//a[normalize-space()='" + reference + "']]"));
        assertThat(row.getText()).contains(firstName + " " + surname, "Assessment");
        browser.assertAccessible("my-referrals");
        browser.clickAndWaitForNewPage(By.linkText(reference));
        assertThat(browser.path()).isEqualTo("/referrals/" + referralId);
        assertThat(browser.find(By.id("decision")).getText()).contains("Assessment", reasons);
        assertThat(browser.find(By.id("timeline")).getText()).contains("Decision made");
        assertThat(browser.driver().findElements(By.id("record-decision"))).as("no decision form for the referrer")
                .isEmpty();
        browser.assertAccessible("referral-decided-referrer");

        // The decision is among the referrer's notifications, linking back to the referral.
        browser.clickAndWaitForNewPage(By.partialLinkText("Notifications ("));
        WebElement notice = browser.find(By.xpath("//div[contains(@class, 'govuk-summary-card')]"
                + "[.//h2[normalize-space()='Decision on referral " + reference + "']]"));
        assertThat(notice.getText()).contains("Unread", reasons);
        browser.assertAccessible("notifications-referrer");
        notice.findElement(By.partialLinkText("Open")).click();
        browser.waitUntilLeft("/notifications");
        assertThat(browser.path()).isEqualTo("/referrals/" + referralId);

        // And has been emailed, with a link straight to the referral.
        MimeMessage email = sendOutboxAndFindEmail(REFERRER_EMAIL, reference);
        String body = ((String) email.getContent()).replace("\r\n", "\n");
        String base = notificationProperties.baseUrl().replaceAll("/+$", "");
        assertThat(body).contains(reference, "Assessment", reasons)
                .contains(base + "/referrals/" + referralId);
        assertThat(base).matches("https?://.+");
    }

    @Test
    void thePagesOfTheCaseAnAssessmentOpensAreAccessible() throws Exception {
        String firstName = uniqueSurname();
        decide(submitReferral(tokenFor("referrer"), firstName, true, "URGENT"), "ASSESSMENT");
        // No further action on a CSE concern asks the managers for their sign-off, so the manager has a notification.
        JsonNode toSignOff = submitReferral(tokenFor("referrer"), uniqueSurname(), true, "ROUTINE");
        decide(toSignOff, "NO_FURTHER_ACTION");
        String childName = firstName + " Testchild";

        browser.signInAs("manager");
        browser.clickAndWaitForNewPage(By.linkText("Open cases"));
        assertThat(browser.path()).isEqualTo("/cases");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Open cases");
        browser.assertAccessible("case-list");
        WebElement row = browser.find(By.xpath("//tr[td[normalize-space()='" + childName + "']]"));
        String caseReference = row.findElement(By.tagName("a")).getText();
        browser.clickAndWaitForNewPage(By.linkText(caseReference));
        assertThat(browser.path()).matches("/cases/[0-9a-f-]{36}");
        String casePath = browser.path();
        assertThat(browser.find(By.tagName("h1")).getText()).contains(childName);
        browser.assertAccessible("case");

        browser.clickAndWaitForNewPage(By.xpath("//button[normalize-space()='Assign']"));
        assertThat(browser.find(By.className("govuk-error-summary")).getText()).contains("Choose a social worker");
        browser.assertAccessible("case-errors");
        new Select(browser.find(By.id("worker"))).selectByVisibleText("Sam Socialworker (demo)");
        browser.clickAndWaitForNewPage(By.xpath("//button[normalize-space()='Assign']"));
        assertThat(browser.find(By.className("govuk-notification-banner")).getText()).contains("Case assigned");
        assertThat(browser.mainText()).contains("Sam Socialworker (demo)");
        browser.assertAccessible("case-assigned");

        browser.clickAndWaitForNewPage(By.linkText("Chronology of the case"));
        assertThat(browser.path()).isEqualTo(casePath + "/chronology");
        assertThat(browser.mainText()).contains("Referral LAN-", " received (", "Case " + caseReference + " opened for",
                "Lantern, automatically");
        browser.assertAccessible("case-chronology");

        browser.clickAndWaitForNewPage(By.linkText("Back to the case"));
        browser.clickAndWaitForNewPage(By.linkText(childName));
        assertThat(browser.path()).matches("/children/[0-9a-f-]{36}");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(childName);
        assertThat(browser.find(By.xpath("//li[a[normalize-space()='" + caseReference + "']]")).getText())
                .isEqualTo(caseReference + " Open");
        browser.assertAccessible("child");

        // The manager records that the child went missing, first without the time, then the return.
        String childPath = browser.path();
        browser.clickAndWaitForNewPage(By.linkText("Missing episodes and return home interviews"));
        assertThat(browser.path()).isEqualTo(childPath + "/missing-episodes");
        assertThat(browser.mainText()).contains("No missing episodes are recorded.");
        browser.assertAccessible("missing-episodes");
        browser.clickAndWaitForNewPage(By.xpath("//button[normalize-space()='Record the episode']"));
        assertThat(browser.find(By.className("govuk-error-summary")).getText())
                .contains("Enter when the child was reported missing");
        assertThat(browser.find(By.id("reportedMissingAt")).getDomAttribute("aria-describedby"))
                .isEqualTo("reportedMissingAt-error");
        browser.assertAccessible("missing-episodes-errors");
        setDateTime("reportedMissingAt", LocalDateTime.now(WorkingDayCalendar.UK).minusHours(30));
        browser.clickAndWaitForNewPage(By.xpath("//button[normalize-space()='Record the episode']"));
        assertThat(browser.path()).matches("/missing-episodes/[0-9a-f-]{36}");
        assertThat(browser.find(By.className("govuk-notification-banner")).getText()).contains("Missing episode recorded.");
        assertThat(browser.mainText()).contains("Still missing");
        browser.assertAccessible("missing-episode");
        setDateTime("returnedAt", LocalDateTime.now(WorkingDayCalendar.UK).minusHours(2));
        browser.clickAndWaitForNewPage(By.xpath("//button[normalize-space()='Record the return']"));
        assertThat(browser.find(By.className("govuk-notification-banner")).getText())
                .contains("The return home interview is due within 72 hours.");
        browser.assertAccessible("missing-episode-returned");
        browser.open(childPath);

        browser.clickAndWaitForNewPage(By.partialLinkText("Notifications ("));
        assertThat(browser.path()).isEqualTo("/notifications");
        assertThat(browser.mainText()).contains("Sign-off needed: " + toSignOff.get("reference").asString());
        browser.assertAccessible("notifications-manager");
        browser.clickAndWaitForNewPage(By.xpath("//div[contains(@class, 'govuk-summary-card')][.//h2[normalize-space()="
                + "'Sign-off needed: " + toSignOff.get("reference").asString() + "']]//a[starts-with(normalize-space(), 'Open')]"));
        assertThat(browser.mainText()).contains("Sign off no further action");
        browser.assertAccessible("referral-sign-off");

        // Answering "No" reveals the replacement decision; a half-finished answer comes back as entered.
        assertThat(browser.find(By.id("outcome")).isDisplayed()).isFalse();
        browser.find(By.id("note")).sendKeys("The indicators need an assessment.");
        browser.find(By.cssSelector("label[for='approve-no']")).click();
        assertThat(browser.find(By.id("outcome")).isDisplayed()).isTrue();
        browser.clickAndWaitForNewPage(By.xpath("//button[normalize-space()='Record sign-off']"));
        assertThat(browser.find(By.className("govuk-error-summary")).getText())
                .contains("Select the decision that replaces no further action", "Give the reasons for the new decision");
        assertThat(browser.find(By.id("approve-no")).isSelected()).isTrue();
        assertThat(browser.find(By.id("note")).getDomProperty("value")).isEqualTo("The indicators need an assessment.");
        assertThat(browser.find(By.id("outcome")).isDisplayed()).isTrue();
        browser.assertAccessible("referral-sign-off-errors");
        new Select(browser.find(By.id("outcome"))).selectByValue("ASSESSMENT");
        browser.find(By.id("reasons")).sendKeys("Exploitation risk needs an assessment.");
        browser.clickAndWaitForNewPage(By.xpath("//button[normalize-space()='Record sign-off']"));
        assertThat(browser.find(By.className("govuk-notification-banner")).getText()).contains("Sign-off recorded.");
        assertThat(browser.mainText()).contains("Exploitation risk needs an assessment.");

        // The social worker finds the case assigned to them, and records a strategy discussion, at first half done.
        browser.signInAs("socialworker");
        browser.clickAndWaitForNewPage(By.linkText("Your cases"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Your cases");
        browser.assertAccessible("case-list-social-worker");
        browser.clickAndWaitForNewPage(By.linkText(caseReference));
        browser.find(By.xpath("//summary[normalize-space()='Record a strategy discussion']")).click();
        browser.find(By.id("attendees[0].name")).sendKeys("Sam Socialworker");
        browser.clickAndWaitForNewPage(By.xpath("//button[normalize-space()='Record the discussion']"));
        WebElement errorSummary = browser.find(By.className("govuk-error-summary"));
        assertThat(errorSummary.getText()).contains("Enter the date of the strategy discussion",
                "Select the decision of the strategy discussion", "Enter the attendee's agency",
                "A strategy discussion needs attendees from at least two agencies");
        assertThat(browser.find(By.id("attendees[0].name")).getDomProperty("value")).as("what was entered is kept")
                .isEqualTo("Sam Socialworker");
        assertThat(browser.find(By.xpath("//details[.//button[normalize-space()='Record the discussion']]"))
                .getDomAttribute("open")).as("the form with the errors is open").isNotNull();
        browser.assertAccessible("case-strategy-discussion-errors");
        errorSummary.findElement(By.linkText("Enter the attendee's agency")).click();
        assertThat(focusedElementId()).isEqualTo("attendees[0].agencyName");

        // Completed, the discussion starts a section 47 enquiry, whose form asks whether a conference is needed.
        LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.UK);
        browser.find(By.id("heldOn")).sendKeys(String.valueOf(today.getDayOfMonth()));
        browser.find(By.id("heldOn-month")).sendKeys(String.valueOf(today.getMonthValue()));
        browser.find(By.id("heldOn-year")).sendKeys(String.valueOf(today.getYear()));
        new Select(browser.find(By.id("decision"))).selectByVisibleText("Section 47 enquiry");
        browser.find(By.id("attendees[0].agencyName")).sendKeys("Rochdale Children's Social Care (demo)");
        browser.find(By.id("attendees[1].name")).sendKeys("Ivy Investigator");
        browser.find(By.id("attendees[1].agencyName")).sendKeys("Greater Manchester Police (demo)");
        browser.clickAndWaitForNewPage(By.xpath("//button[normalize-space()='Record the discussion']"));
        assertThat(browser.find(By.className("govuk-notification-banner")).getText())
                .contains("Strategy discussion recorded");
        browser.find(By.id("s47-summary")).sendKeys("Evidence of exploitation by adults outside the family.");
        browser.clickAndWaitForNewPage(By.xpath("//button[normalize-space()='Complete the enquiry']"));
        assertThat(browser.find(By.className("govuk-error-summary")).getText())
                .contains("Select whether an initial child protection conference is needed");
        assertThat(browser.find(By.id("s47-summary")).getDomProperty("value"))
                .isEqualTo("Evidence of exploitation by adults outside the family.");
        browser.assertAccessible("case-section-47-errors");
        browser.chooseByLabel("conferenceNeeded");
        browser.clickAndWaitForNewPage(By.xpath("//button[normalize-space()='Complete the enquiry']"));
        assertThat(browser.mainText()).contains("Initial child protection conference", "Due by");
        browser.assertAccessible("case-conference-due");
    }

    /** Decides a referral through the API as the front door. */
    private void decide(JsonNode receipt, String outcome) throws Exception {
        mvc.perform(post("/api/v1/referrals/" + receipt.get("id").asString() + "/decision")
                        .header("Authorization", bearer(tokenFor("triage"))).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("outcome", outcome,
                                "reasons", "Decided for a browser test."))))
                .andExpect(status().isOk());
    }


    private String focusedElementId() {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement.id");
    }

    /** Sends everything due in the outbox, then finds the email to the address about the reference. */
    private MimeMessage sendOutboxAndFindEmail(String address, String reference) throws Exception {
        while (dispatcher.dispatchDue().sent() > 0) {
            // A pass sends a bounded number of messages; other tests may have left more than that waiting.
        }
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : mailServer().getReceivedMessages()) {
            if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)
                    && message.getSubject().contains(reference)) {
                found.add(message);
            }
        }
        assertThat(found).as("emails to %s about %s", address, reference).hasSize(1);
        return found.get(0);
    }

    /** Chromium's datetime-local control ignores typed text in some locales, so the value is set directly. */
    private void setDateTime(String id, LocalDateTime when) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.find(By.id(id)), when.truncatedTo(ChronoUnit.MINUTES).toString());
    }

    /** A surname no other test uses, in letters only, so that searches for the child find only this test's. */
    private static String uniqueSurname() {
        StringBuilder name = new StringBuilder("Loop");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            name.append(Character.isDigit(c) ? (char) ('a' + (c - '0')) : c);
        }
        return name.toString();
    }
}
