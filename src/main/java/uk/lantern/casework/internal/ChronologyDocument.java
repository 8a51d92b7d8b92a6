package uk.lantern.casework.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.lantern.casework.CaseView;
import uk.lantern.casework.ChronologyEntry;
import uk.lantern.ledger.Checkpoint;
import uk.lantern.web.Documents;

/**
 * A case chronology as a standalone document, in HTML or PDF. Both come from one XHTML template, so the PDF says
 * exactly what the HTML says, and every line carries its ledger sequence number and hash.
 */
@Component
class ChronologyDocument {

    static final String TEMPLATE = "case/chronology-document";

    private final Documents documents;

    ChronologyDocument(Documents documents) {
        this.documents = documents;
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    /**
     * One line of the document, with its time already in UK local time; {@code sequence} is null for the moment
     * before the entry is placed in the log.
     */
    record Line(Long sequence, String when, String actor, String agency, String event, String detail, String hash) {
    }

    String html(CaseView caseView, List<ChronologyEntry> entries, Checkpoint verifiedAgainst) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("case", caseView);
        variables.put("lines", entries.stream().map(entry -> new Line(entry.sequence(), WHEN.format(entry.at()),
                entry.actor(), entry.agency() == null ? "" : entry.agency(), entry.event(), entry.detail(),
                entry.hash())).toList());
        variables.put("checkpoint", verifiedAgainst);
        variables.put("checkpointTime", verifiedAgainst == null ? null : WHEN.format(verifiedAgainst.createdAt()));
        return documents.html(TEMPLATE, variables);
    }

    byte[] pdf(CaseView caseView, List<ChronologyEntry> entries, Checkpoint verifiedAgainst) {
        return documents.pdf(html(caseView, entries, verifiedAgainst));
    }
}
