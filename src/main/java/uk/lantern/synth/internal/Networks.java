package uk.lantern.synth.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import uk.lantern.synth.internal.Interchange.Address;
import uk.lantern.synth.internal.Interchange.OrganisationRecord;

/**
 * The networks of a bundle, drawn once before any child. There are about a dozen exploited children per network,
 * so the count grows with the bundle while each network stays small enough to read. Networks are drawn town by town
 * in turn, so that when the drama phone range runs out, it runs out evenly.
 *
 * <p>Nothing a network owns is shared with another: places, taxi firms and registration marks are drawn again when
 * taken, and nicknames are dealt from a shuffled pack per force. Shared things would join unrelated networks into one
 * in analysis, which is not what the ground truth says.
 */
final class Networks {

    static final double CHILDREN_PER_NETWORK = 12;
    static final double SECOND_TOWN_SHARE = 0.45;
    static final double FAMILY_SHARE = 0.4;
    static final double TAXI_SHARE = 0.55;
    static final double PARTNERSHIP_SHARE = 0.5;
    private static final double MALE_SHARE = 0.88;
    /** Draws before a taken place or firm is kept anyway, in bundles so large that the invented streets run out. */
    private static final int TRIES = 20;

    private final List<Network> all = new ArrayList<>();
    private final Map<Town, List<Network>> byTown = new EnumMap<>(Town.class);

    private final World.Parts parts;
    private final AdultRecords adults;
    private final Nicknames nicknames;
    private final List<Place> placeTemplates;
    private final List<String> firmTemplates;
    private final Cars cars;
    private final Set<String> taken = new HashSet<>();
    private int phonesGiven;

    Networks(World.Parts parts, AdultRecords adults, int children, double linkedShare, Dice dice) {
        this.parts = parts;
        this.adults = adults;
        this.nicknames = new Nicknames(ResourceLists.section(parts.places(), "nicknames"));
        this.placeTemplates = ResourceLists.section(parts.places(), "network-places").stream().map(Place::parse)
                .toList();
        this.firmTemplates = ResourceLists.section(parts.places(), "taxi-firms");
        this.cars = new Cars(parts.places());
        Map<Town, Long> counts = new EnumMap<>(Town.class);
        long most = 0;
        for (Town town : Town.values()) {
            long count = Math.max(1, Math.round(children * town.share() * linkedShare / CHILDREN_PER_NETWORK));
            counts.put(town, count);
            byTown.put(town, new ArrayList<>());
            most = Math.max(most, count);
        }
        for (int number = 1; number <= most; number++) {
            for (Town town : Town.values()) {
                if (number <= counts.get(town)) {
                    Network network = network(town, number, dice);
                    all.add(network);
                    byTown.get(town).add(network);
                }
            }
        }
        byTown.replaceAll((town, networks) -> List.copyOf(networks));
    }

    List<Network> all() {
        return List.copyOf(all);
    }

    Network pick(Town town, Dice dice) {
        return dice.oneOf(byTown.get(town));
    }

    private Network network(Town town, int number, Dice dice) {
        String id = "N-" + town.shortCode() + "-" + String.format("%04d", number);
        Town secondTown = dice.chance(SECOND_TOWN_SHARE) ? otherDemoTown(town, dice) : null;
        List<String> names = nicknames.deal(town.force(), dice.between(2, 6), dice);
        List<String> phones = phones(Math.min(names.size(), dice.between(1, 3)));
        OrganisationRecord taxiFirm = dice.chance(TAXI_SHARE) ? taxiFirm(id, town, dice) : null;
        List<Vehicle> vehicles = vehicles(town, names.size(), taxiFirm != null, dice);
        List<Place> places = places(town, dice);
        boolean partnership = dice.chance(PARTNERSHIP_SHARE);
        List<NetworkMember> members = members(id, town, secondTown, names, phones, partnership, dice);
        return new Network(id, town, secondTown, members, vehicles, phones, places, taxiFirm, partnership);
    }

    private static Town otherDemoTown(Town town, Dice dice) {
        List<Town> others = new ArrayList<>(List.of(Town.values()));
        others.remove(town);
        return dice.oneOf(others);
    }

    /** The drama mobile range holds 1,000 numbers; each goes to one network only, and later networks go without. */
    private List<String> phones(int wanted) {
        if (phonesGiven + wanted > PhoneNumbers.DRAMA_MOBILES) {
            return List.of();
        }
        List<String> phones = new ArrayList<>();
        while (phones.size() < wanted) {
            phones.add(PhoneNumbers.networkMobile(phonesGiven++));
        }
        return List.copyOf(phones);
    }

