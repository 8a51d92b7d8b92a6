package uk.lantern.notification.internal;

import java.util.UUID;

/**
 * One email as a channel sends it.
 *
 * @param id the outbox message's id, given to services that accept a reference so that a delivery can be traced
 * @param link the absolute URL to open in Lantern, or null
 */
record EmailMessage(UUID id, String to, String subject, String body, String link) {

    /** The body with the link at the end, for channels that send plain text as it is. */
    String textWithLink() {
        return link == null ? body : body + "\n\nOpen it in Lantern: " + link + "\n";
    }
}
