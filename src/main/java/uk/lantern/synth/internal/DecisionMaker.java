package uk.lantern.synth.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import uk.lantern.synth.internal.Interchange.DecisionRecord;
import uk.lantern.synth.internal.Interchange.Ref;

/**
 * The front door's decision on a referral. Most are made within a working day; about one in seven is late, by two
 * to five working days. The newest referrals are still waiting, and a few older ones were never decided, which is
 * exactly the failure Lantern exists to surface.
 */
final class DecisionMaker {

    static final Duration STILL_IN_TRIAGE = Duration.ofDays(2);
    static final double LATE = 0.15;
    static final double NEVER_DECIDED = 0.03;

    private static final Weighted<String> HARM = outcomes(0, 0, 0.02, 0.13, 0.85);
    private static final Weighted<String> CSE_RISK = outcomes(0.14, 0.10, 0.20, 0.40, 0.16);
    private static final Weighted<String> OTHER = outcomes(0.43, 0.24, 0.19, 0.12, 0.02);

    private final World world;
    private final Wordings wordings;

    DecisionMaker(World world) {
        this.world = world;
        this.wordings = new Wordings(world);
    }

    static String sourceId(TrueChild child, PlannedReferral referral) {
        return String.format("DEC-%07d-%d", child.index(), referral.ordinal());
    }

    Optional<DecisionRecord> decide(TrueChild child, PlannedReferral referral, Ref referralRecord,
                                    String recordedFirstName, Dice dice) {
        Instant received = referral.receivedAt();
        if (received.isAfter(world.now().minus(STILL_IN_TRIAGE)) || dice.chance(NEVER_DECIDED)) {
            return Optional.empty();
        }
        Instant due = Clocks.decisionDue(received);
        Instant decidedAt;
        if (dice.chance(LATE)) {
            LocalDate day = Clocks.addWorkingDays(Clocks.localDate(due.minusSeconds(1)), dice.between(1, 4));
            decidedAt = Clocks.at(day, Clocks.timeBetween(dice, LocalTime.of(9, 0), LocalTime.of(18, 0)));
        } else {
            LocalDate receivedDay = Clocks.localDate(received);
            LocalDate day = Clocks.isWorkingDay(receivedDay) && dice.chance(0.55)
                    ? receivedDay
                    : Clocks.localDate(due.minusSeconds(1));
            decidedAt = Clocks.at(day, Clocks.timeBetween(dice, LocalTime.of(9, 0), LocalTime.of(18, 0)));
            if (decidedAt.isBefore(received.plus(Duration.ofMinutes(20)))) {
                decidedAt = received.plus(Duration.ofMinutes(dice.between(20, 180)));
            }
        }
        if (decidedAt.isAfter(world.now())) {
            return Optional.empty();
        }
        String outcome = (referral.harm() ? HARM : referral.cseConcern() ? CSE_RISK : OTHER).pick(dice);
        SynthAgency socialCare = world.agencies().socialCare(child.town());
        String reasons = world.sentences().pick("decision." + outcome, dice,
                wordings.about(child, recordedFirstName, dice));
        return Optional.of(new DecisionRecord("decision", socialCare.system(), sourceId(child, referral),
                referralRecord, Clocks.format(decidedAt), outcome, reasons,
                world.staff().someoneAt(socialCare, dice).name()));
    }

    private static Weighted<String> outcomes(double noFurtherAction, double informationAndAdvice, double earlyHelp,
                                             double assessment, double strategyDiscussion) {
        return Weighted.<String>builder()
                .add("NO_FURTHER_ACTION", noFurtherAction)
                .add("INFORMATION_AND_ADVICE", informationAndAdvice)
                .add("EARLY_HELP", earlyHelp)
                .add("ASSESSMENT", assessment)
                .add("STRATEGY_DISCUSSION", strategyDiscussion)
                .build();
    }
}
