package uk.lantern.resolution.internal;

/** Whether two strings differ by at most one typo: one substitution, insertion, deletion or swap of neighbours. */
final class Typos {

    private Typos() {
    }

    static boolean withinOne(String a, String b) {
        int lengthDifference = a.length() - b.length();
        if (lengthDifference < -1 || lengthDifference > 1) {
            return false;
        }
        int start = 0;
        while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        if (start == a.length() && start == b.length()) {
            return true;
        }
        if (lengthDifference == 0) {
            boolean substitution = a.regionMatches(start + 1, b, start + 1, a.length() - start - 1);
            boolean swap = start + 1 < a.length() && a.charAt(start) == b.charAt(start + 1)
                    && a.charAt(start + 1) == b.charAt(start)
                    && a.regionMatches(start + 2, b, start + 2, a.length() - start - 2);
            return substitution || swap;
        }
        String longer = lengthDifference > 0 ? a : b;
        String shorter = lengthDifference > 0 ? b : a;
        return longer.regionMatches(start + 1, shorter, start, shorter.length() - start);
    }
}
