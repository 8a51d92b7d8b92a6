package uk.lantern.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.TestRecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Drives Debian's headless Chromium against the running application: signs in as a person would, and runs axe-core
 * on every page for WCAG 2.2 AA. On a machine without Chromium the tests are skipped, except in CI, where a missing
 * browser is a failure.
 */
class BrowserIT extends IntegrationTestBase {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must install chromium and chromium-driver (see .ci/run)");
        }
        assumeTrue(installed, "Chromium is not installed: apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signInAs(String username) {
        browser.manage().deleteAllCookies();
        browser.get(url("/sign-in"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        waitUntilLeft("/sign-in");
    }

    /** A click returns before the next page has loaded, so wait for the address to change. */
    private void waitUntilLeft(String path) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> !driver.getCurrentUrl().equals(url(path)));
    }

    private void assertAccessible(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser);
        List<Rule> violations = results.getViolations();
        assertThat(violations).as("axe violations on %s: %s", name, violations.stream()
                        .map(rule -> rule.getId() + " (" + rule.getNodes().size() + "): " + rule.getHelp())
                        .collect(Collectors.joining("; ")))
                .isEmpty();
        assertThat(results.getPasses()).as("axe ran its checks on %s", name).isNotEmpty();
    }

    @Test
    void triageSignsInAndSeesTheirHomePage() throws Exception {
        signInAs("triage");
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Tariq Triage (demo)");
        assertThat(browser.findElement(By.id("main-content")).getText()).contains("Triage practitioner");
        assertThat(browser.findElement(By.className("govuk-phase-banner")).getText())
                .contains("Demo — all data is synthetic");
        assertAccessible("home-triage");

        browser.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
        waitUntilLeft("/");
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/sign-in?signed-out"));
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/sign-in"));
    }

    @Test
    void theSignInPageIsAccessibleWithAndWithoutAnError() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(url("/sign-in"));
        assertAccessible("sign-in");
        browser.findElement(By.id("username")).sendKeys("triage");
        browser.findElement(By.id("password")).sendKeys("wrong password");
        browser.findElement(By.id("sign-in")).click();
        waitUntilLeft("/sign-in");
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Enter a correct username and password");
        assertAccessible("sign-in-error");
    }

    @Test
    void everyRolesHomePageIsAccessible() throws Exception {
        for (String username : List.of("referrer", "socialworker", "investigator", "analyst", "manager", "auditor",
                "admin")) {
            signInAs(username);
            assertThat(browser.getCurrentUrl()).isEqualTo(url("/"));
            assertAccessible("home-" + username);
        }
    }

    @Test
    void theAccountPageCreatesATokenAndIsAccessible() throws Exception {
        signInAs("analyst");
        browser.get(url("/account"));
        assertAccessible("account");
        browser.findElement(By.id("name")).sendKeys("Browser test token");
        browser.findElement(By.xpath("//button[normalize-space()='Create token']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> !driver.findElements(By.id("new-token")).isEmpty());
        assertThat(browser.findElement(By.id("new-token")).getText()).startsWith("lnt_");
        assertAccessible("account-token-created");
    }

    @Test
    void administrationPagesAreAccessibleIncludingTheirErrors() throws Exception {
        signInAs("admin");
        for (String path : List.of("/admin/users", "/admin/users/new", "/admin/agencies", "/admin/agencies/new",
                "/ledger")) {
            browser.get(url(path));
            assertAccessible("page" + path.replace('/', '-'));
        }
        browser.get(url("/admin/users/new"));
        browser.findElement(By.xpath("//button[normalize-space()='Add user']")).click();
        waitUntilLeft("/admin/users/new");
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText()).contains("Enter a username");
        assertAccessible("user-form-errors");
        browser.get(url("/admin/users/" + directory.userNamed("referrer").orElseThrow().id()));
        assertAccessible("user-edit");
        browser.get(url("/ledger"));
        browser.findElement(By.xpath("//button[normalize-space()='Verify the ledger now']")).click();
        waitUntilLeft("/ledger");
        assertThat(browser.findElement(By.id("main-content")).getText()).contains("The ledger is intact");
        assertAccessible("ledger-verified");
    }

    @Test
    void errorAndBreakGlassPagesAreAccessible() throws Exception {
        signInAs("socialworker");
        browser.get(url("/no/such/page"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertThat(browser.getPageSource()).doesNotContain("Exception").doesNotContain("at org.");
        assertAccessible("not-found");
        browser.get(url("/admin/users"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You do not have access to this page");
        assertThat(browser.getPageSource()).doesNotContain("AccessDenied").doesNotContain("at org.");
        assertAccessible("forbidden");
        browser.get(url("/break-glass?type=" + TestRecords.TYPE + "&id=x"));
        assertAccessible("break-glass");
        browser.get(url("/accessibility"));
        assertAccessible("accessibility");
    }
}
