package uk.lantern.synth.internal;

import java.util.List;

import uk.lantern.synth.internal.Interchange.Address;

/**
 * An adult of a planted network.
 *
 * @param nickname what children call the adult
 * @param town where the adult lives and operates: the network's town, or its second town
 * @param home the adult's address as the police know it, or null
 * @param records every agency's record of the adult, the home force's nominal record first
 * @param relativeOf the position of the member this one is family to, or -1
 */
record NetworkMember(TrueAdult adult, String nickname, Town town, Address home, List<RecordedAdult> records,
                     int relativeOf) {

    RecordedAdult nominal() {
        return records.get(0);
    }

    /** This adult's record in one agency's system, if that agency holds one. */
    RecordedAdult recordIn(SynthAgency agency) {
        return records.stream().filter(recorded -> recorded.record().sourceSystem().equals(agency.system()))
                .findFirst().orElse(null);
    }
}
