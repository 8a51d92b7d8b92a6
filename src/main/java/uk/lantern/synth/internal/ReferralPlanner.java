package uk.lantern.synth.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans a child's referrals over the period: the first at a random time, re-referrals weeks or months later.
 * Most arrive in working hours; police and children's homes refer around the clock.
 */
final class ReferralPlanner {

    private static final Weighted<String> HARM_URGENCY = urgency(0.20, 0.55, 0.25);
    private static final Weighted<String> RISK_URGENCY = urgency(0.03, 0.30, 0.67);
    private static final Weighted<String> OTHER_URGENCY = urgency(0.01, 0.09, 0.90);

    private final World world;

    ReferralPlanner(World world) {
        this.world = world;
    }

    List<PlannedReferral> plan(TrueChild child, Dice dice) {
        List<PlannedReferral> referrals = new ArrayList<>();
        int wanted = 1 + dice.geometric(child.cse().affected() ? 0.45 : 0.15, 5);
        long periodMinutes = Duration.between(world.periodStart(), world.now()).toMinutes();
        Instant first = world.periodStart().plus(Duration.ofMinutes(dice.betweenLong(0, periodMinutes - 1)));
        LocalDate day = Clocks.localDate(first);
        for (int ordinal = 1; ordinal <= wanted; ordinal++) {
            if (day.isAfter(world.today())) {
                break;
            }
            SynthAgency agency = referringAgency(child, dice);
            Instant receivedAt = receivedAt(day, agency.kind(), dice);
            referrals.add(referral(child, ordinal, agency, receivedAt, dice));
            double meanGapDays = child.cse().affected() ? 55 : 90;
            day = Clocks.localDate(receivedAt).plusDays(7 + Math.round(dice.exponential(meanGapDays)));
        }
        return referrals;
    }

    private PlannedReferral referral(TrueChild child, int ordinal, SynthAgency agency, Instant receivedAt,
                                     Dice dice) {
        boolean cseConcern = dice.chance(child.cse().affected() ? 0.85 : 0.06);
        boolean harm = cseConcern && child.cse() == CseProfile.HARM && dice.chance(0.6);
        List<Indicator> indicators;
        if (harm) {
            indicators = new ArrayList<>(Indicator.some(Indicator.RISK, dice.between(2, 5), dice));
            indicators.addAll(Indicator.some(Indicator.HARM, dice.between(1, 3), dice));
        } else if (cseConcern) {
            indicators = Indicator.some(Indicator.RISK, dice.between(2, 5), dice);
        } else {
            indicators = dice.chance(0.5) ? List.of() : Indicator.some(Indicator.EVERYDAY, dice.between(1, 2), dice);
        }
        String urgency = (harm ? HARM_URGENCY : cseConcern ? RISK_URGENCY : OTHER_URGENCY).pick(dice);
        return new PlannedReferral(ordinal, agency, receivedAt, cseConcern, List.copyOf(indicators), urgency,
                lawfulBasis(harm, dice));
    }

    private SynthAgency referringAgency(TrueChild child, Dice dice) {
        AgencyDirectory agencies = world.agencies();
        boolean atBrookside = agencies.local(child.town(), AgencyKind.SCHOOL).name().equals(child.school());
        AgencyKind kind = Weighted.<AgencyKind>builder()
                .add(AgencyKind.POLICE, child.cse().affected() ? 35 : 28)
                .add(AgencyKind.SCHOOL, atBrookside ? 35 : 0)
                .add(AgencyKind.HEALTH, 16)
                .add(AgencyKind.CHILDRENS_SOCIAL_CARE, 6)
                .add(AgencyKind.CHILDRENS_HOME, child.inChildrensHome() ? 45 : 0)
                .add(AgencyKind.YOUTH_SERVICE, 6)
                .add(AgencyKind.VOLUNTARY_SECTOR, child.cse().affected() ? 10 : 5)
                .build().pick(dice);
        if (kind == AgencyKind.POLICE && dice.chance(0.04)) {
            // Found out of area: the other force refers, and now holds its own record of the child.
            Force other = child.town().force() == Force.GREATER_MANCHESTER
                    ? Force.SOUTH_YORKSHIRE
                    : Force.GREATER_MANCHESTER;
            return agencies.police(other);
        }
        return agencies.local(child.town(), kind);
    }

    private Instant receivedAt(LocalDate day, AgencyKind kind, Dice dice) {
        boolean roundTheClock = kind == AgencyKind.POLICE || kind == AgencyKind.CHILDRENS_HOME;
        double working = roundTheClock ? 0.45 : 0.80;
        double evening = roundTheClock ? 0.30 : 0.10;
        double night = roundTheClock ? 0.15 : 0.04;
        double roll = dice.unit();
        Instant at;
        if (roll < working) {
            LocalDate workingDay = Clocks.isWorkingDay(day) ? day : Clocks.addWorkingDays(day, 1);
            at = Clocks.at(workingDay, Clocks.timeBetween(dice, LocalTime.of(8, 30), LocalTime.of(17, 30)));
        } else if (roll < working + evening) {
            at = Clocks.at(day, Clocks.timeBetween(dice, LocalTime.of(17, 30), LocalTime.of(23, 0)));
        } else if (roll < working + evening + night) {
            LocalTime time = Clocks.anyTimeBetween(dice, LocalTime.of(23, 0), LocalTime.of(7, 0));
            at = Clocks.at(time.isBefore(LocalTime.NOON) ? day.plusDays(1) : day, time);
        } else {
            LocalDate weekend = day.with(DayOfWeek.SATURDAY).plusDays(dice.between(0, 1));
            at = Clocks.at(weekend, Clocks.timeBetween(dice, LocalTime.of(9, 0), LocalTime.of(21, 0)));
        }
        if (at.isAfter(world.now())) {
            at = world.now().minus(Duration.ofMinutes(dice.between(5, 600)));
        }
        return at.isBefore(world.periodStart()) ? world.periodStart() : at;
    }

    private static String lawfulBasis(boolean harm, Dice dice) {
        Weighted<String> bases = harm
                ? Weighted.<String>builder().add("SAFEGUARDING_WITHOUT_CONSENT", 60).add("PUBLIC_TASK", 30)
                        .add("VITAL_INTERESTS", 10).build()
                : Weighted.<String>builder().add("PUBLIC_TASK", 62).add("SAFEGUARDING_WITHOUT_CONSENT", 25)
                        .add("LEGAL_OBLIGATION", 5).add("CONSENT", 6).add("", 2).build();
        String basis = bases.pick(dice);
        return basis.isEmpty() ? null : basis;
    }

    private static Weighted<String> urgency(double immediate, double urgent, double routine) {
        return Weighted.<String>builder().add("IMMEDIATE", immediate).add("URGENT", urgent).add("ROUTINE", routine)
                .build();
    }
}
