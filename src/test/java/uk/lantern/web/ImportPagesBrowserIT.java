package uk.lantern.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

import uk.lantern.ledger.LedgerActor;
import uk.lantern.people.RecordKind;
import uk.lantern.resolution.Identities;
import uk.lantern.support.UniqueBundles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import page in Debian's headless Chromium, as an administrator uses it: upload a file through the form, watch
 * its page update itself while the import runs, then read the report (and a rejected file's problems), and see how far
 * the latest resolution runs have got. Each state is screenshot and checked with
 * axe-core, and every link on the new pages must answer.
 */
class ImportPagesBrowserIT extends BrowserTestBase {

    /** Large enough (some 1,500 records) for the import to be seen under way, small enough to end in seconds. */
    private static final int CHILDREN = 200;

    @TempDir
    Path directory;

    @org.springframework.beans.factory.annotation.Autowired
    Identities identities;

    @Test
    void anAdministratorUploadsAFileFollowsItsProgressAndReadsItsReport() throws Exception {
        Path file = UniqueBundles.write(directory, 41, CHILDREN, "-b" + unique(""));
        browser.signInAs("admin");
        browser.open("/imports");
        browser.assertAccessible("imports");
        everyLinkAnswers();

        browser.chooseByLabel("format");
        browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWaitForNewPage(By.id("upload"));
        String importPage = browser.path();
        assertThat(importPage).matches("/imports/[0-9a-f-]{36}");
        assertThat(browser.mainText()).as("the import is under way when its page first shows")
                .containsAnyOf("Records checked", "Records stored", "Waiting to start")
                .contains("Stop updating this page");
        browser.screenshot("import-progress");
        everyLinkAnswers();

        // The list, which holds the form, does not reload itself; it shows the import running or, by now, run.
        browser.open("/imports");
        assertThat(browser.mainText()).contains(file.getFileName().toString());
        browser.assertAccessible("imports-while-running");
        browser.open(importPage);

        // axe reports any page that reloads itself (WCAG 2.2.1); the page's first control stops it, so the page is
        // checked as it is once stopped.
        browser.open(importPage + "?refresh=off");
        browser.assertAccessible("import-progress-stopped");

        browser.open(importPage);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(120)).pollingEvery(Duration.ofMillis(500))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(driver -> !driver.findElements(By.id("outcome")).isEmpty());
        assertThat(browser.find(By.id("outcome")).getText()).contains("Committed");
        long childRecords = java.nio.file.Files.readAllLines(file).stream()
                .filter(line -> line.contains("\"type\":\"child\"")).count();
        assertThat(browser.find(By.id("by-type")).getText()).contains(String.format(java.util.Locale.UK,
                "child %,d", childRecords));
        assertThat(browser.mainText()).doesNotContain("Stop updating this page");
        browser.assertAccessible("import-report");
        everyLinkAnswers();

        browser.open("/imports");
        assertThat(browser.find(By.id("runs")).getText()).contains(file.getFileName().toString(), "Committed");
        browser.assertAccessible("imports-after");

        browser.open("/imports");
        Path bad = directory.resolve("bad.jsonl");
        java.nio.file.Files.writeString(bad, "{\"type\":\"agency\"}\nnot json\n");
        browser.chooseByLabel("format");
        browser.find(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
        browser.clickAndWaitForNewPage(By.id("upload"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(500))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(driver -> !driver.findElements(By.id("outcome")).isEmpty());
        assertThat(browser.find(By.id("outcome")).getText()).contains("Rejected");
        assertThat(browser.find(By.id("problems")).getText()).contains("2 record Not a JSON object");
        browser.assertAccessible("import-rejected");

        identities.runBatch(LedgerActor.system("import-pages-browser-test"), RecordKind.CHILD);
        browser.open("/resolution/runs");
        assertThat(browser.find(By.id("run-CHILD")).getText()).isEqualTo("Children");
        assertThat(browser.mainText()).contains("Finished");
        browser.assertAccessible("resolution-runs");
        everyLinkAnswers();
    }

    /** Every link on the page, followed with the browser's session, answers 200 (fragments of the page aside). */
    private void everyLinkAnswers() throws Exception {
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return [...document.querySelectorAll('a[href]')].map(link => link.href)"
                        + ".filter(href => href.startsWith(location.origin) && !href.includes('#'))");
        assertThat(links).isNotEmpty();
        String session = browser.driver().manage().getCookieNamed("lantern-session").getValue();
        HttpClient client = HttpClient.newHttpClient();
        for (String link : links) {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(link))
                    .header("Cookie", "lantern-session=" + session).GET().build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as("%s on %s", link, browser.path()).isEqualTo(200);
        }
    }
}
