package uk.lantern.synth.internal;

import java.util.ArrayList;
import java.util.List;

import uk.lantern.synth.internal.Interchange.Address;
import uk.lantern.synth.internal.Interchange.LocationRecord;
import uk.lantern.synth.internal.Interchange.OrganisationRecord;
import uk.lantern.synth.internal.Interchange.PersonRecord;
import uk.lantern.synth.internal.Interchange.SubjectRef;

/**
 * The intelligence that has nothing to do with exploitation, as most of a force's intelligence has not: thefts,
 * burglaries, drugs, damage, each naming adults as suspects with their own cars and homes, and reports about each
 * town's busy public places that name only witnesses. Some offenders come back in later reports, and some of those
 * are recorded again under another spelling.
 *
 * <p>None of it touches a network or a child: no report names a child, a network's thing, or a suspect at a place
 * children mention. It is there for analysis to tell apart from the networks, and nothing in it joins the two.
 */
final class UnrelatedIntelligence {

    static final double REPORTS_PER_CHILD = 0.08;
    static final double SHARED_PLACE_REPORTS_PER_CHILD = 0.01;
    static final double SECOND_SUSPECT_SHARE = 0.25;
    static final double REPEAT_OFFENDER_SHARE = 0.2;
    static final double RECORDED_AGAIN_SHARE = 0.4;
    static final double WITNESS_SHARE = 0.3;
    private static final int RECENT_OFFENDERS = 25;

    /** An adult named as a suspect, with every record of them so far. */
    private record Offender(TrueAdult adult, Address home, List<RecordedAdult> records) {
    }

    private final World world;
    private final Gradings gradings;
    private final Cars cars;
    private final List<String> businesses;

    UnrelatedIntelligence(World world) {
        this.world = world;
        this.gradings = new Gradings(world.sentences());
        this.cars = new Cars(world.places());
        this.businesses = ResourceLists.section(world.places(), "businesses");
    }

    void write(Dice dice, BundleSink sink) {
        int children = world.spec().children();
        for (Town town : Town.values()) {
            List<SubjectRef> sharedPlaces = sharedPlaces(town, sink);
            List<Offender> recent = new ArrayList<>();
            long reports = Math.round(children * town.share() * REPORTS_PER_CHILD);
            for (int n = 1; n <= reports; n++) {
                crime(town, String.format("X-%s-%07d", town.shortCode(), n), recent, dice, sink);
            }
            long placeReports = Math.max(1, Math.round(children * town.share() * SHARED_PLACE_REPORTS_PER_CHILD));
            for (int n = 1; n <= placeReports; n++) {
                sharedPlace(town, String.format("S-%s-%07d", town.shortCode(), n), sharedPlaces, dice, sink);
            }
            recent.forEach(offender -> sink.person(truth(offender)));
        }
    }

    private List<SubjectRef> sharedPlaces(Town town, BundleSink sink) {
        String system = world.agencies().police(town.force()).system();
        List<SubjectRef> refs = new ArrayList<>();
        List<Place> places = world.sharedPlaces(town);
        for (int k = 0; k < places.size(); k++) {
            LocationRecord record = new LocationRecord("location", system,
                    "LOC-SHARED-" + town.shortCode() + "-" + (k + 1), places.get(k).description(), null,
                    places.get(k).locationType(), town.areaCode());
            sink.write(Section.LOCATIONS, record);
            refs.add(record.subjectRef());
        }
        return refs;
    }

    private void crime(Town town, String id, List<Offender> recent, Dice dice, BundleSink sink) {
        SynthAgency police = world.agencies().police(town.force());
        ReportDraft draft = new ReportDraft(police, "INTEL-" + id, world.dayInPeriod(dice),
                List.of(town.areaCode()), gradings.current(NetworkIntelligence.CONDITIONS_SHARE / 2, dice));
        List<Offender> offenders = new ArrayList<>();
        List<PersonRecord> suspects = new ArrayList<>();
        for (int slot = 1; slot <= (dice.chance(SECOND_SUSPECT_SHARE) ? 2 : 1); slot++) {
            String sourceId = "NOM-" + id + "-" + slot;
            Offender offender = !recent.isEmpty() && dice.chance(REPEAT_OFFENDER_SHARE) ? dice.oneOf(recent) : null;
            PersonRecord record;
            if (offender == null || offenders.contains(offender)) {
                offender = newOffender(town, "P-" + id + "-" + slot, sourceId, dice, sink);
                remember(recent, offender, sink);
                record = offender.records().get(0).record();
            } else if (dice.chance(RECORDED_AGAIN_SHARE)) {
                RecordedAdult again = world.adults().secondHand(offender.adult(), police, sourceId, null,
                        offender.home(), dice);
                sink.write(Section.CHILDREN_AND_PERSONS, again.record());
                offender.records().add(again);
                record = again.record();
            } else {
                record = offender.records().get(0).record();
            }
            offenders.add(offender);
            suspects.add(record);
            draft.name(record.subjectRef(), "SUSPECT", null);
        }
        Placeholders about = about(town, suspects.get(0)).with("street", world.addresses().street(dice));
        draft.say(world.sentences().pick("intel.unrelated", dice, about));
        if (suspects.size() == 2) {
            draft.link(suspects.get(0).subjectRef(), suspects.get(1).subjectRef(), "ASSOCIATE");
            draft.say(world.sentences().pick("intel.unrelated.associate", dice,
                    about.with("associate", suspects.get(1).fullName())));
        }
        if (dice.chance(0.3)) {
            business(draft, town, id, police, about, dice, sink);
        }
        if (dice.chance(0.35)) {
            vehicle(draft, town, id, police, suspects.get(0), about, dice, sink);
        }
        Address home = offenders.get(0).home();
        if (home != null && dice.chance(0.25)) {
            LocationRecord location = Addresses.asLocation(home, police.system(), "HOME-" + id, town);
            sink.write(Section.LOCATIONS, location);
            draft.name(location.subjectRef(), "MENTIONED", null)
                    .link(suspects.get(0).subjectRef(), location.subjectRef(), "LIVES_AT");
            draft.say(world.sentences().pick("intel.unrelated.home", dice,
                    about.with("address", location.address() + " " + location.postcode())));
        }
        if (dice.chance(WITNESS_SHARE)) {
            witness(draft, town, id, "intel.unrelated.witness", dice, sink);
        }
        draft.write(sink);
    }

