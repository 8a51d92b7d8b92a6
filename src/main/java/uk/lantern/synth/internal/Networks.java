package uk.lantern.synth.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import uk.lantern.synth.internal.Interchange.Address;
import uk.lantern.synth.internal.Interchange.Alias;
import uk.lantern.synth.internal.Interchange.Ethnicity;
import uk.lantern.synth.internal.Interchange.PersonRecord;

/**
 * The networks of a bundle, drawn once before any child. There are about a dozen exploited children per network,
 * so the count grows with the bundle while each network stays small enough to read.
 */
final class Networks {

    static final double CHILDREN_PER_NETWORK = 12;

    private final List<Network> all = new ArrayList<>();
    private final Map<Town, List<Network>> byTown = new EnumMap<>(Town.class);

    private final World.Parts parts;
    private final List<String> nicknames;
    private final List<String> placeTemplates;
    private int phonesGiven;

    Networks(World.Parts parts, int children, double linkedShare, Dice dice) {
        this.parts = parts;
        this.nicknames = ResourceLists.section(parts.places(), "nicknames");
        this.placeTemplates = ResourceLists.section(parts.places(), "network-places");
        for (Town town : Town.values()) {
            long count = Math.max(1, Math.round(children * town.share() * linkedShare / CHILDREN_PER_NETWORK));
            List<Network> local = new ArrayList<>();
            for (int n = 1; n <= count; n++) {
                local.add(network(town, n, dice));
            }
            all.addAll(local);
            byTown.put(town, List.copyOf(local));
        }
    }

    private Network network(Town town, int number, Dice dice) {
        String id = "N-" + town.systemPrefix().substring(0, 3).toUpperCase(Locale.ROOT) + "-"
                + String.format("%04d", number);
        List<String> phones = new ArrayList<>();
        int phoneCount = dice.between(1, 3);
        while (phones.size() < phoneCount) {
            phones.add(PhoneNumbers.networkMobile(phonesGiven++));
        }
        List<String> names = List.copyOf(distinct(dice.between(2, 6), () -> dice.oneOf(nicknames)));
        List<String> vehicles = new ArrayList<>();
        int vehicleCount = dice.between(1, 3);
        while (vehicles.size() < vehicleCount) {
            vehicles.add(RegistrationMarks.local(town.force(), dice));
        }
        Set<String> places = distinct(dice.between(1, 3), () -> dice.oneOf(placeTemplates)
                .replace("{street}", parts.addresses().street(dice))
                .replace("{other_town}", parts.otherTown(town, dice)));
        return new Network(id, town, members(town, id, names, phones, dice), names, List.copyOf(vehicles),
                List.copyOf(phones), List.copyOf(places));
    }

    private static Set<String> distinct(int count, Supplier<String> draw) {
        Set<String> values = new LinkedHashSet<>();
        while (values.size() < count) {
            values.add(draw.get());
        }
        return values;
    }

    List<Network> all() {
        return List.copyOf(all);
    }

    Network pick(Town town, Dice dice) {
        return dice.oneOf(byTown.get(town));
    }

    /** Adults as the police force knows them: a name, the nickname children use, often a phone and an address. */
    private List<PersonRecord> members(Town town, String networkId, List<String> nicknames, List<String> phones,
                                       Dice dice) {
        SynthAgency police = parts.agencies().police(town.force());
        List<PersonRecord> members = new ArrayList<>();
        for (int m = 0; m < nicknames.size(); m++) {
            Sex sex = dice.chance(0.88) ? Sex.MALE : Sex.FEMALE;
            EthnicGroup group = town.ethnicGroup(dice);
            PersonNames.PersonName name = parts.personNames().draw(group, sex, dice);
            LocalDate born = parts.today().minusYears(dice.between(19, 48)).minusDays(dice.between(0, 364));
            String dateOfBirth = dice.chance(0.8) ? born.toString() : Integer.toString(born.getYear());
            Ethnicity ethnicity = dice.chance(0.6)
                    ? new Ethnicity("RECORDED", group.ons2021(), group.policeSelfDefined(), group.observed())
                    : new Ethnicity("NOT_RECORDED", null, null, group.observed());
            String phone = m < phones.size() ? phones.get(m) : null;
            List<Address> addresses = dice.chance(0.6) ? List.of(parts.addresses().home(town, dice)) : null;
            members.add(new PersonRecord("person", police.system(),
                    "NOM-ADULT-" + networkId.substring(2) + "-" + (m + 1), name.firstName(), name.surname(),
                    List.of(new Alias(nicknames.get(m), null)), dateOfBirth, sex.name(), ethnicity,
                    dice.chance(0.6) ? group.nationality(dice) : null, phone, addresses));
        }
        return List.copyOf(members);
    }
}
