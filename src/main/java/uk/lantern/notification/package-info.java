/**
 * Notifications: telling Lantern users, and people outside Lantern such as referrers from other systems, that
 * something has happened. A notice is written in the transaction that makes the change, shown in the app at once,
 * and emailed from an outbox afterwards, by SMTP or GOV.UK Notify, with retries, so that a committed change is never
 * left untold and a rolled-back one is never told.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = {"identity", "ledger", "runtime"})
package uk.lantern.notification;
