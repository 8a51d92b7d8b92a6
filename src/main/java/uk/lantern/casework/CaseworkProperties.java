package uk.lantern.casework;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Casework settings.
 *
 * @param retentionAfterClosure how long after its closure a case keeps its narrative (closure summary, assessment
 *     and section 47 summaries, strategy discussion and conference notes, action descriptions, case notes, plans and
 *     their reviews) before the retention purge replaces it with a marker. 25 years by default (docs/retention.md
 *     says why); set a longer period where a local retention schedule asks for one. Written like {@code 25y} or
 *     {@code 30y6m}.
 * @param retentionPurgeCron when the retention purge runs, as a Spring cron expression in UK time; daily at 02:30
 *     by default. {@code -} turns the scheduled run off; it can still be run through the API.
 * @param retentionPurgeBatch how many cases one purge transaction takes at most
 */
@ConfigurationProperties("lantern.casework")
public record CaseworkProperties(
        @DefaultValue("25y") Period retentionAfterClosure,
        @DefaultValue("0 30 2 * * *") String retentionPurgeCron,
        @DefaultValue("100") int retentionPurgeBatch) {

    public CaseworkProperties {
        if (retentionAfterClosure.isNegative() || retentionAfterClosure.isZero()) {
            throw new IllegalArgumentException("lantern.casework.retention-after-closure must be a positive period, "
                    + "such as 25y");
        }
        if (retentionPurgeBatch < 1) {
            throw new IllegalArgumentException("lantern.casework.retention-purge-batch must be at least 1");
        }
    }
}
