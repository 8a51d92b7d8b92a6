package uk.lantern.resolution.internal;

/**
 * A change in a person's life that their later records show: a move, a new mobile, or both.
 *
 * @param fromRecord the first of the person's records (counting from 0) that shows it
 * @param home the new home, or null when they did not move
 * @param mobile the new mobile, or null when it did not change
 */
record UkChange(int fromRecord, UkAddresses.Address home, String mobile) {
}
