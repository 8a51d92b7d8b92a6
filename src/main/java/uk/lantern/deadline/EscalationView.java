package uk.lantern.deadline;

import java.time.Instant;
import java.util.UUID;

/**
 * An escalation as a manager sees it.
 *
 * @param trigger {@code OVERDUE} when the clock passed, {@code REFERRER} when the referrer escalated
 */
public record EscalationView(UUID id, int level, String trigger, String reason, String escalatedBy,
                             Instant escalatedAt, DeadlineView deadline) {
}
