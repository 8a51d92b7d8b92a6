package uk.lantern.oversight.internal.chronology;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import uk.lantern.web.Documents;

/**
 * An inquiry chronology as a document, HTML or PDF from one XHTML template ({@value #TEMPLATE}). It carries every
 * field of each entry that the entry's hash covers, so each line can be recomputed without Lantern, and the signed
 * checkpoint the whole was verified against.
 */
@Component
class InquiryChronologyDocument {

    static final String TEMPLATE = "oversight/inquiry-chronology";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    /**
     * One line as printed. {@code recordedAt} is exactly the text the hash covers; {@code when} is the same time in
     * UK local time for reading.
     */
    record Line(long sequence, String when, String recordedAt, String actor, String agency, String what,
                String action, String subjectType, String subjectId, String reference, String payloadDigest,
                String previousHash, String chainHash, String leafHash, String inclusionProof) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Documents documents;

    InquiryChronologyDocument(Documents documents) {
        this.documents = documents;
    }

    String html(InquiryChronology chronology) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("title", "Inquiry chronology: " + chronology.scope().description());
        variables.put("chronology", chronology);
        variables.put("producedAt", WHEN.format(chronology.producedAt()));
        variables.put("lines", chronology.lines().stream().map(line -> new Line(line.sequence(),
                WHEN.format(line.recordedAt()), line.recordedAt().toString(), line.actor(),
                line.agency() == null ? "" : line.agency(), describe(line.action()), line.action(),
                line.subjectType(), line.subjectId(), line.reference(), line.payloadDigest(), line.previousHash(),
                line.chainHash(), line.leafHash(), String.join(" ", line.inclusionProof()))).toList());
        variables.put("checkpoint", chronology.checkpoint());
        variables.put("checkpointTime", WHEN.format(chronology.checkpoint().createdAt()));
        variables.put("checkpointInstant", chronology.checkpoint().createdAt().toString());
        variables.put("verification", chronology.verification());
        return documents.html(TEMPLATE, variables);
    }

    /** The chronology as data: every line with its proof, the checkpoint (with its signed note) and the check. */
    byte[] json(InquiryChronology chronology) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("scope", chronology.scope().description());
        document.put("subjectType", chronology.subjectType());
        document.put("subjectId", chronology.subjectId());
        document.put("producedAt", chronology.producedAt().toString());
        document.put("producedBy", chronology.producedBy());
        document.put("producedByAgency", chronology.producedByAgency());
        document.put("checkpoint", chronology.checkpoint());
        document.put("verification", chronology.verification());
        document.put("lines", chronology.lines());
        return JSON.writeValueAsBytes(document);
    }

    byte[] pdf(InquiryChronology chronology) {
        return documents.pdf(html(chronology));
    }

    /** RECORD_READ becomes "Record read". */
    static String describe(String action) {
        String words = action.toLowerCase(Locale.ROOT).replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
