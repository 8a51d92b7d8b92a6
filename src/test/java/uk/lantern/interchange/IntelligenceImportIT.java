package uk.lantern.interchange;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import uk.lantern.ledger.LedgerActor;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/** The intelligence record types of the interchange format: subjects, graded reports and their links. */
class IntelligenceImportIT extends IntegrationTestBase {

    @Autowired
    Importer importer;

    @TempDir
    Path directory;

    private Path file(String system, String... lines) throws Exception {
        Path file = directory.resolve(unique("intel-") + ".jsonl");
        Files.write(file, List.of(lines).stream().map(line -> line.replace("SYS", system)).toList(),
                StandardCharsets.UTF_8);
        return file;
    }

    private String[] bundle() {
        return new String[] {
                "{\"type\":\"agency\",\"sourceSystem\":\"SYS\",\"sourceId\":\"GMP\",\"name\":\"Greater Manchester "
                        + "Police (demo)\",\"agencyType\":\"POLICE\",\"areaCode\":\"E23000005\"}",
                "{\"type\":\"person\",\"sourceSystem\":\"SYS\",\"sourceId\":\"P1\",\"firstName\":\"Imran\","
                        + "\"surname\":\"Testsuspect\",\"aliases\":[{\"firstName\":\"Immy\"}]}",
                "{\"type\":\"vehicle\",\"sourceSystem\":\"SYS\",\"sourceId\":\"V1\",\"registration\":\"im22 prt\","
                        + "\"make\":\"Skoda\"}",
                "{\"type\":\"phone\",\"sourceSystem\":\"SYS\",\"sourceId\":\"T1\",\"number\":\"0161 496 0123\"}",
                "{\"type\":\"location\",\"sourceSystem\":\"SYS\",\"sourceId\":\"L1\",\"address\":\"Above the "
                        + "Golden Grill\",\"locationType\":\"TAKEAWAY\",\"areaCode\":\"E08000005\"}",
                "{\"type\":\"organisation\",\"sourceSystem\":\"SYS\",\"sourceId\":\"O1\",\"name\":\"Imperial Cars "
                        + "(demo)\",\"organisationType\":\"TAXI_FIRM\",\"areaCode\":\"E08000005\"}",
                "{\"type\":\"intel_report\",\"sourceSystem\":\"SYS\",\"sourceId\":\"R1\",\"agency\":{\"sourceId\":"
                        + "\"GMP\"},\"informationDate\":\"2019-05-01\",\"grading\":{\"scheme\":\"5x5x5\",\"source\":"
                        + "\"B\",\"intelligence\":\"2\",\"handling\":\"4\"},\"text\":\"Legacy report about Immy.\","
                        + "\"subjects\":[{\"subject\":{\"recordType\":\"person\",\"sourceId\":\"P1\"},\"role\":"
                        + "\"SUSPECT\"},{\"subject\":{\"recordType\":\"vehicle\",\"sourceId\":\"V1\"}},{\"subject\":"
                        + "{\"recordType\":\"location\",\"sourceId\":\"L1\"}}]}",
                "{\"type\":\"link\",\"sourceSystem\":\"SYS\",\"sourceId\":\"K1\",\"report\":{\"sourceId\":\"R1\"},"
                        + "\"from\":{\"recordType\":\"person\",\"sourceId\":\"P1\"},\"to\":{\"recordType\":"
                        + "\"organisation\",\"sourceId\":\"O1\"},\"linkType\":\"WORKS_FOR\",\"firstSeen\":"
                        + "\"2019-01-01\",\"lastSeen\":\"2019-05-01\"}"};
    }

    @Test
    void reportsSubjectsAndLinksComeInOnceAndKeepTheirLegacyGrades() throws Exception {
        String system = unique("niche-");
        Path file = file(system, bundle());
        ImportReport first = importer.importJsonLines(LedgerActor.system("test"), file, file.getFileName().toString());
        assertThat(first.committed()).as(first.toString()).isTrue();

        var report = jdbc.sql("SELECT id, grading_scheme, source_evaluation, intelligence_assessment, handling_code "
                + "FROM intel_report WHERE source_system = ? AND source_id = 'R1'").param(system).query().singleRow();
        assertThat(report).containsEntry("grading_scheme", "5x5x5").containsEntry("source_evaluation", "B")
                .containsEntry("intelligence_assessment", "2").containsEntry("handling_code", "4");
        assertThat(jdbc.sql("SELECT count(*) FROM intel_subject WHERE report_id = ?").param(report.get("id"))
                .query(Integer.class).single()).as("three subjects, and the link's organisation").isEqualTo(4);
        assertThat(jdbc.sql("SELECT link_type FROM intel_link WHERE source_system = ? AND source_record = 'K1'")
                .param(system).query(String.class).single()).isEqualTo("WORKS_FOR");
        assertThat(jdbc.sql("SELECT registration FROM vehicle v JOIN import_record i ON i.lantern_id = v.id "
                + "WHERE i.source_system = ? AND i.source_id = 'V1'").param(system).query(String.class).single())
                .isEqualTo("IM22PRT");
        assertThat(lastEntry("INTEL_REPORT", report.get("id").toString(), "INTELLIGENCE_RECORDED").payload())
                .contains("5x5x5 B2 4", system + "/R1");

        ImportReport again = importer.importJsonLines(LedgerActor.system("test"), file,
                "again-" + file.getFileName());
        assertThat(again.committed()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM intel_report WHERE source_system = ?").param(system)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aReportNamingASubjectNotYetImportedIsRejectedWithTheField() throws Exception {
        String[] lines = bundle();
        String system = unique("niche-");
        Path file = file(system, lines[0], lines[1], lines[6]);
        ImportReport report = importer.importJsonLines(LedgerActor.system("test"), file,
                file.getFileName().toString());
        assertThat(report.committed()).isFalse();
        assertThat(report.problems()).anySatisfy(rejected -> {
            assertThat(rejected.line()).isEqualTo(3);
            assertThat(rejected.field()).isEqualTo("subjects[1].subject");
        });
        assertThat(jdbc.sql("SELECT count(*) FROM intel_report WHERE source_system = ?").param(system)
                .query(Integer.class).single()).isZero();
    }
}
