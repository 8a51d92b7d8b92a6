package uk.lantern.deadline.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.lantern.deadline.DeadlineKind;
import uk.lantern.deadline.Deadlines;
import uk.lantern.deadline.EscalationView;
import uk.lantern.identity.UserId;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class EscalationSweepIT extends IntegrationTestBase {

    @Autowired
    EscalationSweep sweep;
    @Autowired
    Deadlines deadlines;

    private UserId user(String username) {
        return directory.userNamed(username).orElseThrow().id();
    }

    @Test
    void anOverdueDecisionGoesToTheManagersAndThenToTheHeadOfService() throws Exception {
        String id = submitReferral(tokenFor("referrer"), "Katie", true, "ROUTINE").get("id").asString();
        sweep.sweep();
        assertThat(deadlines.find("REFERRAL", id, DeadlineKind.REFERRAL_DECISION).orElseThrow().escalationLevel())
                .as("not yet due").isZero();

        clock.advance(Duration.ofDays(5));
        sweep.sweep();
        assertThat(deadlines.find("REFERRAL", id, DeadlineKind.REFERRAL_DECISION).orElseThrow().escalationLevel())
                .isEqualTo(1);
        assertThat(deadlines.openEscalationsFor(user("manager")))
                .anySatisfy(escalation -> assertEscalation(escalation, id, 1, "OVERDUE"));
        assertThat(deadlines.openEscalationsFor(user("headofservice")))
                .as("the head of service is a manager of the team too")
                .anySatisfy(escalation -> assertEscalation(escalation, id, 1, "OVERDUE"));
        assertThat(lastEntry("REFERRAL", id, "DEADLINE_ESCALATED").actor()).isEqualTo("system:deadline-sweep");

        clock.advance(Duration.ofHours(23));
        sweep.sweep();
        assertThat(deadlines.find("REFERRAL", id, DeadlineKind.REFERRAL_DECISION).orElseThrow().escalationLevel())
                .as("still within the head-of-service allowance after the due time").isEqualTo(1);

        clock.advance(Duration.ofDays(2));
        sweep.sweep();
        assertThat(deadlines.find("REFERRAL", id, DeadlineKind.REFERRAL_DECISION).orElseThrow().escalationLevel())
                .isEqualTo(2);
        assertThat(deadlines.escalationsOf("REFERRAL", id, DeadlineKind.REFERRAL_DECISION))
                .extracting(EscalationView::level).containsExactly(1, 2);
        assertThat(deadlines.openEscalationsFor(user("headofservice")))
                .anySatisfy(escalation -> assertEscalation(escalation, id, 2, "OVERDUE"));
        assertThat(lastEntry("REFERRAL", id, "DEADLINE_ESCALATED").payload()).contains("\"level\":2")
                .contains(user("headofservice").toString()).doesNotContain(user("manager").toString());

        String home = mvc.perform(get("/").session(signIn("manager"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(home).contains("Escalations").contains("/referrals/" + id);
    }

    @Test
    void aDecidedReferralIsNeverEscalated() throws Exception {
        String id = submitReferral(tokenFor("referrer"), "Lily", false, "ROUTINE").get("id").asString();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/api/v1/referrals/" + id + "/decision")
                        .header("Authorization", bearer(tokenFor("triage")))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"EARLY_HELP\",\"reasons\":\"Family support offered\"}"))
                .andExpect(status().isOk());
        clock.advance(Duration.ofDays(10));
        sweep.sweep();
        assertThat(deadlines.find("REFERRAL", id, DeadlineKind.REFERRAL_DECISION).orElseThrow().escalationLevel())
                .isZero();
    }

    private static void assertEscalation(EscalationView escalation, String referralId, int level, String trigger) {
        assertThat(escalation.deadline().subjectId()).isEqualTo(referralId);
        assertThat(escalation.level()).isEqualTo(level);
        assertThat(escalation.trigger()).isEqualTo(trigger);
    }
}
