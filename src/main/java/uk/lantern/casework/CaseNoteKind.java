package uk.lantern.casework;

/** What a case note records: a note, a visit to the child, or a contact with the child or someone about them. */
public enum CaseNoteKind {
    NOTE("Case note"),
    VISIT("Visit"),
    CONTACT("Contact");

    private final String label;

    CaseNoteKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
