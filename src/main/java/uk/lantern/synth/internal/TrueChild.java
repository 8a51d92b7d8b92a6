package uk.lantern.synth.internal;

import java.time.LocalDate;

import uk.lantern.synth.internal.Interchange.Address;
import uk.lantern.synth.internal.Interchange.Placement;

/**
 * Who an invented child really is. Agencies each record the child in their own way; the ground truth ties their
 * records back to this.
 *
 * @param index the child's position in the bundle, from 0
 * @param home where the child lives now (a children's home's address when placed there)
 * @param previousHome an earlier address, or null
 * @param nhsNumber unspaced, or null when the child has none
 * @param network the exploitation network the child is linked to, or null
 */
record TrueChild(int index, Town town, Sex sex, LocalDate dateOfBirth, int age, EthnicGroup ethnicGroup,
                 String nationality, String countryOfBirth, String firstName, String surname, String nhsNumber,
                 Address home, Address previousHome, String school, Placement placement, CseProfile cse,
                 Network network) {

    String id() {
        return id(index);
    }

    static String id(int index) {
        return String.format("T%07d", index);
    }

    boolean inChildrensHome() {
        return "CHILDRENS_HOME".equals(placement.placementType());
    }

    boolean livesWithFamily() {
        return "HOME".equals(placement.placementType());
    }
}
