package uk.lantern.synth.internal;

import java.util.ArrayList;
import java.util.List;

import uk.lantern.synth.internal.Interchange.OrganisationRecord;

/**
 * A planted exploitation network: adults known to police by nickname, some of them family, some living in a second
 * town; their cars (often taxis of one firm), phones, and the places they take children. Children linked to a
 * network mention these in missing episodes and return interviews, and intelligence reports name the adults with
 * them, which is what later network analysis must rediscover.
 *
 * @param secondTown another town where some members live and operate, or null
 * @param phones the phones members use, member {@code i} the {@code i}th; empty once the drama range is used up
 * @param taxiFirm the firm the network's drivers work for, or null when it uses no taxis
 * @param partnership whether children's social care has recorded intelligence about the network
 */
record Network(String id, Town town, Town secondTown, List<NetworkMember> members, List<Vehicle> vehicles,
               List<String> phones, List<Place> places, OrganisationRecord taxiFirm, boolean partnership) {

    List<String> nicknames() {
        return members.stream().map(NetworkMember::nickname).toList();
    }

    List<String> registrations() {
        return vehicles.stream().map(Vehicle::registration).toList();
    }

    List<String> placeDescriptions() {
        return places.stream().map(Place::description).toList();
    }

    /** The network's local authorities: its town first, then its second town. */
    List<String> areaCodes() {
        List<String> codes = new ArrayList<>(List.of(town.areaCode()));
        if (secondTown != null) {
            codes.add(secondTown.areaCode());
        }
        return List.copyOf(codes);
    }

    /** The phone member {@code position} uses, or null. */
    String phoneOf(int position) {
        return position < phones.size() ? phones.get(position) : null;
    }

    List<Vehicle> vehiclesOf(int position) {
        return vehicles.stream().filter(vehicle -> vehicle.driver() == position).toList();
    }

    boolean drivesForTaxiFirm(int position) {
        return vehiclesOf(position).stream().anyMatch(Vehicle::taxi);
    }
}
