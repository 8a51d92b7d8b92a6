package uk.lantern.interchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.InvalidInputException.FieldError;
import uk.lantern.runtime.Uploads;

/**
 * The import page's form, read as it streams in. The servlet container does not parse multipart bodies (see
 * application.properties), so the file part goes straight into {@link Uploads}, never whole into memory or into the
 * container's own temporary folder. Fields: {@code format} ({@code JSON_LINES} or {@code CSV}) and {@code file}.
 *
 * @param file the received file, or null when the form has a problem (any file received is deleted then)
 * @param fileName the name the browser gave the file, as the import records it
 * @param format the format chosen, or null when none (or an unknown one) was
 * @param problems what is wrong with the form, each naming its field
 */
record ImportUploadForm(Path file, String fileName, BackgroundImports.Format format, List<FieldError> problems) {

    static final String FILE = "file";
    static final String FORMAT = "format";

    static ImportUploadForm read(HttpServletRequest request, Uploads uploads) throws IOException {
        Path file = null;
        String fileName = null;
        String formatText = null;
        if (JakartaServletFileUpload.isMultipartContent(request)) {
            JakartaServletFileUpload<?, ?> parser = new JakartaServletFileUpload<>();
            parser.setHeaderCharset(StandardCharsets.UTF_8);
            try {
                FileItemInputIterator parts = parser.getItemIterator(request);
                while (parts.hasNext()) {
                    FileItemInput part = parts.next();
                    try (InputStream content = part.getInputStream()) {
                        if (!part.isFormField() && FILE.equals(part.getFieldName()) && file == null) {
                            file = uploads.receive(content, "import-page-");
                            fileName = part.getName();
                        } else if (part.isFormField() && FORMAT.equals(part.getFieldName())) {
                            formatText = new String(content.readNBytes(100), StandardCharsets.UTF_8);
                        }
                    }
                }
            } catch (FileUploadException malformed) {
                discard(file);
                throw new InvalidInputException(FILE, "The upload could not be read as a form. Send it again.");
            } catch (IOException broken) {
                discard(file);
                throw broken;
            }
        }
        return checked(file, fileName, formatText);
    }

    private static ImportUploadForm checked(Path file, String fileName, String formatText) throws IOException {
        List<FieldError> problems = new ArrayList<>();
        BackgroundImports.Format format = parseFormat(formatText);
        if (format == null) {
            problems.add(new FieldError(FORMAT, "Select the format of the file"));
        }
        if (file == null || fileName == null || fileName.isBlank()) {
            problems.add(new FieldError(FILE, "Select a file to import"));
        } else if (Files.size(file) == 0) {
            problems.add(new FieldError(FILE, "The selected file is empty"));
        }
        // Browsers send the name alone; some older ones send the whole path on the sender's computer.
        String name = fileName == null ? null : ImportFileNames.of(fileName.replaceAll("^.*[\\\\/]", ""));
        if (!problems.isEmpty()) {
            discard(file);
            return new ImportUploadForm(null, name, format, problems);
        }
        return new ImportUploadForm(file, name, format, List.of());
    }

    private static BackgroundImports.Format parseFormat(String text) {
        for (BackgroundImports.Format format : BackgroundImports.Format.values()) {
            if (format.name().equals(text)) {
                return format;
            }
        }
        return null;
    }

    private static void discard(Path file) throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }
}
