package uk.lantern.oversight.internal.disclosure;

/**
 * The settings of disclosure control: counts from 1 up to {@code suppressionThreshold} are withheld, and national and
 * regional totals are rounded to the nearest multiple of {@code roundingBase} (1 leaves them as they are).
 */
public record DisclosureRules(int suppressionThreshold, int roundingBase) {

    public DisclosureRules {
        if (suppressionThreshold < 0) {
            throw new IllegalArgumentException("the suppression threshold cannot be negative: " + suppressionThreshold);
        }
        if (roundingBase < 1) {
            throw new IllegalArgumentException("the rounding base must be 1 or more: " + roundingBase);
        }
    }

    /** Counts of 1 to 5 withheld, national totals rounded to the nearest 10. */
    public static DisclosureRules standard() {
        return new DisclosureRules(5, 10);
    }

    /** Whether a count is small enough to point at someone: 1 up to the threshold. Zero is not; it tells of nobody. */
    public boolean isSmall(long count) {
        return count >= 1 && count <= suppressionThreshold;
    }

    /** A count rounded to the nearest multiple of the base, halves rounded up (1,235 to 1,240 with base 10). */
    public long round(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
        return (count + roundingBase / 2) / roundingBase * roundingBase;
    }
}
