package uk.lantern.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import uk.lantern.support.SmallNetwork;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network pages in Debian's headless Chromium: an analyst finds a group in the list, opens its dossier, and the
 * chart draws every subject and link; the page narrows by grading. Every page is screenshot and checked with axe-core
 * for WCAG 2.2 AA.
 */
class NetworkBrowserIT extends BrowserTestBase {

    /** A date as the pages write it ("8 December 2026"). */
    private static String onPage(String isoDate) {
        return java.time.LocalDate.parse(isoDate).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                java.util.Locale.UK));
    }

    @Test
    void anAnalystOpensADossierAndItsChartDrawsTheWholeGroup() throws Exception {
        SmallNetwork group = new SmallNetwork(this);

        String id = group.dossierSeenBy("analyst", group.suspectOne).get("id").asString();

        browser.signInAs("analyst");
        browser.clickAndWaitForNewPage(By.linkText("Networks"));
        browser.assertAccessible("network-list");
        browser.clickAndWaitForNewPage(By.linkText(id));
        assertThat(browser.mainText()).contains(group.sharedReference);
        browser.waitFor(By.cssSelector("#network-chart canvas"));
        long drawn = ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.querySelectorAll('#network-chart canvas').length")).longValue();
        assertThat(drawn).as("Cytoscape draws on canvas layers").isPositive();
        assertThat(browser.mainText()).contains("Members, most central first", "Links and their evidence",
                "graded 2B P", "graded 1A C", "Suspect", onPage(group.today) + " to " + onPage(group.today));
        browser.assertAccessible("network-dossier");

        new Select(browser.find(By.id("intelligence"))).selectByValue("A");
        browser.clickAndWaitForNewPage(By.xpath("//button[text()='Apply']"));
        assertThat(browser.mainText()).contains("graded 1A C").doesNotContain("graded 2B P");
        browser.assertAccessible("network-dossier-filtered");
    }
}
