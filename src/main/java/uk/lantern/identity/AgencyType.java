package uk.lantern.identity;

import java.util.Arrays;
import java.util.Optional;

public enum AgencyType {
    CHILDRENS_SOCIAL_CARE("Children's social care"),
    POLICE("Police"),
    HEALTH("Health"),
    SCHOOL("School"),
    CHILDRENS_HOME("Children's home"),
    YOUTH_SERVICE("Youth service"),
    VOLUNTARY_SECTOR("Voluntary sector"),
    OVERSIGHT("Oversight and inspection"),
    SERVICE_OPERATOR("Lantern service operator");

    private final String label;

    AgencyType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<AgencyType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalised = text.trim().toUpperCase().replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(type -> type.name().equals(normalised)).findFirst();
    }
}
