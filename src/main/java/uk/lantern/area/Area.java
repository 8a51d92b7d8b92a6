package uk.lantern.area;

/**
 * An area by its ONS code.
 *
 * @param policeForceAreaCode for a local authority, the police force area that covers it; otherwise null
 */
public record Area(String code, String name, AreaType type, String policeForceAreaCode) {
}
