package uk.lantern.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium for browser tests: signs in as a person would, waits for pages to load, and runs
 * axe-core on a page for WCAG 2.2 AA after saving a full-length screenshot of it to {@code target/screenshots}.
 *
 * <p>Start one per test class in {@code @BeforeAll} and stop it in {@code @AfterAll}; point it at the application's
 * port in {@code @BeforeEach}, since the port is only known to the test instance. On a machine without Chromium,
 * {@link #start()} skips the tests, except in CI, where a missing browser is a failure.
 */
public final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    /** axe's best-practice rules for the structure of a page, checked as well as WCAG. */
    private static final List<String> STRUCTURE_RULES = List.of("landmark-one-main", "landmark-no-duplicate-main",
            "landmark-main-is-top-level", "landmark-unique", "page-has-heading-one", "heading-order", "empty-heading",
            "empty-table-header");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Dimension WINDOW = new Dimension(1280, 1000);
    /** Keeps a screenshot of a very long page (a busy chronology, say) to a size an image viewer can open. */
    private static final int MAX_SCREENSHOT_HEIGHT = 8000;
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final WebDriver driver;
    private String baseUrl;

    private HeadlessChromium(WebDriver driver) {
        this.driver = driver;
    }

    /** Starts the browser, or skips the calling test class when Chromium is not installed (outside CI). */
    public static HeadlessChromium start() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must install chromium and chromium-driver (see .ci/run)");
        }
        assumeTrue(installed, "Chromium is not installed: apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new HeadlessChromium(driver);
    }

    /** Closes the browser; safe to call on a browser that never started. */
    public static void stop(HeadlessChromium browser) {
        if (browser != null) {
            browser.driver.quit();
        }
    }

    /** Points the browser at the application under test on this machine. */
    public void useServerOn(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    public WebDriver driver() {
        return driver;
    }

    public String url(String path) {
        if (baseUrl == null) {
            throw new IllegalStateException("Call useServerOn(port) first, for example in @BeforeEach");
        }
        return baseUrl + path;
    }

    /** The address of the page now shown, relative to the application, such as {@code /referrals/mine}. */
    public String path() {
        String current = driver.getCurrentUrl();
        return current.startsWith(baseUrl) ? current.substring(baseUrl.length()) : current;
    }

    public void open(String path) {
        driver.get(url(path));
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    /** The text of the page's main content. */
    public String mainText() {
        return find(By.id("main-content")).getText();
    }

    public void signInAs(String username) {
        signInAs(username, IntegrationTestBase.DEMO_PASSWORD);
    }

    /** Signs in through the sign-in page, after forgetting whoever was signed in before. */
    public void signInAs(String username, String password) {
        driver.manage().deleteAllCookies();
        open("/sign-in");
        find(By.id("username")).sendKeys(username);
        find(By.id("password")).sendKeys(password);
        find(By.id("sign-in")).click();
        waitUntilLeft("/sign-in");
    }

    /** A click returns before the next page has loaded, so wait for the address to change. */
    public void waitUntilLeft(String path) {
        new WebDriverWait(driver, WAIT).until(browser -> !browser.getCurrentUrl().equals(url(path)));
    }

    /**
     * Clicks something that loads a new page, such as a form's button, and waits for that page. Unlike
     * {@link #waitUntilLeft}, this also works when the new page has the same address, as a form shown again with
     * its errors may.
     */
    public void clickAndWaitForNewPage(By by) {
        // A mark on the old page's window: a new page has a new window object without it. (Waiting for the old page's
        // element to go stale races with the browser, which may report the element as neither there nor stale.)
        ((JavascriptExecutor) driver).executeScript("window.lanternOldPage = true");
        find(by).click();
        // While the next page loads, the browser may refuse scripts for a moment; that is waited through too.
        new WebDriverWait(driver, WAIT).pollingEvery(Duration.ofMillis(50)).ignoring(WebDriverException.class).until(browser -> Boolean.TRUE.equals(
                ((JavascriptExecutor) browser).executeScript(
                        "return document.readyState === 'complete' && !window.lanternOldPage")));
    }

    /** Selects a radio or checkbox by its label, as a person would: GOV.UK styles the input itself out of sight. */
    public void chooseByLabel(String inputId) {
        find(By.cssSelector("label[for='" + inputId + "']")).click();
        assertThat(find(By.id(inputId)).isSelected())
                .as("%s is selected", inputId).isTrue();
    }

    /** Waits until something is on the page, for content that appears after the page itself has loaded. */
    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /**
     * Saves a screenshot of the whole page as {@code target/screenshots/<name>.png}, then asserts that axe-core finds
     * no WCAG 2.2 AA violation on it. It also asserts what the GOV.UK Design System expects beyond WCAG and a
     * broken template would lose: one main landmark, at the top level; an h1; headings in order; and ids that are
     * unique, since labels, hints and the error summary find fields by id.
     */
    public void assertAccessible(String name) throws Exception {
        screenshot(name);
        Results wcag = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        List<Rule> violations = withoutConditionalRevealKnownIssue(wcag.getViolations());
        assertThat(violations).as("axe WCAG 2.2 AA violations on %s (%s): %s", name, path(),
                describe(violations)).isEmpty();
        assertThat(wcag.getPasses()).as("axe ran its checks on %s", name).isNotEmpty();
        Results structure = new AxeBuilder().withRules(STRUCTURE_RULES).analyze(driver);
        List<Rule> structureViolations = withoutConditionalRevealKnownIssue(structure.getViolations());
        assertThat(structureViolations).as("axe structure violations on %s (%s): %s", name, path(),
                describe(structureViolations)).isEmpty();
        @SuppressWarnings("unchecked")
        List<String> duplicateIds = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const seen = new Set(), repeated = new Set();
                document.querySelectorAll('[id]').forEach(element => {
                  if (seen.has(element.id)) { repeated.add(element.id); }
                  seen.add(element.id);
                });
                return [...repeated];""");
        assertThat(duplicateIds).as("ids used more than once on %s (%s)", name, path()).isEmpty();
    }

    /**
     * GOV.UK Frontend sets {@code aria-expanded} on a radio that reveals further questions. ARIA does not allow it on
     * a radio, so axe reports it, but the Design System keeps it on purpose because screen readers announce it (its
     * known issue alphagov/govuk-frontend#979). Only that one attribute on a GOV.UK radio is let through; any other
     * disallowed attribute, or the same one elsewhere, still fails.
     */
    private static List<Rule> withoutConditionalRevealKnownIssue(List<Rule> violations) {
        for (Rule rule : violations) {
            if ("aria-allowed-attr".equals(rule.getId())) {
                rule.setNodes(rule.getNodes().stream().filter(node -> !(node.getHtml().startsWith(
                        "<input class=\"govuk-radios__input\"") && node.getHtml().contains("aria-controls=\"conditional-")
                        && node.getFailureSummary().contains("aria-expanded")
                        && !node.getFailureSummary().replaceFirst("aria-expanded=\"(true|false)\"", "").contains("aria-")))
                        .toList());
            }
        }
        return violations.stream().filter(rule -> !rule.getNodes().isEmpty()).toList();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getNodes().size() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    /** A screenshot of the full length of the page, not only the part in the window. */
    public void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        // The window is taller than the page's viewport by the browser's own frame.
        long height = ((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement"
                + ".scrollHeight + window.outerHeight - window.innerHeight")).longValue();
        driver.manage().window().setSize(new Dimension(WINDOW.getWidth(),
                (int) Math.min(MAX_SCREENSHOT_HEIGHT, Math.max(WINDOW.getHeight(), height))));
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.manage().window().setSize(WINDOW);
        }
    }
}
