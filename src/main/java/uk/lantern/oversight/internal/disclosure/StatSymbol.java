package uk.lantern.oversight.internal.disclosure;

/** The symbols the Department for Education uses in published statistics in place of a number. */
public enum StatSymbol {
    /** Suppressed to protect confidentiality. */
    SUPPRESSED("c", "suppressed to protect confidentiality"),
    /** Not available: the figure was not collected or not returned. */
    NOT_AVAILABLE("x", "not available"),
    /** Not applicable: no figure could exist, for example a rate over nothing. */
    NOT_APPLICABLE("z", "not applicable"),
    /** Low reliability, as some published tables mark their figures. */
    LOW_RELIABILITY("u", "low reliability");

    private final String code;
    private final String meaning;

    StatSymbol(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** What the symbol stands for, in words for a reader. */
    public String meaning() {
        return meaning;
    }

    public String code() {
        return code;
    }

    /** The symbol written as {@code code}, if it is one. */
    public static java.util.Optional<StatSymbol> fromCode(String code) {
        for (StatSymbol symbol : values()) {
            if (symbol.code.equals(code)) {
                return java.util.Optional.of(symbol);
            }
        }
        return java.util.Optional.empty();
    }
}
