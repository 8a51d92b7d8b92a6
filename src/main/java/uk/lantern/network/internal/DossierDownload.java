package uk.lantern.network.internal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import uk.lantern.identity.Actor;
import uk.lantern.network.internal.NetworkService.ExportFormat;

/**
 * A dossier's export as a file to download: for the API and for the dossier page's own links, which are followed
 * with the session. The export is recorded in the ledger by the service.
 */
final class DossierDownload {

    private DossierDownload() {
    }

    static ResponseEntity<String> of(NetworkService networks, Actor viewer, String id, String format,
                                     NetworkFilter filter) {
        ExportFormat exportFormat = ExportFormat.parse(format);
        String body = networks.export(viewer, id, exportFormat, filter);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(exportFormat.mediaType() + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(exportFormat.fileName(id)).build().toString())
                .body(body);
    }
}
