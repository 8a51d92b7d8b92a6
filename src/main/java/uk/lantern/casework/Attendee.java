package uk.lantern.casework;

/** Someone at a strategy discussion, and the agency they spoke for. */
public record Attendee(String name, String agencyName, String role) {
}
