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
    @Autowired
    DemoCaseload caseload;

    @Test
    void theDemoTownIsImportedOnceThroughTheOrdinaryImport() {
        DemoTown town = new DemoTown(runMode, importer, clock, statistics, caseload, 12);
        long allocatedBefore = allocatedToTheSocialWorker();
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
        long townCases = jdbc.sql("SELECT count(*) FROM child_case c JOIN referral r ON r.id = c.referral_id "
                + "JOIN import_record i ON i.lantern_id = r.id AND i.record_type = 'referral' "
                + "WHERE i.import_run_id = ? AND c.area_code = 'E08000005'").param(report.importId())
                .query(Long.class).single();
        assertThat(townCases).as("the town opens cases in Rochdale").isPositive();
        assertThat(allocatedToTheSocialWorker() - allocatedBefore).as("three in four allocated, one left waiting")
                .isEqualTo(townCases - townCases / 4);
        assertThat(jdbc.sql("SELECT count(*) FROM ledger_entry WHERE action = 'CASE_ASSIGNED' AND actor = 'manager' "
                + "AND payload LIKE '%socialworker%'").query(Long.class).single()).isGreaterThanOrEqualTo(
                townCases - townCases / 4);
    }

    private long allocatedToTheSocialWorker() {
        return jdbc.sql("SELECT count(*) FROM child_case c JOIN app_user u ON u.id = c.assigned_worker_id "
                + "WHERE u.username = 'socialworker'").query(Long.class).single();
    }
}
