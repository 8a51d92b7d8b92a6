package uk.lantern.interchange.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import uk.lantern.identity.AgencyView;
import uk.lantern.identity.Directory;
import uk.lantern.interchange.RejectedRecord;

/**
 * Referrals as CSV, one row per referral of one child. Each row becomes a child record and a referral record in the
 * interchange format, keeping the row's line number, so CSV and JSON Lines share every rule. The referring agency
 * is named, and must already be in Lantern.
 */
@Component
class ReferralCsv {

    static final List<String> COLUMNS = List.of("sourceSystem", "sourceId", "receivedAt", "referrerName",
            "referrerAgency", "referrerEmail", "referrerPhone", "childFirstName", "childSurname", "childDateOfBirth",
            "childSex", "childAreaCode", "concern", "cseConcern", "indicators", "urgency", "lawfulBasis");
    private static final Set<String> REQUIRED = Set.of("sourceSystem", "sourceId", "receivedAt", "referrerName",
            "referrerAgency", "childFirstName", "childSurname", "childAreaCode", "concern", "cseConcern", "urgency");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Directory directory;

    ReferralCsv(Directory directory) {
        this.directory = directory;
    }

    List<SourceRecord> read(Path file, List<RejectedRecord> problems) {
        List<SourceRecord> records = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                    .setAllowMissingColumnNames(false).get();
            var parser = format.parse(reader);
            List<String> missingColumns = REQUIRED.stream().filter(column -> !parser.getHeaderMap()
                    .containsKey(column)).sorted().toList();
            if (!missingColumns.isEmpty()) {
                problems.add(new RejectedRecord(1, missingColumns.get(0), "The header has no column "
                        + String.join(", ", missingColumns) + ". Columns: " + String.join(",", COLUMNS)));
                return records;
            }
            for (CSVRecord row : parser) {
                long line = row.getRecordNumber() + 1;
                Optional<AgencyView> agency = directory.agencyNamed(row.get("referrerAgency"));
                if (agency.isEmpty()) {
                    problems.add(new RejectedRecord(line, "referrerAgency", "No agency in Lantern is called '"
                            + row.get("referrerAgency") + "'"));
                    continue;
                }
                records.add(new SourceRecord(line, child(row)));
                records.add(new SourceRecord(line, referral(row, agency.get())));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
            problems.add(new RejectedRecord(1, "file", "The file is not valid CSV: " + unreadable.getMessage()));
        } catch (UncheckedIOException malformedRow) {
            problems.add(new RejectedRecord(1, "file", "The file is not valid CSV: " + malformedRow.getMessage()));
        }
        return records;
    }

    private static ObjectNode child(CSVRecord row) {
        ObjectNode child = NODES.objectNode();
        child.put("type", "child");
        child.put("sourceSystem", row.get("sourceSystem"));
        child.put("sourceId", row.get("sourceId") + "-child");
        child.put("firstName", row.get("childFirstName"));
        child.put("surname", row.get("childSurname"));
        putIfPresent(child, "dateOfBirth", row, "childDateOfBirth");
        putIfPresent(child, "sex", row, "childSex");
        child.put("areaCode", row.get("childAreaCode"));
        return child;
    }

    private static ObjectNode referral(CSVRecord row, AgencyView agency) {
        ObjectNode referral = NODES.objectNode();
        referral.put("type", "referral");
        referral.put("sourceSystem", row.get("sourceSystem"));
        referral.put("sourceId", row.get("sourceId"));
        referral.put("receivedAt", row.get("receivedAt"));
        ObjectNode referrer = referral.putObject("referrer");
        referrer.put("name", row.get("referrerName"));
        referrer.putObject("agency").put("sourceSystem", RecordApplier.LANTERN).put("sourceId",
                agency.id().toString());
        putIfPresent(referrer, "email", row, "referrerEmail");
        putIfPresent(referrer, "phone", row, "referrerPhone");
        referral.putArray("children").addObject().put("sourceId", row.get("sourceId") + "-child");
        referral.put("concern", row.get("concern"));
        String cse = row.get("cseConcern").trim().toLowerCase();
        if (cse.equals("true") || cse.equals("false")) {
            referral.put("cseConcern", Boolean.parseBoolean(cse));
        } else {
            referral.put("cseConcern", cse);
        }
        ArrayNode indicators = referral.putArray("indicators");
        if (row.isMapped("indicators") && !row.get("indicators").isBlank()) {
            Arrays.stream(row.get("indicators").split(";")).map(String::trim).filter(code -> !code.isEmpty())
                    .forEach(indicators::add);
        }
        referral.put("urgency", row.get("urgency"));
        putIfPresent(referral, "lawfulBasis", row, "lawfulBasis");
        return referral;
    }

    private static void putIfPresent(ObjectNode node, String field, CSVRecord row, String column) {
        if (row.isMapped(column) && !row.get(column).isBlank()) {
            node.put(field, row.get(column).trim());
        }
    }
}
