package uk.lantern.resolution.internal;

/**
 * A household of the hard UK set: everyone in it shares the address, the postcode and, where there is one, the
 * landline.
 *
 * @param id the true household, the set's {@code household}
 * @param community the community whose names its people carry
 * @param home where it lives
 * @param landline its landline, or null
 */
record UkHousehold(int id, UkCommunity community, UkAddresses.Address home, String landline) {
}
