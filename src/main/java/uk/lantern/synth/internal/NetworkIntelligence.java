package uk.lantern.synth.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import uk.lantern.synth.internal.Interchange.PersonRecord;
import uk.lantern.synth.internal.Interchange.Ref;
import uk.lantern.synth.internal.Interchange.SubjectRef;
import uk.lantern.synth.internal.NetworkChildren.ToldChild;

/**
 * What agencies have recorded about a planted network: its things, then reports over the period, each naming one
 * to three adults as suspects, some of their cars, phones, homes, places and taxi firm, and often the network's
 * children as victims, with the links the report states.
 *
 * <p>The reports are laid out so that the network can be found: every member is a suspect in a report that also
 * names one of the network's children (whenever it has any), the first reports between them name different
 * children, and every vehicle, phone, place, home and firm of the network is named by at least one report, so a
 * child's mention of it meets the intelligence. Then come a few more reports by the home force, partnership
 * intelligence from children's social care, reports by the other force about members who live in its area
 * (recorded there under other spellings), and now and then an old 5x5x5 report from years before.
 */
final class NetworkIntelligence {

    static final double CONDITIONS_SHARE = 0.2;
    static final double SANITISED_SHARE_OPEN = 0.08;
    static final double SANITISED_SHARE_CONDITIONAL = 0.5;
    static final double LEGACY_SHARE = 0.3;
    private static final double VICTIM_IN_FURTHER_REPORT = 0.5;

    /** A suspect as the recording agency holds them. */
    private record Suspect(int position, SubjectRef ref, String name) {
    }

    /** A report of the home force, and the positions of the members it names as suspects. */
    private record PoliceReport(ReportDraft draft, List<Integer> suspects) {
    }

    private final World world;
    private final NetworkChildren told;
    private final Gradings gradings;
    private final Sentences sentences;

    NetworkIntelligence(World world, NetworkChildren told) {
        this.world = world;
        this.told = told;
        this.sentences = world.sentences();
        this.gradings = new Gradings(sentences);
    }

    void write(Network network, Dice dice, BundleSink sink) {
        SynthAgency police = world.agencies().police(network.town().force());
        NetworkThings things = NetworkThings.write(network, police, sink);
        List<ToldChild> children = dice.shuffled(told.of(network));
        List<PoliceReport> reports = reportsNamingEveryMember(network, police, things, children, dice);
        for (int further = dice.between(1, 3); further > 0; further--) {
            int members = network.members().size();
            List<Integer> suspects = dice.shuffled(positions(members)).subList(0, dice.between(1,
                    Math.min(3, members)));
            List<ToldChild> victims = !children.isEmpty() && dice.chance(VICTIM_IN_FURTHER_REPORT)
                    ? List.of(dice.oneOf(children)) : List.of();
            reports.add(policeReport(network, police, things, reports.size() + 1, suspects, victims, dice));
        }
        nameEveryThing(network, things, reports, dice);
        reports.forEach(report -> report.draft().write(sink));
        partnership(network, things, children, dice, sink);
        otherForce(network, things, dice, sink);
        if (dice.chance(LEGACY_SHARE)) {
            legacy(network, police, dice).write(sink);
        }
    }

    /**
     * Members in a random order, one to three to a report, each report naming one or two of the network's children,
     * the next ones along, so that the reports between them name as many different children as they can.
     */
    private List<PoliceReport> reportsNamingEveryMember(Network network, SynthAgency police, NetworkThings things,
                                                        List<ToldChild> children, Dice dice) {
        int members = network.members().size();
        List<Integer> order = dice.shuffled(positions(members));
        List<PoliceReport> reports = new ArrayList<>();
        int nextChild = 0;
        for (int at = 0; at < members; ) {
            int size = Math.min(members - at, dice.between(1, 3));
            List<ToldChild> victims = new ArrayList<>();
            int wanted = Math.min(children.size(), dice.between(1, 2));
            while (victims.size() < wanted) {
                victims.add(children.get(nextChild++ % children.size()));
            }
            reports.add(policeReport(network, police, things, reports.size() + 1, order.subList(at, at + size),
                    victims, dice));
            at += size;
        }
        return reports;
    }

