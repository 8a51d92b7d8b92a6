/**
 * Statutory clocks: the working-day calendar (England and Wales bank holidays), the configurable timescales, and
 * deadlines that escalate to the owning team's managers and then to the head of service when they pass.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deadlines and escalation",
        allowedDependencies = {"identity", "ledger", "runtime", "notification"})
package uk.lantern.deadline;
