package uk.lantern.web;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import uk.lantern.review.HistoricReviews;
import uk.lantern.support.ClosedReferralNearANetwork;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording intelligence in Debian's headless Chromium: the form with and without mistakes, the report with its
 * subject revealed under the chosen type, the list, and the sanitised version a social worker reads; then a manager
 * working the historic review queue. Every page is screenshot and checked with axe-core for WCAG 2.2 AA.
 */
class IntelligenceBrowserIT extends BrowserTestBase {

    @Autowired
    HistoricReviews reviews;

    @Test
    void anInvestigatorRecordsAReportAndASocialWorkerReadsItsSanitisedVersion() throws Exception {
        browser.signInAs("investigator");
        browser.clickAndWaitForNewPage(By.linkText("Intelligence"));
        browser.assertAccessible("intelligence-list");
        browser.clickAndWaitForNewPage(By.linkText("Record intelligence"));
        browser.assertAccessible("intelligence-form");

        browser.clickAndWaitForNewPage(By.xpath("//button[text()='Record intelligence']"));
        assertThat(browser.find(By.className("govuk-error-summary")).getText())
                .contains("Enter the date the information relates to", "Choose the source evaluation");
        browser.assertAccessible("intelligence-form-errors");

        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.find(By.id("informationDate")), LocalDate.now(ZoneOffset.UTC).toString());
        new Select(browser.find(By.id("areaCode"))).selectByValue("E08000005");
        browser.chooseByLabel("sourceEvaluation-2");
        browser.chooseByLabel("intelligenceAssessment-C");
        browser.chooseByLabel("handlingCode-C");
        browser.find(By.id("handlingConditions")).sendKeys("Not beyond the force without the author's agreement");
        browser.find(By.id("text")).sendKeys("A source says girls are taken from the park to a flat above a shop.");
        browser.find(By.id("sanitisedText")).sendKeys("Girls are believed to be taken to a flat above a shop.");
        browser.clickAndWaitForNewPage(By.xpath("//button[text()='Record intelligence']"));
        assertThat(browser.path()).startsWith("/intelligence/");
        String reportPath = browser.path();
        assertThat(browser.mainText()).contains("2C C", "Add its subjects below");

        browser.chooseByLabel("subjectType-vehicle");
        browser.waitFor(By.id("vehicle.registration")).sendKeys("SH09 PFL");
        browser.clickAndWaitForNewPage(By.xpath("//button[text()='Add subject']"));
        assertThat(browser.mainText()).contains("SH09PFL", "Subject added");
        browser.assertAccessible("intelligence-report");

        browser.signInAs("socialworker");
        browser.open(reportPath);
        assertThat(browser.mainText()).contains("You are reading the sanitised version", "flat above a shop")
                .doesNotContain("from the park").doesNotContain("Add a subject");
        browser.assertAccessible("intelligence-report-sanitised");
    }


    @Test
    void aManagerWorksTheHistoricReviewQueue() throws Exception {
        ClosedReferralNearANetwork closed = new ClosedReferralNearANetwork(this, reviews, "Sia", "BR19 SIA");
        String reference = closed.laterReportNamingTheSuspect();

        browser.signInAs("manager");
        browser.clickAndWaitForNewPage(By.linkText("Historic review"));
        browser.assertAccessible("historic-review-queue");
        browser.clickAndWaitForNewPage(By.xpath("//tr[td[contains(., '" + reference + "')]]//a"));
        assertThat(browser.mainText()).contains("Sia Testchild", "BR19SIA", "Rizwan Reviewsuspect");
        browser.assertAccessible("historic-review");

        browser.clickAndWaitForNewPage(By.xpath("//button[text()='Record the decision']"));
        assertThat(browser.find(By.className("govuk-error-summary")).getText())
                .contains("Choose whether to reopen or confirm");
        browser.assertAccessible("historic-review-errors");
        browser.chooseByLabel("decision");
        browser.find(By.id("reason")).sendKeys("The car links her to a network: the front door must decide again.");
        browser.clickAndWaitForNewPage(By.xpath("//button[text()='Record the decision']"));
        assertThat(browser.mainText()).contains("is back with the front door");
    }
}
