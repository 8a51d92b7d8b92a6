/**
 * The interchange format: bringing records in from other systems as JSON Lines (and referrals as CSV), idempotent on
 * (source system, source id) and all-or-nothing per file, with a report that names the line and field of every
 * rejected record. docs/import-format.md documents the format; the JSON Schema ships with Lantern.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Interchange and import",
        allowedDependencies = {"runtime", "identity", "ledger", "area", "people", "referral", "missing", "intelligence",
                "resolution"})
package uk.lantern.interchange;
