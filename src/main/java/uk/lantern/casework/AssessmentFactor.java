package uk.lantern.casework;

/** Children in Need census factors at the end of assessment that concern exploitation (DESIGN.md §4). */
public enum AssessmentFactor {
    F10A("10A", "Going or being missing"),
    F11A("11A", "Child sexual exploitation"),
    F12A("12A", "Trafficking"),
    F13A("13A", "Gangs"),
    F24A("24A", "Child criminal exploitation"),
    F19B("19B", "Sexual abuse: child on child"),
    F19C("19C", "Sexual abuse: adult on child");

    private final String code;
    private final String label;

    AssessmentFactor(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static AssessmentFactor ofCode(String code) {
        for (AssessmentFactor factor : values()) {
            if (factor.code.equalsIgnoreCase(code == null ? "" : code.trim())) {
                return factor;
            }
        }
        throw new IllegalArgumentException("Unknown assessment factor '" + code + "'");
    }
}
