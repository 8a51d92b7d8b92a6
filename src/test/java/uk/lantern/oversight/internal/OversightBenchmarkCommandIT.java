package uk.lantern.oversight.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The oversight benchmark at a small size, so that the command in docs/benchmarks.md keeps working: it loads its
 * synthetic records, rebuilds the summaries over them and times the dashboards; and it refuses to load twice.
 */
/* Its own database: the benchmark refuses one that already holds referrals. */
@TestPropertySource(properties = "lantern.data-dir=${lantern.test.data-root:target/it-data/default}/oversight-benchmark")
class OversightBenchmarkCommandIT extends IntegrationTestBase {

    private static final int REFERRALS = 2_000;

    @Autowired
    OversightBenchmarkCommand command;

    @Test
    void loadsRebuildsAndTimesTheDashboardsOnceOnly() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = command.run(List.of("--referrals", Integer.toString(REFERRALS), "--seed", "3"),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        String output = printed.toString(StandardCharsets.UTF_8);

        assertThat(exit).as(output).isZero();
        assertThat(output).contains("800 synthetic children", "summaries rebuilt")
                .containsPattern("dashboard, local authority .*: median \\d+ ms")
                .containsPattern("dashboard, England, by month, 5 years: median \\d+ ms");
        assertThat(jdbc.sql("SELECT sum(referrals) FROM oversight_referral_month").query(Long.class).single())
                .isEqualTo(REFERRALS);
        // 800 child records, of which two in every ten are one child recorded twice: 720 children.
        assertThat(jdbc.sql("SELECT count(DISTINCT identity_id) FROM resolved_record WHERE kind = 'CHILD'")
                .query(Long.class).single()).isEqualTo(720);
        assertThat(lastEntry("BENCHMARK", jdbc.sql("SELECT subject_id FROM ledger_entry "
                        + "WHERE action = 'BENCHMARK_RECORDS_LOADED'").query(String.class).single(),
                "BENCHMARK_RECORDS_LOADED").payload()).contains("\"referrals\":2000");

        assertThatThrownBy(() -> command.run(List.of("--referrals", "10"), new PrintStream(new ByteArrayOutputStream())))
                .hasMessageContaining("already holds referrals");
    }

    @Test
    void badOptionsGiveTheUsage() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = command.run(List.of("--referrals", "0"), new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(OversightBenchmarkCommand.USAGE);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("--referrals must be at least 1", "Usage:");
    }
}
