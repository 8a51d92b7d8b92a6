/**
 * Entity resolution: finding the records, across agencies, that describe the same person. A Fellegi–Sunter model
 * in the manner of Splink scores each pair of records field by field; pairs above the match threshold are linked
 * into clusters (one cluster, one person), pairs between the thresholds go to an analyst's review queue, and the
 * analysts' accept and reject decisions are honoured. Nothing here reads or writes the database yet.
 *
 * <p>Start at {@link uk.lantern.resolution.Resolver}. {@code resolution evaluate} scores the engine on a labelled
 * CSV without starting the application.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Entity resolution", allowedDependencies = {"runtime"})
package uk.lantern.resolution;
