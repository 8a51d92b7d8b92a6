package uk.lantern.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import uk.lantern.ledger.LedgerActor;
import uk.lantern.people.ChildInput;
import uk.lantern.people.Children;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front door finds a child from the search box in the header, typing the name as a caller spelt it, and opens
 * the child's record. Each page is screenshot and checked with axe-core for WCAG 2.2 AA.
 */
class SearchBrowserIT extends BrowserTestBase {

    @Autowired
    Children children;

    @Test
    void triageFindsAChildByAMisspeltNameFromTheHeaderAndOpensTheRecord() throws Exception {
        String surname = "Whitworth" + uniqueLetters();
        String childId = children.register(LedgerActor.system("test"), new ChildInput("Kayleigh", surname,
                "2011-04-23", false, "FEMALE", null, null, null, null, null, null, null, "E08000005", null,
                java.util.List.of(), java.util.List.of(new ChildInput.Address("12 Spotland Road", null, "Rochdale",
                "OL12 6RD", "2025-01-01", null)), null), "").id().toString();

        browser.signInAs("triage");
        browser.find(By.id("search-box")).sendKeys("Kaylee " + surname.replace("Whitworth", "Whitwerth"));
        browser.clickAndWaitForNewPage(By.id("search-submit"));

        assertThat(browser.path()).startsWith("/search?q=Kaylee");
        assertThat(browser.find(By.id("results-heading")).getText()).isEqualTo("1 person found");
        assertThat(browser.find(By.id("search-box")).getDomProperty("value")).as("the header keeps the search")
                .startsWith("Kaylee");
        browser.assertAccessible("search-results");

        browser.clickAndWaitForNewPage(By.linkText("Kayleigh " + surname));
        assertThat(browser.path()).isEqualTo("/children/" + childId);
        assertThat(browser.find(By.tagName("h1")).getText()).contains("Kayleigh " + surname);
        browser.assertAccessible("search-opened-child");

        browser.find(By.id("search-box")).sendKeys("K");
        browser.clickAndWaitForNewPage(By.id("search-submit"));
        assertThat(browser.find(By.className("govuk-error-summary")).getText())
                .contains("Enter at least 2 letters of a name");
        browser.assertAccessible("search-too-short");
    }

    /** Letters only, as a surname has, so that no other test's child shares it. */
    private static String uniqueLetters() {
        StringBuilder letters = new StringBuilder();
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 5; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }
}
