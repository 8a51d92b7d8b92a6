package uk.lantern.synth.internal;

/**
 * A place as children and officers describe it ("a takeaway on Kestrel Grove"), with its interchange location type.
 * Lantern holds a place without a postcode once per description and police force area, so a child who names it and
 * a report that mentions it meet in the same place only when both use exactly this description.
 */
record Place(String description, String locationType) {

    /** Reads "TAKEAWAY: a takeaway on {street}" from a word list. */
    static Place parse(String line) {
        int colon = line.indexOf(':');
        return new Place(line.substring(colon + 1).strip(), line.substring(0, colon).strip());
    }

    Place filled(String placeholder, String value) {
        return new Place(description.replace(placeholder, value), locationType);
    }
}
