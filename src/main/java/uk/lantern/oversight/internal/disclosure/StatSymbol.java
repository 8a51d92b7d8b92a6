package uk.lantern.oversight.internal.disclosure;

/** The symbols the Department for Education uses in published statistics in place of a number. */
public enum StatSymbol {
    /** Suppressed to protect confidentiality. */
    SUPPRESSED("c"),
    /** Not available: the figure was not collected or not returned. */
    NOT_AVAILABLE("x"),
    /** Not applicable: no figure could exist, for example a rate over nothing. */
    NOT_APPLICABLE("z"),
    /** Low reliability, as some published tables mark their figures. */
    LOW_RELIABILITY("u");

    private final String code;

    StatSymbol(String code) {
        this.code = code;
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
