package uk.lantern.casework.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import uk.lantern.casework.CaseView;
import uk.lantern.casework.ChronologyEntry;
import uk.lantern.ledger.Checkpoint;

/**
 * A case chronology as a standalone document, in HTML or PDF. Both come from one XHTML template, so the PDF says
 * exactly what the HTML says, and every line carries its ledger sequence number and hash.
 */
@Component
class ChronologyDocument {

    static final String TEMPLATE = "case/chronology-document";

    private final TemplateEngine templates;

    ChronologyDocument(TemplateEngine templates) {
        this.templates = templates;
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    /** One line of the document, with its time already in UK local time. */
    record Line(long sequence, String when, String actor, String agency, String event, String detail, String hash) {
    }

    String html(CaseView caseView, List<ChronologyEntry> entries, Checkpoint verifiedAgainst) {
        Context context = new Context(Locale.UK);
        context.setVariable("case", caseView);
        context.setVariable("lines", entries.stream().map(entry -> new Line(entry.sequence(), WHEN.format(entry.at()),
                entry.actor(), entry.agency() == null ? "" : entry.agency(), entry.event(), entry.detail(),
                entry.hash())).toList());
        context.setVariable("checkpoint", verifiedAgainst);
        context.setVariable("checkpointTime", verifiedAgainst == null ? null : WHEN.format(verifiedAgainst.createdAt()));
        return templates.process(TEMPLATE, context);
    }

    byte[] pdf(CaseView caseView, List<ChronologyEntry> entries, Checkpoint verifiedAgainst) {
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html(caseView, entries, verifiedAgainst), null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not render the chronology as PDF", failure);
        }
    }
}
