/**
 * Network analysis: a typed graph of subjects (persons, children, vehicles, phones, locations, organisations) whose
 * every link keeps its evidence, filtered views of it by time window, grading and handling, the analyses
 * (connected networks, communities, centrality, shortest paths, neighbourhoods), network dossiers for the
 * group-based exploitation pattern, and exports to GraphML and to i2 Analyst's Notebook. Plain Java, no database: the
 * modules that own the records load the graph and decide who may see which evidence.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network analysis", allowedDependencies = {"runtime", "intelligence", "identity", "ledger", "area", "people", "resolution"})
package uk.lantern.network;
