package uk.lantern.notification;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import uk.lantern.identity.UserView;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The notifications page in Debian's headless Chromium, checked with axe-core for WCAG 2.2 AA: empty, with
 * notifications, and after marking one read. Skipped where Chromium is missing, except in CI.
 */
class NotificationPagesBrowserIT extends IntegrationTestBase {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static WebDriver browser;

    @Autowired
    Notifications notifications;
    @Autowired
    TransactionTemplate transaction;
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
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build(), options);
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
        browser.findElement(By.id("password")).sendKeys(STRONG_PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> !driver.getCurrentUrl()
                .equals(url("/sign-in")));
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
    void theNotificationsPageIsAccessibleEmptyFullAndAfterMarkingOneRead() throws Exception {
        UserView user = newUser("Rochdale Children's Social Care (demo)", "SOCIAL_WORKER");
        signInAs(user.username());
        browser.get(url("/notifications"));
        assertThat(browser.findElement(By.id("main-content")).getText()).contains("You have no notifications.");
        assertAccessible("notifications-empty");

        transaction.executeWithoutResult(status -> {
            notifications.notifyUser(user.id(), new Notice("Case allocated to you", "A case has been allocated to "
                    + "you.\n\nPlease review the strategy discussion notes.", "/account", "LNT-2026-000042"));
            notifications.notifyUser(user.id(), new Notice("Password will expire soon", "", null, null));
        });
        browser.get(url("/notifications"));
        assertThat(browser.findElement(By.linkText("Notifications (2)")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.className("govuk-summary-card"))).hasSize(2);
        assertAccessible("notifications");

        browser.findElements(By.xpath("//button[starts-with(normalize-space(), 'Mark as read')]")).get(0).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> !driver.findElements(
                By.className("govuk-notification-banner")).isEmpty());
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("Notification marked as read");
        assertThat(browser.findElement(By.linkText("Notifications (1)")).isDisplayed()).isTrue();
        assertAccessible("notifications-marked-read");

        browser.findElement(By.partialLinkText("Open")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.getCurrentUrl()
                .equals(url("/account")));
    }
}
