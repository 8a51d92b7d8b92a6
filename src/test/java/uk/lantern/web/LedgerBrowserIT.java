package uk.lantern.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger page in Debian's headless Chromium, as an auditor uses it: verify the log, read how it stands (entries in
 * the tree, waiting, the longest wait for a place), and take the verifier key for checking checkpoints elsewhere.
 * Each state is screenshot and checked with axe-core for WCAG 2.2 AA.
 */
class LedgerBrowserIT extends BrowserTestBase {

    @Test
    void anAuditorVerifiesTheLogAndTakesTheVerifierKey() throws Exception {
        browser.signInAs("auditor");
        browser.open("/ledger");
        assertThat(browser.mainText()).contains("transparency log", "Merkle tree", "lantern.local/ledger+");
        browser.assertAccessible("ledger");

        browser.clickAndWaitForNewPage(By.xpath("//button[text()='Verify the ledger now']"));
        assertThat(browser.find(By.id("result-title")).getText()).isEqualTo("The ledger is intact");
        assertThat(browser.mainText()).containsPattern("Entries in the tree\\s+\\d+")
                .containsPattern("Waiting to be placed\\s+\\d+").contains("Longest wait to be placed");
        browser.assertAccessible("ledger-verified");
    }
}