    private PoliceReport policeReport(Network network, SynthAgency police, NetworkThings things, int number,
                                      List<Integer> positions, List<ToldChild> victims, Dice dice) {
        List<String> areas = positions.stream().anyMatch(m -> network.members().get(m).town() != network.town())
                ? network.areaCodes() : List.of(network.town().areaCode());
        ReportDraft draft = new ReportDraft(police, reportId(network, Integer.toString(number)),
                world.dayInPeriod(dice), areas, gradings.current(CONDITIONS_SHARE, dice));
        draft.say(sentences.pick("intel.network.opening", dice, town(network)));
        List<Suspect> suspects = positions.stream().map(m -> nominal(network, m)).toList();
        for (Suspect suspect : suspects) {
            NetworkMember member = network.members().get(suspect.position());
            draft.name(suspect.ref(), "SUSPECT", "Known as " + member.nickname());
            draft.say(sentences.pick("intel.network.suspect", dice, about(network, suspect)));
            if (member.town() != network.town()) {
                draft.say(sentences.pick("intel.network.second-town", dice, about(network, suspect)
                        .with("other_town", member.town().displayName())));
            }
            for (Vehicle vehicle : network.vehiclesOf(suspect.position())) {
                if (dice.chance(0.6)) {
                    vehicle(draft, network, things, suspect, vehicle, dice);
                }
            }
            if (network.drivesForTaxiFirm(suspect.position()) && dice.chance(0.5)) {
                taxiFirm(draft, network, things, suspect, dice);
            }
            if (network.phoneOf(suspect.position()) != null && dice.chance(0.6)) {
                phone(draft, network, things, suspect, dice);
            }
            if (things.homes().get(suspect.position()) != null && dice.chance(0.3)) {
                home(draft, network, things, suspect, dice);
            }
            int relative = member.relativeOf();
            if (relative >= 0 && positions.contains(relative)) {
                Suspect other = nominal(network, relative);
                draft.link(suspect.ref(), other.ref(), "FAMILY");
                draft.say(sentences.pick("intel.network.family", dice, about(network, suspect)
                        .with("relative", other.name())));
            }
        }
        if (suspects.size() >= 2 && dice.chance(0.3)) {
            draft.link(suspects.get(0).ref(), suspects.get(1).ref(), "ASSOCIATE");
            draft.say(sentences.pick("intel.network.associate", dice, about(network, suspects.get(0))
                    .with("associate", suspects.get(1).name())));
        }
        if (dice.chance(0.6)) {
            place(draft, network, things, suspects.get(0), dice.between(0, network.places().size() - 1), dice);
        }
        for (ToldChild child : victims) {
            Ref record = told.policeOrSocialCareRecord(network, child);
            SubjectRef victim = new SubjectRef("child", record.sourceSystem(), record.sourceId());
            draft.name(victim, "VICTIM", null);
            if (dice.chance(0.4)) {
                draft.link(suspects.get(0).ref(), victim, "SEEN_WITH");
            }
        }
        if (!victims.isEmpty()) {
            draft.say(sentences.pick(victims.size() == 1 ? "intel.network.victim" : "intel.network.victims", dice,
                    about(network, suspects.get(0))));
        }
        sanitise(draft, network, dice);
        return new PoliceReport(draft, positions);
    }

    /** Names, in a report where its user is a suspect, each thing that no report has named yet. */
    private void nameEveryThing(Network network, NetworkThings things, List<PoliceReport> reports, Dice dice) {
        for (int v = 0; v < network.vehicles().size(); v++) {
            Vehicle vehicle = network.vehicles().get(v);
            if (unnamed(reports, things.vehicles().get(v))) {
                PoliceReport report = reportWith(reports, vehicle.driver());
                vehicle(report.draft(), network, things, nominal(network, vehicle.driver()), vehicle, dice);
            }
        }
        for (int p = 0; p < network.phones().size(); p++) {
            if (unnamed(reports, things.phones().get(p))) {
                phone(reportWith(reports, p).draft(), network, things, nominal(network, p), dice);
            }
        }
        for (int m = 0; m < network.members().size(); m++) {
            SubjectRef home = things.homes().get(m);
            if (home != null && unnamed(reports, home)) {
                home(reportWith(reports, m).draft(), network, things, nominal(network, m), dice);
            }
        }
        if (things.taxiFirm() != null && unnamed(reports, things.taxiFirm())) {
            int driver = network.vehicles().stream().filter(Vehicle::taxi).findFirst().orElseThrow().driver();
            taxiFirm(reportWith(reports, driver).draft(), network, things, nominal(network, driver), dice);
        }
        for (int k = 0; k < network.places().size(); k++) {
            if (unnamed(reports, things.places().get(k))) {
                PoliceReport first = reports.get(0);
                place(first.draft(), network, things, nominal(network, first.suspects().get(0)), k, dice);
            }
        }
    }

