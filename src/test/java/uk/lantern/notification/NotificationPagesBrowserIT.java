package uk.lantern.notification;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import uk.lantern.identity.UserView;
import uk.lantern.web.BrowserTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notifications page in Debian's headless Chromium, checked with axe-core for WCAG 2.2 AA: empty, with
 * notifications, and after marking one read. Skipped where Chromium is missing, except in CI.
 */
class NotificationPagesBrowserIT extends BrowserTestBase {

    @Autowired
    Notifications notifications;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void theNotificationsPageIsAccessibleEmptyFullAndAfterMarkingOneRead() throws Exception {
        UserView user = newUser("Rochdale Children's Social Care (demo)", "SOCIAL_WORKER");
        browser.signInAs(user.username(), STRONG_PASSWORD);
        browser.open("/notifications");
        assertThat(browser.mainText()).contains("You have no notifications.");
        browser.assertAccessible("notifications-empty");

        transaction.executeWithoutResult(status -> {
            notifications.notifyUser(user.id(), new Notice("Case allocated to you", "A case has been allocated to "
                    + "you.\n\nPlease review the strategy discussion notes.", "/account", "LNT-2026-000042"));
            notifications.notifyUser(user.id(), new Notice("Password will expire soon", "", null, null));
        });
        browser.open("/notifications");
        assertThat(browser.find(By.linkText("Notifications (2)")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElements(By.className("govuk-summary-card"))).hasSize(2);
        browser.assertAccessible("notifications");

        browser.driver().findElements(By.xpath("//button[starts-with(normalize-space(), 'Mark as read')]")).get(0)
                .click();
        browser.waitFor(By.className("govuk-notification-banner"));
        assertThat(browser.find(By.className("govuk-notification-banner")).getText())
                .contains("Notification marked as read");
        assertThat(browser.find(By.linkText("Notifications (1)")).isDisplayed()).isTrue();
        browser.assertAccessible("notifications-marked-read");

        browser.find(By.partialLinkText("Open")).click();
        browser.waitUntilLeft("/notifications");
        assertThat(browser.path()).isEqualTo("/account");
    }
}
