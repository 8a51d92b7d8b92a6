package uk.lantern.synth.internal;

import java.util.ArrayList;
import java.util.List;

import uk.lantern.synth.internal.Interchange.Ref;
import uk.lantern.synth.internal.Interchange.ReferralRecord;
import uk.lantern.synth.internal.Interchange.Referrer;

/**
 * Writes a planned referral as the referring agency would: its own record of the child, one of its practitioners,
 * and one to four sentences of concern built from the indicators, signs of harm first.
 */
final class ReferralWriter {

    private final World world;
    private final Wordings wordings;

    ReferralWriter(World world) {
        this.world = world;
        this.wordings = new Wordings(world);
    }

    ReferralRecord write(TrueChild child, PlannedReferral planned, Ref childRecord, String recordedFirstName,
                         Dice dice) {
        Staff.Practitioner practitioner = world.staff().someoneAt(planned.agency(), dice);
        Force force = planned.agency().kind() == AgencyKind.POLICE
                ? forceOf(planned.agency())
                : child.town().force();
        Referrer referrer = new Referrer(practitioner.name(), planned.agency().ref(),
                dice.chance(0.92) ? practitioner.email() : null,
                dice.chance(0.4) ? PhoneNumbers.landline(force, dice) : null);
        return new ReferralRecord("referral", planned.agency().system(), planned.sourceId(child),
                Clocks.format(planned.receivedAt()), referrer, List.of(childRecord),
                concern(child, planned, recordedFirstName, dice), planned.cseConcern(),
                planned.indicators().isEmpty() ? null : planned.indicators().stream().map(Enum::name).toList(),
                planned.urgency(), planned.lawfulBasis());
    }

    private String concern(TrueChild child, PlannedReferral planned, String firstName, Dice dice) {
        Sentences sentences = world.sentences();
        Sentences.Wording wording = wordings.about(child, firstName, dice);
        List<String> text = new ArrayList<>();
        if (dice.chance(0.6)) {
            text.add(sentences.pick("concern.opening", dice, wording));
        }
        List<Indicator> harmFirst = new ArrayList<>(planned.indicators().stream().filter(Indicator::harm).toList());
        harmFirst.addAll(planned.indicators().stream().filter(indicator -> !indicator.harm()).toList());
        int wanted = planned.cseConcern() ? 2 : 1;
        for (Indicator indicator : harmFirst.subList(0, Math.min(wanted, harmFirst.size()))) {
            text.add(sentences.pick("concern." + indicator.name(), dice, wording));
        }
        if (harmFirst.isEmpty()) {
            text.add(sentences.pick("concern.general", dice, wording));
        }
        if (text.size() < 4 && dice.chance(0.45)) {
            text.add(sentences.pick("concern.closing", dice, wording));
        }
        return String.join(" ", text);
    }

    private static Force forceOf(SynthAgency police) {
        return police.areaCode().equals(Force.SOUTH_YORKSHIRE.areaCode())
                ? Force.SOUTH_YORKSHIRE
                : Force.GREATER_MANCHESTER;
    }
}
