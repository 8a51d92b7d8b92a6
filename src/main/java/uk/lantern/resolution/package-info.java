/**
 * Entity resolution: finding the records, across agencies, that describe the same person. A Fellegi–Sunter model
 * in the manner of Splink scores each pair of records field by field; pairs above the match threshold are linked
 * into clusters (one cluster, one person), pairs between the thresholds go to an analyst's review queue, and the
 * analysts' accept and reject decisions are honoured. {@link uk.lantern.resolution.Identities} keeps the result for
 * children's and adults' records in the database, resolving new records as they arrive, with every merge and unmerge
 * in the ledger.
 *
 * <p>Start at {@link uk.lantern.resolution.Resolver}. {@code resolution evaluate} scores the engine on a labelled
 * CSV without starting the application.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Entity resolution", allowedDependencies = {"runtime", "identity", "ledger", "people"})
package uk.lantern.resolution;
