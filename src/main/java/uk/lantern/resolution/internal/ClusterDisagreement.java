package uk.lantern.resolution.internal;

import java.util.HashSet;
import java.util.Set;

import uk.lantern.resolution.PersonField;

/**
 * Whether two clusters, each of several records, disagree far more often than records of one person do. A pair's
 * weight judges two records alone; two clusters carry more evidence than any of their pairs. Thirteen records of
 * "Sidney Pelham" born 1849 and twenty-four of "John Pelham" born 1811, all at one address, may pair up at a
 * probability of 0.96 where the model has learnt that one person's first names and dates often differ (titles,
 * nicknames, rewritten dates); yet that every one of the thirteen differs from the other cluster on both is, for one
 * person, next to impossible.
 *
 * <p>For each comparison, a record of the smaller cluster disagrees when most of its pairs with the other cluster,
 * where both have the field, are at levels that weigh against ({@link PairScorer#weighsAgainst}). If both clusters were
 * one person, each record would disagree with a chance of at most the model's m of those levels, so the count is
 * compared with a binomial tail: below {@link #SIGNIFICANCE}, the clusters differ on that comparison.
 *
 * <p>Two clusters are two people when they differ on their dates of birth, or on two other aspects (the name, the
 * address, the sex, any other field). One aspect other than the date is not enough: one person's records are
 * sometimes kept in two forms of it (a maiden and a married name, a title instead of a name, a town and its
 * district), and then every record of one form differs from every record of the other. A date of birth has no such
 * second form.
 */
final class ClusterDisagreement {

    /**
     * The tail probability below which a comparison's disagreement counts. Small, because every join of clusters
     * tests every comparison, and a true person should almost never be split by chance.
     */
    static final double SIGNIFICANCE = 1e-4;
    /** The least chance of disagreement assumed: the m of a rare level is a noisy estimate, and may be 0. */
    static final double LEAST_CHANCE = 0.01;
    /** Each record is compared with at most this many records of the other cluster, spread over it. */
    static final int MOST_PARTNERS = 50;
    private static final String NAME = "name";

    private ClusterDisagreement() {
    }

    /** Whether the two clusters' records show them to be two people; see the class description. */
    static boolean tellsApart(int[] one, int[] other, PairScorer scorer) {
        int[] smaller = one.length <= other.length ? one : other;
        int[] larger = smaller == one ? other : one;
        if (smaller.length < 2) {
            return false;
        }
        Set<String> aspects = new HashSet<>();
        for (int c = 0; c < scorer.comparisonCount(); c++) {
            if (differOn(c, smaller, larger, scorer)) {
                String aspect = aspectOf(scorer.comparisonName(c));
                if (aspect.equals(PersonField.DATE_OF_BIRTH.column())) {
                    return true;
                }
                aspects.add(aspect);
            }
        }
        return aspects.size() >= 2;
    }

    private static String aspectOf(String comparison) {
        boolean name = comparison.equals(PersonField.FIRST_NAME.column())
                || comparison.equals(PersonField.SURNAME.column());
        return name ? NAME : comparison;
    }

    private static boolean differOn(int c, int[] smaller, int[] larger, PairScorer scorer) {
        int compared = 0;
        int disagreeing = 0;
        int partners = Math.min(larger.length, MOST_PARTNERS);
        for (int record : smaller) {
            int both = 0;
            int against = 0;
            for (int i = 0; i < partners; i++) {
                int level = scorer.level(c, record, larger[(int) ((long) i * larger.length / partners)]);
                if (level != Comparison.MISSING_LEVEL) {
                    both++;
                    if (scorer.weighsAgainst(c, level)) {
                        against++;
                    }
                }
            }
            if (both > 0) {
                compared++;
                if (2 * against > both) {
                    disagreeing++;
                }
            }
        }
        double chance = Math.max(scorer.disagreementChance(c), LEAST_CHANCE);
        return disagreeing > 0 && atLeast(disagreeing, compared, chance) < SIGNIFICANCE;
    }

    /** The chance of at least k successes in n independent trials of chance p. */
    static double atLeast(int k, int n, double p) {
        double term = Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
        double sum = 0;
        for (int i = k; i <= n && term > 0; i++) {
            sum += term;
            term *= (double) (n - i) / (i + 1) * p / (1 - p);
        }
        return Math.min(1, sum);
    }

    private static double logChoose(int n, int k) {
        double sum = 0;
        for (int i = 0; i < k; i++) {
            sum += Math.log(n - i) - Math.log(i + 1);
        }
        return sum;
    }
}
