package uk.lantern.identity;

import java.util.Arrays;
import java.util.Optional;

/** The roles in DESIGN.md section 2. A user may hold several. */
public enum Role {
    REFERRER("Referrer", "Raises concerns about children and follows them to the outcome"),
    TRIAGE("Triage practitioner", "Works the front-door referral queue and decides within the clock"),
    SOCIAL_WORKER("Social worker", "Runs assigned cases"),
    POLICE_INVESTIGATOR("Police investigator", "Works cases and intelligence for their force"),
    ANALYST("Analyst", "Reviews identity matches and analyses networks"),
    MANAGER("Manager", "Receives escalations, signs off decisions and sees break-glass use"),
    AUDITOR("Auditor", "Sees aggregate statistics and verifies the ledger, never named records"),
    ADMINISTRATOR("Administrator", "Manages agencies, users and configuration, not case content");

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Parses a role name as written in the API or a form, ignoring case and accepting spaces or hyphens. */
    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalised = text.trim().toUpperCase().replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(role -> role.name().equals(normalised)).findFirst();
    }
}
