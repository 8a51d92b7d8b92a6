/**
 * Oversight: the national and area picture for auditors, inspectors and inquiries. Measures on one set of
 * definitions by local authority, police force area and nationally, by month, quarter or year; demographics with
 * their completeness; disclosure control on every aggregate output; funnel plots against the child population and the
 * published Children in Need baseline; inquiry chronologies built from the ledger. Only aggregates leave this module,
 * except the chronology, which names staff and record references, never a child.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oversight",
        allowedDependencies = {"runtime", "identity", "ledger", "area", "network", "people", "web"})
package uk.lantern.oversight;