    private static boolean unnamed(List<PoliceReport> reports, SubjectRef thing) {
        return reports.stream().noneMatch(report -> report.draft().names(thing));
    }

    private static PoliceReport reportWith(List<PoliceReport> reports, int position) {
        return reports.stream().filter(report -> report.suspects().contains(position)).findFirst().orElseThrow();
    }

    /** Children's social care shares what children told it about the adults they named, in its own records. */
    private void partnership(Network network, NetworkThings things, List<ToldChild> children, Dice dice,
                             BundleSink sink) {
        SynthAgency socialCare = world.agencies().socialCare(network.town());
        List<Suspect> named = new ArrayList<>();
        for (int m = 0; m < network.members().size(); m++) {
            RecordedAdult record = network.members().get(m).recordIn(socialCare);
            if (record != null) {
                named.add(suspect(m, record.record()));
            }
        }
        if (named.isEmpty()) {
            return;
        }
        ReportDraft draft = new ReportDraft(socialCare, reportId(network, "SC"), world.dayInPeriod(dice),
                List.of(network.town().areaCode()), gradings.current(CONDITIONS_SHARE, dice));
        for (Suspect suspect : named) {
            draft.name(suspect.ref(), "SUSPECT", "Named by a young person as "
                    + network.members().get(suspect.position()).nickname());
            draft.say(sentences.pick("intel.partnership", dice, about(network, suspect)));
            draft.say(sentences.pick("intel.partnership.suspect", dice, about(network, suspect)));
        }
        if (!children.isEmpty()) {
            Ref record = told.socialCareRecord(network, dice.oneOf(children));
            draft.name(new SubjectRef("child", record.sourceSystem(), record.sourceId()), "VICTIM", null);
        }
        if (dice.chance(0.5)) {
            place(draft, network, things, named.get(0), dice.between(0, network.places().size() - 1), dice);
        }
        sanitise(draft, network, dice);
        draft.write(sink);
    }

    /** The force where members of a network from over the border live records them, and what they use, itself. */
    private void otherForce(Network network, NetworkThings things, Dice dice, BundleSink sink) {
        if (network.secondTown() == null || network.secondTown().force() == network.town().force()) {
            return;
        }
        SynthAgency otherPolice = world.agencies().police(network.secondTown().force());
        ReportDraft draft = new ReportDraft(otherPolice, reportId(network, "XF"), world.dayInPeriod(dice),
                List.of(network.secondTown().areaCode(), network.town().areaCode()),
                gradings.current(CONDITIONS_SHARE, dice));
        for (int m = 0; m < network.members().size(); m++) {
            RecordedAdult record = network.members().get(m).recordIn(otherPolice);
            if (record == null) {
                continue;
            }
            Suspect suspect = suspect(m, record.record());
            draft.name(suspect.ref(), "SUSPECT", null);
            draft.say(sentences.pick("intel.second-force", dice, about(network, suspect)
                    .with("other_town", network.secondTown().displayName())));
            for (Vehicle vehicle : network.vehiclesOf(m)) {
                if (dice.chance(0.7)) {
                    vehicle(draft, network, things, suspect, vehicle, dice);
                }
            }
            if (network.phoneOf(m) != null && dice.chance(0.7)) {
                phone(draft, network, things, suspect, dice);
            }
        }
        sanitise(draft, network, dice);
        draft.write(sink);
    }

