package uk.lantern.synth.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import uk.lantern.synth.internal.Interchange.Address;
import uk.lantern.synth.internal.Interchange.InterchangeRecord;
import uk.lantern.synth.internal.Interchange.LocationRecord;
import uk.lantern.synth.internal.Interchange.PhoneRecord;
import uk.lantern.synth.internal.Interchange.SubjectRef;

/**
 * A network's vehicles, phones, places, homes and taxi firm as records of the home force, written before any report
 * names them. Places carry no postcode and the network's area, exactly as children describe them, so that Lantern
 * holds the place a child names and the place a report names as one.
 *
 * @param homes the reference of each member's home, by position, or null where the police know no address
 */
record NetworkThings(List<SubjectRef> vehicles, List<SubjectRef> phones, List<SubjectRef> places,
                     List<SubjectRef> homes, SubjectRef taxiFirm) {

    static NetworkThings write(Network network, SynthAgency police, BundleSink sink) {
        String system = police.system();
        String number = network.id().substring(2);
        List<SubjectRef> vehicles = new ArrayList<>();
        for (int v = 0; v < network.vehicles().size(); v++) {
            vehicles.add(written(sink, Section.VEHICLES,
                    network.vehicles().get(v).record(system, "VEH-" + number + "-" + (v + 1))));
        }
        List<SubjectRef> phones = new ArrayList<>();
        for (int p = 0; p < network.phones().size(); p++) {
            phones.add(written(sink, Section.PHONES, new PhoneRecord("phone", system,
                    "TEL-" + number + "-" + (p + 1), network.phones().get(p))));
        }
        List<SubjectRef> places = new ArrayList<>();
        for (int k = 0; k < network.places().size(); k++) {
            Place place = network.places().get(k);
            places.add(written(sink, Section.LOCATIONS, new LocationRecord("location", system,
                    "LOC-" + number + "-" + (k + 1), place.description(), null, place.locationType(),
                    network.town().areaCode())));
        }
        Map<Address, SubjectRef> homesByAddress = new HashMap<>();
        List<SubjectRef> homes = new ArrayList<>();
        for (int m = 0; m < network.members().size(); m++) {
            NetworkMember member = network.members().get(m);
            String sourceId = "HOME-" + number + "-" + (m + 1);
            homes.add(member.home() == null ? null : homesByAddress.computeIfAbsent(member.home(),
                    home -> written(sink, Section.LOCATIONS, Addresses.asLocation(home, system, sourceId,
                            member.town()))));
        }
        SubjectRef taxiFirm = network.taxiFirm() == null ? null
                : written(sink, Section.ORGANISATIONS, network.taxiFirm());
        return new NetworkThings(List.copyOf(vehicles), List.copyOf(phones), List.copyOf(places),
                Collections.unmodifiableList(homes), taxiFirm);
    }

    private static SubjectRef written(BundleSink sink, Section section, InterchangeRecord record) {
        sink.write(section, record);
        return record.subjectRef();
    }

    /** Every thing, for checking that each is named by at least one report. */
    List<SubjectRef> all() {
        List<SubjectRef> all = new ArrayList<>(vehicles);
        all.addAll(phones);
        all.addAll(places);
        homes.stream().filter(Objects::nonNull).distinct().forEach(all::add);
        if (taxiFirm != null) {
            all.add(taxiFirm);
        }
        return all;
    }
}
