package uk.lantern.synth.internal;

import java.time.LocalDate;

/**
 * Who an invented adult really is. Agencies each write their own record of the adult; the ground truth's
 * {@code persons} list ties them back to this.
 *
 * @param id the adult's id in the ground truth, such as {@code P-ROC-0001-2}
 */
record TrueAdult(String id, Sex sex, EthnicGroup group, String firstName, String surname, LocalDate dateOfBirth) {
}
