package uk.lantern.intelligence;

/**
 * A place as reported: an address or description, a postcode where known, its type, and the area it is in (needed
 * to tell "a takeaway on the high street" in one town from the same words in another when there is no postcode).
 */
public record NewLocation(String address, String postcode, String locationType, String areaCode) {
}
