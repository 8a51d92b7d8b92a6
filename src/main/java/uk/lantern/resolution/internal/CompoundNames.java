package uk.lantern.resolution.internal;

/**
 * Names of more than one word, compared word by word. One record gives "Mohammed Sajid", another just "Sajid" or
 * "Mohammed": the names are far apart as strings, but every word of the shorter is in the longer. Words agree when
 * they are equal, known variants of each other, or close in spelling (Jaro–Winkler at least
 * {@link NameComparison#CLOSE}), so "Muhammad Shahid" holds "Shahed".
 */
final class CompoundNames {

    private final ValueColumn words;
    private final String[][] wordsOfCode;

    CompoundNames(ValueColumn words) {
        this.words = words;
        this.wordsOfCode = new String[words.distinctValues()][];
        for (int code = 0; code < wordsOfCode.length; code++) {
            wordsOfCode[code] = words.valueOfCode(code).split(" ");
        }
    }

    /** Whether one record's name is made of words of the other's, and at least one of the two has several words. */
    boolean oneWithinTheOther(int left, int right) {
        int a = words.code(left);
        int b = words.code(right);
        if (a == ValueColumn.MISSING || b == ValueColumn.MISSING) {
            return false;
        }
        String[] one = wordsOfCode[a];
        String[] other = wordsOfCode[b];
        if (one.length == 1 && other.length == 1) {
            return false;
        }
        return one.length <= other.length ? allWithin(one, other) : allWithin(other, one);
    }

    private static boolean allWithin(String[] fewer, String[] more) {
        for (String word : fewer) {
            if (!anyAgrees(word, more)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyAgrees(String word, String[] words) {
        for (String candidate : words) {
            if (candidate.equals(word) || NameVariants.standard().areVariants(candidate, word)
                    || JaroWinkler.similarity(candidate, word) >= NameComparison.CLOSE) {
                return true;
            }
        }
        return false;
    }
}
