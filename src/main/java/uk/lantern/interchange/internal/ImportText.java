package uk.lantern.interchange.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import uk.lantern.interchange.RejectedRecord;

/**
 * Import files are UTF-8 text. A file is first checked line by line, so that a byte that is not UTF-8 (such as a
 * Latin-1 é) or a NUL character (binary data) is reported at its line, and then read with a leading byte-order mark
 * skipped, since spreadsheet programs often write one.
 */
final class ImportText {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ImportText() {
    }

    /** A reader of the file's text, after any byte-order mark. */
    static BufferedReader open(Path file) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), strictUtf8()));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** The first line that is not UTF-8 text or holds a NUL character, as a problem with the file. */
    static Optional<RejectedRecord> firstProblem(Path file) {
        CharsetDecoder decoder = strictUtf8();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long number = 1;
            for (int next = in.read(); ; next = in.read()) {
                if (next == '\n' || next == -1) {
                    Optional<RejectedRecord> problem = problemIn(line.toByteArray(), number, decoder);
                    if (problem.isPresent() || next == -1) {
                        return problem;
                    }
                    line.reset();
                    number++;
                } else {
                    line.write(next);
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static Optional<RejectedRecord> problemIn(byte[] bytes, long number, CharsetDecoder decoder) {
        int start = number == 1 && startsWithByteOrderMark(bytes) ? BYTE_ORDER_MARK.length : 0;
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            if (text.indexOf('\u0000') >= 0) {
                return Optional.of(new RejectedRecord(number, "file", "Line " + number + " holds a NUL character, "
                        + "so the file looks like binary data rather than text"));
            }
            return Optional.empty();
        } catch (CharacterCodingException notUtf8) {
            return Optional.of(new RejectedRecord(number, "file", "Line " + number + " is not UTF-8 text. Save the "
                    + "file as UTF-8 (in a spreadsheet, 'CSV UTF-8') and import it again"));
        }
    }

    private static boolean startsWithByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BYTE_ORDER_MARK[0] && bytes[1] == BYTE_ORDER_MARK[1]
                && bytes[2] == BYTE_ORDER_MARK[2];
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
