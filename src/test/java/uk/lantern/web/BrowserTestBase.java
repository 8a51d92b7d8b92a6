package uk.lantern.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.lantern.support.IntegrationTestBase;

/** Browser tests: one headless Chromium per test class, pointed at the running application before each test. */
public abstract class BrowserTestBase extends IntegrationTestBase {

    protected static HeadlessChromium browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        HeadlessChromium.stop(browser);
    }

    @BeforeEach
    void pointBrowserAtTheApplication() {
        browser.useServerOn(port);
    }
}
