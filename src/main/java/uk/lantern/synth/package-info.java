/**
 * Synthetic data: deterministic bundles of invented children, referrals, decisions, missing episodes and return
 * interviews, planted exploitation networks and the intelligence about them and about much else, in the Lantern
 * interchange format, with a ground-truth file that says which records describe the same child or adult and who
 * belongs to each network. They feed the demo, the tests and the benchmarks. Nothing here reads or writes the
 * database, and nothing here describes a real person.
 *
 * <p>Start at {@link uk.lantern.synth.SyntheticBundle#write(SynthSpec, java.nio.file.Path)}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Synthetic data", allowedDependencies = {"runtime"})
package uk.lantern.synth;