    /** A report about a busy public place names the place and perhaps a witness, and never a suspect. */
    private void sharedPlace(Town town, String id, List<SubjectRef> places, Dice dice, BundleSink sink) {
        SynthAgency police = world.agencies().police(town.force());
        ReportDraft draft = new ReportDraft(police, "INTEL-" + id, world.dayInPeriod(dice),
                List.of(town.areaCode()), gradings.current(0, dice));
        int index = dice.between(0, places.size() - 1);
        draft.name(places.get(index), "MENTIONED", null);
        draft.say(world.sentences().pick("intel.shared-place", dice, new Placeholders()
                .with("place", world.sharedPlaces(town).get(index).description())));
        if (dice.chance(0.6)) {
            witness(draft, town, id, "intel.shared-place.witness", dice, sink);
        }
        draft.write(sink);
    }

    private Offender newOffender(Town town, String personId, String sourceId, Dice dice, BundleSink sink) {
        TrueAdult adult = world.adults().draw(personId, town, 0.8, dice);
        Address home = dice.chance(0.7) ? world.addresses().home(town, dice) : null;
        RecordedAdult record = world.adults().nominal(adult, world.agencies().police(town.force()), sourceId, null,
                null, home, dice);
        sink.write(Section.CHILDREN_AND_PERSONS, record.record());
        List<RecordedAdult> records = new ArrayList<>();
        records.add(record);
        return new Offender(adult, home, records);
    }

    /** Keeps the latest offenders to come back in later reports; one who drops out is complete in the truth. */
    private static void remember(List<Offender> recent, Offender offender, BundleSink sink) {
        recent.add(offender);
        if (recent.size() > RECENT_OFFENDERS) {
            sink.person(truth(recent.remove(0)));
        }
    }

    private void business(ReportDraft draft, Town town, String id, SynthAgency police, Placeholders about, Dice dice,
                          BundleSink sink) {
        OrganisationRecord business = new OrganisationRecord("organisation", police.system(), "ORG-" + id,
                dice.oneOf(businesses).replace("{stem}", world.addresses().stem(dice)), "BUSINESS",
                town.areaCode());
        sink.write(Section.ORGANISATIONS, business);
        draft.name(business.subjectRef(), "MENTIONED", null);
        draft.say(world.sentences().pick("intel.unrelated.business", dice, about.with("business", business.name())));
    }

    /** The suspect's own car, never one of a network's. */
    private void vehicle(ReportDraft draft, Town town, String id, SynthAgency police, PersonRecord suspect,
                         Placeholders about, Dice dice, BundleSink sink) {
        String registration;
        do {
            registration = RegistrationMarks.local(town.force(), dice);
        } while (world.networks().owns(registration));
        Vehicle car = cars.draw(registration, false, 0, dice);
        Interchange.VehicleRecord record = car.record(police.system(), "VEH-" + id);
        sink.write(Section.VEHICLES, record);
        draft.name(record.subjectRef(), "MENTIONED", null).link(suspect.subjectRef(), record.subjectRef(),
                "USES_VEHICLE");
        draft.say(world.sentences().pick("intel.unrelated.vehicle", dice, about.with("vehicle", registration)
                .with("vehicle_description", car.description())));
    }

    private void witness(ReportDraft draft, Town town, String id, String section, Dice dice, BundleSink sink) {
        TrueAdult adult = world.adults().draw("P-W-" + id, town, 0.5, dice);
        RecordedAdult record = world.adults().nominal(adult, world.agencies().police(town.force()),
                "NOM-W-" + id, null, null, null, dice);
        sink.write(Section.CHILDREN_AND_PERSONS, record.record());
        sink.person(PersonTruth.of(adult, PersonTruth.Kind.WITNESS, null, List.of(record)));
        draft.name(record.record().subjectRef(), dice.chance(0.5) ? "WITNESS" : "MENTIONED", null);
        draft.say(world.sentences().pick(section, dice,
                new Placeholders().with("witness", record.record().fullName())));
    }

    private static PersonTruth truth(Offender offender) {
        return PersonTruth.of(offender.adult(), PersonTruth.Kind.UNRELATED_SUSPECT, null, offender.records());
    }

    private Placeholders about(Town town, PersonRecord suspect) {
        return new Placeholders().with("town", town.displayName()).with("suspect", suspect.fullName());
    }

}
