package uk.lantern.synth.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    @Test
    void registrationMarksUseTheCurrentFormat() {
        Dice dice = new Dice(9);
        for (int i = 0; i < 500; i++) {
            assertThat(RegistrationMarks.local(Force.GREATER_MANCHESTER, dice))
                    .matches("[A-Y][A-HJ-PR-Y](0[2-9]|1[0-9]|2[0-5]|5[1-9]|6[0-9]|7[0-5]) [A-HJ-PR-Y]{3}");
        }
    }

    @Test
    void phoneNumbersComeFromTheDramaRanges() {
        assertThat(PhoneNumbers.networkMobile(0)).isEqualTo("07700 900000");
        assertThat(PhoneNumbers.networkMobile(1)).isEqualTo("07700 900337");
        assertThat(PhoneNumbers.landline(Force.SOUTH_YORKSHIRE, new Dice(1))).matches("0114 496 0[0-9]{3}");
        assertThat(PhoneNumbers.landline(Force.GREATER_MANCHESTER, new Dice(1))).matches("0161 496 0[0-9]{3}");
    }

    @Test
    void everyThingInIntelligenceIsVisiblyInvented() {
        Bundles.Bundle bundle = Bundles.threeHundredChildren();
        assertThat(bundle.ofType("organisation")).isNotEmpty()
                .allSatisfy(organisation -> assertThat(organisation.get("name").asString()).endsWith("(demo)"));
        assertThat(bundle.ofType("phone")).isNotEmpty()
                .allSatisfy(phone -> assertThat(phone.get("number").asString()).matches("07700 900[0-9]{3}"));
        assertThat(bundle.ofType("person").filter(person -> person.has("phone")))
                .allSatisfy(person -> assertThat(person.get("phone").asString())
                        .matches("07700 900[0-9]{3}|0161 496 0[0-9]{3}|0114 496 0[0-9]{3}"));
        assertThat(bundle.ofType("vehicle")).isNotEmpty().allSatisfy(vehicle -> assertThat(
                vehicle.get("registration").asString()).matches("[A-Y]{2}[0-9]{2} [A-Y]{3}"));
        assertThat(bundle.ofType("location").filter(location -> location.has("postcode")))
                .allSatisfy(location -> assertThat(location.get("postcode").asString())
                        .matches("(OL1[126]|OL[1489]|S6[0156]) [1-9][A-Z]{2}"));
    }

    @Test
    void postcodesUseTheTownsRealOutwardCodes() {
        Dice dice = new Dice(4);
        for (int i = 0; i < 200; i++) {
            assertThat(Addresses.postcode(Town.ROCHDALE, dice)).matches("OL1[126] [1-9][A-Z]{2}");
            assertThat(Addresses.postcode(Town.OLDHAM, dice)).matches("OL[1489] [1-9][A-Z]{2}");
            assertThat(Addresses.postcode(Town.ROTHERHAM, dice)).matches("S6[0156] [1-9][A-Z]{2}");
        }
        assertThat(Addresses.abbreviated("14 Kestrel Street")).isEqualTo("14 Kestrel St");
    }

    @Test
    void aDecisionIsDueByTheEndOfTheNextWorkingDay() {
        // Friday 2026-03-06 at 15:00 in London: due by the end of Monday 9 March.
        Instant friday = Instant.parse("2026-03-06T15:00:00Z");
        assertThat(Clocks.decisionDue(friday)).isEqualTo(Instant.parse("2026-03-10T00:00:00Z"));
        Instant saturday = Instant.parse("2026-03-07T10:00:00Z");
        assertThat(Clocks.decisionDue(saturday)).isEqualTo(Instant.parse("2026-03-10T00:00:00Z"));
        assertThat(Clocks.addWorkingDays(LocalDate.of(2026, 3, 6), 2)).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void timesAreWrittenInUtcToTheMinute() {
        assertThat(Clocks.format(Instant.parse("2026-07-01T08:30:59.123Z"))).isEqualTo("2026-07-01T08:30:00Z");
    }
}
