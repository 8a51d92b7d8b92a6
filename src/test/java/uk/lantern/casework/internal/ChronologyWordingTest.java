package uk.lantern.casework.internal;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import uk.lantern.ledger.LedgerEntryView;

import static org.assertj.core.api.Assertions.assertThat;

class ChronologyWordingTest {

    private static final Instant IMPORTED = Instant.parse("2026-12-07T13:41:00Z");

    private static LedgerEntryView entry(String action, String payload) {
        return new LedgerEntryView(1, 1L, IMPORTED, "system:demo-town", null, action, "REFERRAL", "x", payload,
                "digest", "hash");
    }

    @Test
    void anImportedReferralIsReceivedWhenItWasReceivedAndSaidInWords() {
        LedgerEntryView received = entry("REFERRAL_RECEIVED", """
                {"reference":"LAN-2026-000123","receivedAt":"2026-04-21T09:15:00Z","urgency":"URGENT",
                 "cseConcern":true,"screening":"HIGH (indicator set v1)","owningTeam":"Rochdale Children's Social Care"}""");
        assertThat(ChronologyWording.happenedAt(received)).isEqualTo(Instant.parse("2026-04-21T09:15:00Z"));
        assertThat(ChronologyWording.say(received)).isEqualTo("Referral LAN-2026-000123 received (urgent, CSE concern)"
                + "; screening: high risk; sent to Rochdale Children's Social Care");
    }

    @Test
    void decisionsCasesReturnsAndClocksReadAsAPractitionerWouldWriteThem() {
        assertThat(ChronologyWording.say(entry("REFERRAL_DECIDED",
                "{\"decidedAt\":\"2026-04-22T10:00:00Z\",\"outcome\":\"STRATEGY_DISCUSSION\",\"reasons\":\"Risk of harm\"}")))
                .isEqualTo("Referral decided: Strategy discussion / section 47. Reasons: Risk of harm");
        assertThat(ChronologyWording.say(entry("CASE_OPENED",
                "{\"decision\":\"ASSESSMENT\",\"reference\":\"CASE-2026-000007\",\"referral\":\"LAN-2026-000123\"}")))
                .isEqualTo("Case CASE-2026-000007 opened for assessment on referral LAN-2026-000123");
        LedgerEntryView returned = entry("CHILD_RETURNED",
                "{\"returnedAt\":\"2026-08-30T11:22:00Z\",\"interviewDueAt\":\"2026-09-02T11:22:00Z\"}");
        assertThat(ChronologyWording.say(returned))
                .isEqualTo("Returned from missing; return home interview due by 2 September 2026");
        assertThat(ChronologyWording.happenedAt(returned)).isEqualTo(Instant.parse("2026-08-30T11:22:00Z"));
        assertThat(ChronologyWording.say(entry("DEADLINE_MET", "{\"kind\":\"RETURN_INTERVIEW\",\"onTime\":false}")))
                .isEqualTo("Return home interview done late");
        assertThat(ChronologyWording.say(entry("CHILD_ACCOUNT_LINKED", "{\"to\":\"named_person:abc\"}")))
                .isEqualTo("What the child said linked them to a named person");
    }

    @Test
    void anActionNotWordedIsNamedInPlainWordsAtTheTimeItWasRecorded() {
        LedgerEntryView other = entry("SECTION_47_STARTED", "{}");
        assertThat(ChronologyWording.say(other)).isEqualTo("Section 47 started");
        assertThat(ChronologyWording.happenedAt(other)).isEqualTo(IMPORTED);
        assertThat(ChronologyWording.say(entry("CASE_ASSIGNED", "not json"))).isEqualTo("Case allocated");
    }
}
