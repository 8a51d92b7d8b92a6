package uk.lantern.casework.internal;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import uk.lantern.casework.CaseId;
import uk.lantern.casework.CaseView;
import uk.lantern.casework.Cases;
import uk.lantern.casework.ChronologyEntry;
import uk.lantern.identity.Actor;
import uk.lantern.identity.CurrentActor;
import uk.lantern.ledger.Checkpoint;
import uk.lantern.ledger.LedgerIntegrity;

/** The chronology as standalone HTML and PDF documents, served alike to the page's export links and the API. */
@Component
class ChronologyExports {

    private final Cases cases;
    private final CurrentActor currentActor;
    private final ChronologyDocument document;
    private final LedgerIntegrity integrity;

    ChronologyExports(Cases cases, CurrentActor currentActor, ChronologyDocument document,
                      LedgerIntegrity integrity) {
        this.cases = cases;
        this.currentActor = currentActor;
        this.document = document;
        this.integrity = integrity;
    }

    ResponseEntity<String> html(CaseId id) {
        return export(id, MediaType.TEXT_HTML, "html", document::html);
    }

    ResponseEntity<byte[]> pdf(CaseId id) {
        return export(id, MediaType.APPLICATION_PDF, "pdf", document::pdf);
    }

    /** Renders a case's chronology, verified against the latest checkpoint, in one format. */
    @FunctionalInterface
    private interface Rendering<T> {
        T render(CaseView caseView, List<ChronologyEntry> entries, Checkpoint verifiedAgainst);
    }

    private <T> ResponseEntity<T> export(CaseId id, MediaType type, String extension, Rendering<T> rendering) {
        Actor actor = currentActor.get();
        List<ChronologyEntry> entries = cases.chronology(actor, id);
        CaseView caseView = cases.read(actor, id, "Chronology export");
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(caseView, extension))
                .body(rendering.render(caseView, entries, integrity.latestCheckpoint().orElse(null)));
    }

    private static String attachment(CaseView caseView, String extension) {
        return ContentDisposition.attachment().filename("chronology-" + caseView.reference() + "." + extension)
                .build().toString();
    }
}
