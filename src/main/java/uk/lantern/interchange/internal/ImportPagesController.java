package uk.lantern.interchange.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.lantern.identity.CurrentActor;
import uk.lantern.identity.InvalidInputException.FieldError;
import uk.lantern.identity.RecordNotFoundException;
import uk.lantern.interchange.ImportProgress;
import uk.lantern.interchange.Importer;
import uk.lantern.runtime.Uploads;

/**
 * The import pages: upload a file to import in the background, follow its progress, read its report, and see the
 * imports run before. The page shows what {@code GET /api/v1/imports/running} and {@code POST /api/v1/imports} answer,
 * from the same importer.
 */
@Controller
@PreAuthorize("hasAuthority('IMPORT_RECORDS')")
class ImportPagesController {

    static final int RUNS_PER_PAGE = 20;

    /** A choice for the radios fragment. */
    record Choice(String value, String label) {
    }

    private static final List<Choice> FORMATS = List.of(
            new Choice(BackgroundImports.Format.JSON_LINES.name(), "JSON Lines: any interchange records, one a line"),
            new Choice(BackgroundImports.Format.CSV.name(), "CSV: referrals, one a row, with a header row"));

    private final Importer importer;
    private final BackgroundImports background;
    private final ImportRunHistory history;
    private final CurrentActor currentActor;
    private final Uploads uploads;

    ImportPagesController(Importer importer, BackgroundImports background, ImportRunHistory history,
                          CurrentActor currentActor, Uploads uploads) {
        this.importer = importer;
        this.background = background;
        this.history = history;
        this.currentActor = currentActor;
        this.uploads = uploads;
    }

    @GetMapping("/imports")
    String imports(@RequestParam(defaultValue = "1") int page, Model model) {
        return importsPage(model, page, null, List.of());
    }

    /** Takes the file and queues its import, then shows the import's own page; a form with a problem comes back. */
    @PostMapping("/imports")
    String upload(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        ImportUploadForm form = ImportUploadForm.read(request, uploads);
        if (!form.problems().isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return importsPage(model, 1, form.format(), form.problems());
        }
        UUID importId = background.start(currentActor.get(), form.file(), form.fileName(), form.format());
        return "redirect:/imports/" + importId;
    }

    /**
     * One import: how far it has got while it runs (the page refreshes itself until it ends), then its outcome. An
     * import started from this page keeps its full report for a while; any other shows the counts it recorded.
     */
    @GetMapping("/imports/{id}")
    String importPage(@PathVariable UUID id, Model model) {
        Optional<ImportProgress> progress = importer.running().stream()
                .filter(running -> running.importId().equals(id)).findFirst();
        Optional<BackgroundImports.Ended> ended = background.ended(id);
        Optional<BackgroundImports.Pending> pending = background.pending(id);
        Optional<ImportRunHistory.ImportRun> run = history.find(id);
        if (progress.isEmpty() && ended.isEmpty() && pending.isEmpty() && run.isEmpty()) {
            throw new RecordNotFoundException("IMPORT");
        }
        // A page import's row is written a moment before its report is kept: until then it is still under way here.
        boolean underWay = ended.isEmpty() && (pending.isPresent() || run.isEmpty());
        model.addAttribute("fileName", progress.map(ImportProgress::fileName)
                .or(() -> pending.map(BackgroundImports.Pending::fileName))
                .or(() -> ended.map(BackgroundImports.Ended::fileName))
                .orElseGet(() -> run.orElseThrow().fileName()));
        model.addAttribute("underWay", underWay);
        model.addAttribute("progress", progress.orElse(null));
        model.addAttribute("pending", pending.orElse(null));
        model.addAttribute("ended", ended.orElse(null));
        model.addAttribute("run", run.orElse(null));
        model.addAttribute("maxProblems", FileImport.MAX_PROBLEMS);
        model.addAttribute("refreshWhileRunning", underWay);
        return "imports/import";
    }

    private String importsPage(Model model, int page, BackgroundImports.Format format, List<FieldError> errors) {
        List<ImportProgress> running = importer.running();
        Set<UUID> runningIds = running.stream().map(ImportProgress::importId).collect(Collectors.toSet());
        List<BackgroundImports.Pending> waiting = background.pending().stream()
                .filter(pending -> !runningIds.contains(pending.importId())).toList();
        int pages = (int) Math.max(1, (history.count() + RUNS_PER_PAGE - 1) / RUNS_PER_PAGE);
        int shown = Math.min(Math.max(1, page), pages);
        model.addAttribute("running", running);
        model.addAttribute("waiting", waiting);
        model.addAttribute("runs", history.newestFirst(shown, RUNS_PER_PAGE));
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("formats", FORMATS);
        model.addAttribute("format", format == null ? null : format.name());
        model.addAttribute("errors", errors);
        // This page holds the upload form, which reloading would empty: each import's own page updates itself instead.
        return "imports/list";
    }
}
