package uk.lantern.synth;

import java.time.Instant;
import java.util.Objects;

/**
 * What to generate. The same spec always gives byte-identical files.
 *
 * @param seed the seed of every random choice
 * @param children how many children to invent; every one is referred at least once
 * @param now the end of the simulated period: nothing happens after it, and the newest referrals are undecided
 * @param months the length of the simulated period, ending at {@code now}
 */
public record SynthSpec(long seed, int children, Instant now, int months) {

    public static final int DEFAULT_MONTHS = 12;
    public static final int MAX_CHILDREN = 10_000_000;
    public static final int MAX_MONTHS = 120;

    public SynthSpec {
        Objects.requireNonNull(now, "now");
        if (children < 1 || children > MAX_CHILDREN) {
            throw new IllegalArgumentException("children must be from 1 to " + MAX_CHILDREN + ", not " + children);
        }
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("months must be from 1 to " + MAX_MONTHS + ", not " + months);
        }
    }

    /** A spec over the default twelve months. */
    public SynthSpec(long seed, int children, Instant now) {
        this(seed, children, now, DEFAULT_MONTHS);
    }
}
