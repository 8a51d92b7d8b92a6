package uk.lantern.synth.internal;

import java.util.ArrayList;
import java.util.List;

import uk.lantern.synth.internal.Interchange.Address;
import uk.lantern.synth.internal.Interchange.Alias;
import uk.lantern.synth.internal.Interchange.ChildRecord;
import uk.lantern.synth.internal.Interchange.Ethnicity;

/** Writes one agency's record of a child, with the differences that agency's way of recording brings. */
final class ChildRecordFactory {

    /** A record and how it differs from the true child. */
    record RecordedChild(ChildRecord record, List<Variation> variations) {
    }

    private final RecordedNames names;

    ChildRecordFactory(NameBook names) {
        this.names = new RecordedNames(names);
    }

    static String sourceId(SynthAgency agency, TrueChild child) {
        return sourceId(agency, child.index());
    }

    static String sourceId(SynthAgency agency, int childIndex) {
        return agency.recordPrefix() + "-" + String.format("%07d", childIndex);
    }

    RecordedChild record(TrueChild child, SynthAgency agency, Dice dice) {
        RecordKeeping keeping = RecordKeeping.of(agency.kind());
        RecordKeeping.Details details = keeping.details();
        RecordedNames.Written written = names.write(child.firstName(), child.surname(), keeping.names(), dice);
        List<Variation> variations = new ArrayList<>(written.variations());
        String firstName = written.firstName();
        String surname = written.surname();
        List<Alias> aliases = !firstName.equals(child.firstName()) && dice.chance(keeping.names().alias())
                ? List.of(new Alias(child.firstName(), child.surname()))
                : null;
        String dateOfBirth = RecordedNames.dateOfBirth(child.dateOfBirth(), keeping.birth(), dice, variations);
        String nhsNumber = null;
        if (child.nhsNumber() != null) {
            if (dice.chance(details.nhsNumber())) {
                nhsNumber = details.spacesNhsNumber() ? NhsNumbers.spaced(child.nhsNumber()) : child.nhsNumber();
            } else {
                variations.add(Variation.NHS_NUMBER_MISSING);
            }
        }
        ChildRecord record = new ChildRecord("child", agency.system(), sourceId(agency, child), firstName, surname,
                aliases, dateOfBirth, variations.contains(Variation.DATE_OF_BIRTH_YEAR_ONLY) ? Boolean.TRUE : null,
                dice.chance(details.sexNotKnown()) ? "NOT_KNOWN" : child.sex().name(),
                ethnicity(child.ethnicGroup(), details, dice),
                dice.chance(details.nationality()) ? child.nationality() : null,
                dice.chance(details.countryOfBirth()) ? child.countryOfBirth() : null,
                nhsNumber, child.town().areaCode(),
                details.recordsSchool() ? schoolAsKnownTo(agency, child) : null,
                details.recordsPlacement() ? child.placement() : null,
                addresses(child, keeping.addressing(), dice));
        return new RecordedChild(record, List.copyOf(variations));
    }

    private static Ethnicity ethnicity(EthnicGroup group, RecordKeeping.Details keeping, Dice dice) {
        double roll = dice.unit();
        if (keeping.policeEthnicityCodes()) {
            // Officer-observed codes are the officer's view, recorded whatever the person says, and kept apart.
            String observed = dice.chance(0.7) ? group.observed() : null;
            if (roll < keeping.ethnicityRecorded()) {
                return new Ethnicity("RECORDED", group.ons2021(), group.policeSelfDefined(), observed);
            }
            if (roll < keeping.ethnicityRecorded() + keeping.ethnicityNotStated()) {
                return new Ethnicity("NOT_STATED", null, "NS", observed);
            }
            return new Ethnicity("NOT_RECORDED", null, null, observed);
        }
        if (roll < keeping.ethnicityRecorded()) {
            return new Ethnicity("RECORDED", group.ons2021(), null, null);
        }
        if (roll < keeping.ethnicityRecorded() + keeping.ethnicityNotStated()) {
            return new Ethnicity("NOT_STATED", null, null, null);
        }
        return new Ethnicity("NOT_RECORDED", null, null, null);
    }

    private static String schoolAsKnownTo(SynthAgency agency, TrueChild child) {
        return agency.kind() == AgencyKind.SCHOOL ? agency.name() : child.school();
    }

    private static List<Address> addresses(TrueChild child, RecordKeeping.Addressing keeping, Dice dice) {
        if (!dice.chance(keeping.recorded())) {
            return null;
        }
        Address home = child.home();
        if (dice.chance(keeping.abbreviated())) {
            home = new Address(Addresses.abbreviated(home.line1()), home.line2(), home.town(), home.postcode(),
                    home.from(), home.to());
        }
        if (dice.chance(keeping.postcodeUnspaced())) {
            home = new Address(home.line1(), home.line2(), home.town(), home.postcode().replace(" ", ""),
                    home.from(), home.to());
        }
        if (keeping.keepsHistory() && child.previousHome() != null) {
            return List.of(home, child.previousHome());
        }
        return List.of(home);
    }
}