    private OrganisationRecord taxiFirm(String networkId, Town town, Dice dice) {
        String name = unique(town.force() + "|", () -> dice.oneOf(firmTemplates)
                .replace("{stem}", parts.addresses().stem(dice)).replace("{town}", town.displayName()));
        return new OrganisationRecord("organisation", parts.agencies().police(town.force()).system(),
                "ORG-" + networkId.substring(2), name, "TAXI_FIRM", town.areaCode());
    }

    /** The first car of a taxi network is a licensed private hire car, and often the others are too. */
    private List<Vehicle> vehicles(Town town, int members, boolean taxis, Dice dice) {
        int count = dice.between(1, 3);
        List<Vehicle> vehicles = new ArrayList<>();
        for (int v = 0; v < count; v++) {
            boolean taxi = taxis && (v == 0 || dice.chance(0.5));
            vehicles.add(cars.draw(unique("", () -> RegistrationMarks.local(town.force(), dice)), taxi, v % members,
                    dice));
        }
        return List.copyOf(vehicles);
    }

    private List<Place> places(Town town, Dice dice) {
        int count = dice.between(1, 3);
        Set<Place> places = new LinkedHashSet<>();
        while (places.size() < count) {
            Place template = dice.oneOf(placeTemplates);
            String description = unique(town.force() + "|", () -> template.description()
                    .replace("{street}", parts.addresses().street(dice))
                    .replace("{other_town}", parts.otherTown(town, dice)));
            places.add(new Place(description, template.locationType()));
        }
        return List.copyOf(places);
    }

    /**
     * Adults as the police force knows them: a name, the nickname children use, often a phone and an address. The
     * second member is sometimes family of the first. Members who live in the second town are also recorded by that
     * town's force when it is another force, and children's social care records the adults children have named when
     * it shares intelligence about the network.
     */
    private List<NetworkMember> members(String networkId, Town town, Town secondTown, List<String> names,
                                        List<String> phones, boolean partnership, Dice dice) {
        AgencyDirectory agencies = parts.agencies();
        int inSecondTown = secondTown == null ? 0 : dice.between(1, Math.min(2, names.size() - 1));
        boolean family = dice.chance(FAMILY_SHARE);
        int namedToSocialCare = partnership ? dice.between(1, 2) : 0;
        String number = networkId.substring(2);
        List<NetworkMember> members = new ArrayList<>();
        for (int m = 0; m < names.size(); m++) {
            Town lives = m >= names.size() - inSecondTown ? secondTown : town;
            String personId = "P-" + number + "-" + (m + 1);
            int relativeOf = family && m == 1 ? 0 : -1;
            TrueAdult adult = relativeOf >= 0
                    ? adults.relative(personId, members.get(0).adult(), dice)
                    : adults.draw(personId, lives, MALE_SHARE, dice);
            Address home = home(lives, relativeOf >= 0 ? members.get(0) : null, dice);
            String nickname = names.get(m);
            List<RecordedAdult> records = new ArrayList<>();
            records.add(adults.nominal(adult, agencies.police(town.force()), "NOM-ADULT-" + number + "-" + (m + 1),
                    nickname, m < phones.size() ? phones.get(m) : null, home, dice));
            if (lives.force() != town.force()) {
                records.add(adults.secondHand(adult, agencies.police(lives.force()),
                        "NOM-ADULT-XF-" + number + "-" + (m + 1), nickname, home, dice));
            }
            if (m < namedToSocialCare) {
                records.add(adults.secondHand(adult, agencies.socialCare(town),
                        "PER-ADULT-" + number + "-" + (m + 1), nickname, null, dice));
            }
            members.add(new NetworkMember(adult, nickname, lives, home, List.copyOf(records), relativeOf));
        }
        return List.copyOf(members);
    }

    /** Family members in the same town often share a home. */
    private Address home(Town lives, NetworkMember relative, Dice dice) {
        if (relative != null && relative.town() == lives && relative.home() != null && dice.chance(0.5)) {
            return relative.home();
        }
        return dice.chance(0.7) ? parts.addresses().home(lives, dice) : null;
    }

    /** Whether a network has this car, so that nobody else's car is drawn with its registration. */
    boolean owns(String registration) {
        return taken.contains(registration.toLowerCase(Locale.ROOT));
    }

    /** Draws until the value is not taken within its scope, or until the tries run out. */
    private String unique(String scope, Supplier<String> draw) {
        String value = draw.get();
        for (int tries = 1; tries < TRIES && taken.contains(scope + value.toLowerCase(Locale.ROOT)); tries++) {
            value = draw.get();
        }
        taken.add(scope + value.toLowerCase(Locale.ROOT));
        return value;
    }
}
