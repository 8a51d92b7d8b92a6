package uk.lantern.oversight.internal.chronology;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import uk.lantern.area.Areas;
import uk.lantern.identity.Actor;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.RecordNotFoundException;
import uk.lantern.ledger.Checkpoint;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerIntegrity;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.ledger.LedgerVerification;

/**
 * Produces inquiry chronologies: every ledger entry about the records in scope, in sequence order, as HTML or PDF,
 * with the signed checkpoint they were verified against. Producing one is recorded in the ledger
 * ({@code INQUIRY_CHRONOLOGY_PRODUCED}) against the case, the child or the area.
 */
@Service
class InquiryChronologies {

    /** A chronology longer than this is refused with a request for a narrower scope: a PDF of it would not open. */
    static final int MAX_LINES = 20_000;
    private static final ZoneId UK = ZoneId.of("Europe/London");

    enum Format {
        HTML("text/html;charset=UTF-8", "html"), PDF("application/pdf", "pdf"), JSON("application/json", "json");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        String mediaType() {
            return mediaType;
        }

        String extension() {
            return extension;
        }

        static Format read(String text) {
            if (text == null || text.isBlank()) {
                return HTML;
            }
            return switch (text.trim().toLowerCase()) {
                case "html" -> HTML;
                case "pdf" -> PDF;
                case "json" -> JSON;
                default -> throw new InvalidInputException("format", "Unknown format '" + text.trim()
                        + "'. Use html, pdf or json");
            };
        }
    }

    /** A rendered chronology, ready to send. */
    record Document(String fileName, String mediaType, byte[] content) {
    }

    private final InquiryRecords records;
    private final InquiryChronologyDocument document;
    private final LedgerIntegrity integrity;
    private final Ledger ledger;
    private final Areas areas;
    private final TransactionTemplate transaction;
    private final Clock clock;

    InquiryChronologies(InquiryRecords records, InquiryChronologyDocument document, LedgerIntegrity integrity,
                        Ledger ledger, Areas areas, TransactionTemplate transaction, Clock clock) {
        this.records = records;
        this.document = document;
        this.integrity = integrity;
        this.ledger = ledger;
        this.areas = areas;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Builds, renders and records a chronology. The record is written only once the document exists, so the ledger
     * never claims a chronology that was not produced.
     *
     * @throws RecordNotFoundException when no case has the reference, or no child the id
     * @throws InvalidInputException when the scope holds more than {@value #MAX_LINES} entries
     */
    Document produce(Actor by, ChronologyScope scope, Format format) {
        InquiryChronology chronology = build(by, scope);
        byte[] content = switch (format) {
            case PDF -> document.pdf(chronology);
            case JSON -> document.json(chronology);
            case HTML -> document.html(chronology).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        };
        transaction.executeWithoutResult(status -> {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("scope", scope.kind());
            if (scope instanceof ChronologyScope.OfCase ofCase) {
                payload.put("reference", ofCase.reference());
            }
            if (scope instanceof ChronologyScope.OfArea area) {
                payload.put("from", area.from().toString());
                payload.put("to", area.to().toString());
            }
            payload.put("lines", chronology.lines().size());
            payload.put("checkpointSequence", chronology.checkpoint().sequence());
            payload.put("ledgerIntact", chronology.verification().intact());
            payload.put("format", format.name());
            ledger.append(new LedgerRecord(by, "INQUIRY_CHRONOLOGY_PRODUCED", chronology.subjectType(),
                    chronology.subjectId(), payload));
        });
        return new Document(scope.fileStem() + "." + format.extension(), format.mediaType(), content);
    }

    InquiryChronology build(Actor by, ChronologyScope scope) {
        // Resolve the scope before touching the ledger: an unknown case or child issues no checkpoint.
        Target target = target(scope);
        // The checkpoint first, then the verification: the walk then covers every entry the checkpoint covers and
        // checks the chain against it, and the chronology stops at the checkpoint, so every line is covered by both.
        Checkpoint checkpoint = integrity.checkpointOfHead(by);
        LedgerVerification verification = integrity.verify();
        List<ChronologyLine> lines = withProofs(target.lines(checkpoint.sequence()), checkpoint);
        if (lines.size() > MAX_LINES) {
            String field = scope instanceof ChronologyScope.OfArea ? "to" : scope.kind().toLowerCase();
            throw new InvalidInputException(field, "The chronology of " + scope.description() + " has more than "
                    + String.format("%,d", MAX_LINES) + " ledger entries. "
                    + (scope instanceof ChronologyScope.OfArea ? "Choose a shorter window."
                    : "Produce it for an area a month at a time instead."));
        }
        return new InquiryChronology(scope, target.subjectType(), target.subjectId(), lines, checkpoint,
                verification, clock.instant(), by.username(), by.agencyName());
    }

    /** Each line with the proof that its entry is in the tree the checkpoint signs; a page of lines at a time. */
    private List<ChronologyLine> withProofs(List<ChronologyLine> lines, Checkpoint checkpoint) {
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            return lines;
        }
        Map<Long, List<String>> proofs = integrity.inclusionProofs(
                lines.stream().map(ChronologyLine::sequence).toList(), checkpoint.sequence());
        return lines.stream().map(line -> line.withProof(proofs.get(line.sequence()))).toList();
    }

    /** The ledger subject a chronology is recorded against, and how to read its lines up to a sequence. */
    private record Target(String subjectType, String subjectId, LongFunction<List<ChronologyLine>> reader) {
        List<ChronologyLine> lines(long upToSequence) {
            return reader.apply(upToSequence);
        }
    }

    private Target target(ChronologyScope scope) {
        if (scope instanceof ChronologyScope.OfCase ofCase) {
            InquiryRecords.CaseRecord theCase = records.findCase(ofCase.reference())
                    .orElseThrow(() -> new RecordNotFoundException("CASE"));
            return new Target("CASE", theCase.id().toString(),
                    upTo -> records.aboutCase(theCase, upTo, MAX_LINES + 1));
        }
        if (scope instanceof ChronologyScope.OfChild ofChild) {
            if (!records.childExists(ofChild.childId())) {
                throw new RecordNotFoundException("CHILD");
            }
            return new Target("CHILD", ofChild.childId().toString(),
                    upTo -> records.aboutChild(ofChild.childId(), upTo, MAX_LINES + 1));
        }
        ChronologyScope.OfArea area = (ChronologyScope.OfArea) scope;
        Set<String> localAuthorities = new LinkedHashSet<>(areas.localAuthoritiesCoveredBy(area.areaCode()));
        localAuthorities.add(area.areaCode());
        Instant from = area.from().atStartOfDay(UK).toInstant();
        Instant until = area.to().plusDays(1).atStartOfDay(UK).toInstant();
        return new Target("AREA", area.areaCode(), upTo -> records.aboutArea(area.areaCode(), localAuthorities, from,
                until, upTo, MAX_LINES + 1));
    }
}
