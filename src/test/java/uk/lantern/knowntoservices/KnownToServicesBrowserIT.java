package uk.lantern.knowntoservices;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import uk.lantern.support.KnownChild;
import uk.lantern.web.BrowserTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front door decides a new referral with what every agency knows about the child in front of it, in Debian's
 * headless Chromium: the case held on the police's record of the same child, the missing episode, the report it may
 * read in its sanitised version, and the restricted report only as the line that sends it to the police MASH
 * officer; the child's page shows the same picture. Each page is screenshot and checked with axe-core for WCAG 2.2 AA.
 */
class KnownToServicesBrowserIT extends BrowserTestBase {

    @Test
    void triageOpensTheNewReferralSeesWhatIsKnownAndDecides() throws Exception {
        KnownChild known = new KnownChild(this);
        String reference = known.reference(known.newReferral);
        String child = known.healthRecord;

        browser.signInAs("triage");
        browser.clickAndWaitForNewPage(By.linkText("The front-door queue"));
        browser.clickAndWaitForNewPage(By.linkText(reference));
        assertThat(browser.path()).isEqualTo("/referrals/" + known.newReferral);

        assertThat(browser.find(By.id("known-to-services-" + child)).getText())
                .contains("Known to services: " + known.firstName + " " + known.surname, "1 record you may not see");
        assertThat(browser.find(By.id("known-cases-" + child)).getText()).contains(known.caseReference, "Open");
        assertThat(browser.find(By.id("known-missing-" + child)).getText())
                .contains("Missing from Ashworth House", "Still missing");
        assertThat(browser.find(By.id("known-intelligence-" + child)).getText())
                .contains(known.sharedReport + " (sanitised version)", "Known to police: ask the police MASH officer")
                .doesNotContain(known.restrictedReport, known.restrictedText);
        assertThat(browser.find(By.id("known-agencies-" + child)).getText()).contains("Greater Manchester Police");
        browser.assertAccessible("known-to-services-referral");

        browser.clickAndWaitForNewPage(By.linkText("Case " + known.caseReference));
        assertThat(browser.path()).as("the case on the police's record opens").isEqualTo("/cases/" + known.caseId);

        browser.open("/children/" + child);
        assertThat(browser.find(By.id("known-cases-" + child)).getText()).contains(known.caseReference);
        browser.assertAccessible("known-to-services-child");

        browser.open("/referrals/" + known.newReferral);

        browser.chooseByLabel("outcome-STRATEGY_DISCUSSION");
        browser.find(By.id("reasons")).sendKeys("Open case on the police's record, a missing episode and police "
                + "intelligence: a strategy discussion is needed today.");
        browser.clickAndWaitForNewPage(By.id("record-decision"));
        assertThat(browser.mainText()).contains("Decision recorded");
        assertThat(browser.find(By.id("decision")).getText()).contains("Strategy discussion");
        browser.assertAccessible("known-to-services-decided");
    }
}
