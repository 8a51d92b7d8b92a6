package uk.lantern.notification;

/**
 * What to tell someone.
 *
 * <p>Emails are less private than the app: they are read on shared screens, forwarded and kept in other systems. So
 * an email's subject line never carries the notice's text, only Lantern's name and the reference; the subject is
 * the first line of the email's body. Even so, write subjects and bodies as you would for a message that may be seen
 * over someone's shoulder, and never put a child's name in them.
 *
 * @param subject one line saying what happened, 1 to 200 characters
 * @param body the details, up to 10,000 characters; may be empty
 * @param link a path inside Lantern such as {@code /referrals/123}, or null. Emails carry it as an absolute URL.
 * @param reference a human reference such as a referral number, or null
 */
public record Notice(String subject, String body, String link, String reference) {
}
