package uk.lantern.oversight.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.network.NetworkDossier;
import uk.lantern.network.Networks;
import uk.lantern.oversight.OversightProperties;
import uk.lantern.oversight.OversightStatistics;
import uk.lantern.runtime.RunMode;

/**
 * Rebuilds the summaries behind every oversight figure, and records what network analysis finds, on a schedule and
 * when asked. Each rebuild is recorded in the ledger, so an inquiry can tell which figures were current when.
 */
@Component
class StatisticsRefresh implements OversightStatistics {

    static final LedgerActor SCHEDULE = LedgerActor.system("oversight-refresh");
    private static final Logger log = LoggerFactory.getLogger(StatisticsRefresh.class);

    private final JdbcClient jdbc;
    private final Networks networks;
    private final Ledger ledger;
    private final Clock clock;
    private final boolean scheduled;
    private final Duration interval;
    private final TransactionTemplate transaction;

    StatisticsRefresh(JdbcClient jdbc, Networks networks, Ledger ledger, Clock clock, RunMode runMode,
                      OversightProperties properties, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.interval = properties.refreshInterval();
        this.transaction = new TransactionTemplate(transactions);
        this.networks = networks;
        this.ledger = ledger;
        this.clock = clock;
        this.scheduled = !runMode.commandLine();
    }

    /**
     * Soon after start-up, then every interval. A start-up within the interval of the last rebuild leaves the figures
     * as they are: the summaries are kept in the database, and a rebuild over millions of records takes minutes.
     */
    @Scheduled(fixedDelayString = "${lantern.oversight.refresh-interval:PT15M}", initialDelayString = "PT5S")
    void onSchedule() {
        if (!scheduled || lastRefreshed().filter(at -> at.isAfter(clock.instant().minus(interval))).isPresent()) {
            return;
        }
        try {
            refresh(SCHEDULE);
        } catch (RuntimeException failure) {
            // The figures stay as at the last refresh, which every page states; the next run tries again.
            log.error("Oversight statistics refresh failed", failure);
        }
    }

    /** Rebuilds every summary from the records now, in one transaction with its ledger entry. */
    @Override
    public Instant refresh(LedgerActor actor) {
        return transaction.execute(status -> rebuild(actor));
    }

    private Instant rebuild(LedgerActor actor) {
        long started = System.nanoTime();
        jdbc.sql("SELECT oversight_refresh()").query(row -> { });
        UUID refreshId = UUID.randomUUID();
        int networkCount = 0;
        for (NetworkDossier dossier : networks.allDossiers()) {
            jdbc.sql("""
                            INSERT INTO oversight_network (refresh_id, network_id, first_seen, suspects, children,
                                                           area_codes)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(refreshId, dossier.id().value(), java.sql.Date.valueOf(dossier.seen().first()),
                            dossier.suspectCount(), dossier.children().size(), dossier.areas().toArray(String[]::new))
                    .update();
            networkCount++;
        }
        Instant at = clock.instant();
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        jdbc.sql("INSERT INTO oversight_refresh (id, refreshed_at, refreshed_by, took_ms) VALUES (?, ?, ?, ?)")
                .params(refreshId, Timestamp.from(at), actor.actorName(), tookMs).update();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("networks", networkCount);
        payload.put("tookMs", tookMs);
        ledger.append(new LedgerRecord(actor, "OVERSIGHT_STATISTICS_REFRESHED", "OVERSIGHT_REFRESH",
                refreshId.toString(), payload));
        return at;
    }

    /** When the figures were last rebuilt, if ever. */
    Optional<Instant> lastRefreshed() {
        return jdbc.sql("SELECT max(refreshed_at) FROM oversight_refresh").query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }
}
