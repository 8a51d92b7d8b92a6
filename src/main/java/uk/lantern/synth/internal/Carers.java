package uk.lantern.synth.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.lantern.synth.internal.Interchange.Ethnicity;
import uk.lantern.synth.internal.Interchange.PersonRecord;

/** Parents and carers that children's social care records for some children who live at home. */
final class Carers {

    private final World world;

    Carers(World world) {
        this.world = world;
    }

    List<PersonRecord> of(TrueChild child, Dice dice) {
        if (!child.livesWithFamily() || !dice.chance(0.3)) {
            return List.of();
        }
        SynthAgency socialCare = world.agencies().socialCare(child.town());
        int count = dice.chance(0.25) ? 2 : 1;
        Sex firstSex = dice.chance(0.75) ? Sex.FEMALE : Sex.MALE;
        List<PersonRecord> carers = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            Sex sex = n == 1 ? firstSex : (firstSex == Sex.FEMALE ? Sex.MALE : Sex.FEMALE);
            PersonNames.PersonName name = world.personNames().draw(child.ethnicGroup(), sex, dice);
            String surname = dice.chance(0.75) ? PersonNames.forSex(child.surname(), sex) : name.surname();
            LocalDate born = child.dateOfBirth().minusYears(dice.between(18, 40)).minusDays(dice.between(0, 364));
            Ethnicity ethnicity = dice.chance(0.8)
                    ? new Ethnicity("RECORDED", child.ethnicGroup().ons2021(), null, null)
                    : new Ethnicity(dice.chance(0.4) ? "NOT_STATED" : "NOT_RECORDED", null, null, null);
            carers.add(new PersonRecord("person", socialCare.system(),
                    String.format("PER-%07d-%d", child.index(), n), name.firstName(), surname, null, born.toString(),
                    sex.name(), ethnicity, dice.chance(0.7) ? child.nationality() : null,
                    dice.chance(0.8) ? PhoneNumbers.landline(child.town().force(), dice) : null,
                    List.of(child.home())));
        }
        return List.copyOf(carers);
    }
}
