package uk.lantern.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import uk.lantern.ledger.LedgerActor;
import uk.lantern.oversight.OversightStatistics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The oversight pages in Debian's headless Chromium, as an auditor uses them: England's figures with their charts,
 * a local authority by quarter, and the published Children in Need baseline for every authority on a funnel plot.
 * Every page is screenshot and checked with axe-core for WCAG 2.2 AA.
 */
class OversightBrowserIT extends BrowserTestBase {

    @Autowired
    OversightStatistics statistics;

    @Test
    void anAuditorReadsTheNationalPictureAndThePublishedBaseline() throws Exception {
        // Six, so that Rochdale's count is shown rather than suppressed, and so plotted.
        String referrer = tokenFor("referrer");
        for (int child = 0; child < 6; child++) {
            submitReferral(referrer, "Amelia", true, "ROUTINE");
        }
        statistics.refresh(LedgerActor.system("oversight-browser-test"));
        browser.signInAs("auditor");
        browser.clickAndWaitForNewPage(By.linkText("Oversight"));
        assertThat(browser.mainText()).contains("England", "How local authorities compare", "Referrals",
                "Victims by ethnicity (ONS 2021 groups)", "Recorded (%)");
        assertThat(browser.driver().findElements(By.cssSelector(".lantern-chart svg")))
                .as("four time series and the funnel plot").hasSize(5);
        browser.assertAccessible("oversight-england");

        new Select(browser.find(By.id("area"))).selectByVisibleText("Rochdale");
        new Select(browser.find(By.id("by"))).selectByValue("quarter");
        browser.clickAndWaitForNewPage(By.xpath("//button[text()='Show figures']"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Rochdale");
        browser.assertAccessible("oversight-rochdale");

        new Select(browser.find(By.id("measure"))).selectByValue("children_missing_repeatedly");
        browser.clickAndWaitForNewPage(By.xpath("//button[text()='Chart it']"));
        assertThat(browser.driver().findElements(By.cssSelector(".lantern-chart svg title")).stream()
                .map(title -> title.getAttribute("textContent")))
                .contains("Children missing more than once in the period, Rochdale");

        browser.clickAndWaitForNewPage(By.linkText("published Children in Need figures"));
        assertThat(browser.mainText()).containsPattern("15\\d local authorities plotted");
        browser.assertAccessible("oversight-baseline");
    }
}
