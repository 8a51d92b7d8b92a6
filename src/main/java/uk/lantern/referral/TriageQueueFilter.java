package uk.lantern.referral;

import java.util.Arrays;
import java.util.Collection;

/**
 * What the front-door queue shows and in what order: only CSE concerns, only referrals past their decision time, or
 * both; most urgent first (the default), oldest or newest first, or soonest due first.
 */
public record TriageQueueFilter(boolean cseOnly, boolean overdueOnly, Order order) {

    public static final TriageQueueFilter EVERYTHING = new TriageQueueFilter(false, false, Order.URGENCY);

    /** The orders the queue can be put in, with the words a page offers them by. */
    public enum Order {
        URGENCY("Most urgent first, then oldest"),
        OLDEST("Oldest first"),
        NEWEST("Newest first"),
        DUE_SOONEST("Decision due soonest first");

        private final String label;

        Order(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The filter a page's form asks for: {@code show} holds {@code cse} and {@code overdue}; an unknown order is the default. */
    public static TriageQueueFilter read(Collection<String> show, String order) {
        Order chosen = Arrays.stream(Order.values()).filter(value -> value.name().equalsIgnoreCase(order == null ? ""
                : order.trim())).findFirst().orElse(Order.URGENCY);
        return new TriageQueueFilter(show.contains("cse"), show.contains("overdue"), chosen);
    }
}
