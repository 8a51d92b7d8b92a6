package uk.lantern.casework.internal;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.lantern.casework.CaseId;

/** The chronology documents behind the case page's export links; a refusal is the 403 page. */
@Controller
class ChronologyExportController {

    private final ChronologyExports exports;

    ChronologyExportController(ChronologyExports exports) {
        this.exports = exports;
    }

    @GetMapping("/cases/{id}/chronology.html")
    ResponseEntity<String> html(@PathVariable CaseId id) {
        return exports.html(id);
    }

    @GetMapping("/cases/{id}/chronology.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable CaseId id) {
        return exports.pdf(id);
    }
}
