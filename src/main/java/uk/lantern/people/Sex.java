package uk.lantern.people;

/** Sex as recorded, following the NHS data dictionary's person stated gender values. */
public enum Sex {
    MALE("Male"), FEMALE("Female"), INDETERMINATE("Indeterminate"), NOT_KNOWN("Not known");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
