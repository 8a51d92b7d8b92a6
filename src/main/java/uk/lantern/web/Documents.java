package uk.lantern.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Standalone documents (a chronology to hand to an inquiry, for example) rendered from one XHTML Thymeleaf template
 * to HTML, and from that same HTML to PDF, so that the PDF says exactly what the HTML says. The template must be
 * well-formed XHTML with its styles inline: the PDF renderer fetches nothing.
 */
@Component
public class Documents {

    private final TemplateEngine templates;

    Documents(TemplateEngine templates) {
        this.templates = templates;
    }

    /** The template rendered as an HTML document, with the variables given. */
    public String html(String template, Map<String, ?> variables) {
        Context context = new Context(Locale.UK);
        variables.forEach(context::setVariable);
        return templates.process(template, context);
    }

    /** An HTML document from {@link #html} as a PDF. */
    public byte[] pdf(String html) {
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not render the document as PDF", failure);
        }
    }
}
