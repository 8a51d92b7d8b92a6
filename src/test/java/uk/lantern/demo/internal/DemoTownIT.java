package uk.lantern.demo.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.lantern.interchange.ImportReport;
import uk.lantern.interchange.Importer;
import uk.lantern.oversight.OversightStatistics;
import uk.lantern.runtime.RunMode;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;

class DemoTownIT extends IntegrationTestBase {

    @Autowired
    Importer importer;
    @Autowired
    RunMode runMode;
    @Autowired
    OversightStatistics statistics;

    @Test
    void theDemoTownIsImportedOnceThroughTheOrdinaryImport() {
        DemoTown town = new DemoTown(runMode, importer, clock, statistics, 12);
        assertThat(importer.hasCommitted(DemoTown.FILE_NAME)).isFalse();
        ImportReport report = town.build();
        assertThat(report.committed()).isTrue();
        assertThat(report.acceptedByType()).containsKeys("child", "referral", "decision");
        assertThat(importer.hasCommitted(DemoTown.FILE_NAME)).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE source_system IS NOT NULL").query(Long.class)
                .single()).isGreaterThanOrEqualTo(report.acceptedByType().get("referral"));
        assertThat(jdbc.sql("SELECT count(*) FROM ledger_entry WHERE action = 'OVERSIGHT_STATISTICS_REFRESHED' "
                + "AND actor = 'system:demo-town'").query(Long.class).single())
                .as("the oversight figures are rebuilt at once").isPositive();
    }
}
