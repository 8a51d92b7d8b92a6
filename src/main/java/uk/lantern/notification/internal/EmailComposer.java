package uk.lantern.notification.internal;

import uk.lantern.notification.internal.NoticeRules.ValidNotice;

/**
 * Turns a notice into an email. The subject line shows in mailbox lists, on lock screens and in mail server logs,
 * where anyone may see it, so it carries only Lantern's name and the reference; the notice's own subject opens the
 * body instead.
 */
final class EmailComposer {

    private EmailComposer() {
    }

    static String subject(ValidNotice notice) {
        return notice.reference() == null ? "Lantern notification"
                : "Lantern notification about " + notice.reference();
    }

    static String body(ValidNotice notice) {
        return notice.body().isEmpty() ? notice.subject() : notice.subject() + "\n\n" + notice.body();
    }

    /** The link as an absolute URL on Lantern's base URL, or null when there is no link. */
    static String absoluteLink(String baseUrl, String path) {
        if (path == null) {
            return null;
        }
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + path;
    }
}
