package uk.lantern.deadline;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The statutory timescales (DESIGN.md §4). Every one is configurable so that a local procedure can be stricter.
 *
 * @param referralDecisionWorkingDays a referral is decided within this many working days of receipt
 * @param assessmentWorkingDays an assessment is completed within this many working days of the referral
 * @param conferenceWorkingDays the initial child protection conference is held within this many working days of
 *     the strategy discussion
 * @param returnInterview a return home interview is held within this time of the child's return
 * @param headOfServiceAfter how long an escalated item may stay overdue before it goes to the head of service
 * @param repeatMissingEpisodes how many missing episodes within {@code repeatMissingWindow} flag a case for review
 * @param repeatMissingWindow the window for the repeat-missing rule
 * @param bankHolidaysFile a CSV file (date,title) replacing the shipped England and Wales bank holidays
 * @param sweepInterval how often overdue deadlines are looked for and escalated
 */
@ConfigurationProperties("lantern.timescales")
public record TimescaleProperties(
        @DefaultValue("1") int referralDecisionWorkingDays,
        @DefaultValue("45") int assessmentWorkingDays,
        @DefaultValue("15") int conferenceWorkingDays,
        @DefaultValue("72h") Duration returnInterview,
        @DefaultValue("24h") Duration headOfServiceAfter,
        @DefaultValue("3") int repeatMissingEpisodes,
        @DefaultValue("90d") Duration repeatMissingWindow,
        Path bankHolidaysFile,
        @DefaultValue("1m") Duration sweepInterval) {
}
