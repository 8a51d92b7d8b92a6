package uk.lantern.network;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a piece of evidence is graded: the 3x5x2 grade of an intelligence report, a legacy 5x5x5 grade kept exactly as
 * given, or nothing for records that are not intelligence (a missing episode, a return interview, an identity match).
 * Filters compare grades on the 3x5x2 scale; {@link #onCurrentScale()} says how a legacy grade reads there.
 */
public sealed interface Grading permits Grading.Graded, Grading.Legacy, Grading.Ungraded {

    /** The grade as written on the record, for example {@code 1A P} or {@code B2 4}; empty when ungraded. */
    String code();

    /** The grade on the 3x5x2 scale, or empty for a record that is not intelligence. */
    Optional<Graded> onCurrentScale();

    static Graded of(int source, char intelligence, Handling handling) {
        return new Graded(source, intelligence, handling);
    }

    static Legacy legacy(String asGiven) {
        return new Legacy(asGiven);
    }

    static Ungraded ungraded() {
        return Ungraded.INSTANCE;
    }

    /** Reads a 3x5x2 code such as {@code 2B C}, a legacy code such as {@code B2 4}, or blank for ungraded. */
    static Grading parse(String code) {
        if (code == null || code.isBlank()) {
            return ungraded();
        }
        Matcher current = Graded.CODE.matcher(code.strip().toUpperCase(Locale.ROOT));
        if (current.matches()) {
            return of(Integer.parseInt(current.group(1)), current.group(2).charAt(0),
                    Handling.valueOf(current.group(3)));
        }
        return legacy(code);
    }

    /** The handling code of the 3x5x2 grade. */
    enum Handling {
        /** Lawful sharing permitted. */
        P,
        /** Conditions apply: the report restricts who may see it. */
        C
    }

    /**
     * A 3x5x2 grade: source evaluation 1 (reliable), 2 (untested) or 3 (not reliable); intelligence assessment
     * A (known directly) to E (suspected to be false); handling P or C.
     */
    record Graded(int source, char intelligence, Handling handling) implements Grading {

        private static final Pattern CODE = Pattern.compile("([1-3])\\s*([A-E])\\s*([PC])");

        public Graded {
            if (source < 1 || source > 3) {
                throw new IllegalArgumentException("grading source: must be 1, 2 or 3, was " + source);
            }
            if (intelligence < 'A' || intelligence > 'E') {
                throw new IllegalArgumentException("grading intelligence: must be A to E, was " + intelligence);
            }
            if (handling == null) {
                throw new IllegalArgumentException("grading handling: must be P or C");
            }
        }

        @Override
        public String code() {
            return "" + source + intelligence + " " + handling;
        }

        @Override
        public Optional<Graded> onCurrentScale() {
            return Optional.of(this);
        }
    }

    /**
     * A 5x5x5 grade kept as given: source A–E, intelligence 1–5, handling 1–5, for example {@code B2 4}. On the current
     * scale it reads conservatively, so that a filter never shows more than the original grade allowed: sources A and B
     * read as 1, E (untested) as 2, C and D as 3; intelligence 1–5 as A–E; only handling code 1 reads as P, because
     * codes 2 to 5 restrict dissemination to named kinds of recipient that the engine cannot check. A code that cannot
     * be read counts as the worst grade, 3E C.
     */
    record Legacy(String asGiven) implements Grading {

        private static final Pattern CODE = Pattern.compile("([A-E])\\s*([1-5])\\s*([1-5])");
        private static final Graded UNREADABLE = new Graded(3, 'E', Handling.C);

        public Legacy {
            if (asGiven == null || asGiven.isBlank()) {
                throw new IllegalArgumentException("legacy grading: must not be blank");
            }
        }

        @Override
        public String code() {
            return asGiven;
        }

        @Override
        public Optional<Graded> onCurrentScale() {
            Matcher parts = CODE.matcher(asGiven.strip().toUpperCase(Locale.ROOT));
            if (!parts.matches()) {
                return Optional.of(UNREADABLE);
            }
            int source = switch (parts.group(1).charAt(0)) {
                case 'A', 'B' -> 1;
                case 'E' -> 2;
                default -> 3;
            };
            char intelligence = (char) ('A' + Integer.parseInt(parts.group(2)) - 1);
            Handling handling = parts.group(3).equals("1") ? Handling.P : Handling.C;
            return Optional.of(new Graded(source, intelligence, handling));
        }
    }

    /** No grade: the record is not intelligence, and who may see it is decided by its own module's rules. */
    enum Ungraded implements Grading {
        INSTANCE;

        @Override
        public String code() {
            return "";
        }

        @Override
        public Optional<Graded> onCurrentScale() {
            return Optional.empty();
        }
    }
}
