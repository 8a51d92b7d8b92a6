package uk.lantern.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import uk.lantern.support.TestRecords;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives Debian's headless Chromium against the running application: signs in as a person would, and runs axe-core
 * on every page for WCAG 2.2 AA. On a machine without Chromium the tests are skipped, except in CI, where a missing
 * browser is a failure.
 */
class BrowserIT extends BrowserTestBase {

    @Test
    void triageSignsInAndSeesTheirHomePage() throws Exception {
        browser.signInAs("triage");
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Welcome, Tariq Triage (demo)");
        assertThat(browser.mainText()).contains("Triage practitioner");
        assertThat(browser.find(By.className("govuk-phase-banner")).getText())
                .contains("Demo — all data is synthetic");
        browser.assertAccessible("home-triage");

        browser.find(By.xpath("//button[normalize-space()='Sign out']")).click();
        browser.waitUntilLeft("/");
        assertThat(browser.path()).isEqualTo("/sign-in?signed-out");
        browser.open("/");
        assertThat(browser.path()).isEqualTo("/sign-in");
    }

    @Test
    void theSignInPageIsAccessibleWithAndWithoutAnError() throws Exception {
        browser.driver().manage().deleteAllCookies();
        browser.open("/sign-in");
        browser.assertAccessible("sign-in");
        browser.find(By.id("username")).sendKeys("triage");
        browser.find(By.id("password")).sendKeys("wrong password");
        browser.find(By.id("sign-in")).click();
        browser.waitUntilLeft("/sign-in");
        assertThat(browser.find(By.className("govuk-error-summary")).getText())
                .contains("Enter a correct username and password");
        browser.assertAccessible("sign-in-error");
    }

    @Test
    void everyRolesHomePageIsAccessible() throws Exception {
        for (String username : List.of("referrer", "socialworker", "investigator", "analyst", "manager", "auditor",
                "admin")) {
            browser.signInAs(username);
            assertThat(browser.path()).isEqualTo("/");
            browser.assertAccessible("home-" + username);
        }
    }

    @Test
    void theAccountPageCreatesATokenAndIsAccessible() throws Exception {
        browser.signInAs("analyst");
        browser.open("/account");
        browser.assertAccessible("account");
        browser.find(By.id("name")).sendKeys("Browser test token");
        browser.find(By.xpath("//button[normalize-space()='Create token']")).click();
        browser.waitFor(By.id("new-token"));
        assertThat(browser.find(By.id("new-token")).getText()).startsWith("lnt_");
        browser.assertAccessible("account-token-created");
    }

    @Test
    void administrationPagesAreAccessibleIncludingTheirErrors() throws Exception {
        browser.signInAs("admin");
        for (String path : List.of("/admin/users", "/admin/users/new", "/admin/agencies", "/admin/agencies/new",
                "/ledger")) {
            browser.open(path);
            browser.assertAccessible("page" + path.replace('/', '-'));
        }
        browser.open("/admin/users/new");
        browser.find(By.xpath("//button[normalize-space()='Add user']")).click();
        browser.waitUntilLeft("/admin/users/new");
        assertThat(browser.find(By.className("govuk-error-summary")).getText()).contains("Enter a username");
        browser.assertAccessible("user-form-errors");
        browser.open("/admin/users/" + directory.userNamed("referrer").orElseThrow().id());
        browser.assertAccessible("user-edit");
        browser.open("/ledger");
        browser.find(By.xpath("//button[normalize-space()='Verify the ledger now']")).click();
        browser.waitUntilLeft("/ledger");
        assertThat(browser.mainText()).contains("The ledger is intact");
        browser.assertAccessible("ledger-verified");
    }

    @Test
    void errorAndBreakGlassPagesAreAccessible() throws Exception {
        browser.signInAs("socialworker");
        browser.open("/no/such/page");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertThat(browser.driver().getPageSource()).doesNotContain("Exception").doesNotContain("at org.");
        browser.assertAccessible("not-found");
        browser.open("/admin/users");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("You do not have access to this page");
        assertThat(browser.driver().getPageSource()).doesNotContain("AccessDenied").doesNotContain("at org.");
        browser.assertAccessible("forbidden");
        browser.open("/break-glass?type=" + TestRecords.TYPE + "&id=x");
        browser.assertAccessible("break-glass");
        browser.open("/accessibility");
        assertThat(browser.driver().findElements(By.tagName("h2")).stream().map(heading -> heading.getText()).toList())
                .as("the sections of the GOV.UK model statement").contains("How accessible this service is",
                        "Feedback and contact information", "Enforcement procedure",
                        "Technical information about this service's accessibility");
        browser.assertAccessible("accessibility");
    }
}
