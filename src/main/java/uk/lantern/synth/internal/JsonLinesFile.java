package uk.lantern.synth.internal;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SequenceWriter;

import uk.lantern.synth.internal.Interchange.InterchangeRecord;

/** Streams records to a JSON Lines file, one a line, counting them by type. */
final class JsonLinesFile implements Closeable {

    private final OutputStream out;
    private final SequenceWriter lines;
    private final Map<String, Long> counts = new LinkedHashMap<>();

    JsonLinesFile(Path path) throws IOException {
        this.out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
        this.lines = Json.MAPPER.writer()
                .without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .withRootValueSeparator("\n")
                .writeValues(out);
    }

    void write(InterchangeRecord record) {
        lines.write(record);
        counts.merge(record.type(), 1L, Long::sum);
    }

    Map<String, Long> counts() {
        return counts;
    }

    @Override
    public void close() throws IOException {
        boolean any = !counts.isEmpty();
        lines.close();
        if (any) {
            out.write('\n');
        }
        out.close();
    }
}