    /** A report from years before the period, graded on the old scheme and closed without action at the time. */
    private ReportDraft legacy(Network network, SynthAgency police, Dice dice) {
        LocalDate date = Clocks.localDate(world.periodStart()).minusYears(dice.between(3, 9))
                .minusDays(dice.between(0, 364));
        ReportDraft draft = new ReportDraft(police, reportId(network, "OLD"), date,
                List.of(network.town().areaCode()), gradings.legacy(dice));
        int members = network.members().size();
        for (int m : dice.shuffled(positions(members)).subList(0, Math.min(members, dice.between(1, 2)))) {
            Suspect suspect = nominal(network, m);
            draft.name(suspect.ref(), "SUSPECT", null);
            draft.say(sentences.pick("intel.legacy", dice, about(network, suspect)
                    .with("street", world.addresses().street(dice))));
        }
        return draft;
    }

    private void vehicle(ReportDraft draft, Network network, NetworkThings things, Suspect suspect, Vehicle vehicle,
                         Dice dice) {
        SubjectRef ref = things.vehicles().get(network.vehicles().indexOf(vehicle));
        draft.name(ref, "MENTIONED", null).link(suspect.ref(), ref, "USES_VEHICLE");
        draft.say(sentences.pick("intel.network.vehicle", dice, about(network, suspect)
                .with("vehicle", vehicle.registration())
                .with("vehicle_description", vehicle.description())));
    }

    private void taxiFirm(ReportDraft draft, Network network, NetworkThings things, Suspect suspect, Dice dice) {
        draft.name(things.taxiFirm(), "MENTIONED", null).link(suspect.ref(), things.taxiFirm(), "WORKS_FOR");
        draft.say(sentences.pick("intel.network.taxi", dice, about(network, suspect)
                .with("firm", network.taxiFirm().name())));
    }

    private void phone(ReportDraft draft, Network network, NetworkThings things, Suspect suspect, Dice dice) {
        SubjectRef ref = things.phones().get(suspect.position());
        draft.name(ref, "MENTIONED", null).link(suspect.ref(), ref, "USES_PHONE");
        draft.say(sentences.pick("intel.network.phone", dice, about(network, suspect).with("phone",
                network.phoneOf(suspect.position()))));
    }

    private void home(ReportDraft draft, Network network, NetworkThings things, Suspect suspect, Dice dice) {
        SubjectRef ref = things.homes().get(suspect.position());
        NetworkMember member = network.members().get(suspect.position());
        draft.name(ref, "MENTIONED", null).link(suspect.ref(), ref, "LIVES_AT");
        draft.say(sentences.pick("intel.network.home", dice, about(network, suspect).with("address",
                member.home().line1() + ", " + member.home().town() + " " + member.home().postcode())));
    }

    private void place(ReportDraft draft, Network network, NetworkThings things, Suspect suspect, int index,
                       Dice dice) {
        SubjectRef ref = things.places().get(index);
        draft.name(ref, "MENTIONED", null).link(suspect.ref(), ref, "PRESENT_AT");
        draft.say(sentences.pick("intel.network.place", dice, town(network).with("place",
                network.places().get(index).description())));
    }

    /** Most reports that carry conditions, and a few that do not, have a version to share more widely. */
    private void sanitise(ReportDraft draft, Network network, Dice dice) {
        boolean conditional = "C".equals(draft.grading().handling());
        if (dice.chance(conditional ? SANITISED_SHARE_CONDITIONAL : SANITISED_SHARE_OPEN)) {
            draft.sanitised(town(network).fill(dice.oneOf(sentences.section("intel.network.sanitised"))));
        }
    }

    private static Placeholders town(Network network) {
        return new Placeholders().with("town", network.town().displayName());
    }

    private static Placeholders about(Network network, Suspect suspect) {
        return town(network).with("suspect", suspect.name())
                .with("nickname", network.members().get(suspect.position()).nickname());
    }

    private static Suspect nominal(Network network, int position) {
        return suspect(position, network.members().get(position).nominal().record());
    }

    private static Suspect suspect(int position, PersonRecord record) {
        return new Suspect(position, record.subjectRef(), record.fullName());
    }

    private static String reportId(Network network, String suffix) {
        return "INTEL-" + network.id().substring(2) + "-" + suffix;
    }

    private static List<Integer> positions(int count) {
        return IntStream.range(0, count).boxed().toList();
    }
}
