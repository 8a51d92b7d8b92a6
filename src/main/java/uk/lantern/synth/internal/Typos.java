package uk.lantern.synth.internal;

/**
 * The slips people make typing a name: two letters swapped, a letter dropped or doubled. The first letter is left
 * alone, as it usually is in life, and the result always differs from the name by exactly one edit.
 */
final class Typos {

    private Typos() {
    }

    /** Whether the name is long enough to take a typo and still read as a name. */
    static boolean canTake(String name) {
        return name.length() >= 4 && name.chars().allMatch(Character::isLetter);
    }

    static String apply(String name, Dice dice) {
        for (int attempt = 0; attempt < 10; attempt++) {
            String typed = switch (dice.between(0, 2)) {
                case 0 -> swapped(name, dice.between(1, name.length() - 2));
                case 1 -> dropped(name, dice.between(1, name.length() - 1));
                default -> doubled(name, dice.between(1, name.length() - 1));
            };
            if (!typed.equals(name)) {
                return typed;
            }
        }
        return dropped(name, name.length() - 1);
    }

    private static String swapped(String name, int at) {
        char[] letters = name.toCharArray();
        char first = letters[at];
        letters[at] = letters[at + 1];
        letters[at + 1] = first;
        return new String(letters);
    }

    private static String dropped(String name, int at) {
        return name.substring(0, at) + name.substring(at + 1);
    }

    private static String doubled(String name, int at) {
        return name.substring(0, at + 1) + name.charAt(at) + name.substring(at + 1);
    }
}
