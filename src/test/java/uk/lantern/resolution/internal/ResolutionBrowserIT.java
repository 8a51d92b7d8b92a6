package uk.lantern.resolution.internal;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import uk.lantern.people.Children;
import uk.lantern.people.PeopleRecords;
import uk.lantern.people.RecordKind;
import uk.lantern.resolution.Identities;
import uk.lantern.web.BrowserTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.resolution.internal.ResolutionFixtures.ROCHDALE;

/**
 * Match review in Debian's headless Chromium, as an analyst works it: the queue, a comparison with its waterfall,
 * accepting one pair and rejecting another with reasons, then merging and unmerging on an identity's page and
 * reading the ledger entries there; and the 403 page for a role that may not review matches. Every page is
 * screenshot and checked with axe-core for WCAG 2.2 AA.
 */
class ResolutionBrowserIT extends BrowserTestBase {

    private static final int MOST_PAGES = 40;

    @Autowired
    IdentityRepository repository;
    @Autowired
    PeopleRecords people;
    @Autowired
    Children children;
    @Autowired
    Identities identities;

    @Test
    void anAnalystReviewsPairsAndMergesAndUnmergesRecords() throws Exception {
        ResolutionFixtures fixtures = new ResolutionFixtures(mvc, this::tokenFor, repository, people, children,
                identities);
        String surname = "Brierley" + UUID.randomUUID().toString().substring(0, 4);
        UUID accepted1 = fixtures.adult("investigator", ROCHDALE, "Zubair", surname, "1983-04-05");
        UUID accepted2 = fixtures.adult("investigator", ROCHDALE, "Zubair", surname, "1983-05-04");
        UUID rejected1 = fixtures.adult("investigator", ROCHDALE, "Adil", surname, "1991-09-10");
        UUID rejected2 = fixtures.adult("investigator", ROCHDALE, "Adel", surname, "1961-09-10");
        UUID toAccept = fixtures.waitingPair(RecordKind.PERSON, accepted1, accepted2);
        UUID toReject = fixtures.waitingPair(RecordKind.PERSON, rejected1, rejected2);

        browser.signInAs("analyst");
        browser.clickAndWaitForNewPage(By.linkText("Match review"));
        // Other tests' pairs share the queue, so this one may be on a later page: follow "Next" until it shows.
        for (int page = 1; page < MOST_PAGES && !browser.mainText().contains("Zubair " + surname); page++) {
            browser.clickAndWaitForNewPage(By.cssSelector(".govuk-pagination__next a"));
        }
        assertThat(browser.mainText()).contains("Zubair " + surname);
        browser.assertAccessible("resolution-queue");

        browser.open("/resolution/matches/" + toAccept);
        assertThat(browser.find(By.cssSelector(".lantern-waterfall svg")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElements(By.cssSelector(".lantern-waterfall__bar"))).hasSizeGreaterThan(3);
        browser.assertAccessible("resolution-comparison");
        browser.chooseByLabel("decision");
        browser.clickAndWaitForNewPage(By.xpath("//button[normalize-space()='Record the decision']"));
        assertThat(browser.find(By.className("govuk-error-summary")).getText()).contains("Give the reason");
        browser.assertAccessible("resolution-comparison-error");
        browser.find(By.id("reason")).sendKeys("Same man: day and month of birth swapped");
        browser.clickAndWaitForNewPage(By.xpath("//button[normalize-space()='Record the decision']"));
        assertThat(browser.mainText()).contains("Accepted: Zubair " + surname);

        browser.open("/resolution/matches/" + toReject);
        browser.chooseByLabel("decision-REJECT");
        browser.find(By.id("reason")).sendKeys("Thirty years apart in age");
        browser.clickAndWaitForNewPage(By.xpath("//button[normalize-space()='Record the decision']"));
        assertThat(browser.mainText()).contains("Rejected: ");

        String identity = identities.identityOf(RecordKind.PERSON, List.of(accepted1)).get(accepted1);
        browser.open("/resolution/identities/" + identity + "?kind=PERSON");
        browser.find(By.id("search")).sendKeys("Adil " + surname);
        browser.clickAndWaitForNewPage(By.xpath("//main//button[normalize-space()='Search']"));
        browser.chooseByLabel("otherRecord");
        browser.find(By.id("reason")).sendKeys("Known to the family by both names");
        browser.clickAndWaitForNewPage(By.xpath("//button[normalize-space()='Merge']"));
        assertThat(browser.mainText()).contains("Merged", "Adil " + surname, "Known to the family by both names",
                "Pair accepted", "day and month of birth swapped");
        browser.assertAccessible("resolution-identity-merged");

        browser.find(By.xpath("//label[contains(., 'Adil " + surname + "')]")).click();
        browser.find(By.id("unmergeReason")).sendKeys("A different man: his own date of birth");
        browser.clickAndWaitForNewPage(By.xpath("//button[normalize-space()='Take it out']"));
        assertThat(browser.mainText()).contains("Record taken out", "A different man: his own date of birth");
        assertThat(browser.find(By.tagName("table")).getText()).as("the identity's records")
                .contains("Zubair " + surname).doesNotContain("Adil " + surname);
        browser.assertAccessible("resolution-identity-unmerged");
        assertThat(identities.identityOf(RecordKind.PERSON, List.of(rejected1)).get(rejected1))
                .isNotEqualTo(identities.identityOf(RecordKind.PERSON, List.of(accepted1)).get(accepted1));
    }

    @Test
    void aRoleThatMayNotReviewMatchesGetsTheRefusalPage() throws Exception {
        browser.signInAs("investigator");
        assertThat(browser.driver().findElements(By.linkText("Match review"))).isEmpty();
        browser.open("/resolution/review");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("You do not have access to this page");
        browser.assertAccessible("resolution-refused");
    }
}
