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
        Actor actor = currentActor.get();
        List<ChronologyEntry> entries = cases.chronology(actor, id);
        CaseView caseView = cases.read(actor, id, "Chronology export");
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(caseView, "html"))
                .body(document.html(caseView, entries, integrity.latestCheckpoint().orElse(null)));
    }

    ResponseEntity<byte[]> pdf(CaseId id) {
        Actor actor = currentActor.get();
        List<ChronologyEntry> entries = cases.chronology(actor, id);
        CaseView caseView = cases.read(actor, id, "Chronology export");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(caseView, "pdf"))
                .body(document.pdf(caseView, entries, integrity.latestCheckpoint().orElse(null)));
    }

    private static String attachment(CaseView caseView, String extension) {
        return ContentDisposition.attachment().filename("chronology-" + caseView.reference() + "." + extension)
                .build().toString();
    }
}
