/**
 * Demo mode: synthetic agencies in real areas and one user for each role, so that a newcomer can sign in and try
 * Lantern on the embedded database. Never runs against a production database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo", allowedDependencies = {"identity", "runtime",
        "ledger", "interchange", "synth", "oversight", "casework"})
package uk.lantern.demo;
