package uk.lantern.interchange.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private static final Logger log = LoggerFactory.getLogger(ReferralCsv.class);

    private final Directory directory;

    ReferralCsv(Directory directory) {
        this.directory = directory;
    }

    /**
     * The rows as records. A file that is not valid CSV is reported in words at the line where reading stopped;
     * the CSV library's own text, which names its internals, is only logged.
     */
    List<SourceRecord> read(Path file, List<RejectedRecord> problems) {
        List<SourceRecord> records = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(false).get();
        try (Reader reader = ImportText.open(file)) {
            CSVParser parser;
            try {
                parser = format.parse(reader);
            } catch (IllegalArgumentException | IOException | UncheckedIOException badHeader) {
                log.info("Unreadable CSV header in an import: {}", badHeader.getMessage());
                problems.add(new RejectedRecord(1, "file", "The header line is not valid: name each column once, "
                        + "separated by commas. Columns: " + String.join(",", COLUMNS)));
                return records;
            }
            List<String> missingColumns = REQUIRED.stream().filter(column -> !parser.getHeaderMap()
                    .containsKey(column)).sorted().toList();
            if (!missingColumns.isEmpty()) {
                problems.add(new RejectedRecord(1, missingColumns.get(0), "The header has no column "
                        + String.join(", ", missingColumns) + ". Columns: " + String.join(",", COLUMNS)));
                return records;
            }
            readRows(parser, records, problems);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return records;
    }

    private void readRows(CSVParser parser, List<SourceRecord> records, List<RejectedRecord> problems) {
        int columns = parser.getHeaderNames().size();
        long lastGoodLine = 1;
        try {
            for (CSVRecord row : parser) {
                long line = row.getRecordNumber() + 1;
                lastGoodLine = line;
                if (row.size() != columns) {
                    problems.add(new RejectedRecord(line, "record", "Line " + line + " has " + row.size()
                            + (row.size() == 1 ? " value" : " values") + " but the header names " + columns
                            + " columns"));
                    continue;
                }
                Optional<AgencyView> agency = directory.agencyNamed(row.get("referrerAgency"));
                if (agency.isEmpty()) {
                    problems.add(new RejectedRecord(line, "referrerAgency", "No agency in Lantern is called '"
                            + row.get("referrerAgency") + "'"));
                    continue;
                }
                records.add(new SourceRecord(line, child(row)));
                records.add(new SourceRecord(line, referral(row, agency.get())));
            }
        } catch (UncheckedIOException | IllegalStateException malformed) {
            long line = lastGoodLine + 1;
            log.info("Malformed CSV in an import near line {}: {}", line, malformed.getMessage());
            problems.add(new RejectedRecord(line, "file", "The file is not valid CSV near line " + line + ". Put "
                    + "any value holding a comma, a double quote or a line break in double quotes, double each "
                    + "double quote inside it, and end every quoted value with a quote."));
        }
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
