/**
 * Missing episodes and return home interviews: each return starts a 72-hour clock for the interview, the
 * interview's findings become structured mentions (people, places, vehicles, phones) for intelligence work, and
 * repeated episodes flag the child's case for review.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Missing episodes",
        allowedDependencies = {"identity", "ledger", "area", "people", "deadline"})
package uk.lantern.missing;
