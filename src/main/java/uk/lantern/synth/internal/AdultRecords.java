package uk.lantern.synth.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.lantern.synth.internal.Interchange.Address;
import uk.lantern.synth.internal.Interchange.Alias;
import uk.lantern.synth.internal.Interchange.Ethnicity;
import uk.lantern.synth.internal.Interchange.PersonRecord;

/**
 * Invents adults and writes agencies' records of them. The force that knows an adult best holds a nominal record
 * close to the truth; another force, or children's social care hearing of the adult from a child, writes the adult
 * down second-hand, and such a record always differs from the truth in at least one way that entity resolution must
 * see past.
 */
final class AdultRecords {

    private static final RecordKeeping.Names SECOND_HAND_NAMES = new RecordKeeping.Names(0.45, 0.35, 0.2, 0.9, 0);
    private static final RecordKeeping.Birth SECOND_HAND_BIRTH = new RecordKeeping.Birth(0.2, 0.35, 0.05, 0.05);

    private final PersonNames personNames;
    private final RecordedNames recordedNames;
    private final LocalDate today;

    AdultRecords(PersonNames personNames, NameBook names, LocalDate today) {
        this.personNames = personNames;
        this.recordedNames = new RecordedNames(names);
        this.today = today;
    }

    /** An adult whose name follows the town's population, so that no community is singled out. */
    TrueAdult draw(String id, Town town, double maleShare, Dice dice) {
        Sex sex = dice.chance(maleShare) ? Sex.MALE : Sex.FEMALE;
        EthnicGroup group = town.ethnicGroup(dice);
        PersonNames.PersonName name = personNames.draw(group, sex, dice);
        return new TrueAdult(id, sex, group, name.firstName(), name.surname(), bornAged(19, 55, dice));
    }

    /** A brother or cousin: the same family name and background, a first name of his own. */
    TrueAdult relative(String id, TrueAdult of, Dice dice) {
        PersonNames.PersonName name = personNames.draw(of.group(), Sex.MALE, dice);
        return new TrueAdult(id, Sex.MALE, of.group(), name.firstName(), PersonNames.forSex(of.surname(), Sex.MALE),
                bornAged(19, 48, dice));
    }

    private LocalDate bornAged(int youngest, int oldest, Dice dice) {
        return today.minusYears(dice.between(youngest, oldest)).minusDays(dice.between(0, 364));
    }

    /** The force's own nominal record: the true name, often only a year of birth, the nickname as an alias. */
    RecordedAdult nominal(TrueAdult adult, SynthAgency police, String sourceId, String nickname, String phone,
                          Address home, Dice dice) {
        List<Variation> variations = new ArrayList<>();
        String dateOfBirth = RecordedNames.dateOfBirth(adult.dateOfBirth(), new RecordKeeping.Birth(0, 0.2, 0, 0),
                dice, variations);
        EthnicGroup group = adult.group();
        Ethnicity ethnicity = dice.chance(0.6)
                ? new Ethnicity("RECORDED", group.ons2021(), group.policeSelfDefined(), group.observed())
                : new Ethnicity("NOT_RECORDED", null, null, group.observed());
        return new RecordedAdult(new PersonRecord("person", police.system(), sourceId, adult.firstName(),
                adult.surname(), aliases(nickname), dateOfBirth, adult.sex().name(), ethnicity,
                dice.chance(0.6) ? group.nationality(dice) : null, phone, home == null ? null : List.of(home)),
                List.copyOf(variations));
    }

    /** A record written from what others said: never quite the truth. */
    RecordedAdult secondHand(TrueAdult adult, SynthAgency agency, String sourceId, String nickname, Address home,
                             Dice dice) {
        RecordedNames.Written name = recordedNames.write(adult.firstName(), adult.surname(), SECOND_HAND_NAMES, dice);
        List<Variation> variations = new ArrayList<>(name.variations());
        String dateOfBirth = RecordedNames.dateOfBirth(adult.dateOfBirth(), SECOND_HAND_BIRTH, dice, variations);
        if (variations.isEmpty()) {
            variations.add(Variation.DATE_OF_BIRTH_YEAR_ONLY);
            dateOfBirth = Integer.toString(adult.dateOfBirth().getYear());
        }
        return new RecordedAdult(new PersonRecord("person", agency.system(), sourceId, name.firstName(),
                name.surname(), dice.chance(0.7) ? aliases(nickname) : null, dateOfBirth, adult.sex().name(),
                new Ethnicity("NOT_RECORDED", null, null, null), null, null,
                home == null || dice.chance(0.5) ? null : List.of(home)), List.copyOf(variations));
    }

    private static List<Alias> aliases(String nickname) {
        return nickname == null ? null : List.of(new Alias(nickname, null));
    }
}
